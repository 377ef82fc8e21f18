// A report inside a report (src/stages/quotes/outer-report.ts): when a rule read only the inner cue,
// the attribution is the outer cue's, with the inner report whole in its content (PolNeAR
// annotates only the outermost attribution). Needs the parse, so these run the whole default
// pipeline on invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

const pipeline = defaultPipeline();

function read(text: string): { cue: string | null; source: string | null; content: string[] }[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), content: q.content.map((c) => core(t(c)!)) }));
}

describe('the outermost report is the attribution', () => {
  it('"X said he believes “…”": cue "said", the inner report whole in the content', () => {
    expect(read('Benjamin said he believes “there may be some generals who are beating their chest.”')).toEqual([
      { cue: 'said', source: 'Benjamin', content: ['he believes “there may be some generals who are beating their chest'] },
    ]);
  });

  it('a source with an apposition: "X, a delegate from California, said he wanted “…”"', () => {
    expect(read('Paul Huntley, a Sanders delegate from California, said he wanted “common-sense solutions to the problem.”')).toEqual([
      { cue: 'said', source: 'Paul Huntley, a Sanders delegate from California', content: ['he wanted “common-sense solutions to the problem'] },
    ]);
  });

  it('an inner report the verb rules read with the outer one stays inside it', () => {
    expect(read('The mayor said he believes the bridge is safe.')).toEqual([{ cue: 'said', source: 'The mayor', content: ['he believes the bridge is safe'] }]);
  });
});
