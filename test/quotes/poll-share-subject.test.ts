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

  it('"42% say": a per-cent share is the source (source-np.ts)', () => {
    expect(quotesOf('On economic issues, 42% say they are liberal.')).toMatchObject([{ cue: 'say', source: '42%', content: ['they are liberal'] }]);
  });

  it('"those surveyed say": a poll participle closing the phrase belongs to the source', () => {
    expect(quotesOf('By big margins, those surveyed say the economy should come first.')).toMatchObject([
      { cue: 'say', source: 'those surveyed', content: ['the economy should come first'] },
    ]);
    expect(quotesOf('The senators polled said the bill should pass.')).toMatchObject([{ cue: 'said', source: 'The senators polled' }]);
  });

  it('a poll verb with its own object is the clause\'s verb, not part of the source', () => {
    const qs = quotesOf('The firm surveyed 500 voters last week.');
    expect(qs).toEqual([]);
    expect(quotesOf('Researchers interviewed dozens of farmers, who said the drought was severe.').map((q) => q.source)).not.toContain('Researchers interviewed');
  });
});
