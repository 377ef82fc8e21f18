// Hearsay adverbs (src/stages/quotes/hearsay-adverbs.ts): "reportedly" (listed in
// data/quotes/cue-constructions.tsv) is the cue of an attribution with no source whose content is
// the clause around it; an adverb the file does not list ("allegedly": PolNeAR train 2 of 12) is none.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { seen } from './helpers.js';

const rule = 'quotes:hearsay-adverb';
const pipeline = defaultPipeline();
const run = (text: string) => {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return (doc.quotes ?? []).filter((q) => q.rule === rule).map((q) => ({ ...seen(doc, q), reason: q.speakerReason ?? null }));
};

describe('hearsay adverbs: the author reports what others say', () => {
  it('the clause in two pieces around the adverb, no source and the reason why', () => {
    expect(run('The harbour board is reportedly building a new ferry terminal.')).toMatchObject([
      { cue: 'reportedly', source: null, speaker: null, reason: 'not-stated', content: ['The harbour board is', 'building a new ferry terminal'] },
    ]);
  });

  it('a sentence-initial adverb: the clause after its comma; an adjunct before the subject stays out', () => {
    expect(run('Reportedly, the mayor sold the old ferry to a museum.')).toMatchObject([{ cue: 'Reportedly', content: ['the mayor sold the old ferry to a museum'] }]);
    expect(run('In total, the rebels have reportedly seized four towns.')).toMatchObject([{ content: ['the rebels have', 'seized four towns'] }]);
  });

  it('an unlisted adverb, a relative clause, a headline: nothing', () => {
    for (const t of [
      'The minister allegedly took a bribe from the builder.',
      'The senator, who reportedly has been itching to speak, stayed home.',
      'Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida.',
    ]) expect(run(t), t).toEqual([]);
  });
});
