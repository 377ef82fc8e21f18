import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, fmtWeek, isoWeekday } from './calendar.js';

describe('calendar arithmetic', () => {
  it('round-trips civil dates through day numbers', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2024, 12, 31], [1899, 3, 1], [2100, 3, 1]] as const) {
      expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ y, m, d });
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
  it('knows weekdays (2025-03-07 was a Friday)', () => {
    expect(isoWeekday(daysFromCivil(2025, 3, 7))).toBe(5);
    expect(isoWeekday(daysFromCivil(2025, 3, 9))).toBe(7);
  });
  it('numbers ISO weeks across year ends', () => {
    expect(fmtWeek(daysFromCivil(2025, 3, 7))).toBe('2025-W10');
    expect(fmtWeek(daysFromCivil(2021, 1, 3))).toBe('2020-W53');
    expect(fmtWeek(daysFromCivil(2024, 12, 30))).toBe('2025-W01');
  });
});
