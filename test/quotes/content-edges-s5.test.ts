// Content edges and content precision (issue 14, session 5), on invented sentences: a title in
// quote marks after a cue is no partial quote wherever it stands.
import { describe, expect, it } from 'vitest';
import { core, quotesOf } from './helpers.js';

describe('partial fragments: titles are no quotes', () => {
  it('a show named after the cue’s prepositional phrase is a title, not a fragment of speech', () => {
    const qs = quotesOf('“I have always expected to be vetted,” the senator said on “Meet the Press.” Reporters left.\n');
    expect(qs.map((q) => q.content.map(core))).toEqual([['I have always expected to be vetted']]);
  });

  it('a fragment in sentence case after the cue is still a partial quote', () => {
    const qs = quotesOf('“Let me tell you the facts,” the senator said after a brief “I am sorry” to the crowd.\n');
    expect(qs.find((q) => q.rule === 'quotes:partial-fragment')?.content).toEqual(['I am sorry']);
  });
});
