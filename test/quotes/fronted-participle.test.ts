// Fronted participial adjuncts (src/stages/quotes/fronted-participle.ts): "After saying …, the man
// …" — the main clause's subject is the -ing cue's source, the adjunct's object its content.
// Runs the default pipeline: the subject comes from the parse.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { seen } from './helpers.js';

const rule = 'quotes:fronted-participle';
const pipeline = defaultPipeline();
const quotesOf = (text: string) => {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return (doc.quotes ?? []).map((q) => seen(doc, q));
};

describe('fronted participle: the main subject said it', () => {
  it('"After saying …, the man …": content the clause up to the comma', () => {
    expect(quotesOf('After saying he was nervous to ask a question, the man ended up in the middle of the room.').filter((q) => q.rule === rule)).toMatchObject([
      { cue: 'saying', source: 'the man', content: ['he was nervous to ask a question'] },
    ]);
  });

  it('the subject may also be the main clause\'s source', () => {
    const qs = quotesOf('Instead of calling the plan a failure, the mayor said it needed more time.');
    expect(qs.filter((q) => q.rule === rule)).toMatchObject([{ cue: 'calling', source: 'the mayor', content: ['the plan a failure'] }]);
    expect(qs.some((q) => q.cue === 'said' && q.source === 'the mayor')).toBe(true);
  });

  it('a bare sentence-initial participle: "Noting that …, the mayor …"', () => {
    expect(quotesOf('Noting that the ferry had been late all week, the mayor opened the new terminal.').filter((q) => q.rule === 'quotes:fronted-participle-bare')).toMatchObject([
      { cue: 'Noting', source: 'the mayor', content: ['that the ferry had been late all week'] },
    ]);
  });

  it('a bare participle with a prepositional complement sets the scene: nothing', () => {
    expect(quotesOf('Pointing to the new budget, the mayor opened the ferry terminal.').filter((q) => /fronted-participle/.test(q.rule))).toEqual([]);
  });

  it('no speech verb after the preposition, or no object: nothing', () => {
    for (const t of ['After walking to the harbour, the mayor opened the new ferry terminal.', 'In responding Friday, the mayor opened the new ferry terminal.']) {
      expect(quotesOf(t).filter((q) => q.rule === rule), t).toEqual([]);
    }
  });

  it('"…, before insisting …" after its clause: the clause\'s subject, content to the clause end', () => {
    expect(quotesOf('The mayor spoke to reporters, before insisting that the ferry would keep running.').filter((q) => q.rule === 'quotes:postposed-participle')).toMatchObject([
      { cue: 'insisting', source: 'The mayor', content: ['that the ferry would keep running'] },
    ]);
  });

  it('a particle-bound cue without its particles is no cue ("making their home")', () => {
    const t = 'The two lived briefly in Lisbon before making their home in Porto.';
    expect(quotesOf(t).filter((q) => q.rule === 'quotes:postposed-participle')).toEqual([]);
  });

  it('"…, while saying that …": the clause\'s subject again', () => {
    expect(quotesOf('The mayor had a long meeting with the ferry crews, while saying that the schedule would change.').filter((q) => q.rule === 'quotes:postposed-participle')).toMatchObject([
      { cue: 'saying', source: 'The mayor', content: ['that the schedule would change'] },
    ]);
  });
});
