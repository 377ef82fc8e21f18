// A non-linear second opinion for the parser's transitions (Chen & Manning 2014 style): a
// one-hidden-layer MLP over the GloVe vectors of the words at eleven places of a parse state — s0,
// s1, s2, b0, b1, b2, the leftmost/rightmost dependents of s0 and s1 and the leftmost of b0 — plus
// hashed sparse features (their UPOS/XPOS, the dependents' labels, distances, valencies,
// punctuation and verbs between the arc candidates), predicting SHIFT / LEFT / RIGHT. The beam's
// perceptron is linear in sparse, mostly lexical features; this model sees distributional similarity
// and conjunctions of its inputs, so its errors differ. As for the tagger's and the NER's second
// opinions it is consulted only where the perceptron's top two legal transitions are close (margin
// below `margin`), and its log-probabilities relative to its best legal transition, times `weight`,
// are added to the perceptron's scores there (a transition the MLP agrees with loses nothing, so
// consulted and unconsulted beam items stay comparable).
// The word vectors are the tagger MLP's table (models/tagger-mlp.bin, read through
// TaggerMlp.wordVector): one vector table is shipped. Built by src/nlp/parser-mlp-train.ts.
import { templateKey } from './hash.js';
import { NewsgraphError } from '../core/errors.js';
import { modelArray, type ModelFile } from './model-io.js';
import type { ParseInput } from './parser-features.js';
import { N_TRANSITIONS, type ParseState } from './parser-state.js';
import { ParserSimd } from './parser-simd.js';
import { ProjectionCache } from './projection-cache.js';
import { MAX_ROWS, RoundedSums, SUM_BLOCK } from './rounded-sums-simd.js';
import type { TaggerMlp } from './tagger-mlp.js';
import type { WordClusters } from './word-clusters.js';

export const PARSER_MLP_KIND = 'newsgraph-parser-mlp';
export const PARSER_MLP_FILE = 'parser-mlp.bin';

/** State places whose word vectors feed the hidden layer: s0 s1 s2 b0 b1 b2 lc(s0) rc(s0) lc(s1) rc(s1) lc(b0). */
export const MLP_PLACES = 11;
/** Upper bound on the hashed sparse keys of one state (parserMlpKeys). */
export const MLP_MAX_KEYS = 64;

export interface ParserMlpMeta {
  readonly dim: number;
  readonly hidden: number;
  /** vocabulary rows with a vector (the first `vocab` rows of the word-cluster table) */
  readonly vocab: number;
  /** words in the word-cluster table the vectors were read through (a rebuilt table must match) */
  readonly clusterWords: number;
  /** log2 of the hashed sparse table's rows */
  readonly sparseBits: number;
  /** dequantisation scale of the int8 sparse table */
  readonly sparseScale: number;
  /** the parser's tag and label inventories the sparse keys were built with (must match parser.bin) */
  readonly parserLabels: number;
  /** consult the MLP when the perceptron's top two legal transitions are closer than this (perceptron units) */
  readonly margin: number;
  /** weight of the MLP's log-probabilities against the perceptron's scores */
  readonly weight: number;
  readonly info?: Record<string, unknown>;
}

export interface ParserMlpArrays {
  /** (MLP_PLACES·dim) × hidden, row-major by input */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** 2^sparseBits × hidden */
  readonly sparse: Int8Array;
  /** hidden × N_TRANSITIONS */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** The word vectors the MLP reads: rows of the word-cluster table, dequantised by the tagger MLP. */
export interface ParserMlpVectors {
  readonly dim: number;
  readonly vocab: number;
  readonly clusterWords: number;
  /** vocabulary row of a form, -1 when it has no vector */
  rowOf(form: string): number;
  vector(row: number, out: Float32Array): void;
}

/** The tagger MLP's vector table as the parser MLP reads it. */
export function taggerMlpVectors(mlp: TaggerMlp, clusters: WordClusters): ParserMlpVectors {
  const vocab = mlp.meta.vocab;
  return {
    dim: mlp.meta.dim,
    vocab,
    clusterWords: clusters.size,
    rowOf(form: string): number {
      const r = clusters.indexOf(form);
      return r < vocab ? r : -1;
    },
    vector: (r, out) => mlp.wordVector(r, out),
  };
}

const PAD = 0x3c3c0001;
const UNK = 0x3c3c0002;
const ROOTW = 0x3c3c0003;

function key(tpl: number, v: number): number {
  return templateKey(0x2f6b1a3d, 0x9e3779b1, tpl, v);
}

/** The word index at each place of state st (-1 absent, 0 ROOT) into out[0..MLP_PLACES). */
export function mlpPlaces(st: ParseState, out: Int32Array): void {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.buf(0);
  out[0] = s0;
  out[1] = s1;
  out[2] = st.s(2);
  out[3] = b0;
  out[4] = st.buf(1);
  out[5] = st.buf(2);
  out[6] = s0 >= 0 ? st.lc1[s0]! : -1;
  out[7] = s0 >= 0 ? st.rc1[s0]! : -1;
  out[8] = s1 >= 0 ? st.lc1[s1]! : -1;
  out[9] = s1 >= 0 ? st.rc1[s1]! : -1;
  out[10] = b0 >= 0 ? st.lc1[b0]! : -1;
}

const bucket = (d: number) => (d <= 0 ? 0 : d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);

/**
 * The sparse feature hashes of a state (unmasked): per place its UPOS and XPOS (or absent/ROOT),
 * whether its word lacks a vector, the dependents' labels; then distances, valencies, tag pairs of
 * the arc candidates and punctuation/verbs between them. rows[i] = vocabulary row of word i (-1 none).
 * Shared by training and run time; template ids are baked into models: only ever append.
 */
export function parserMlpKeys(st: ParseState, x: ParseInput, places: Int32Array, rows: Int32Array, out: Int32Array): number {
  let k = 0;
  for (let p = 0; p < MLP_PLACES; p++) {
    const i = places[p]!;
    const t = p * 8;
    if (i < 0) {
      out[k++] = key(t + 1, PAD);
      continue;
    }
    out[k++] = key(t + 1, x.u[i]!);
    out[k++] = key(t + 2, x.p[i]!);
    if (i === 0) out[k++] = key(t + 3, ROOTW);
    else if (rows[i]! < 0) out[k++] = key(t + 3, UNK);
    if (p >= 6) out[k++] = key(t + 4, st.label[i]!);
  }
  const s0 = places[0]!;
  const s1 = places[1]!;
  const b0 = places[3]!;
  const g = 100;
  if (s0 >= 0 && b0 >= 0) {
    out[k++] = key(g + 1, bucket(b0 - s0));
    out[k++] = key(g + 2, (x.u[s0]! << 8) | x.u[b0]!);
    if (x.between) {
      out[k++] = key(g + 3, Math.min(3, x.pc[b0 - 1]! - x.pc[s0]!));
      out[k++] = key(g + 4, Math.min(3, x.vc[b0 - 1]! - x.vc[s0]!));
    }
  }
  if (s1 >= 0 && s0 >= 0) {
    out[k++] = key(g + 5, bucket(s0 - s1));
    out[k++] = key(g + 6, (x.u[s1]! << 8) | x.u[s0]!);
    if (x.between && s1 > 0) {
      out[k++] = key(g + 7, Math.min(3, x.pc[s0 - 1]! - x.pc[s1]!));
      out[k++] = key(g + 8, Math.min(3, x.vc[s0 - 1]! - x.vc[s1]!));
    }
  }
  if (s0 >= 0) {
    out[k++] = key(g + 9, Math.min(3, st.nLeft[s0]!));
    out[k++] = key(g + 10, Math.min(3, st.nRight[s0]!));
  }
  if (s1 >= 0) out[k++] = key(g + 11, Math.min(3, st.nRight[s1]!));
  if (b0 >= 0) out[k++] = key(g + 12, Math.min(3, st.nLeft[b0]!));
  out[k++] = key(g + 13, Math.min(4, st.sp));
  return k;
}

/** slots of the first-layer projection cache (a power of two): 11.5 MB of projections when all are filled */
const PROJ_CACHE = 4096;
/** the most frequent vector rows (72% of the places consulted on Wikinews) each keep a slot: the rest share the other half */
const PROJ_PINNED = 2048;

export class ParserMlp {
  readonly meta: ParserMlpMeta;
  private readonly a: ParserMlpArrays;
  private readonly vectors: ParserMlpVectors;
  private readonly hid: Float32Array;
  private readonly vec: Float32Array;
  private readonly places = new Int32Array(MLP_PLACES);
  /** the sparse keys of a state: in the SIMD module's memory when it sums the rows */
  private readonly keys: Int32Array;
  /** integer sums of the sparse rows (JS path) */
  private readonly isum: Int32Array;
  /**
   * The hashed sparse rows summed in WebAssembly SIMD (parser-simd.ts's 64-lane row kernel: the
   * rows stored +128 as bytes, 64 bytes a row, so hidden must be 64); null: the JS loop. Both sum
   * the same integers and scale once, so parses are identical either way.
   */
  private readonly simd: ParserSimd | null;
  /**
   * The first layer's float sums in WebAssembly SIMD (rounded-sums-simd.ts, bit-identical to the JS
   * loops): a missing projection (dim rows of w1) and the hidden vector's start (the places'
   * projections), over a copy of w1, the projection cache and the hidden vector in its memory; null: the JS loops.
   */
  private readonly fsum: { sums: RoundedSums; w1: Float32Array; hid: Float32Array; pbs: Int32Array } | null;
  private readonly out = new Float64Array(N_TRANSITIONS);
  private rows = new Int32Array(256);
  private forms: readonly string[] = [];
  private readonly mask: number;
  private cache: ProjectionCache | null = null;
  /** consultations since the counter was last reset (measurements) */
  calls = 0;

  /** useSimd false: the JS sums even where WebAssembly SIMD could run them (tests compare the two) */
  constructor(meta: ParserMlpMeta, a: ParserMlpArrays, vectors: ParserMlpVectors, useSimd = true) {
    const { dim, hidden, sparseBits } = meta;
    if (vectors.clusterWords !== meta.clusterWords || vectors.dim !== dim || vectors.vocab !== meta.vocab) {
      throw new NewsgraphError('E021', `parser MLP: built on ${meta.clusterWords} words × ${dim} (vocabulary ${meta.vocab}), the vectors have ${vectors.clusterWords} × ${vectors.dim} (${vectors.vocab}) — run \`npm run train\``);
    }
    if (a.w1.length !== MLP_PLACES * dim * hidden || a.b1.length !== hidden || a.sparse.length !== (1 << sparseBits) * hidden || a.w2.length !== hidden * N_TRANSITIONS || a.b2.length !== N_TRANSITIONS) {
      throw new NewsgraphError('E021', 'parser MLP: array sizes do not match the header — run `npm run train`');
    }
    this.meta = meta;
    this.a = a;
    this.vectors = vectors;
    this.vec = new Float32Array(dim);
    this.mask = (1 << sparseBits) - 1;
    this.isum = new Int32Array(hidden);
    this.simd = useSimd && hidden === 64 ? ParserSimd.create(biasedRows(a.sparse), 16) : null;
    this.keys = this.simd !== null ? this.simd.feats : new Int32Array(MLP_MAX_KEYS);
    const sums = useSimd && hidden % SUM_BLOCK === 0 && Math.max(dim, MLP_PLACES) <= MAX_ROWS ? RoundedSums.create(4 * (a.w1.length + PROJ_CACHE * MLP_PLACES * hidden + hidden) + 3 * 16) : null;
    if (sums !== null) {
      const w1 = sums.allocF32(a.w1.length);
      w1.set(a.w1);
      this.cache = new ProjectionCache(PROJ_CACHE, MLP_PLACES, hidden, sums.allocF32(PROJ_CACHE * MLP_PLACES * hidden), PROJ_PINNED);
      this.fsum = { sums, w1, hid: sums.allocF32(hidden), pbs: new Int32Array(MLP_PLACES) };
      this.hid = this.fsum.hid;
    } else {
      this.fsum = null;
      this.hid = new Float32Array(hidden);
    }
  }

  /** Starts a sentence: word i (1-based) is forms[i-1]; vocabulary rows are looked up on first use. */
  prepare(forms: readonly string[]): void {
    const n = forms.length;
    if (this.rows.length < n + 1) this.rows = new Int32Array(Math.max(n + 1, this.rows.length * 2));
    this.rows.fill(-2, 0, n + 1);
    this.rows[0] = -1;
    this.forms = forms;
  }

  private row(i: number): number {
    let r = this.rows[i]!;
    if (r === -2) r = this.rows[i] = this.vectors.rowOf(this.forms[i - 1]!);
    return r;
  }

  /** Rows of every word of the prepared sentence (training reads them all). */
  allRows(n: number): Int32Array {
    for (let i = 1; i <= n; i++) this.row(i);
    return this.rows;
  }

  private projection(r: number, p: number): number {
    const { dim, hidden } = this.meta;
    const c = (this.cache ??= new ProjectionCache(PROJ_CACHE, MLP_PLACES, hidden, undefined, PROJ_PINNED));
    const pb = c.at(r, p);
    const fs = this.fsum;
    if (c.missing && fs !== null) {
      const v = this.vec;
      this.vectors.vector(r, v);
      c.values.fill(0, pb, pb + hidden);
      for (let d = 0; d < dim; d++) fs.sums.row(fs.w1, (p * dim + d) * hidden, v[d]!);
      fs.sums.sumAt(c.values, pb, hidden);
    } else if (c.missing) {
      const w1 = this.a.w1;
      const v = this.vec;
      this.vectors.vector(r, v);
      const vals = c.values;
      for (let u = 0; u < hidden; u++) vals[pb + u] = 0;
      for (let d = 0; d < dim; d++) {
        const xv = v[d]!;
        const base = (p * dim + d) * hidden;
        for (let u = 0; u < hidden; u++) vals[pb + u] += w1[base + u]! * xv;
      }
    }
    return pb;
  }

  /** The JS loop: h += the projection of each place's word. */
  private addProjections(places: Int32Array, h: Float32Array): void {
    const hidden = this.meta.hidden;
    for (let p = 0; p < MLP_PLACES; p++) {
      const i = places[p]!;
      if (i <= 0) continue;
      const r = this.row(i);
      if (r < 0) continue;
      const pb = this.projection(r, p);
      const vals = this.cache!.values;
      for (let u = 0; u < hidden; u++) h[u] += vals[pb + u]!;
    }
  }

  /** Log-probabilities of SHIFT, LEFT, RIGHT in state st into out (illegal ones included). */
  logProbs(st: ParseState, x: ParseInput, out: Float64Array): void {
    const { hidden, sparseScale } = this.meta;
    const { b1, sparse, w2, b2 } = this.a;
    const h = this.hid;
    const places = this.places;
    mlpPlaces(st, places);
    const fs = this.fsum;
    if (fs !== null) {
      // the projections first: computing a missing one uses the kernel's row list
      const pbs = fs.pbs;
      for (let p = 0; p < MLP_PLACES; p++) {
        const i = places[p]!;
        const r = i <= 0 ? -1 : this.row(i);
        pbs[p] = r < 0 ? -1 : this.projection(r, p);
      }
      h.set(b1);
      const vals = this.cache!.values as Float32Array;
      for (let p = 0; p < MLP_PLACES; p++) if (pbs[p]! >= 0) fs.sums.row(vals, pbs[p]!, 1);
      fs.sums.sum(h);
    } else {
      for (let u = 0; u < hidden; u++) h[u] = b1[u]!;
      this.addProjections(places, h);
    }
    const nk = parserMlpKeys(st, x, places, this.rows, this.keys);
    const mask = this.mask;
    // the int8 rows summed as integers, scaled once (fewer float operations; the SIMD and JS paths agree exactly)
    const simd = this.simd;
    if (simd !== null) {
      simd.score(nk, mask);
      const sums = simd.sums;
      const bias = 128 * nk;
      for (let u = 0; u < hidden; u++) h[u] += (sums[u]! - bias) * sparseScale;
    } else {
      const is = this.isum;
      is.fill(0);
      for (let k = 0; k < nk; k++) {
        const base = (this.keys[k]! & mask) * hidden;
        for (let u = 0; u < hidden; u++) is[u] += sparse[base + u]!;
      }
      for (let u = 0; u < hidden; u++) h[u] += is[u]! * sparseScale;
    }
    let z0 = b2[0]!;
    let z1 = b2[1]!;
    let z2 = b2[2]!;
    for (let u = 0; u < hidden; u++) {
      const xv = h[u]!;
      if (xv <= 0) continue; // ReLU
      const base = u * N_TRANSITIONS;
      z0 += w2[base]! * xv;
      z1 += w2[base + 1]! * xv;
      z2 += w2[base + 2]! * xv;
    }
    const m = Math.max(z0, z1, z2);
    const lse = m + Math.log(Math.exp(z0 - m) + Math.exp(z1 - m) + Math.exp(z2 - m));
    out[0] = z0 - lse;
    out[1] = z1 - lse;
    out[2] = z2 - lse;
  }

  /**
   * The second opinion on perceptron scores sc of state st: when the top two legal transitions are
   * within `margin`, weight × (log p(t) − log p(best legal t)) is added to each legal t.
   */
  adjust(st: ParseState, x: ParseInput, sc: Float64Array, margin = this.meta.margin, weight = this.meta.weight): void {
    let best = -Infinity;
    let second = -Infinity;
    for (let t = 0; t < N_TRANSITIONS; t++) {
      if (!st.can(t)) continue;
      const s = sc[t]!;
      if (s > best) {
        second = best;
        best = s;
      } else if (s > second) second = s;
    }
    if (best - second >= margin) return;
    this.calls++;
    const lp = this.out;
    this.logProbs(st, x, lp);
    let top = -Infinity;
    for (let t = 0; t < N_TRANSITIONS; t++) if (st.can(t) && lp[t]! > top) top = lp[t]!;
    for (let t = 0; t < N_TRANSITIONS; t++) if (st.can(t)) sc[t] = sc[t]! + weight * (lp[t]! - top);
  }

  arrays(): ParserMlpArrays {
    return this.a;
  }

  /** whether the sparse rows are summed in WebAssembly SIMD */
  get simdSums(): boolean {
    return this.simd !== null;
  }
}

/** The int8 sparse rows as the SIMD kernel reads them: each byte + 128, viewed as int32 words. */
function biasedRows(sparse: Int8Array): Int32Array {
  const u = new Uint8Array(sparse.length);
  for (let i = 0; i < sparse.length; i++) u[i] = sparse[i]! + 128;
  return new Int32Array(u.buffer);
}

export function parserMlpFromModel(m: ModelFile, vectors: ParserMlpVectors, path = PARSER_MLP_FILE): ParserMlp {
  const meta = m.meta as ParserMlpMeta;
  if (!meta || typeof meta.hidden !== 'number' || typeof meta.dim !== 'number') {
    throw new NewsgraphError('E021', `${path}: expected the MLP's sizes in the header — run \`npm run train\``, path);
  }
  // a margin of Infinity (consult on every state) is null in the JSON header
  return new ParserMlp(
    { ...meta, margin: meta.margin ?? Infinity },
    {
      w1: modelArray(m, 'w1', Float32Array, path),
      b1: modelArray(m, 'b1', Float32Array, path),
      sparse: modelArray(m, 'sparse', Int8Array, path),
      w2: modelArray(m, 'w2', Float32Array, path),
      b2: modelArray(m, 'b2', Float32Array, path),
    },
    vectors,
  );
}
