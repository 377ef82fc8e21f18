// Attributions in an "as" clause (src/stages/quotes/as-clause.ts): the source right after "as",
// "put it" or a speech verb as the cue, the content after the clause's comma or, clause-final,
// the clause before it. Whole default pipeline on invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

const pipeline = defaultPipeline();

function read(text: string): { cue: string | null; source: string | null; content: string[]; rule: string }[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), content: q.content.map((c) => core(t(c)!)), rule: q.rule }));
}

describe('"as" clauses', () => {
  it('"As X put it, “…”": "put it" is the cue', () => {
    expect(read('As the harbour master put it, “The tide waits for no one.”')).toEqual([
      { cue: 'put it', source: 'the harbour master', content: ['The tide waits for no one'], rule: 'quotes:as-clause-initial' },
    ]);
  });

  it('an adjunct between the cue and the comma stays out of the content', () => {
    const [q] = read('As the local paper reported just today, the ferry company has cancelled all winter sailings.');
    expect(q).toMatchObject({ cue: 'reported', source: 'the local paper', content: ['the ferry company has cancelled all winter sailings'] });
  });

  it('clause-final: the clause before ", as X said" is the content, a hyphenated word inside it included', () => {
    const [q] = read('The new levy is a classic short-term fix, as the mayor noted in her column.');
    expect(q).toMatchObject({ cue: 'noted', source: 'the mayor', content: ['The new levy is a classic short-term fix'], rule: 'quotes:as-clause-final' });
  });

  it('"as" of time with a speech verb and an object is no attribution of the clause before', () => {
    expect(read('The crowd cheered as she said goodbye to the team.').filter((q) => q.rule.startsWith('quotes:as-clause'))).toEqual([]);
  });
});
