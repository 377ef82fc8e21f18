// Genre-stratified folds of UNER EWT dev (exploration: NER_EWT_FOLDS=genre, corpora/index.ts). The
// plain slice takes every n-th document in file order, so a held-out half can draw most of one genre's
// organisations: UNER EWT dev's 224 organisations sit in few documents (one weblog post holds 37, two
// weblog posts 61 of the weblog's 101), and which half such a document falls in moves a half's ORG F1
// by more than a training weight does (eval/ner-session-17.md). Here each genre's documents (the
// sentence-id prefix: answers, email, newsgroup, reviews, weblog) are ordered by their number of
// organisations, most first, and dealt to the folds in turn: every fold gets about 1/n of each genre's
// documents and of its organisations, and the organisation-heavy posts land in different folds.
import type { CorpusDoc } from '../corpus.js';

/** The EWT source genre of a UNER EWT document ("weblog-juancole.com_…" -> "weblog"). */
export function ewtGenre(id: string): string {
  return id.split('-', 1)[0]!;
}

const orgCount = (d: CorpusDoc) => d.sentences.reduce((a, s) => a + s.named.filter((n) => n.type === 'ORG').length, 0);

/** Splits documents into (training part, dev slice = fold `fold` of `every` genre-stratified folds); both keep file order. */
export function genreStratifiedSlice(docs: readonly CorpusDoc[], every: number, fold: number): { train: CorpusDoc[]; dev: CorpusDoc[] } {
  const byGenre = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const g = ewtGenre(d.id);
    const l = byGenre.get(g) ?? [];
    l.push(i);
    byGenre.set(g, l);
  });
  const foldOf = new Int32Array(docs.length);
  for (const idx of byGenre.values()) {
    // most organisations first; ties in file order (a stable sort keeps the split deterministic)
    const counts = idx.map((i) => orgCount(docs[i]!));
    const order = idx.map((_, k) => k).sort((a, b) => counts[b]! - counts[a]! || a - b);
    order.forEach((k, r) => (foldOf[idx[k]!] = r % every));
  }
  const train: CorpusDoc[] = [];
  const dev: CorpusDoc[] = [];
  docs.forEach((d, i) => (foldOf[i] === fold ? dev : train).push(d));
  return { train, dev };
}
