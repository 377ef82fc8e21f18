// data/quotes/stance-predicates.tsv: stance adjectives and agent nouns after a copula are
// attributions as PolNeAR marks them (source = subject, cue = copula group + word + preposition).
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { quotesOf, read } from './helpers.js';

describe('copular stance predicates (data/quotes/stance-predicates.tsv)', () => {
  const rows = loadTsv('quotes/stance-predicates.tsv', ['word', 'kind', 'preps', 'example']).rows;

  it('every example yields a quote cued by its word', () => {
    const failed: string[] = [];
    for (const r of rows) {
      const doc = read(r.example!);
      const ok = doc.quotes.some((q) => q.cue && doc.text.slice(q.cue.start, q.cue.end).toLowerCase().includes(r.word!));
      if (!ok) failed.push(`${r.word}: ${r.example}`);
    }
    expect(failed).toEqual([]);
  });

  it('an adjective with a preposition: the copula group and the preposition are the cue, its object the content', () => {
    const [q] = quotesOf('Senate Republicans have long been critical of the new trade deal.');
    expect(q).toMatchObject({ cue: 'have long been critical of', source: 'Senate Republicans', content: ['the new trade deal'], rule: 'quotes:stance-adjective' });
  });

  it('a clause after "that" is content and "that" stays out of the cue', () => {
    const [q] = quotesOf('The negotiators were hopeful that the talks would resume next week.');
    expect(q).toMatchObject({ cue: 'were hopeful', source: 'The negotiators', content: ['that the talks would resume next week'] });
  });

  it('an agent noun keeps its article and adjectives in the cue; a relative pronoun is the source', () => {
    const [q] = quotesOf('The bill was written by Maria Lopez, who is a staunch and vocal opponent of the death penalty.');
    expect(q).toMatchObject({ cue: 'is a staunch and vocal opponent of', source: 'who', content: ['the death penalty'], rule: 'quotes:stance-agent-noun' });
  });

  it('without a copula, or with the word used otherwise, there is no attribution', () => {
    expect(quotesOf('The critical mission of the inspectors ended on Monday.')).toEqual([]);
    expect(quotesOf('Supporters of the team gathered outside the stadium.')).toEqual([]);
    expect(quotesOf('The bridge is critical to the region.')).toEqual([]);
  });
});
