// Cue forms that name or are nouns (issue 14, PolNeAR train analysis of predicted cues no
// annotator marked): a characterising participle after an indefinite object phrase names a thing
// ("a firm called Harbor Analytics"), "talks" after a noun is a noun ("peace talks"); "put it" is
// a speech cue ("as the mayor put it, “…”"). Invented sentences, through the default pipeline (the
// rules read the tagger).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function cues(text: string): (string | null)[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return doc.quotes.map((q) => (q.cue ? text.slice(q.cue.start, q.cue.end) : null));
}

describe('naming participles', () => {
  it('"a NOUN called NAME" in an object phrase names, nobody speaks', () => {
    expect(cues('The farmers joined a cooperative called Green Valley Growers last spring.')).toEqual([]);
    expect(cues('The money went to a consulting firm called Harbor Analytics in May.')).toEqual([]);
  });

  it('but a subject that calls something still cues, and so does "called for"', () => {
    expect(cues('A spokesman called the plan "reckless".')).toEqual(['called']);
    expect(cues('The farmers joined a union called for by the mayor, who said the wages were too low.')).toContain('said');
    expect(cues('The group called for new elections.')).toEqual(['called for']);
  });
});

describe('noun readings of "talk"', () => {
  it('"peace talks" is no cue', () => {
    expect(cues('The peace talks resumed in Geneva on Monday.')).toEqual([]);
  });
});

describe('"put it"', () => {
  it('cues the quotation', () => {
    expect(cues('As the governor put it, “this bill will not pass.”')).toEqual(['put it']);
  });
});
