// isDayWord: weekdays and deictic day words, nothing else — not the names of Object.prototype's own
// properties ("constructor"), which a plain `in` test of the day-word table matched.
import { describe, expect, it } from 'vitest';
import { isDayWord } from './lexicon.js';

describe('isDayWord', () => {
  it('knows weekdays, their abbreviations and the deictic day words', () => {
    for (const w of ['monday', 'tues.', 'sunday', 'today', 'tonight', 'yesterday', 'tomorrow']) expect(isDayWord(w)).toBe(true);
  });
  it('is false for other words, prototype property names included', () => {
    for (const w of ['constructor', '__proto__', 'week', 'day', 'month', 'minister']) expect(isDayWord(w)).toBe(false);
  });
});
