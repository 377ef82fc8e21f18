// "“…,” X said, according to Y.": Y's account of what X said is one attribution (PolNeAR marks
// the outer one only): cue "according to", source Y, content the quotation with "X said".
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('a direct quotation reported according to a second source', () => {
  it('is the second source’s attribution, the inner one inside its content', () => {
    const qs = quotesOf('The senator was angry. “I ask you not to protest on the floor,” the governor said, according to the radio station. “It matters.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'according to', source: 'the radio station', rule: 'quotes:according-to-outer' });
    expect(qs[0]!.content[0]).toBe('“I ask you not to protest on the floor,” the governor said');
  });

  it('leaves a quotation without "according to" to its speaker', () => {
    const qs = quotesOf('“I ask you not to protest on the floor,” the governor said.');
    expect(qs.map((q) => q.cue)).toEqual(['said']);
  });
});
