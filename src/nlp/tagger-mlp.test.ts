import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { KeyIndex } from './hash.js';
import { decodeModel, encodeModel, readModelFile } from './model-io.js';
import { getTagger, Tagger } from './tagger.js';
import { TAGGER_MLP_FILE, TAGGER_MLP_KIND, taggerMlpFromModel, type TaggerMlp } from './tagger-mlp.js';
import { trainMlp, type MlpVectors } from './tagger-mlp-train.js';
import { buildTagDict, PerceptronTrainer, type TrainSentence } from './tagger-train.js';
import { decodeWordClusters, defaultWordClusters, encodeWordClusters } from './word-clusters.js';
import { TaggerFeatures } from './features-tagger.js';

const tags = ['NOUN\tNN', 'VERB\tVBD'];
// two directions in a 4-d space: noun-like and verb-like words; "bird" and "sang" never occur in training
const words = ['dog', 'cat', 'cow', 'barked', 'slept', 'ran', 'bird', 'sang'];
const noun = new Set(['dog', 'cat', 'cow', 'bird']);
function vectors(): MlpVectors {
  const v = new Float32Array(words.length * 4);
  words.forEach((w, i) => {
    const s = noun.has(w) ? 1 : -1;
    const row = [s, 0.3 * Math.sin(i + 1), 0.3 * Math.cos(i + 1), 0.2 * s];
    const n = Math.hypot(...row);
    row.forEach((x, d) => (v[i * 4 + d] = x / n));
  });
  return { words, dim: 4, v };
}
const clusters = () =>
  decodeWordClusters(encodeWordClusters({ meta: { levels: [2], source: 'test', license: 'test', seed: 1, fitWords: 8 }, words, fine: new Uint16Array(words.map((w) => (noun.has(w) ? 0 : 1))), maps: new Map() }));

/** A perceptron that has learned nothing (all scores equal: every call is close) and a trained MLP. */
function toy(): { tagger: Tagger; mlp: TaggerMlp } {
  const sents: TrainSentence[] = ['dog', 'cat', 'cow', 'barked', 'slept', 'ran'].map((w) => ({ forms: [w], gold: Int32Array.from([noun.has(w) ? 0 : 1]) }));
  const dict = buildTagDict(sents, tags.length, { minFreq: 1, minShare: 0.1, forceFreq: Infinity, forceShare: 1 });
  const ex = new PerceptronTrainer(tags.length, dict, false).export(0);
  const tagger = new Tagger({ tags, useForced: false, scale: ex.scale }, ex.arrays);
  let mlp: TaggerMlp | null = null;
  trainMlp(sents, tags.length, new KeyIndex(dict.keys, dict.vals), clusters(), vectors(), { seed: 7, hidden: 8, vocab: 100, sparseBits: 12, lr: 0.05, decay: 0, log: () => {} }, 40, (_e, m) => {
    mlp = m;
    return true;
  });
  return { tagger, mlp: mlp! };
}

describe('tagger MLP second opinion', () => {
  it('tags words never seen in training by their word vectors, where the perceptron cannot decide', () => {
    const { tagger, mlp } = toy();
    tagger.setMlp(mlp, 1, 1);
    expect(tagger.tag(['bird']).upos).toEqual(['NOUN']);
    expect(tagger.tag(['sang']).upos).toEqual(['VERB']);
    expect(tagger.tag(['cat']).upos).toEqual(['NOUN']);
    expect(tagger.mlpCalls).toBe(3);
  });

  it('is not consulted when the perceptron is sure (margin 0: the perceptron alone)', () => {
    const { tagger, mlp } = toy();
    const alone = tagger.tag(['sang', 'bird']);
    tagger.setMlp(mlp, 0, 1);
    expect(tagger.tag(['sang', 'bird'])).toEqual(alone);
    expect(tagger.mlpCalls).toBe(0);
  });

  it('reads back from its model file and tags alike', () => {
    const { tagger, mlp } = toy();
    const copy = taggerMlpFromModel(decodeModel(encodeModel(TAGGER_MLP_KIND, { ...mlp.meta, margin: 1, weight: 1 }, { ...mlp.arrays() }), TAGGER_MLP_KIND), clusters());
    tagger.setMlp(copy);
    expect(tagger.tag(['bird', 'sang', 'dog']).upos).toEqual(['NOUN', 'VERB', 'NOUN']);
  });

  it('a model that does not fit the tagger or the word table is a coded error', () => {
    const { mlp } = toy();
    const three = new Tagger({ tags: [...tags, 'PUNCT\t.'], useForced: false, scale: 1 }, { featKeys: new Uint32Array(0), rowStart: new Uint32Array(1), cls: new Uint8Array(0), weight: new Int16Array(0), dictKeys: new Uint32Array(0), dictVals: new Int32Array(0), allowed: new Int32Array(0) });
    expect(() => three.setMlp(mlp)).toThrow(/E021|3/);
    try {
      three.setMlp(mlp);
    } catch (e) {
      expect(isNewsgraphError(e) && e.code).toBe('E021');
    }
    const fewer = decodeWordClusters(encodeWordClusters({ meta: { levels: [2], source: 'test', license: 'test', seed: 1, fitWords: 2 }, words: ['dog', 'cat'], fine: new Uint16Array([0, 0]), maps: new Map() }));
    const file = decodeModel(encodeModel(TAGGER_MLP_KIND, mlp.meta, { ...mlp.arrays() }), TAGGER_MLP_KIND);
    expect(() => taggerMlpFromModel(file, fewer)).toThrow(/word-cluster table of 8 words, found 2/);
    const bad = decodeModel(encodeModel(TAGGER_MLP_KIND, { ...mlp.meta, hidden: 9 }, { ...mlp.arrays() }), TAGGER_MLP_KIND);
    expect(() => taggerMlpFromModel(bad, clusters())).toThrow(/array sizes/);
  });
});

describe.skipIf(!existsSync(modelPath(TAGGER_MLP_FILE)))('shipped tagger MLP (models/tagger-mlp.bin)', () => {
  it('is attached to the shipped tagger and consulted on a small share of tokens only', () => {
    const t = getTagger();
    expect(t.hasMlp).toBe(true);
    const forms = 'The U.N. envoy said on Monday that talks would resume , and lisa ordered a taco at taco bell .'.split(' ');
    const before = t.mlpCalls;
    t.tag(forms);
    expect(t.mlpCalls - before).toBeLessThan(forms.length / 2);
  });

  it('gives the same logits, bit for bit, with the WebAssembly SIMD sums as with the JS loops', () => {
    const clusters = defaultWordClusters()!;
    const file = readModelFile(modelPath(TAGGER_MLP_FILE), TAGGER_MLP_KIND);
    const simd = taggerMlpFromModel(file, clusters);
    const js = taggerMlpFromModel(file, clusters, TAGGER_MLP_FILE, { simd: false });
    const feats = new TaggerFeatures(null);
    const text = ['The U.N. envoy said on Monday that talks would resume , and lisa ordered a taco at taco bell .', 'Flights to Kyiv-Boryspil were cancelled ; antidisestablishmentarianism , he said .'];
    const [a, b] = [new Float64Array(simd.meta.nTags), new Float64Array(simd.meta.nTags)];
    // twice: the second time the first-layer projections come from the cache
    for (let round = 0; round < 2; round++) {
      for (const s of text) {
        const forms = s.split(' ');
        feats.prepare(forms);
        simd.prepareRows(forms, forms.length);
        js.prepareRows(forms, forms.length);
        for (let i = 0; i < forms.length; i++) {
          simd.logits(feats, i, forms.length, a);
          js.logits(feats, i, forms.length, b);
          expect([...a]).toEqual([...b]);
        }
      }
    }
  });
});
