// eval/quote-noun-candidates.ts: the non-verb cue candidates it draws from a parse (session 21's table).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { candidates } from '../../eval/quote-noun-candidates.js';

function found(text: string): { construction: string; word: string; cue: string; content: string; source: string | null }[] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return candidates(doc).map((c) => ({
    construction: c.construction,
    word: c.word,
    cue: text.slice(c.cue[0], c.cue[1]),
    content: text.slice(c.content[0], c.content[1]),
    source: c.source ? text.slice(c.source[0], c.source[1]) : null,
  }));
}

describe('non-verb cue candidates', () => {
  it('a possessed noun with a "that" clause: the possessor is the source', () => {
    expect(found('Voters doubted the mayor’s claim that the bridge would close.\n')).toContainEqual({
      construction: 'noun-that+poss', word: 'claim', cue: 'claim', content: 'that the bridge would close', source: 'the mayor’s',
    });
  });

  it('a predicate adjective with a "that" clause: the copula group is in the cue, the subject is the source', () => {
    expect(found('The minister was confident that the talks would resume.\n')).toContainEqual({
      construction: 'adj-that', word: 'confident', cue: 'was confident', content: 'that the talks would resume', source: 'The minister',
    });
  });

  it('a sentence with no such construction gives none', () => {
    expect(found('The bridge closed on Monday after a storm.\n')).toEqual([]);
  });
});
