// Cue words used as acts, names and gatherings (src/stages/quotes/not-speech.ts, addressee.ts,
// partial.ts, attach-direct.ts): invented sentences, each with the reading a reader would give it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('cue words that report no speech', () => {
  const none: Record<string, string> = {
    'rule with an object': 'The family has ruled the province since the war ended.',
    'rule out (a phrasal verb)': 'The ministry has ruled out raising taxes before the election.',
    'declare + object + complement': 'The governor declared the flooding a state emergency last month.',
    'announce a known thing + a sequence adjunct': 'The bank announced the loans after meeting farmers in the valley.',
    'an attitude verb used intransitively': 'The visitors attacked from the kick-off and scored twice before the break.',
    'an inanimate source': 'The hurricane threatens to flatten crops across the island.',
    'a raising passive with an inanimate subject': 'The storm is expected to weaken over the mountains on Sunday.',
    'naming with a quoted name': 'The loaf, which my uncle called his "Harvest Bread", needs a long rise.',
  };
  for (const [name, text] of Object.entries(none)) {
    it(name, () => expect(quotesOf(text).map((q) => `${q.kind} ${q.cue}: ${q.content.join(' | ')}`)).toEqual([]));
  }

  it('keeps the speech readings of the same verbs', () => {
    const cues = (t: string) => quotesOf(t).map((q) => q.cue);
    expect(cues('The court ruled that the law was unconstitutional.')).toEqual(['ruled']);
    expect(cues('The mayor declared that the bridge would close.')).toEqual(['declared']);
    expect(cues('The mayor announced that the bridge would close.')).toEqual(['announced']);
    expect(cues('A federal court ruled against the new voting rules on Friday.')).toEqual(['ruled']);
    // a characterisation is not a name: lower-case, with an article
    expect(quotesOf('The senator called the plan "a disgrace to the state".').some((q) => q.cue === 'called')).toBe(true);
  });
});

describe('"what X called “Y”"', () => {
  it('cues the fragment with "called" and its subject, replacing an outer frame-only attribution', () => {
    const qs = quotesOf('The farmer thanked the charity for what she called "a quick and generous answer".');
    const p = qs.find((q) => q.content[0] === 'a quick and generous answer');
    expect(p).toMatchObject({ kind: 'partial', cue: 'called', source: 'she', rule: 'quotes:partial-what-called' });
    expect(qs.filter((q) => q.cue === 'thanked')).toEqual([]);
  });
});

describe('addressees', () => {
  it('takes a compound listener whole', () => {
    const q = quotesOf('The minister told state radio that the border would reopen.')[0]!;
    expect(q.addressee).toBe('state radio');
    expect(q.content).toEqual(['that the border would reopen']);
  });
  it('names no addressee for a gathering, and still skips it to the content', () => {
    const q = quotesOf('The minister told a weekly press briefing that the border would reopen.')[0]!;
    expect(q.cue).toBe('told');
    expect(q.addressee).toBeNull();
    expect(q.content).toEqual(['that the border would reopen']);
  });
});

describe('dash attribution after a speech noun', () => {
  it('reads "a line from X — “…”" as X\'s direct quote', () => {
    const qs = quotesOf('The reply came in one line from Foreign Ministry spokesman Omar Haddad — "The talks will continue next week."');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', cue: 'line', rule: 'quotes:direct-before-noun-dash' });
    expect(qs[0]!.source).toContain('Omar Haddad');
  });
});
