// Construction cues (src/stages/quotes/construction-cues.ts): a verb lemma is a cue only in the
// constructions data/quotes/cue-constructions.tsv lists for it (PolNeAR train rates), read from the
// parse; the same verb in another construction, or a verb the file does not list, is no quote.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { loadTsv } from '../../src/core/data-loader.js';
import { seen } from './helpers.js';

const rule = 'quotes:construction-cue';
const pipeline = defaultPipeline();
// the rule reads the parse, so these run the whole default pipeline
const quotesOf = (text: string) => {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return (doc.quotes ?? []).map((q) => seen(doc, q)).filter((q) => q.rule === rule);
};

describe('construction cues: a listed verb in its listed construction', () => {
  it('a verb with a noun-phrase object: the subject, the verb group, the object and its complements', () => {
    expect(quotesOf('The governor has promoted the new pipeline project.')).toMatchObject([
      { cue: 'has promoted', source: 'The governor', content: ['the new pipeline project'] },
    ]);
    expect(quotesOf('Critics have compared the new tax to a toll on the poor.')).toMatchObject([
      { cue: 'have compared', source: 'Critics', content: ['the new tax to a toll on the poor'] },
    ]);
    expect(quotesOf('The senator would like to see a smaller budget next year.')).toMatchObject([
      { cue: 'would like', source: 'The senator', content: ['to see a smaller budget next year'] },
    ]);
  });

  it('the same verb in a construction the file does not list: nothing', () => {
    // "name" is listed with an object, never in the passive; "like" never as a preposition
    for (const t of ['The park was named after the mayor.', 'The ferry looked like a floating hotel on Monday.']) {
      expect(quotesOf(t), t).toEqual([]);
    }
  });

  it('a verb the file does not list, in any construction: nothing', () => {
    for (const t of ['The council repaired the old harbour wall.', 'The engineers tried to fix the bridge before winter.', 'The company sold its shares in March.']) {
      expect(quotesOf(t), t).toEqual([]);
    }
  });

  it('a listed noun with its phrase: the preposition closes the cue; a speech-act verb before it joins the cue and gives the source', () => {
    const nounRule = (text: string) => {
      const doc = pipeline.run(createDoc(text, { id: 't' }));
      return (doc.quotes ?? []).map((q) => ({ ...seen(doc, q), reason: q.speakerReason ?? null })).filter((q) => q.rule === 'quotes:noun-construction-cue');
    };
    expect(nounRule('Cruz made an unprompted call for an end to sugar subsidies.')).toMatchObject([
      { cue: 'made an unprompted call for', source: 'Cruz', content: ['an end to sugar subsidies'] },
    ]);
    expect(nounRule('Dozens of critiques of the plan arrived.')).toMatchObject([{ cue: 'critiques of', source: null, reason: 'not-stated', content: ['the plan'] }]);
    // a verb that performs no speech act ("heard") leaves the call no one's stated; an unlisted noun is none
    expect(nounRule('The town heard a call for help from the harbour.')).toMatchObject([{ cue: 'a call for', source: null }]);
    expect(nounRule('The town heard a story about the harbour.')).toEqual([]);
  });

  it('every row is a verb construction or a hearsay adverb with its train counts', () => {
    const rows = loadTsv('quotes/cue-constructions.tsv', ['lemma', 'construction', 'rate', 'free', 'gain', 'marked', 'occurs']).rows;
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r.construction, r.lemma).toMatch(/^(verb \+ (that-clause|wh-clause|bare clause|NP object|to-infinitive)|noun \+ (that-clause|of\/about NP)|hearsay adverb)$/);
      expect(Number(r.marked), r.lemma).toBeLessThanOrEqual(Number(r.occurs));
    }
  });
});
