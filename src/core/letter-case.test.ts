import { describe, expect, it } from 'vitest';
import { startsUpper } from './letter-case.js';

describe('startsUpper', () => {
  it('reads any upper-case letter, not only ASCII', () => {
    expect(startsUpper('Eric')).toBe(true);
    expect(startsUpper('Éric')).toBe(true);
    expect(startsUpper('Ünal')).toBe(true);
  });
  it('is false for lower case, digits, marks and the empty word', () => {
    expect(startsUpper('eric')).toBe(false);
    expect(startsUpper('été')).toBe(false);
    expect(startsUpper('4G')).toBe(false);
    expect(startsUpper('"Eric')).toBe(false);
    expect(startsUpper('')).toBe(false);
  });
});
