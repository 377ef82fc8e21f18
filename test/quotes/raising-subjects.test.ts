// Raising passives past the sentence's first phrase (src/stages/quotes/raising-subjects.ts): the
// subject and the infinitive are the content, the passive group the cue, no source.
import { describe, expect, it } from 'vitest';
import { core, quotesOf } from './helpers.js';

describe('raising passives with a relative, pronoun or mid-sentence subject', () => {
  it('"…, who is expected to …": the relative pronoun opens the content, the clause ends at its comma', () => {
    const q = quotesOf('The mayor, who is expected to announce a forceful, detailed budget on Monday, has arrived late.').find((x) => x.cue === 'is expected');
    expect(q).toMatchObject({ source: null, rule: 'quotes:raising-passive-relative' });
    expect(q!.content.map(core)).toEqual(['who', 'to announce a forceful, detailed budget on Monday']);
  });

  it('"But she is expected to …": a pronoun after a connective', () => {
    const q = quotesOf('But she is widely expected to win the harbour seat next spring.').find((x) => x.cue?.endsWith('expected'));
    expect(q).toMatchObject({ cue: 'is widely expected', source: null });
    expect(q!.content.map(core)).toEqual(['she', 'to win the harbour seat next spring']);
  });

  it('"while X are expected to …, S": the infinitive ends where the main clause starts', () => {
    const q = quotesOf('And while most dock workers are expected to back the deal, they have not said so.').find((x) => x.cue === 'are expected');
    expect(q!.content.map(core)).toEqual(['most dock workers', 'to back the deal']);
  });

  it('an inanimate subject is a forecast, not an attribution', () => {
    expect(quotesOf('Yet the storm is expected to move out to sea by Friday.').filter((x) => x.cue?.includes('expected'))).toEqual([]);
  });

  it('a passive without an infinitive is left alone', () => {
    expect(quotesOf('Yesterday the parcel was expected at noon.').filter((x) => x.cue?.includes('expected'))).toEqual([]);
  });
});
