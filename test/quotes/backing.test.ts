// Backing (src/stages/quotes/backing.ts): "X backed Y", "a group backing Y" is X's support for Y,
// cue the verb group, content the object phrase up to its clause's end.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { seen } from './helpers.js';

const rule = 'quotes:backing-support';
const pipeline = defaultPipeline();
// the rule reads the tagger's verbs, so these run the whole default pipeline
const quotesOf = (text: string) => {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return (doc.quotes ?? []).map((q) => seen(doc, q)).filter((q) => q.rule === rule);
};

describe('backing: support for a person or a measure', () => {
  it('an active verb group: the subject supports the object phrase', () => {
    expect(quotesOf('The harbour workers union has backed the new ferry contract.')).toMatchObject([
      { cue: 'has backed', source: 'The harbour workers union', content: ['the new ferry contract'] },
    ]);
  });

  it('a participle: the noun it modifies is the supporter; the object ends at the clause', () => {
    expect(quotesOf('A group backing Governor Ellen Marsh ran the advertisement last week.')).toMatchObject([
      { cue: 'backing', source: 'A group', content: ['Governor Ellen Marsh'] },
    ]);
  });

  it('physical and phrasal senses, compounds and poll shares: nothing', () => {
    const texts = [
      'The truck backed into the harbour wall on Monday.',
      'The mayor backed down after the vote.',
      'The minister backed away from the plan.',
      'A union-backed candidate won the seat.',
      'The plan is backed by the mayor.',
      'Investors bought mortgage-backed securities.',
      'About 45 percent backed the mayor in the survey.',
    ];
    for (const t of texts) expect(quotesOf(t), t).toEqual([]);
  });
});
