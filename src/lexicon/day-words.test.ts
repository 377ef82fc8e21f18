// isDayWord: weekdays and deictic day words, nothing else — not the names of Object.prototype's own
// properties ("constructor"), which a plain `in` test of the day-word table matched.
import { describe, expect, it } from 'vitest';
import { timeLexicon } from '../stages/time/lexicon.js';
import { isDayWord, RELATIVE_DAYS } from './day-words.js';

describe('isDayWord', () => {
  it('knows weekdays, their abbreviations and the deictic day words', () => {
    for (const w of ['monday', 'tues.', 'sunday', 'today', 'tonight', 'yesterday', 'tomorrow']) expect(isDayWord(w)).toBe(true);
  });
  it('is false for other words, prototype property names included', () => {
    for (const w of ['constructor', '__proto__', 'week', 'day', 'month', 'minister']) expect(isDayWord(w)).toBe(false);
  });
  it("is the time lexicon's weekdays and relative days: one list read by the time stage, the events rules and the syntax chain", () => {
    for (const w of timeLexicon().weekdays.keys()) expect(isDayWord(w), w).toBe(true);
    for (const w of Object.keys(RELATIVE_DAYS)) expect(isDayWord(w), w).toBe(true);
    expect(isDayWord('january')).toBe(false); // a month is no day word
  });
});
