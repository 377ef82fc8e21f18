// "A, X said, B": B is a second piece of what was said only when it is a clause of its own. A
// participial adjunct after the attribution's comma ("…, the chairman said, adding that …") is the
// author's — an attribution of its own that shares the source — and so is an "on" phrase or a
// relative clause; a gerund that is the subject of the next verb still continues the content
// (issue 14, PolNeAR train). Invented sentences, through the default pipeline.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function quotes(text: string): { cue: string; source: string | null; content: string[] }[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return doc.quotes.map((q) => ({ cue: q.cue ? t(q.cue) : '', source: q.speaker.mention ? t(q.speaker.mention) : null, content: q.content.map(t) }));
}

describe('what follows a closing attribution’s comma', () => {
  it('a participle is the author’s adjunct: its own attribution with the same source', () => {
    const qs = quotes('The company will open two new plants this year, the chairman said, adding that more jobs would follow.');
    expect(qs.find((q) => q.cue === 'said')?.content).toEqual(['The company will open two new plants this year']);
    expect(qs.find((q) => q.cue === 'adding')).toMatchObject({ source: 'the chairman', content: ['that more jobs would follow'] });
  });

  it('a gerund subject of a finite verb goes on with the content', () => {
    const qs = quotes('The first transition was smooth, the senator said, replacing the governor would be much harder.');
    expect(qs.find((q) => q.cue === 'said')?.content).toEqual(['The first transition was smooth', 'replacing the governor would be much harder']);
  });
});
