// A cue verb coordinated after a content ("X says A and tells B") is the same source's second
// predicate: content-bounds.ts ends the first content before the "and" for it, and the second cue
// takes the first attribution's source — not a subject the parse finds inside the first content
// (issue 14). Invented sentences, through the default pipeline.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function attribution(text: string, cue: string): { source: string | null; rule: string } | undefined {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const q = doc.quotes.find((x) => x.cue && text.slice(x.cue.start, x.cue.end) === cue);
  return q && { source: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, rule: q.rule };
}

describe('a cue coordinated after a content shares its source', () => {
  it('a second speech verb after the first clause', () => {
    const text = 'The mayor says the best answer was to close the old bridge and says she asked the state for money.';
    const doc = pipeline.run(createDoc(text, { id: 't' }));
    const second = doc.quotes.find((q) => q.cue && q.cue.start > text.indexOf(' and says'));
    expect(second?.speaker.mention && text.slice(second.speaker.mention.start, second.speaker.mention.end)).toBe('The mayor');
    expect(second?.rule).toBe('quotes:indirect-coordinated-shared');
  });

  it('an attitude verb after a that-clause', () => {
    expect(attribution('Warren adds that she has published ten years of tax returns and called on her rivals to do the same.', 'called on')?.source).toBe('Warren');
  });

  it('a pronoun source is shared as it stands', () => {
    expect(attribution('He said the vote was a disgrace and urged the council to hold it again.', 'urged')?.source).toBe('He');
  });

  it('not when the conjunction opens a clause with a subject of its own', () => {
    expect(attribution('The mayor said the bridge was safe and the engineers warned that it was not.', 'warned')?.source).toBe('the engineers');
  });
});
