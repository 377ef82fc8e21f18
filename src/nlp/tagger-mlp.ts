// A small non-linear second opinion for the tagger: a one-hidden-layer MLP over a window of five
// GloVe vectors (the rows of models/word-clusters.bin.gz's vocabulary, quantised to 4 bits a value —
// 16 levels per dimension, VECTOR_LEVELS — and kept in models/tagger-mlp.bin) plus hashed suffix/prefix/shape/flag features of the word and its
// neighbours. The perceptron is linear in its (sparse, mostly lexical) features; this model sees
// distributional similarity ("lisa" near other first names, unseen nouns near seen ones) and
// conjunctions of them, so its errors differ. It is consulted only where the perceptron's top two
// tags are close (margin below `margin`), and its log-probabilities, times `weight`, are added to
// the perceptron's scores there: most tokens never pay for it.
// Built by scripts/train-tagger.ts (src/nlp/tagger-mlp-train.ts).
import { templateKey } from './hash.js';
import { flatCopy } from '../core/bounded-memo.js';
import { NewsgraphError } from '../core/errors.js';
import type { TaggerFeatures } from './features-tagger.js';
import { modelArray, type ModelFile } from './model-io.js';
import type { WordClusters } from './word-clusters.js';
import { ProjectionCache } from './projection-cache.js';
import { MAX_ROWS, RoundedSums, SUM_BLOCK } from './rounded-sums-simd.js';

export const TAGGER_MLP_KIND = 'newsgraph-tagger-mlp';
export const TAGGER_MLP_FILE = 'tagger-mlp.bin';

/** Window offsets whose word vectors feed the hidden layer. */
export const MLP_WINDOW = [-2, -1, 0, 1, 2] as const;
const WIN = MLP_WINDOW.length;
/** Hashed sparse templates (see mlpSparseKeys); ids are baked into models: only ever append. */
export const MLP_SPARSE = 22;
/** the most keys mlpSparseKeys writes for one position (18 + 4 window + 1 unknown word) */
const MAX_SPARSE_KEYS = 23;

export interface TaggerMlpMeta {
  readonly dim: number;
  readonly hidden: number;
  readonly nTags: number;
  /** vocabulary rows with a vector (the first `vocab` rows of the word-cluster table) */
  readonly vocab: number;
  /** words in the word-cluster table the vectors were taken from (a rebuilt table must match) */
  readonly clusterWords: number;
  /** log2 of the hashed sparse table's rows */
  readonly sparseBits: number;
  /** dequantisation scale of the sparse table (the vectors' levels are in vecLevels) */
  readonly sparseScale: number;
  /** consult the MLP when the perceptron's top-two margin (in perceptron units) is below this */
  readonly margin: number;
  /** weight of the MLP's log-probabilities against the perceptron's scores */
  readonly weight: number;
  readonly info?: Record<string, unknown>;
}

/** Levels per vector dimension: a value is a 4-bit code, two to a byte. */
export const VECTOR_LEVELS = 16;

/** The weights (float32 for the small dense layers, 4 or 8 bits for the large tables). */
export interface TaggerMlpArrays {
  /** vocab × dim 4-bit codes, value k in the low nibble of byte k >> 1 when k is even, else the high */
  readonly vectors: Uint8Array;
  /** dim × VECTOR_LEVELS: the input value of each code, per dimension */
  readonly vecLevels: Float32Array;
  /** (WIN·dim) × hidden, row-major by input */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** 2^sparseBits × hidden */
  readonly sparse: Int8Array;
  /** hidden × nTags */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** slots of the first-layer projection cache (a power of two; 4096 × 5 × 64 floats = 5 MB) */
const PROJ_CACHE = 4096;
/** forms remembered with their vocabulary row (cleared when full) */
const ROW_MEMO = 50_000;
const PAD = 0x3c3c0001;
const UNK = 0x3c3c0002;

function mixKey(tpl: number, v: number): number {
  return templateKey(0x27d4eb2f, 0x85ebca6b, tpl, v);
}

/**
 * The sparse feature hashes of position i (unmasked), from the perceptron's prepared per-token
 * hashes and the window's vocabulary rows (rows[j] = row of token j, -1 unknown). Shared by
 * training and run time.
 */
export function mlpSparseKeys(f: TaggerFeatures, rows: Int32Array, i: number, n: number, out: Int32Array): number {
  const q = i * 4;
  let k = 0;
  out[k++] = mixKey(1, f.suf[q]!);
  out[k++] = mixKey(2, f.suf[q + 1]!);
  out[k++] = mixKey(3, f.suf[q + 2]!);
  out[k++] = mixKey(4, f.suf[q + 3]!);
  out[k++] = mixKey(5, f.pre[q]!);
  out[k++] = mixKey(6, f.pre[q + 1]!);
  out[k++] = mixKey(7, f.shape[i]!);
  out[k++] = mixKey(8, f.flags[i]!);
  out[k++] = mixKey(9, f.lower[i]!);
  out[k++] = mixKey(10, f.amb[i]!);
  out[k++] = mixKey(11, i > 0 ? f.flags[i - 1]! : PAD);
  out[k++] = mixKey(12, i + 1 < n ? f.flags[i + 1]! : PAD);
  out[k++] = mixKey(13, i > 0 ? f.shape[i - 1]! : PAD);
  out[k++] = mixKey(14, i + 1 < n ? f.shape[i + 1]! : PAD);
  out[k++] = mixKey(15, i > 0 ? f.suf[q - 2]! : PAD);
  out[k++] = mixKey(16, i + 1 < n ? f.suf[q + 6]! : PAD);
  out[k++] = mixKey(17, i > 0 ? f.amb[i - 1]! : PAD);
  out[k++] = mixKey(18, i + 1 < n ? f.amb[i + 1]! : PAD);
  // window positions without a vector: before/after the sentence, or not in the vocabulary
  for (let w = 0; w < WIN; w++) {
    const j = i + MLP_WINDOW[w]!;
    if (w === 2) continue;
    const v = j < 0 || j >= n ? PAD : rows[j]! < 0 ? UNK : 0;
    if (v !== 0 || w === 0 || w === 4) out[k++] = mixKey(19 + (w > 2 ? w - 1 : w), v);
  }
  if (rows[i]! < 0) out[k++] = mixKey(23, UNK);
  return k;
}

export class TaggerMlp {
  readonly meta: TaggerMlpMeta;
  private readonly a: TaggerMlpArrays;
  private readonly clusters: WordClusters;
  private readonly hid: Float32Array;
  private readonly keys = new Int32Array(32);
  private rows = new Int32Array(64);
  private readonly mask: number;

  /** simd: false keeps the JS loops even where WebAssembly SIMD is there (tests compare the two) */
  constructor(meta: TaggerMlpMeta, a: TaggerMlpArrays, clusters: WordClusters, opts: { simd?: boolean } = {}) {
    const { dim, hidden, nTags, vocab, sparseBits } = meta;
    if (clusters.size !== meta.clusterWords) {
      throw new NewsgraphError('E021', `tagger MLP: built on a word-cluster table of ${meta.clusterWords} words, found ${clusters.size} — run \`npm run train\``);
    }
    if (dim % 2 !== 0 || a.vectors.length !== (vocab * dim) / 2 || a.vecLevels.length !== dim * VECTOR_LEVELS || a.w1.length !== WIN * dim * hidden || a.b1.length !== hidden || a.sparse.length !== (1 << sparseBits) * hidden || a.w2.length !== hidden * nTags || a.b2.length !== nTags) {
      throw new NewsgraphError('E021', 'tagger MLP: array sizes do not match the header — run `npm run train`');
    }
    this.meta = meta;
    this.a = a;
    this.clusters = clusters;
    this.hid = new Float32Array(hidden);
    this.mask = (1 << sparseBits) - 1;
    if (opts.simd === false || hidden % SUM_BLOCK !== 0 || Math.max(dim, WIN + MAX_SPARSE_KEYS) > MAX_ROWS) this.simd = null;
  }

  /** Looks up the vocabulary rows of forms[0..n) (call once per sentence, before logits). */
  prepareRows(forms: readonly string[], n: number): Int32Array {
    if (this.rows.length < n) this.rows = new Int32Array(Math.max(n, this.rows.length * 2));
    const rows = this.rows;
    // -2: not looked up yet (most sentences consult the MLP for a few tokens only)
    rows.fill(-2, 0, n);
    this.forms = forms;
    return rows;
  }

  private forms: readonly string[] = [];

  private row(j: number): number {
    let r = this.rows[j]!;
    if (r === -2) {
      // a bounded memo of form → row: the table lookup lower-cases and re-encodes the word
      const form = this.forms[j]!;
      const known = this.rowOf.get(form);
      if (known !== undefined) r = known;
      else {
        r = this.clusters.indexOf(form);
        if (r >= this.meta.vocab) r = -1;
        if (this.rowOf.size >= ROW_MEMO) this.rowOf.clear();
        this.rowOf.set(flatCopy(form), r); // (a long form sliced from an article would keep the article alive)
      }
      this.rows[j] = r;
    }
    return r;
  }

  private readonly rowOf = new Map<string, number>();

  /** first-layer projections of the rows the tagger consults (created on first use) */
  private cache: ProjectionCache | null = null;

  /** the SIMD kernel with copies of w1 and the sparse table (created on first use; null: the JS loops) */
  private simd: SimdTables | null | undefined = undefined;

  private simdTables(): SimdTables | null {
    // made on first use: a tagger that never consults its MLP copies no tables
    if (this.simd === undefined) this.simd = simdTables(this.a, this.meta.hidden);
    return this.simd;
  }

  /** Start of vocabulary row r's first-layer projection at window position w in this.cache.values. */
  private projection(r: number, w: number): number {
    const { dim, hidden } = this.meta;
    const simd = this.simdTables();
    const c = (this.cache ??= new ProjectionCache(PROJ_CACHE, WIN, hidden, simd?.sums.allocF32(PROJ_CACHE * WIN * hidden)));
    const pb = c.at(r, w);
    if (c.missing && simd) {
      // the JS loop below, row by row in the same order with the same float32 rounding (every d, as there)
      const { vectors, vecLevels } = this.a;
      const { sums, w1 } = simd;
      c.values.fill(0, pb, pb + hidden);
      const vb = r * dim;
      for (let d = 0; d < dim; d++) {
        const k = vb + d;
        const code = (vectors[k >>> 1]! >>> ((k & 1) << 2)) & 15;
        sums.row(w1, (w * dim + d) * hidden, vecLevels[d * VECTOR_LEVELS + code]!);
      }
      sums.sumAt(c.values, pb, hidden);
    } else if (c.missing) {
      const { vectors, vecLevels, w1 } = this.a;
      const p = c.values;
      for (let u = 0; u < hidden; u++) p[pb + u] = 0;
      const vb = r * dim;
      for (let d = 0; d < dim; d++) {
        const k = vb + d;
        const code = (vectors[k >>> 1]! >>> ((k & 1) << 2)) & 15;
        const x = vecLevels[d * VECTOR_LEVELS + code]!;
        const base = (w * dim + d) * hidden;
        for (let u = 0; u < hidden; u++) p[pb + u] += w1[base + u]! * x;
      }
    }
    return pb;
  }

  /**
   * The hidden layer before the ReLU at position i by the SIMD kernel: logits' loops, the same rows
   * in the same order, each step rounded to float32 as there (rounded-sums-simd.ts).
   */
  private hiddenSimd(simd: SimdTables, f: TaggerFeatures, i: number, n: number): Float32Array {
    const { hidden, sparseScale } = this.meta;
    const { sums, sparse, hid: h, pbs } = simd;
    h.set(this.a.b1);
    // the projections first: computing one uses the kernel's row list
    for (let w = 0; w < WIN; w++) {
      const j = i + MLP_WINDOW[w]!;
      const r = j < 0 || j >= n ? -1 : this.row(j);
      pbs[w] = r < 0 ? -1 : this.projection(r, w);
    }
    const p = this.cache?.values;
    for (let w = 0; w < WIN; w++) if (pbs[w]! >= 0) sums.row(p as Float32Array, pbs[w]!, 1);
    const keys = this.keys;
    const nk = mlpSparseKeys(f, this.rows, i, n, keys);
    const mask = this.mask;
    for (let k = 0; k < nk; k++) sums.rowI8(sparse, (keys[k]! & mask) * hidden, sparseScale);
    sums.sum(h);
    return h;
  }

  /** Raw output scores (logits) for position i into out[0..nTags). */
  logits(f: TaggerFeatures, i: number, n: number, out: Float32Array | Float64Array): void {
    const { hidden, nTags, sparseScale } = this.meta;
    const { b1, sparse, w2, b2 } = this.a;
    const simd = this.simdTables();
    if (simd) return this.outputLayer(this.hiddenSimd(simd, f, i, n), out);
    const h = this.hid;
    for (let u = 0; u < hidden; u++) h[u] = b1[u]!; // a loop: TypedArray.set on 64 floats costs more
    for (let w = 0; w < WIN; w++) {
      const j = i + MLP_WINDOW[w]!;
      if (j < 0 || j >= n) continue;
      const r = this.row(j);
      if (r < 0) continue;
      const pb = this.projection(r, w);
      const p = this.cache!.values;
      for (let u = 0; u < hidden; u++) h[u] += p[pb + u]!;
    }
    const keys = this.keys;
    const nk = mlpSparseKeys(f, this.rows, i, n, keys);
    const mask = this.mask;
    for (let k = 0; k < nk; k++) {
      const base = (keys[k]! & mask) * hidden;
      for (let u = 0; u < hidden; u++) h[u] += sparse[base + u]! * sparseScale;
    }
    this.outputLayer(h, out);
  }

  /** out[0..nTags) = b2 + ReLU(h) · w2 (double sums, as they always were). */
  private outputLayer(h: Float32Array, out: Float32Array | Float64Array): void {
    const { hidden, nTags } = this.meta;
    const { w2, b2 } = this.a;
    for (let t = 0; t < nTags; t++) out[t] = b2[t]!;
    for (let u = 0; u < hidden; u++) {
      const x = h[u]!;
      if (x <= 0) continue; // ReLU
      const base = u * nTags;
      for (let t = 0; t < nTags; t++) out[t] += w2[base + t]! * x;
    }
  }

  /**
   * The word vector of vocabulary row r (r < meta.vocab; rows as WordClusters.indexOf gives them),
   * dequantised into out[0..meta.dim): other models (the NER second opinion) read the one shipped
   * vector table through this rather than keeping their own copy.
   */
  wordVector(r: number, out: Float32Array): void {
    const { dim } = this.meta;
    const { vectors, vecLevels } = this.a;
    for (let d = 0, k = r * dim; d < dim; d++, k++) {
      const code = (vectors[k >>> 1]! >>> ((k & 1) << 2)) & 15;
      out[d] = vecLevels[d * VECTOR_LEVELS + code]!;
    }
  }

  /** The rows keyed like the model file stores them. */
  arrays(): TaggerMlpArrays {
    return this.a;
  }
}

/** Copies of the MLP's row tables in a SIMD kernel's memory, with room for its projection cache and hidden vector; null without SIMD. */
interface SimdTables {
  readonly sums: RoundedSums;
  readonly w1: Float32Array;
  readonly sparse: Int8Array;
  /** the hidden vector the kernel sums into */
  readonly hid: Float32Array;
  /** per window position: where its projection starts in the cache, -1 none */
  readonly pbs: Int32Array;
}

function simdTables(a: TaggerMlpArrays, hidden: number): SimdTables | null {
  const bytes = 4 * (a.w1.length + PROJ_CACHE * WIN * hidden + hidden) + a.sparse.length + 4 * 16;
  const sums = RoundedSums.create(bytes);
  if (!sums) return null;
  const w1 = sums.allocF32(a.w1.length);
  w1.set(a.w1);
  const sparse = sums.allocI8(a.sparse.length);
  sparse.set(a.sparse);
  return { sums, w1, sparse, hid: sums.allocF32(hidden), pbs: new Int32Array(WIN) };
}

export function taggerMlpFromModel(m: ModelFile, clusters: WordClusters, path = TAGGER_MLP_FILE, opts: { simd?: boolean } = {}): TaggerMlp {
  const meta = m.meta as TaggerMlpMeta;
  if (!meta || typeof meta.hidden !== 'number' || typeof meta.dim !== 'number') {
    throw new NewsgraphError('E021', `${path}: expected the MLP's sizes in the header — run \`npm run train\``, path);
  }
  return new TaggerMlp(
    meta,
    {
      vectors: modelArray(m, 'vectors', Uint8Array, path),
      vecLevels: modelArray(m, 'vecLevels', Float32Array, path),
      w1: modelArray(m, 'w1', Float32Array, path),
      b1: modelArray(m, 'b1', Float32Array, path),
      sparse: modelArray(m, 'sparse', Int8Array, path),
      w2: modelArray(m, 'w2', Float32Array, path),
      b2: modelArray(m, 'b2', Float32Array, path),
    },
    clusters,
    opts,
  );
}
