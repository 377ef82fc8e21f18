// Trains the tagger's MLP second opinion (src/nlp/tagger-mlp.ts) by plain SGD on softmax
// cross-entropy, one token at a time, seeded shuffles; GloVe vectors stay fixed (so words unseen in
// training keep their neighbours' behaviour). Tokens the tag dictionary forces are skipped: the
// tagger never consults the MLP there. Exports the int8-quantised model, so dev figures are the
// runtime code path's.
import { KeyIndex } from './hash.js';
import { TaggerFeatures } from './features-tagger.js';
import { MLP_WINDOW, mlpSparseKeys, TaggerMlp, VECTOR_LEVELS, type TaggerMlpArrays, type TaggerMlpMeta } from './tagger-mlp.js';
import type { TrainSentence } from './tagger-train.js';
import { epochLearningRate, glorotWeights, quantiseSparse, rowExamplesEpoch, SoftmaxSgd, uniformWeights } from './mlp-sgd.js';
import { mulberry32 } from './random.js';
import type { WordClusters } from './word-clusters.js';

export interface MlpVectors {
  readonly words: readonly string[];
  readonly dim: number;
  /** words.length × dim, unit-length rows (as scripts/train-clusters.ts readGlove gives them) */
  readonly v: Float32Array;
}

export interface MlpTrainOptions {
  seed: number;
  hidden: number;
  vocab: number;
  sparseBits: number;
  lr: number;
  /** lr / (1 + decay · epoch) */
  decay: number;
  log: (s: string) => void;
}

const WIN = MLP_WINDOW.length;
const MAX_SPARSE = 32;

/**
 * 4-bit vectors for the first `vocab` rows: per dimension, 16 levels fitted by 1-D k-means (Lloyd,
 * from quantile starts; deterministic) to that dimension's values, times √dim (unit-variance
 * inputs for unit-length rows). Half the bytes of int8 with one scale, at the same dev accuracy:
 * a dimension's values are bell-shaped, and k-means spends the levels where the values are.
 */
export function quantiseVectors(vec: MlpVectors, vocab: number): { codes: Uint8Array; levels: Float32Array } {
  const { dim } = vec;
  const rows = Math.min(vocab, vec.words.length);
  const codes = new Uint8Array((rows * dim + 1) >>> 1);
  const levels = new Float32Array(dim * VECTOR_LEVELS);
  const gain = Math.sqrt(dim);
  const col = new Float64Array(rows);
  for (let d = 0; d < dim; d++) {
    for (let r = 0; r < rows; r++) col[r] = vec.v[r * dim + d]! * gain;
    const sorted = Float64Array.from(col).sort();
    const c = Float64Array.from({ length: VECTOR_LEVELS }, (_, k) => sorted[Math.min(rows - 1, Math.floor(((k + 0.5) * rows) / VECTOR_LEVELS))] ?? 0);
    for (let it = 0; it < 25; it++) {
      const sum = new Float64Array(VECTOR_LEVELS);
      const cnt = new Float64Array(VECTOR_LEVELS);
      let k = 0;
      for (const x of sorted) {
        while (k + 1 < VECTOR_LEVELS && Math.abs(c[k + 1]! - x) <= Math.abs(c[k]! - x)) k++;
        sum[k] += x;
        cnt[k]++;
      }
      for (let k2 = 0; k2 < VECTOR_LEVELS; k2++) if (cnt[k2]! > 0) c[k2] = sum[k2]! / cnt[k2]!;
      c.sort();
    }
    for (let k = 0; k < VECTOR_LEVELS; k++) levels[d * VECTOR_LEVELS + k] = c[k]!;
    for (let r = 0; r < rows; r++) {
      const x = col[r]!;
      let best = 0;
      for (let k = 1; k < VECTOR_LEVELS; k++) if (Math.abs(c[k]! - x) < Math.abs(c[best]! - x)) best = k;
      const i = r * dim + d;
      codes[i >>> 1]! |= best << ((i & 1) << 2);
    }
  }
  return { codes, levels };
}

/** The input values the 4-bit vectors stand for (what the runtime MLP reads), rows × dim. */
export function dequantiseVectors(codes: Uint8Array, levels: Float32Array, rows: number, dim: number): Float32Array {
  const x = new Float32Array(rows * dim);
  for (let i = 0; i < x.length; i++) x[i] = levels[(i % dim) * VECTOR_LEVELS + ((codes[i >>> 1]! >>> ((i & 1) << 2)) & 15)]!;
  return x;
}

/** Training examples: per scored token its window rows, masked sparse rows and gold class. */
interface Examples {
  count: number;
  rows: Int32Array; // count × WIN
  sparse: Int32Array; // count × MAX_SPARSE
  nSparse: Uint8Array;
  gold: Int32Array;
}

function buildExamples(sents: readonly TrainSentence[], dict: KeyIndex, clusters: WordClusters, vocab: number, sparseBits: number): Examples {
  const feats = new TaggerFeatures(dict);
  let cap = 0;
  for (const s of sents) cap += s.forms.length;
  const ex: Examples = { count: 0, rows: new Int32Array(cap * WIN), sparse: new Int32Array(cap * MAX_SPARSE), nSparse: new Uint8Array(cap), gold: new Int32Array(cap) };
  const mask = (1 << sparseBits) - 1;
  const keys = new Int32Array(MAX_SPARSE);
  const rowCache = new Map<string, number>();
  for (const s of sents) {
    const n = s.forms.length;
    feats.prepare(s.forms, n);
    const rows = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const w = s.forms[j]!;
      let r = rowCache.get(w);
      if (r === undefined) {
        r = clusters.indexOf(w);
        if (r >= vocab) r = -1;
        rowCache.set(w, r);
      }
      rows[j] = r;
    }
    for (let i = 0; i < n; i++) {
      if (feats.forced[i]! >= 0) continue;
      const e = ex.count++;
      for (let w = 0; w < WIN; w++) {
        const j = i + MLP_WINDOW[w]!;
        ex.rows[e * WIN + w] = j < 0 || j >= n ? -1 : rows[j]!;
      }
      const k = mlpSparseKeys(feats, rows, i, n, keys);
      for (let q = 0; q < k; q++) ex.sparse[e * MAX_SPARSE + q] = keys[q]! & mask;
      ex.nSparse[e] = k;
      ex.gold[e] = s.gold[i]!;
    }
  }
  return ex;
}

/**
 * SGD training with a per-epoch callback (dev evaluation of the quantised model, early stopping
 * is the caller's): onEpoch returns false to stop.
 */
export function trainMlp(
  sents: readonly TrainSentence[],
  nTags: number,
  dict: KeyIndex,
  clusters: WordClusters,
  vec: MlpVectors,
  o: MlpTrainOptions,
  epochs: number,
  onEpoch: (epoch: number, mlp: TaggerMlp, trainLoss: number, trainAcc: number) => boolean,
): void {
  const { hidden: H, sparseBits } = o;
  const dim = vec.dim;
  const vocab = Math.min(o.vocab, vec.words.length);
  const t0 = performance.now();
  const ex = buildExamples(sents, dict, clusters, vocab, sparseBits);
  o.log(`mlp: ${ex.count} training tokens (unforced), built in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  const { codes: qvec, levels: vecLevels } = quantiseVectors(vec, vocab);
  // training uses the dequantised vectors, as run time does
  const x = dequantiseVectors(qvec, vecLevels, vocab, dim);

  const rand = mulberry32(o.seed);
  const nIn = WIN * dim;
  const w1 = glorotWeights(rand, nIn, H);
  const b1 = new Float32Array(H).fill(0.01);
  const sp = uniformWeights(rand, (1 << sparseBits) * H, 0.01);
  const w2 = glorotWeights(rand, H, nTags);
  const b2 = new Float32Array(nTags);
  // this trainer always rounded ∂loss/∂h to float32 before scaling it (mlp-sgd.ts)
  const net = new SoftmaxSgd(b1, w2, b2, true);

  const inputs = { w1, sp, x, dim, places: WIN, maxKeys: MAX_SPARSE };
  const order = Int32Array.from({ length: ex.count }, (_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const te = performance.now();
    const lr = epochLearningRate(o.lr, o.decay, epoch);
    rowExamplesEpoch(net, inputs, ex, order, rand, lr);
    const { loss, right } = net;
    // export: the large sparse table to int8 (one scale), the small layers as they are
    const { sparse: qs, scale: sparseScale } = quantiseSparse(sp);
    const meta: TaggerMlpMeta = { dim, hidden: H, nTags, vocab, clusterWords: clusters.size, sparseBits, sparseScale, margin: Infinity, weight: 1 };
    const arrays: TaggerMlpArrays = { vectors: qvec, vecLevels, w1: w1.slice(), b1: b1.slice(), sparse: qs, w2: w2.slice(), b2: b2.slice() };
    o.log(`mlp: epoch ${epoch} lr ${lr.toFixed(4)} train loss ${(loss / order.length).toFixed(4)} acc ${((right / order.length) * 100).toFixed(2)}% | ${((performance.now() - te) / 1000).toFixed(1)}s`);
    if (!onEpoch(epoch, new TaggerMlp(meta, arrays, clusters), loss / order.length, right / order.length)) break;
  }
}
