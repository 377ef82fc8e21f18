// Trains the tagger's MLP second opinion (src/nlp/tagger-mlp.ts) by plain SGD on softmax
// cross-entropy, one token at a time, seeded shuffles; GloVe vectors stay fixed (so words unseen in
// training keep their neighbours' behaviour). Tokens the tag dictionary forces are skipped: the
// tagger never consults the MLP there. Exports the int8-quantised model, so dev figures are the
// runtime code path's.
import { KeyIndex } from './hash.js';
import { TaggerFeatures } from './features-tagger.js';
import { MLP_WINDOW, mlpSparseKeys, TaggerMlp, VECTOR_LEVELS, type TaggerMlpArrays, type TaggerMlpMeta } from './tagger-mlp.js';
import type { TrainSentence } from './tagger-train.js';
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
  const uni = (a: number) => (rand() * 2 - 1) * a;
  const nIn = WIN * dim;
  const w1 = Float32Array.from({ length: nIn * H }, () => uni(Math.sqrt(6 / (nIn + H))));
  const b1 = new Float32Array(H).fill(0.01);
  const sp = Float32Array.from({ length: (1 << sparseBits) * H }, () => uni(0.01));
  const w2 = Float32Array.from({ length: H * nTags }, () => uni(Math.sqrt(6 / (H + nTags))));
  const b2 = new Float32Array(nTags);

  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const z = new Float64Array(nTags);
  const order = Int32Array.from({ length: ex.count }, (_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const te = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const lr = o.lr / (1 + o.decay * (epoch - 1));
    let loss = 0;
    let right = 0;
    for (let oi = 0; oi < order.length; oi++) {
      const e = order[oi]!;
      // forward
      h.set(b1);
      for (let w = 0; w < WIN; w++) {
        const r = ex.rows[e * WIN + w]!;
        if (r < 0) continue;
        const vb = r * dim;
        const wb = w * dim;
        for (let d = 0; d < dim; d++) {
          const xv = x[vb + d]!;
          const base = (wb + d) * H;
          for (let u = 0; u < H; u++) h[u] += w1[base + u]! * xv;
        }
      }
      const ns = ex.nSparse[e]!;
      const sb = e * MAX_SPARSE;
      for (let k = 0; k < ns; k++) {
        const base = ex.sparse[sb + k]! * H;
        for (let u = 0; u < H; u++) h[u] += sp[base + u]!;
      }
      for (let u = 0; u < H; u++) if (h[u]! < 0) h[u] = 0;
      let zmax = -Infinity;
      let arg = 0;
      for (let t = 0; t < nTags; t++) {
        let s = b2[t]!;
        for (let u = 0; u < H; u++) s += w2[u * nTags + t]! * h[u]!;
        z[t] = s;
        if (s > zmax) {
          zmax = s;
          arg = t;
        }
      }
      let sum = 0;
      for (let t = 0; t < nTags; t++) {
        z[t] = Math.exp(z[t]! - zmax);
        sum += z[t]!;
      }
      const g = ex.gold[e]!;
      loss -= Math.log(z[g]! / sum);
      if (arg === g) right++;
      // backward: dz = p - onehot
      for (let t = 0; t < nTags; t++) z[t] = z[t]! / sum - (t === g ? 1 : 0);
      dh.fill(0);
      for (let u = 0; u < H; u++) {
        const hu = h[u]!;
        const base = u * nTags;
        if (hu > 0) {
          let s = 0;
          for (let t = 0; t < nTags; t++) s += w2[base + t]! * z[t]!;
          dh[u] = s;
          for (let t = 0; t < nTags; t++) w2[base + t]! -= lr * z[t]! * hu;
        }
      }
      for (let t = 0; t < nTags; t++) b2[t]! -= lr * z[t]!;
      for (let u = 0; u < H; u++) dh[u] = dh[u]! * lr;
      for (let u = 0; u < H; u++) b1[u]! -= dh[u]!;
      for (let w = 0; w < WIN; w++) {
        const r = ex.rows[e * WIN + w]!;
        if (r < 0) continue;
        const vb = r * dim;
        const wb = w * dim;
        for (let d = 0; d < dim; d++) {
          const xv = x[vb + d]!;
          const base = (wb + d) * H;
          for (let u = 0; u < H; u++) w1[base + u]! -= dh[u]! * xv;
        }
      }
      for (let k = 0; k < ns; k++) {
        const base = ex.sparse[sb + k]! * H;
        for (let u = 0; u < H; u++) sp[base + u]! -= dh[u]!;
      }
    }
    // export: the large sparse table to int8 (one scale), the small layers as they are
    let maxAbs = 0;
    for (let i = 0; i < sp.length; i++) maxAbs = Math.max(maxAbs, Math.abs(sp[i]!));
    const sparseScale = maxAbs > 0 ? maxAbs / 127 : 1;
    const qs = new Int8Array(sp.length);
    for (let i = 0; i < sp.length; i++) qs[i] = Math.round(sp[i]! / sparseScale);
    const meta: TaggerMlpMeta = { dim, hidden: H, nTags, vocab, clusterWords: clusters.size, sparseBits, sparseScale, margin: Infinity, weight: 1 };
    const arrays: TaggerMlpArrays = { vectors: qvec, vecLevels, w1: w1.slice(), b1: b1.slice(), sparse: qs, w2: w2.slice(), b2: b2.slice() };
    o.log(`mlp: epoch ${epoch} lr ${lr.toFixed(4)} train loss ${(loss / order.length).toFixed(4)} acc ${((right / order.length) * 100).toFixed(2)}% | ${((performance.now() - te) / 1000).toFixed(1)}s`);
    if (!onEpoch(epoch, new TaggerMlp(meta, arrays, clusters), loss / order.length, right / order.length)) break;
  }
}
