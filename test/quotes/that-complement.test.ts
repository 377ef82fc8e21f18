// that-complement.ts (issue 14, session 14): a verb no cue list holds, with a subject and a "that"
// clause, reports what its subject said or holds; verbs whose "that" clause is no report, a "that"
// after a noun, and a report inside another verb's complement are left alone. Needs the parse.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

function thatComplements(text: string): { cue: string; source: string; content: string[] }[] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return doc.quotes
    .filter((q) => q.rule === 'quotes:that-complement')
    .map((q) => ({ cue: text.slice(q.cue!.start, q.cue!.end), source: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '', content: q.content.map((c) => core(text.slice(c.start, c.end))) }));
}

describe('a verb with a subject and a "that" clause', () => {
  it('an uncommon report verb is a cue, its subject the source, the clause the content', () => {
    expect(thatComplements('On Monday, the senator groused that the network had treated him unfairly.\n')).toEqual([
      { cue: 'groused', source: 'the senator', content: ['that the network had treated him unfairly'] },
    ]);
  });

  it('a verb whose "that" clause is no report makes no quote', () => {
    expect(thatComplements('The new budget means that the city will hire more teachers.\n')).toEqual([]);
  });

  it('a "that" clause after a noun is the noun’s, not the verb’s', () => {
    expect(thatComplements('The governor bristled at the suggestion that she would resign.\n')).toEqual([]);
  });
});
