// A share of those polled as the subject of a cue ("Six in 10 say …", "nearly nine out of 10
// said …"): the number before the verb is the share's, not a noun's count ("eight states"), so
// the verb still cues (src/stages/quotes/cues.ts cueAt). Runs the default pipeline: the tagger's
// verb reading is what separates "10 say" from "12 reports".
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { seen } from './helpers.js';

const pipeline = defaultPipeline();
const quotesOf = (text: string) => {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return (doc.quotes ?? []).map((q) => seen(doc, q));
};

describe('poll shares as sources', () => {
  it('"N in 10 say": the share is the source, the clause the content', () => {
    expect(quotesOf('About 4 in 10 say they want the next mayor to cut taxes.')).toMatchObject([
      { cue: 'say', source: 'About 4 in 10', content: ['they want the next mayor to cut taxes'] },
    ]);
    expect(quotesOf('Nearly nine out of 10 said the harbour should stay open.')).toMatchObject([
      { cue: 'said', source: 'Nearly nine out of 10', content: ['the harbour should stay open'] },
    ]);
  });

  it('a counted noun after "in 12" is no cue', () => {
    expect(quotesOf('The agency found errors in 12 reports filed last year.').filter((q) => q.cue === 'reports')).toEqual([]);
  });
});
