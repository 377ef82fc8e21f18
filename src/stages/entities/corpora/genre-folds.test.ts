import { describe, expect, it } from 'vitest';
import type { CorpusDoc, CorpusSentence } from '../corpus.js';
import { ewtGenre, genreStratifiedSlice } from './genre-folds.js';
import { devSlice } from './index.js';

/** a document with `orgs` organisation names (one sentence, one word per name) */
function doc(id: string, orgs: number): CorpusDoc {
  const words = Array.from({ length: orgs }, (_, i) => ({ form: `Org${i}`, start: 5 * i, end: 5 * i + 4 }));
  const s = { text: words.map((w) => w.form).join(' '), words, named: words.map((_, i) => ({ from: i, to: i + 1, type: 'ORG' })), mentions: [] } as unknown as CorpusSentence;
  return { id, sentences: [s] };
}

describe('genre-stratified UNER EWT folds (NER_EWT_FOLDS=genre)', () => {
  it('reads the genre from the EWT document id', () => {
    expect(ewtGenre('weblog-juancole.com_juancole_20040404101100_ENG_20040404_101100')).toBe('weblog');
    expect(ewtGenre('answers-20070404104007AAY1Chs_ans')).toBe('answers');
    expect(ewtGenre('reviews-096340')).toBe('reviews');
  });

  it('deals each genre to the folds in turn, organisation-heavy documents first, so the two heaviest never share a fold', () => {
    // in file order the two heavy weblog posts are both at even positions: every-other-document puts them in one half
    const docs = [doc('weblog-a', 37), doc('email-a', 1), doc('weblog-b', 0), doc('email-b', 5), doc('weblog-c', 24), doc('weblog-d', 2), doc('email-c', 0), doc('reviews-a', 1)];
    const f0 = genreStratifiedSlice(docs, 2, 0);
    const f1 = genreStratifiedSlice(docs, 2, 1);
    // weblog by organisations a 37, c 24, d 2, b 0 -> folds 0 1 0 1; email b 5, a 1, c 0 -> 0 1 0; reviews a -> 0
    expect(f0.dev.map((d) => d.id)).toEqual(['weblog-a', 'email-b', 'weblog-d', 'email-c', 'reviews-a']);
    expect(f1.dev.map((d) => d.id)).toEqual(['email-a', 'weblog-b', 'weblog-c']);
    // complementary halves, each in file order
    expect(f0.train).toEqual(f1.dev);
    expect(f1.train).toEqual(f0.dev);
    // the order-based slice of the same documents holds out both heavy posts (37 and 24 organisations) together
    expect(devSlice(docs, 2, 0).dev.map((d) => d.id)).toContain('weblog-c');
    expect(devSlice(docs, 2, 0).dev.map((d) => d.id)).toContain('weblog-a');
  });

  it('one fold holds out every document', () => {
    const docs = [doc('email-a', 1), doc('weblog-a', 3)];
    expect(genreStratifiedSlice(docs, 1, 0)).toEqual({ train: [], dev: docs });
  });
});
