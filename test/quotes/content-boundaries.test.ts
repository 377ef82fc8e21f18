// Content edges as PolNeAR marks them (issue 14, session 4), on invented sentences: continuation
// quotes in the attribution's paragraph, the lead-in of an interrupted quotation, where a content
// starts after the cue (relative pronouns, infinitives, time adjuncts, names that look like months).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core, quotesOf } from './helpers.js';

/** contents of the quotes the full pipeline (tagger and parser included) finds */
function parsedContents(text: string): string[][] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return doc.quotes.map((q) => q.content.map((c) => core(text.slice(c.start, c.end))));
}

describe('direct quotes: continuation and lead-in', () => {
  it('a quotation opening the next sentence continues the attribution, past the adjuncts of its cue', () => {
    const qs = quotesOf('“It is nonsense,” the governor said by telephone on the “Morning Show.” “She gets everything wrong.”\n');
    const q = qs.find((x) => x.cue === 'said');
    expect(q?.content.map(core)).toEqual(['It is nonsense', 'She gets everything wrong']);
  });

  it('"told reporters, “…”": the content is the quotation after the listener and its comma', () => {
    expect(parsedContents('He told reporters, “Neither the speaker nor anyone on his team has ever asked.”')).toEqual([
      ['Neither the speaker nor anyone on his team has ever asked'],
    ]);
    expect(parsedContents('Trump told his supporters, “our nation is in horrible trouble.”')).toEqual([['our nation is in horrible trouble']]);
  });

  it('a narrative sentence in between ends the attribution', () => {
    const qs = quotesOf('“It is nonsense,” the governor said. Reporters left the room soon after. “Nobody knows.”\n');
    const q = qs.find((x) => x.cue === 'said');
    expect(q?.content.map(core)).toEqual(['It is nonsense']);
  });

  it('an interrupted quotation going on in lower case takes the lead-in as its first span', () => {
    const [q] = quotesOf('An economic downturn, the banker said, “could be a good time to borrow.”\n');
    expect(q).toMatchObject({ cue: 'said', source: 'the banker' });
    expect(q!.content.map(core)).toEqual(['An economic downturn', 'could be a good time to borrow']);
  });

  it('a prepositional lead-in is the author’s scene-setting', () => {
    const [q] = quotesOf('In a long statement, the banker said, “we will lend again next year.”\n');
    expect(q!.content.map(core)).toEqual(['we will lend again next year']);
  });

  it('a quotation opening with a capital is a sentence of its own', () => {
    const [q] = quotesOf('After the vote, the banker said, “We will lend again next year.”\n');
    expect(q!.content.map(core)).toEqual(['We will lend again next year']);
  });
});

describe('indirect content: where it starts', () => {
  it('a relative pronoun is no content span when the content has its own “that”', () => {
    const qs = quotesOf('It was the hearing in which the director said that he would not recommend charges.');
    const q = qs.find((x) => x.cue === 'said');
    expect(q?.content.map(core)).toEqual(['that he would not recommend charges']);
  });

  it('a relative pronoun is the first span when it is the missing subject', () => {
    const qs = quotesOf('The emails, which the director said were careless, were released on Friday.');
    const q = qs.find((x) => x.cue === 'said');
    expect(q?.content.map(core)).toEqual(['which', 'were careless']);
  });

  it('a “that” inside an infinitive content does not start it', () => {
    const qs = quotesOf('The defendant hoped to address the concern that she was not sorry.');
    const q = qs.find((x) => x.cue?.includes('hoped'));
    expect(q && core(q.content[0]!)).toBe('to address the concern that she was not sorry');
  });

  it('content opening right at the cue is not moved to a later clause opener', () => {
    const qs = quotesOf('The senator promised to pursue legislation if elected to force companies to pay back tax breaks.');
    const q = qs.find((x) => x.cue?.includes('promised'));
    expect(q && core(q.content[0]!)).toMatch(/^to pursue legislation if elected/);
  });

  it('a name that opens like a month is no time adjunct', () => {
    const qs = quotesOf('The governor criticized Marco Rubio for his votes on the budget.');
    const q = qs.find((x) => x.cue?.includes('criticized'));
    expect(q && core(q.content[0]!)).toMatch(/^Marco Rubio/);
  });

  it('a time adjunct before a bare clause leaves the clause its article', () => {
    const qs = quotesOf('Officials told reporters on Monday the bridge would reopen in May.');
    const q = qs.find((x) => x.cue === 'told');
    expect(q && core(q.content[0]!)).toBe('the bridge would reopen in May');
  });

  it('with a parse, a content starts at the cue’s complement clause past the cue’s own adjuncts', () => {
    expect(parsedContents('The minister said at a news conference in Paris the talks had failed.')).toContainEqual(['the talks had failed']);
  });

  it('a listener verb whose object is followed by the source’s next predicate keeps the object as its content', () => {
    // "thanked Miami and said …": not Miami the listener and "and said …" the thanks
    const contents = parsedContents('The mayor thanked the volunteers and said the city would rebuild the pier.');
    expect(contents).toContainEqual(['the volunteers']);
    expect(contents).toContainEqual(['the city would rebuild the pier']);
  });

  it('a participle cue inside a fronted prepositional phrase ends its content at the main clause', () => {
    const contents = parsedContents("In a letter criticizing Smith, Jones's campaign said he had broken the rules.");
    expect(contents).toContainEqual(['Smith']);
    expect(contents).toContainEqual(['he had broken the rules']);
  });
});

