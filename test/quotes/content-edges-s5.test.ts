// Content edges and content precision (issue 14, session 5), on invented sentences: a title in
// quote marks after a cue is no partial quote wherever it stands.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core, quotesOf } from './helpers.js';

/** contents of the quotes the full pipeline (tagger and parser included) finds */
function parsedContents(text: string): string[][] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return doc.quotes.map((q) => q.content.map((c) => core(text.slice(c.start, c.end))));
}

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

describe('content ends: a contrast that goes on with what was said', () => {
  it('“but that …” is a second complement of the same cue', () => {
    const [q] = quotesOf('The senator said she supports a national wage floor, but that cities may go higher.\n');
    expect(q?.content.map(core)).toEqual(['she supports a national wage floor, but that cities may go higher']);
  });

  it('“but not …” is an elliptical contrast inside the content', () => {
    const [q] = quotesOf('The governor said he would allow an exception for the mother’s life, but not for other cases.\n');
    expect(q?.content.map(core)).toEqual(['he would allow an exception for the mother’s life, but not for other cases']);
  });

  it('a demonstrative “that” before its verb hands back to the author', () => {
    const [q] = quotesOf('The lawyer said that the donor had backed the plan, but that was not the case.\n');
    expect(q?.content.map(core)).toEqual(['that the donor had backed the plan']);
  });
});

describe('content ends: a relative clause set off inside the content', () => {
  it('goes on past the relative clause to the verb of the content’s clause', () => {
    expect(parsedContents('The senator said that the decision, which struck down restrictions on clinics, illustrates the importance of the court.\n')).toContainEqual(['that the decision, which struck down restrictions on clinics, illustrates the importance of the court']);
  });

  it('ends before a relative clause that closes the sentence', () => {
    expect(parsedContents('The senator said she had called the governor, who won the primary.\n')).toContainEqual(['she had called the governor']);
  });
});

describe('object contents: the source’s next predicate', () => {
  it('ends the object before “and” + an adverb + the source’s next verb', () => {
    expect(parsedContents('The senator attacked her record on trade and even questioned her loyalty.\n')).toContainEqual(['her record on trade']);
  });
});

describe('content starts: past the cue’s adjunct to its clause', () => {
  it('“whether” after the cue’s prepositional adjunct opens the content', () => {
    const qs = quotesOf('The host asked on the call-in show whether he was hoping for a cabinet post.\n');
    expect(qs.find((q) => q.cue?.startsWith('asked'))?.content.map(core)).toEqual(['whether he was hoping for a cabinet post']);
  });
});
