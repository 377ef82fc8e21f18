// source-np.ts titledName (issue 14 lead a, session 15): after an inverting cue a lower-case title
// with an "of" inside ("said former secretary of state Hillary Clinton") still opens the source;
// an "of" phrase that runs into no name does not. Needs the tagger, so the default pipeline runs.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

function sources(text: string): { cue: string; source: string }[] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  const t = (s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : '');
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention) }));
}

describe('an inverted source opening on a lower-case title', () => {
  it('"…," said former secretary of state X', () => {
    expect(sources('"The harbour will reopen next week," said former secretary of state Maria Lopez.\n')).toEqual([
      { cue: 'said', source: 'former secretary of state Maria Lopez' },
    ]);
  });

  it('"…," said master of ceremonies X, an apposition after it', () => {
    expect(sources('"Thank you all for coming," said master of ceremonies Tom Baker, a local engineer.\n')).toEqual([
      { cue: 'said', source: 'master of ceremonies Tom Baker, a local engineer' },
    ]);
  });
});
