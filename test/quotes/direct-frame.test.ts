// attach-direct.ts frameVerbAfter (issue 14, session 15): in the frame that closes a quotation —
// the source and one finite verb, nothing else before the sentence ends — a verb no cue list holds
// reports the quotation ("“…,” Oliver barked.", "“…,” reacted Trump."); a linking verb after a
// quoted word predicates of it, and a quotation closed by a period leaves the next sentence alone.
// Needs the tagger (the verb's finite tag), so the default pipeline runs.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

function direct(text: string): { cue: string; source: string; content: string[]; rule: string }[] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  const t = (s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : '');
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), content: q.content.map((c) => core(t(c))), rule: q.rule }));
}

describe('a verb no cue list holds, in the frame after a quotation', () => {
  it('"…," X barked: the verb is the cue, X the source', () => {
    expect(direct('“Go back to your seat,” the mayor barked.\n')).toEqual([
      { cue: 'barked', source: 'the mayor', content: ['Go back to your seat'], rule: 'quotes:direct-after-frame' },
    ]);
  });

  it('"…?" X pressed, with the quotation resuming after the frame', () => {
    const [q] = direct('“Would the plan change?” Hannity pressed. “Maybe some of it could stay.”\n');
    expect(q).toMatchObject({ cue: 'pressed', source: 'Hannity', rule: 'quotes:direct-after-frame' });
    expect(q!.content).toEqual(['Would the plan change?', 'Maybe some of it could stay']);
  });

  it('"…," reacted X: the inverted frame', () => {
    expect(direct('“Is the council listening?” reacted Maria Lopez.\n')).toEqual([
      { cue: 'reacted', source: 'Maria Lopez', content: ['Is the council listening?'], rule: 'quotes:direct-after-frame' },
    ]);
  });

  it('a time word or short prepositional phrase may close the frame: "…," X fumed on Tuesday', () => {
    expect(direct('“They were never serious about the bridge,” Toomey fumed on Tuesday.\n')).toEqual([
      { cue: 'fumed', source: 'Toomey', content: ['They were never serious about the bridge'], rule: 'quotes:direct-after-frame' },
    ]);
  });

  it('a linking verb after a quoted word makes no quote', () => {
    expect(direct('The phrase “working families,” became a regular part of the debate.\n')).toEqual([]);
  });

  it('more words after the verb leave the frame: no quote', () => {
    expect(direct('“Fox and Friends,” the host watched every morning before work.\n')).toEqual([]);
  });
});
