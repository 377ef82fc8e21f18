import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../kb/index.js';
import { decodeWordClusters, encodeWordClusters } from '../../nlp/word-clusters.js';
import { K, sentenceFeatures, type FeatureContext } from './ner-features.js';

const forms = ['Mayor', 'Anna', 'Kowalczyk', 'visited', 'Gdansk', '.'];
let text = '';
const spans = forms.map((f) => {
  if (text) text += ' ';
  const s = { start: text.length, end: text.length + f.length };
  text += f;
  return s;
});
const clusters = decodeWordClusters(
  encodeWordClusters({
    meta: { levels: [2048, 512, 128], source: 'test', license: 'test', seed: 1, fitWords: 3 },
    words: ['anna', 'kowalczyk', 'visited'],
    fine: new Uint16Array([5, 6, 7]),
    maps: new Map([
      [512, new Uint16Array(2048).fill(1)],
      [128, new Uint16Array(2048).fill(2)],
    ]),
  }),
);

describe('NER features', () => {
  const base: FeatureContext = { kb: defaultKb(), lowerVocab: new Set(['visited']) };
  const withClusters: FeatureContext = { ...base, clusters };

  it('gives every token K slots; cluster slots are empty without a cluster table', () => {
    const f = sentenceFeatures(base, text, spans, forms);
    expect(f.length).toBe(forms.length * K);
    for (let i = 0; i < forms.length; i++) for (let k = 35; k < K; k++) expect(f[i * K + k]).toBe(0);
  });

  it('cluster features fill only their own slots, so models trained without them read the same features', () => {
    const a = sentenceFeatures(base, text, spans, forms);
    const b = sentenceFeatures(withClusters, text, spans, forms);
    for (let i = 0; i < forms.length; i++) {
      for (let k = 0; k < 35; k++) expect(b[i * K + k]).toBe(a[i * K + k]);
      for (let k = 35; k < K; k++) expect(b[i * K + k]).not.toBe(0);
    }
  });

  it('words of one cluster share the cluster features, a word outside the table gets others', () => {
    const f = sentenceFeatures(withClusters, text, spans, forms);
    // "Anna" (fine 5) and "Kowalczyk" (fine 6) share the coarse (512, 128) clusters but not the fine one
    expect(f[1 * K + 35]).toBe(f[2 * K + 35]);
    expect(f[1 * K + 36]).toBe(f[2 * K + 36]);
    expect(f[1 * K + 37]).not.toBe(f[2 * K + 37]);
    // "Gdansk" is not in the table
    expect(f[4 * K + 36]).not.toBe(f[1 * K + 36]);
  });
});
