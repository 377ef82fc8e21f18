// A cue carried by a verb of continuation or an issued statement is one cue with it (issue 14,
// PolNeAR convention measured on the train split): "went on to say", "continued to say", "began by
// saying", "issued a statement saying"; the source is the carrier's subject. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function first(text: string) {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention) }))[0];
}

describe('carried cues', () => {
  it('"continued to say", "went on to say", "began by saying"', () => {
    expect(first('The manager continued to say he had never touched her.')).toEqual({ cue: 'continued to say', source: 'The manager' });
    expect(first('She went on to say: “None of them will come.”')).toEqual({ cue: 'went on to say', source: 'She' });
    expect(first('The judge began by saying, “I do not think that is necessary.”')).toEqual({ cue: 'began by saying', source: 'The judge' });
    expect(first('The editor responded by saying that the paper does not pay for interviews.')).toEqual({ cue: 'responded by saying', source: 'The editor' });
  });

  it('"issued a statement saying"', () => {
    expect(first('The campaign issued a statement saying the senator would not attend.')).toEqual({ cue: 'issued a statement saying', source: 'The campaign' });
  });

  it('a statement carrier with modifiers, a day or "put out"', () => {
    expect(first('The town released a statement Wednesday evening, saying the comments were offensive.')).toEqual({ cue: 'released a statement Wednesday evening, saying', source: 'The town' });
    expect(first('The two leaders issued a joint statement describing the meeting as positive.')?.cue).toBe('issued a joint statement describing');
    expect(first('The party put out a statement saying the vote was fair.')?.cue).toBe('put out a statement saying');
    expect(first('The agency published a report detailing the cost of the program.')?.cue).toBe('published a report detailing');
  });

  it('but a statement noun without an issuing verb carries nothing', () => {
    expect(first('He read the statement aloud, saying the vote was fair.')?.cue).toBe('saying');
  });

  it('an adverb before the carrier belongs to the group', () => {
    expect(first('The mayor then went on to say that the bridge was safe.')?.cue).toBe('then went on to say');
  });
});

describe('refusals and eagerness carry the cue too', () => {
  it('"was quick to point out"', () => {
    expect(first('The mayor was quick to point out that the bridge was safe.')).toEqual({ cue: 'was quick to point out', source: 'The mayor' });
  });
});
