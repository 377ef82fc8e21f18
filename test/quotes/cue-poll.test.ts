// "In a CNN poll, CONTENT": a sentence opening with "In" + a poll or survey attributes its clause
// to the poll (issue 14, PolNeAR convention). Invented sentences.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('poll attributions', () => {
  it('"In a … poll …, CONTENT": cue "In", source the poll phrase, content the clause', () => {
    const q = quotesOf('In a national poll released Wednesday, the senator leads by nine points.').find((x) => x.rule === 'quotes:poll-initial');
    expect(q).toMatchObject({ cue: 'In', source: 'a national poll released Wednesday', content: ['the senator leads by nine points'] });
  });

  it('not "in the polls" inside a sentence, nor an "In …," that names no poll', () => {
    expect(quotesOf('The senator has a wide lead in the polls, and the mayor trails.').some((x) => x.rule === 'quotes:poll-initial')).toBe(false);
    expect(quotesOf('In other words, the senator leads by nine points.')).toEqual([]);
  });
});
