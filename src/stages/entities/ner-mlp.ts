// A dense second opinion for the NER perceptron: a one-hidden-layer MLP over the GloVe vectors of a
// five-word window (the tagger MLP's int8 table, read through TaggerMlp.wordVector — one vector table
// in models/), hashed shape/affix/capitalisation features, and the perceptron's own emission scores
// for the word and its neighbours. The perceptron's features are sparse and mostly lexical, so an
// unseen name ("Lodwar") is typed by its shape and the words around it; the vectors say what such a
// word is like. The MLP is consulted only where the perceptron's top two labels are close (margin
// below meta.margin × meta.emScale); its log-probabilities, times meta.weight × meta.emScale, are
// added to the emissions there, before Viterbi. Trained on jackknifed emissions
// (scripts/train-ner.ts, ner-mlp-train.ts), so it learns how far a perceptron that has not seen
// the sentence can be trusted. Model file: models/ner-mlp.bin.
import { templateKey } from '../../nlp/hash.js';
import { existsSync } from 'node:fs';
import { BoundedMemo } from '../../core/bounded-memo.js';
import { NewsgraphError } from '../../core/errors.js';
import { modelPath } from '../../core/paths.js';
import { modelArray, readModelFile, type ModelFile } from '../../nlp/model-io.js';
import { getTagger } from '../../nlp/tagger.js';
import { defaultWordClusters } from '../../nlp/word-clusters.js';
import { fnv, shapeOf, SentenceScratch, type WordInfo } from './ner-features.js';
import { ProjectionCache } from '../../nlp/projection-cache.js';
import { MAX_ROWS, RoundedSums, SUM_BLOCK } from '../../nlp/rounded-sums-simd.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';

export const NER_MLP_KIND = 'newsgraph-ner-mlp';
export const NER_MLP_FILE = 'ner-mlp.bin';

/** window offsets whose vectors (and, for -1..1, emissions) feed the hidden layer */
export const NER_MLP_WINDOW = [-2, -1, 0, 1, 2] as const;
const WIN = NER_MLP_WINDOW.length;
/** emissions of positions i-1, i, i+1 */
export const EM_WIN = 3;

/** The shipped word vectors, as the NER MLP reads them. */
export interface WordVectors {
  readonly dim: number;
  /** words in the word-cluster table the rows index (a rebuilt table must match) */
  readonly clusterWords: number;
  /** vocabulary row of a form (lower-cased lookup), -1 when it has no vector */
  rowOf(form: string): number;
  /** the vector of a row, dequantised into out[0..dim) */
  vector(row: number, out: Float32Array): void;
}

/** The tagger MLP's vector table (models/tagger-mlp.bin) keyed by the word-cluster table's rows, or null when either is not built. */
export function shippedWordVectors(): WordVectors | null {
  const mlp = getTagger().mlpModel;
  const clusters = defaultWordClusters();
  if (!mlp || !clusters) return null;
  const vocab = mlp.meta.vocab;
  return {
    dim: mlp.meta.dim,
    clusterWords: clusters.size,
    rowOf(form: string): number {
      const r = clusters.indexOf(form);
      return r < vocab ? r : -1;
    },
    vector: (r, out) => mlp.wordVector(r, out),
  };
}

export interface NerMlpMeta {
  readonly labels: readonly string[];
  readonly dim: number;
  readonly hidden: number;
  readonly sparseBits: number;
  readonly clusterWords: number;
  readonly sparseScale: number;
  /** a typical gap between a token's best and second-best emission (the median over training tokens): the unit of the MLP's emission inputs, of margin and of weight */
  readonly emScale: number;
  /** consult where the top-two emission margin is below margin × emScale */
  readonly margin: number;
  /** add weight × emScale × log p(label) to the emissions */
  readonly weight: number;
  readonly info?: Record<string, unknown>;
}

export interface NerMlpArrays {
  /** (WIN·dim) × hidden */
  readonly w1: Float32Array;
  /** (EM_WIN·labels) × hidden */
  readonly we: Float32Array;
  readonly b1: Float32Array;
  /** 2^sparseBits × hidden */
  readonly sparse: Int8Array;
  /** hidden × labels */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

const PAD = 0x5a5a0001;
const UNK = 0x5a5a0002;

function mixKey(tpl: number, v: number): number {
  return templateKey(0x2c1b3c6d, 0x297a2d39, tpl, v);
}

/** Per-sentence inputs of the MLP that do not depend on its weights: vector rows and sparse keys. */
export interface NerMlpSentence {
  readonly n: number;
  /** vocabulary row per token, -1 none */
  readonly rows: Int32Array;
  /** SPARSE_KEYS hashes per token (unmasked) */
  readonly keys: Int32Array;
}

/** sparse templates per token (only ever append; ids are baked into models) */
export const SPARSE_KEYS = 16;

const capOf = (w: string) => {
  const c = w[0] ?? '';
  return c !== c.toLowerCase() ? 1 : 0;
};

/** What the MLP's inputs need of one word form (memoised: forms recur). */
interface FormInfo {
  readonly row: number;
  readonly shape: number;
  readonly low: number;
  readonly suf3: number;
  readonly suf2: number;
  readonly pre3: number;
  readonly cap: number;
  readonly known: number;
}
/** forms per generation of the memo of a (vectors, lower-case vocabulary) pair (src/core/bounded-memo.ts: at most twice as many held) */
const FORM_MEMO_GENERATION = 16_384;
const memos = new WeakMap<WordVectors, WeakMap<WordSet, BoundedMemo<FormInfo>>>();

/** the form memo of (vectors, lowerVocab): looked up once per sentence, not once per token */
function formMemo(vectors: WordVectors, lowerVocab: WordSet): BoundedMemo<FormInfo> {
  let byVocab = memos.get(vectors);
  if (!byVocab) memos.set(vectors, (byVocab = new WeakMap()));
  let memo = byVocab.get(lowerVocab);
  if (!memo) byVocab.set(lowerVocab, (memo = new BoundedMemo(FORM_MEMO_GENERATION)));
  return memo;
}

function formInfo(vectors: WordVectors, lowerVocab: WordSet, w: string, memo: BoundedMemo<FormInfo>): FormInfo {
  let e = memo.get(w);
  if (!e) {
    const lw = w.toLowerCase();
    e = { row: vectors.rowOf(w), shape: fnv(shapeOf(w)) | 0, low: fnv(lw) | 0, suf3: fnv(lw.slice(-3)), suf2: fnv(lw.slice(-2)), pre3: fnv(lw.slice(0, 3)), cap: capOf(w), known: lowerVocab.has(lw) ? 1 : 0 };
    memo.set(w, e);
  }
  return e;
}

/**
 * formInfo from the NER features' entry of the word (ner-features.ts WordInfo: the same hashes of
 * the same strings), kept in that entry: no second string-keyed lookup per word.
 */
function wordFormInfo(vectors: WordVectors, lowerVocab: WordSet, w: string, word: WordInfo, memo: BoundedMemo<FormInfo>): FormInfo {
  if (word.mlpFor === memo) return word.mlp as FormInfo;
  const e: FormInfo = { row: vectors.rowOf(w), shape: word.shape | 0, low: word.low | 0, suf3: word.suf3, suf2: word.suf2, pre3: word.pre3, cap: word.cap, known: lowerVocab.has(word.lower) ? 1 : 0 };
  word.mlp = e;
  word.mlpFor = memo;
  return e;
}

/**
 * Rows and sparse keys of one sentence; `lowerVocab`: words seen in lower case in the NER training
 * text. With `need` (1 = the MLP will be consulted there), only those positions get keys and only
 * they and their ±2 neighbours are looked up (run time consults a few tokens per sentence); the
 * values at those positions are the same as without it. `words`: the NER features' entries of the
 * forms (ner-features.ts sentenceWords), which then hold the per-word inputs.
 */
export function mlpSentence(vectors: WordVectors, forms: readonly string[], lowerVocab: WordSet, need?: Uint8Array, words?: readonly WordInfo[], arrays?: SentenceScratch): NerMlpSentence {
  const n = forms.length;
  // `arrays`: reused int32 arrays (run time, NerMlp.sentenceArrays), cleared to what new ones would hold; the
  // result is then valid until the next sentence
  const rows = (arrays ? arrays.ints(0, n) : new Int32Array(n)).fill(-1);
  const shape = arrays ? arrays.ints(1, n).fill(0) : new Int32Array(n);
  const low = arrays ? arrays.ints(2, n).fill(0) : new Int32Array(n);
  const cap = new Uint8Array(n);
  const info: FormInfo[] = new Array<FormInfo>(n);
  const memo = formMemo(vectors, lowerVocab);
  // with `need`: the positions within two of a consulted one, marked in one pass (reading need[i ± 2]
  // per token went past the array's ends at both edges of every sentence, a slow load in V8)
  let near: Uint8Array | undefined;
  if (need) {
    near = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (need[i]) near.fill(1, Math.max(0, i - 2), Math.min(n, i + 3));
  }
  for (let i = 0; i < n; i++) {
    if (near && !near[i]) continue;
    const e = (info[i] = words ? wordFormInfo(vectors, lowerVocab, forms[i]!, words[i]!, memo) : formInfo(vectors, lowerVocab, forms[i]!, memo));
    rows[i] = e.row;
    shape[i] = e.shape;
    low[i] = e.low;
    cap[i] = e.cap;
  }
  const keys = arrays ? arrays.ints(3, n * SPARSE_KEYS).fill(0) : new Int32Array(n * SPARSE_KEYS);
  for (let i = 0; i < n; i++) {
    if (need && !need[i]) continue;
    const e = info[i]!;
    const k = i * SPARSE_KEYS;
    keys[k] = mixKey(1, shape[i]!);
    keys[k + 1] = mixKey(2, i > 0 ? shape[i - 1]! : PAD);
    keys[k + 2] = mixKey(3, i + 1 < n ? shape[i + 1]! : PAD);
    keys[k + 3] = mixKey(4, e.suf3);
    keys[k + 4] = mixKey(5, e.suf2);
    keys[k + 5] = mixKey(6, e.pre3);
    keys[k + 6] = mixKey(7, (i > 0 ? cap[i - 1]! : 2) * 9 + cap[i]! * 3 + (i + 1 < n ? cap[i + 1]! : 2) + (i === 0 ? 27 : 0));
    keys[k + 7] = mixKey(8, e.known * 2 + cap[i]! + (i === 0 ? 4 : 0));
    keys[k + 8] = mixKey(9, i > 0 ? low[i - 1]! : PAD);
    keys[k + 9] = mixKey(10, i + 1 < n ? low[i + 1]! : PAD);
    keys[k + 10] = mixKey(11, i > 1 ? low[i - 2]! : PAD);
    // window positions without a vector: outside the sentence, or not in the vocabulary
    for (let w2 = 0; w2 < WIN; w2++) {
      const j = i + NER_MLP_WINDOW[w2]!;
      keys[k + 11 + w2] = mixKey(12 + w2, j < 0 || j >= n ? PAD : rows[j]! < 0 ? UNK : 0);
    }
  }
  return { n, rows, keys };
}

/** slots of the first-layer projection cache (one per vocabulary row, direct-mapped) */
const PROJ_CACHE = 4096;
/**
 * rows (the vector table is ordered by frequency) with a slot of their own (ProjectionCache pinned):
 * on the Wikinews bench the rare rows, sharing the other half, no longer evict the frequent ones —
 * 25.4k projections computed instead of 29.8k (8192 plain slots: 25.5k, twice the memory)
 */
const PROJ_PINNED = 2048;

export class NerMlp {
  readonly meta: NerMlpMeta;
  private readonly a: NerMlpArrays;
  readonly vectors: WordVectors;
  private readonly L: number;
  private readonly hid: Float32Array;
  private readonly vec: Float32Array;
  private readonly z: Float64Array;
  private readonly mask: number;
  private readonly xe: Float32Array;
  /** per-sentence arrays adjustEmissions and adjust reuse (a sentence's inputs and its emissions before the change) */
  readonly sentenceArrays = new SentenceScratch();
  /** b1 plus the emission weights times the floored input (EMISSION_FLOORED): the hidden layer's start when every emission input is far behind */
  private readonly b1Floored: Float32Array;
  /**
   * The hidden layer's sums in WebAssembly SIMD (rounded-sums-simd.ts: the same float32 results as
   * the JS loops, bit for bit), over copies of w1, we and sparse in its memory; null where the
   * runtime has no SIMD or hidden is not a multiple of its block (the JS loops run).
   */
  private readonly simd: SimdTables | null;

  constructor(meta: NerMlpMeta, a: NerMlpArrays, vectors: WordVectors) {
    const { dim, hidden, sparseBits } = meta;
    const L = meta.labels.length;
    if (vectors.clusterWords !== meta.clusterWords || vectors.dim !== dim) {
      throw new NewsgraphError('E021', `NER MLP: built on word vectors of ${meta.clusterWords} words × ${dim}, found ${vectors.clusterWords} × ${vectors.dim} — run \`npm run train\``);
    }
    if (a.w1.length !== WIN * dim * hidden || a.we.length !== EM_WIN * L * hidden || a.b1.length !== hidden || a.sparse.length !== (1 << sparseBits) * hidden || a.w2.length !== hidden * L || a.b2.length !== L) {
      throw new NewsgraphError('E021', 'NER MLP: array sizes do not match the header — run `npm run train`');
    }
    this.meta = meta;
    this.a = a;
    this.vectors = vectors;
    this.L = L;
    this.hid = new Float32Array(hidden);
    this.vec = new Float32Array(dim);
    this.z = new Float64Array(L);
    this.mask = (1 << sparseBits) - 1;
    this.xe = new Float32Array(EM_WIN * L);
    // most emission inputs of a consulted token are floored (labels far behind their position's
    // best): start from that and add only the inputs that differ (a third of the 21 products)
    this.b1Floored = new Float32Array(hidden);
    for (let u = 0; u < hidden; u++) {
      let v = a.b1[u]!;
      for (let k = 0; k < EM_WIN * L; k++) v += a.we[k * hidden + u]! * EMISSION_FLOORED;
      this.b1Floored[u] = v;
    }
    // the kernel's row list holds a projection's dim rows and a token's WIN + EM_WIN·L + SPARSE_KEYS
    this.simd = hidden % SUM_BLOCK === 0 && Math.max(dim, WIN + EM_WIN * L + SPARSE_KEYS) <= MAX_ROWS ? simdTables(a, hidden) : null;
  }

  arrays(): NerMlpArrays {
    return this.a;
  }

  /** first-layer projections of the rows consulted (created on first use) */
  private cache: ProjectionCache | null = null;

  /** start of row r's projection at window position w in this.cache.values (computed on first use) */
  private projection(r: number, w: number): number {
    const { dim, hidden } = this.meta;
    const c = (this.cache ??= new ProjectionCache(PROJ_CACHE, WIN, hidden, this.simd?.sums.allocF32(PROJ_CACHE * WIN * hidden), PROJ_PINNED));
    const pb = c.at(r, w);
    if (c.missing && this.simd) {
      const { sums, w1 } = this.simd;
      const x = this.vec;
      this.vectors.vector(r, x);
      c.values.fill(0, pb, pb + hidden);
      for (let d = 0; d < dim; d++) if (x[d] !== 0) sums.row(w1, (w * dim + d) * hidden, x[d]!);
      sums.sumAt(c.values, pb, hidden);
    } else if (c.missing) {
      const p = c.values;
      const w1 = this.a.w1;
      const x = this.vec;
      this.vectors.vector(r, x);
      for (let u = 0; u < hidden; u++) p[pb + u] = 0;
      for (let d = 0; d < dim; d++) {
        const xd = x[d]!;
        if (xd === 0) continue;
        const base = (w * dim + d) * hidden;
        for (let u = 0; u < hidden; u++) p[pb + u] += w1[base + u]! * xd;
      }
    }
    return pb;
  }

  /** The hidden layer before the ReLU at position i, by the SIMD kernel: the same rows in the same order as logProbs' loops. */
  private hiddenSimd(s: NerMlpSentence, em: Float32Array, i: number): Float32Array {
    const { sums, we, sparse, hid: h, pbs } = this.simd!;
    const { hidden, sparseScale, emScale } = this.meta;
    h.set(this.b1Floored);
    // the projections first: computing one uses the kernel's row list
    for (let w = 0; w < WIN; w++) {
      const j = i + NER_MLP_WINDOW[w]!;
      const r = j < 0 || j >= s.n ? -1 : s.rows[j]!;
      pbs[w] = r < 0 ? -1 : this.projection(r, w);
    }
    const p = this.cache?.values;
    for (let w = 0; w < WIN; w++) if (pbs[w]! >= 0) sums.row(p!, pbs[w]!, 1);
    const xe = this.xe;
    emissionInputs(em, i, s.n, this.L, emScale, xe);
    for (let k = 0; k < xe.length; k++) {
      const x = xe[k]! - EMISSION_FLOORED;
      if (x !== 0) sums.row(we, k * hidden, x);
    }
    const mask = this.mask;
    for (let k = i * SPARSE_KEYS, end = k + SPARSE_KEYS; k < end; k++) sums.rowI8(sparse, (s.keys[k]! & mask) * hidden, sparseScale);
    sums.sum(h);
    return h;
  }

  /** Log-probabilities of the labels at position i into out[0..L). */
  logProbs(s: NerMlpSentence, em: Float32Array, i: number, out: Float64Array): void {
    if (this.simd) return this.outputLayer(this.hiddenSimd(s, em, i), out);
    const { hidden, sparseScale, emScale } = this.meta;
    const L = this.L;
    const { we, sparse } = this.a;
    const h = this.hid;
    const start = this.b1Floored;
    for (let u = 0; u < hidden; u++) h[u] = start[u]!;
    for (let w = 0; w < WIN; w++) {
      const j = i + NER_MLP_WINDOW[w]!;
      if (j < 0 || j >= s.n) continue;
      const r = s.rows[j]!;
      if (r < 0) continue;
      const pb = this.projection(r, w);
      const p = this.cache!.values;
      for (let u = 0; u < hidden; u++) h[u] += p[pb + u]!;
    }
    const xe = this.xe;
    emissionInputs(em, i, s.n, L, emScale, xe);
    for (let k = 0; k < xe.length; k++) {
      const x = xe[k]! - EMISSION_FLOORED;
      if (x === 0) continue;
      const base = k * hidden;
      for (let u = 0; u < hidden; u++) h[u] += we[base + u]! * x;
    }
    const mask = this.mask;
    for (let k = i * SPARSE_KEYS, end = k + SPARSE_KEYS; k < end; k++) {
      const base = (s.keys[k]! & mask) * hidden;
      for (let u = 0; u < hidden; u++) h[u] += sparse[base + u]! * sparseScale;
    }
    this.outputLayer(h, out);
  }

  /** The ReLU, the output layer and the log-softmax of hidden sums h, into out[0..L). */
  private outputLayer(h: Float32Array, out: Float64Array): void {
    const { hidden } = this.meta;
    const L = this.L;
    const { w2, b2 } = this.a;
    for (let l = 0; l < L; l++) out[l] = b2[l]!;
    for (let u = 0; u < hidden; u++) {
      const x = h[u]!;
      if (x <= 0) continue;
      const base = u * L;
      for (let l = 0; l < L; l++) out[l] += w2[base + l]! * x;
    }
    let max = -Infinity;
    for (let l = 0; l < L; l++) if (out[l]! > max) max = out[l]!;
    let sum = 0;
    for (let l = 0; l < L; l++) sum += Math.exp(out[l]! - max);
    const lse = max + Math.log(sum);
    for (let l = 0; l < L; l++) out[l] -= lse;
  }

  /**
   * Adds the MLP's opinion to the emissions (in place) where the perceptron's top two labels are
   * closer than the margin; `margin`/`weight` override the model's (tuning on dev). Reads the
   * perceptron's emissions of the neighbours as they were before any change. Returns the positions consulted.
   */
  adjust(s: NerMlpSentence, em: Float32Array, margin = this.meta.margin, weight = this.meta.weight, need?: Uint8Array): number {
    const L = this.L;
    const lim = margin * this.meta.emScale;
    const add = weight * this.meta.emScale;
    // the emissions before any change, in a reused array (a new one per sentence was allocated outside V8's heap)
    const orig = this.sentenceArrays.floats(0, em.length);
    orig.set(em);
    const z = this.z;
    let consulted = 0;
    for (let i = 0; i < s.n; i++) {
      // `need`: the positions below the margin, already found by the caller on these emissions
      if (need ? !need[i] : topTwoMargin(orig, i, L) >= lim) continue;
      consulted++;
      this.logProbs(s, orig, i, z);
      for (let l = 0; l < L; l++) em[i * L + l] += add * z[l]!;
    }
    return consulted;
  }
}

/**
 * NerMlp.adjust for a sentence given by its forms: the MLP's inputs are built only when some token
 * is below the margin (most sentences of plain lower-case text have none).
 */
export function adjustEmissions(mlp: NerMlp, forms: readonly string[], lowerVocab: WordSet, em: Float32Array, margin = mlp.meta.margin, weight = mlp.meta.weight, words?: readonly WordInfo[]): number {
  const L = mlp.meta.labels.length;
  const lim = margin * mlp.meta.emScale;
  let any = false;
  const need = new Uint8Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    if (topTwoMargin(em, i, L) < lim) {
      need[i] = 1;
      any = true;
    }
  }
  return any ? mlp.adjust(mlpSentence(mlp.vectors, forms, lowerVocab, need, words, mlp.sentenceArrays), em, margin, weight, need) : 0;
}

/** Copies of the MLP's row tables in a SIMD kernel's memory, with room for its projection cache and hidden vector; null without SIMD. */
interface SimdTables {
  readonly sums: RoundedSums;
  readonly w1: Float32Array;
  readonly we: Float32Array;
  readonly sparse: Int8Array;
  /** the hidden vector the kernel sums into */
  readonly hid: Float32Array;
  /** per window position: where its projection starts in the cache, -1 none */
  readonly pbs: Int32Array;
}

function simdTables(a: NerMlpArrays, hidden: number): SimdTables | null {
  const bytes = 4 * (a.w1.length + a.we.length + PROJ_CACHE * WIN * hidden + hidden) + a.sparse.length + 5 * 16;
  const sums = RoundedSums.create(bytes);
  if (!sums) return null;
  const w1 = sums.allocF32(a.w1.length);
  w1.set(a.w1);
  const we = sums.allocF32(a.we.length);
  we.set(a.we);
  const sparse = sums.allocI8(a.sparse.length);
  sparse.set(a.sparse);
  return { sums, w1, we, sparse, hid: sums.allocF32(hidden), pbs: new Int32Array(WIN) };
}

/** emission inputs below the best label's are cut here (in emScale units): far-off labels are all "no" */
const EM_FLOOR = -4;
/** the input value of a floored emission (see emissionInputs) */
const EMISSION_FLOORED = EM_FLOOR - EM_FLOOR / 2;

/**
 * The MLP's emission inputs for position i into out[0..EM_WIN·L): for i-1, i, i+1, each label's
 * emission minus that position's best, in emScale units, floored at EM_FLOOR (0 outside the
 * sentence). Relative scores: what matters is how far a label is behind, not the sentence's scale.
 */
export function emissionInputs(em: Float32Array, i: number, n: number, L: number, emScale: number, out: Float32Array): void {
  for (let e = 0; e < EM_WIN; e++) {
    const j = i + e - 1;
    if (j < 0 || j >= n) {
      out.fill(0, e * L, e * L + L);
      continue;
    }
    let max = -Infinity;
    for (let l = 0; l < L; l++) if (em[j * L + l]! > max) max = em[j * L + l]!;
    for (let l = 0; l < L; l++) out[e * L + l] = Math.max(EM_FLOOR, (em[j * L + l]! - max) / emScale) - EM_FLOOR / 2;
  }
}

/** The gap between the best and second-best emission of position i. */
export function topTwoMargin(em: Float32Array, i: number, L: number): number {
  let a = -Infinity;
  let b = -Infinity;
  for (let l = 0, o = i * L; l < L; l++) {
    const v = em[o + l]!;
    if (v > a) {
      b = a;
      a = v;
    } else if (v > b) b = v;
  }
  return a - b;
}

export function nerMlpFromModel(m: ModelFile, vectors: WordVectors, path = NER_MLP_FILE): NerMlp {
  const meta = m.meta as NerMlpMeta;
  if (!meta || typeof meta.hidden !== 'number' || !Array.isArray(meta.labels)) {
    throw new NewsgraphError('E021', `${path}: expected the NER MLP's sizes in the header — run \`npm run train\``, path);
  }
  return new NerMlp(
    meta,
    {
      w1: modelArray(m, 'w1', Float32Array, path),
      we: modelArray(m, 'we', Float32Array, path),
      b1: modelArray(m, 'b1', Float32Array, path),
      sparse: modelArray(m, 'sparse', Int8Array, path),
      w2: modelArray(m, 'w2', Float32Array, path),
      b2: modelArray(m, 'b2', Float32Array, path),
    },
    vectors,
  );
}

/** models/ner-mlp.bin next to the NER model at `base` (models/ner → models/ner-mlp.bin). */
export const nerMlpPath = (base: string) => `${base}-mlp.bin`;

/** The NER MLP next to the model at `base`, or null when it was not built; E021 when the vectors it needs are missing or do not fit. */
export function loadNerMlp(base = modelPath('ner')): NerMlp | null {
  const path = nerMlpPath(base);
  if (!existsSync(path)) return null;
  const vectors = shippedWordVectors();
  if (!vectors) throw new NewsgraphError('E021', `${path} needs the tagger MLP's word vectors (models/tagger-mlp.bin) and the word clusters — run \`npm run train\``, path);
  return nerMlpFromModel(readModelFile(path, NER_MLP_KIND), vectors, path);
}
