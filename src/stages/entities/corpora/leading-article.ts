// A lower-case article in front of a name ("the United States", "the Netherlands") is no part of a
// CoNLL-style name: GUM's names (derived from proper-noun heads) never start with one and Universal
// NER rarely does, but Re-DocRED (244 spans), BTC, CrossNER and UNER PUD often do, which taught the
// model to tag "the" and so miss the exact span. The training readers drop it. A capitalised "The"
// stays: it is part of names such as "The Hague" or "The New York Times" (and, sentence-initially,
// cannot be told apart from the ordinary article).
import type { CorpusDoc } from '../corpus.js';

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The documents with a leading lower-case article cut from every named span longer than it. */
export function withoutLeadingArticles(docs: readonly CorpusDoc[]): CorpusDoc[] {
  return docs.map((d) => ({
    id: d.id,
    sentences: d.sentences.map((s) => {
      if (!s.named.some((n) => n.to - n.from > 1 && ARTICLES.has(s.words[n.from]!.form))) return s;
      return { ...s, named: s.named.map((n) => (n.to - n.from > 1 && ARTICLES.has(s.words[n.from]!.form) ? { ...n, from: n.from + 1 } : n)) };
    }),
  }));
}
