// A cue inside a relative or adverbial clause reports only within that clause
// (src/stages/quotes/subordinate-cues.ts): its content ends with the clause, and the main clause it
// had swallowed is read as an attribution of its own. Needs the parse, so these run the whole
// default pipeline on invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

const pipeline = defaultPipeline();

function read(text: string): { cue: string | null; content: string[] }[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), content: q.content.map((c) => core(t(c)!)) }));
}

describe('a relative clause cue stops at the main clause', () => {
  it('"Republicans who have praised his candidacy warned …": two attributions', () => {
    expect(read('Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate itself from him.')).toEqual([
      { cue: 'have praised', content: ['his candidacy'] },
      { cue: 'warned', content: ['that the party may have to separate itself from him'] },
    ]);
  });
});

describe('contents that stay whole', () => {
  it('an unmarked participle after a noun keeps its clause ("an alert saying shots have been fired")', () => {
    expect(read('Police issued an alert saying shots have been fired inside the center.')).toEqual([
      { cue: 'saying', content: ['shots have been fired inside the center'] },
    ]);
  });

  it('a main-clause cue is not cut at a relative clause inside its content', () => {
    expect(read('The general cited problems that he blamed on the council.')).toEqual([{ cue: 'cited', content: ['problems that he blamed on the council'] }]);
  });
});
