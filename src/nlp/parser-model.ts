// The parser's trained model: two hashed weight tables (transition scores, 3 per feature row; arc
// label scores, one per label per row) as int8 weights, the label and tag inventories, and decoding
// (greedy, or beam search — parser-beam.ts — for models trained with a beam). Weights stay 8-bit in
// memory: scores are integer sums, and parsing is bound by memory latency (random rows of big
// hashed tables), so small weights are speed — int8 cost 0.03 LAS on dev against int16. The file
// (models/parser.bin) is a model-io container holding the tables already in their scoring layout
// (below), uncompressed: loading is a view of one buffer, no gunzip, no re-packing (those were
// ~0.1 s of every cold start).
import { NewsgraphError } from '../core/errors.js';
import { labelCount, labelFeatures, labelValues, MAX_FEATURES, NONE, transitionCount, transitionFeatures, transitionValues, type ParseInput } from './parser-features.js';
import { KeyIndex } from './hash.js';
import { decodeModel, encodeModel, modelArray, readModelFileInto, type ModelFile } from './model-io.js';
import { defaultWordClusters, type WordClusters } from './word-clusters.js';
import { BeamSearch, type BeamScorer } from './parser-beam.js';
import { MAX_STATES, ParserSimd, type SimdArena } from './parser-simd.js';
import { LEFT, N_TRANSITIONS, ParseState, RIGHT, SHIFT } from './parser-state.js';
import type { ParserMlp } from './parser-mlp.js';

export const PARSER_KIND = 'newsgraph-parser';

/** Longest sentence (in words) parsed with the beam; longer ones are parsed greedily. */
export const MAX_BEAM_WORDS = 150;

/** Weights as the trainer produces them: int8, N_TRANSITIONS / nLabels per row. */
export interface Int8Weights {
  readonly trans: Int8Array;
  readonly lab: Int8Array;
}

/**
 * Weights in the scoring layout (see ParserModel.transBytes / labPacked), as stored in the file.
 * transPacked: files before 2026-12-05 held one int32 per transition row (bytes SHIFT, LEFT, RIGHT, 0);
 * they still load (re-laid once).
 */
export interface PackedWeights {
  readonly transBytes?: Uint8Array;
  readonly transPacked?: Int32Array;
  readonly labPacked: Int32Array;
}

export interface ParserHeader {
  format: 'newsgraph-parser';
  version: 1;
  labels: string[];
  xpos: string[];
  upos: string[];
  transBits: number;
  labelBits: number;
  /** beam width the model was trained for (absent or 1: greedy decoding) */
  beam?: number;
  /** decoding: successors scoring more than this below the beam's best are pruned (absent: none) */
  beamMargin?: number;
  /** feature set: absent or 1 = the original templates, 2 = plus punctuation/verbs between arc candidates, 3 = plus word-vector clusters */
  features?: number;
  /** feature set 3: the word-cluster granularities read (fine, coarse; levels of models/word-clusters.bin.gz) */
  clusterLevels?: [number, number];
  /** ambiguity classes: word hash → class id (parallel arrays) */
  classKeys?: number[];
  classVals?: number[];
  /** free-form training facts (data, epochs, dev scores) */
  info: Record<string, unknown>;
}

/** Tag ids: 0 = unknown tag, 1 = ROOT, then the inventory. */
export const UNKNOWN_TAG = 0;
export const ROOT_TAG = 1;

/** int32 words per label row: ⌈L/4⌉, padded to 16 (64 bytes, one cache line) when L ≤ 64 (measured +5%). */
export function labelStride(nLabels: number): number {
  const lw = (nLabels + 3) >>> 2;
  return lw <= 16 ? 16 : lw;
}

export class ParserModel implements BeamScorer {
  readonly header: ParserHeader;
  /**
   * The same weights re-laid for scoring (SWAR: several small integers summed by one int32 add).
   * Each int8 weight w is stored as the byte w + 128 (0..255). transBytes: three bytes per row,
   * SHIFT, LEFT, RIGHT — the row's three reads share a cache line (the parse is bound by the miss,
   * not the reads), and the table is 3/4 of the int32-per-row layout it replaced (−2.1 MB on disk,
   * same speed measured). labPacked: ⌈L/4⌉ int32 per
   * row, byte k of word j = label 4j + k. Summing (word & 0x00ff00ff) and ((word >>> 8) & 0x00ff00ff)
   * adds two 16-bit lanes at once; a lane holds at most MAX_FEATURES × 255 < 2^16, so scores are
   * exact (lane − 128·features) and decoding equals scoring the int8 tables directly. Measured:
   * the labeller's 35 × 51 scalar adds per arc were half of the parse time.
   */
  private transBytes: Uint8Array;
  private labPacked: Int32Array;
  /** the label and transition sums in WebAssembly (parser-simd.ts; null: the JS loops), holding both tables in its memory */
  private readonly simd: ParserSimd | null;
  /** where transition features go to be scored (the SIMD module's memory when there is one) */
  readonly featureBuffer: Int32Array;
  private readonly labWords: number;
  private readonly labStride: number;
  private readonly rows = new Int32Array(MAX_FEATURES);
  private readonly lanes: Int32Array;
  readonly transMask: number;
  readonly labelMask: number;
  readonly nLabels: number;
  readonly rootLabel: number;
  private readonly xposId: Map<string, number>;
  private readonly uposId: Map<string, number>;
  /** word hash → ambiguity class (a typed open-addressing table: cheaper than a Map per word) */
  private readonly wordClass: KeyIndex | null;
  private readonly nClasses: number;
  private readonly between: boolean;
  /** feature set 3: the shared word-cluster table and the two granularities the model was trained on */
  private readonly clusters: WordClusters | null;
  private readonly fineLevel: number;
  private readonly coarseLevel: number;
  /** the table's finest level: one lookup per word, both granularities derived from it */
  private readonly finestLevel: number;
  private readonly punctTag: number;
  private readonly verbTag: number;
  // scratch buffers, reused across sentences
  private readonly st = new ParseState();
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly tscore = new Float64Array(N_TRANSITIONS);
  private input: ParseInput = emptyInput(64);
  private beam: BeamSearch | null = null;
  /** the input whose words are loaded into the WebAssembly module (during a beam decode), else null */
  private wordsIn: ParseInput | null = null;
  /** the transitions' MLP second opinion (parser-mlp.ts) with its consulting margin and weight, or null */
  private mlp: ParserMlp | null = null;
  private mlpMargin = 0;
  private mlpWeight = 0;

  /** `arena`: the memory the packed weights were read into (fromFile), used as it is */
  constructor(header: ParserHeader, weights: Int8Weights | PackedWeights, arena?: SimdArena) {
    this.header = header;
    this.transMask = (1 << header.transBits) - 1;
    this.labelMask = (1 << header.labelBits) - 1;
    this.nLabels = header.labels.length;
    this.rootLabel = header.labels.indexOf('root');
    this.xposId = new Map(header.xpos.map((t, i) => [t, i + 2]));
    this.uposId = new Map(header.upos.map((t, i) => [t, i + 2]));
    const ck = header.classKeys ?? [];
    // later duplicates win, as in the Map this replaced (KeyIndex keeps the last value for a key)
    if (ck.some((k) => (k | 0) === 0)) throw new NewsgraphError('E021', 'parser model: ambiguity-class key 0 is reserved — run `npm run train`');
    this.wordClass = ck.length > 0 ? new KeyIndex(Uint32Array.from(ck, (k) => k >>> 0), Int32Array.from(header.classVals!)) : null;
    this.nClasses = ck.length;
    this.input.useClasses = ck.length > 0;
    this.between = (header.features ?? 1) >= 2;
    const [fine, coarse] = header.clusterLevels ?? DEFAULT_CLUSTER_LEVELS;
    this.fineLevel = fine;
    this.coarseLevel = coarse;
    this.clusters = null;
    this.finestLevel = fine;
    if ((header.features ?? 1) >= 3) {
      const wc = defaultWordClusters();
      if (!wc) throw new NewsgraphError('E021', 'parser model: feature set 3 reads models/word-clusters.bin.gz, which is missing — run `npm run train`');
      if (!wc.meta.levels.includes(fine) || !wc.meta.levels.includes(coarse)) {
        throw new NewsgraphError('E021', `parser model: expected word-cluster levels ${fine} and ${coarse}, the table has ${wc.meta.levels.join(', ')} — run \`npm run train\``);
      }
      this.clusters = wc;
      this.finestLevel = wc.meta.levels[0]!;
    }
    this.punctTag = this.uposId.get('PUNCT') ?? -1;
    this.verbTag = this.uposId.get('VERB') ?? -1;
    if (MAX_FEATURES * 255 >= 1 << 16) throw new NewsgraphError('E021', `parser: ${MAX_FEATURES} features per state overflow the 16-bit score lanes`);
    const L = this.nLabels;
    this.labWords = (L + 3) >>> 2;
    this.labStride = labelStride(L);
    this.lanes = new Int32Array(this.labWords * 4);
    const nt = 1 << header.transBits;
    const nl = 1 << header.labelBits;
    if ('labPacked' in weights) {
      const { transBytes, transPacked, labPacked } = weights;
      const transRows = transBytes ? transBytes.length / N_TRANSITIONS : (transPacked?.length ?? 0);
      if (transRows !== nt || labPacked.length !== nl * this.labStride) {
        throw new NewsgraphError('E021', `parser tables have ${transRows}/${labPacked.length} rows·words, the header expects ${nt}/${nl * this.labStride} — run \`npm run train\``);
      }
      if (transBytes) this.transBytes = transBytes;
      else {
        // a model file of the int32-per-row layout: its bytes 0..2 are the three weights
        const tb = (this.transBytes = new Uint8Array(nt * N_TRANSITIONS));
        for (let r = 0; r < nt; r++) for (let t = 0; t < N_TRANSITIONS; t++) tb[r * N_TRANSITIONS + t] = (transPacked![r]! >>> (t << 3)) & 255;
      }
      this.labPacked = labPacked;
    } else {
      const { trans, lab } = weights;
      if (trans.length !== nt * N_TRANSITIONS || lab.length !== nl * L) {
        throw new NewsgraphError('E021', `parser tables have ${trans.length}/${lab.length} weights, the header expects ${nt * N_TRANSITIONS}/${nl * L}`);
      }
      const tb = (this.transBytes = new Uint8Array(nt * N_TRANSITIONS));
      for (let i = 0; i < tb.length; i++) tb[i] = trans[i]! + 128;
      const stride = this.labStride;
      const lp = (this.labPacked = new Int32Array(nl * stride));
      for (let r = 0; r < nl; r++) {
        for (let l = 0; l < L; l++) lp[r * stride + (l >>> 2)]! |= (lab[r * L + l]! + 128) << ((l & 3) << 3);
      }
    }
    this.simd =
      arena !== undefined && this.labPacked.buffer === arena.memory.buffer && this.transBytes.buffer === arena.memory.buffer
        ? ParserSimd.inArena(arena, this.labPacked, [this.transBytes])
        : ParserSimd.create(this.labPacked, this.labStride, [this.transBytes]);
    this.featureBuffer = this.simd !== null ? this.simd.feats : this.feats;
    if (this.simd !== null) {
      // the scorer's copies are the model's tables from here on (the file buffer can go)
      this.labPacked = this.simd.labPacked;
      this.transBytes = this.simd.extra[0]!;
    }
    // after the scorer: the beam's states live in its memory
    this.setBeam(header.beam ?? 1, header.beamMargin ?? Infinity);
  }

  /** The transition weights as int8, N_TRANSITIONS per row (unpacked on demand: tests, inspection). */
  get trans(): Int8Array {
    const tb = this.transBytes;
    const out = new Int8Array(tb.length);
    for (let i = 0; i < tb.length; i++) out[i] = tb[i]! - 128;
    return out;
  }

  /** The label weights as int8, nLabels per row (unpacked on demand). */
  get lab(): Int8Array {
    const L = this.nLabels;
    const stride = this.labStride;
    const nl = this.labPacked.length / stride;
    const out = new Int8Array(nl * L);
    for (let r = 0; r < nl; r++) {
      for (let l = 0; l < L; l++) out[r * L + l] = ((this.labPacked[r * stride + (l >>> 2)]! >>> ((l & 3) << 3)) & 255) - 128;
    }
    return out;
  }

  /** Fills a reusable ParseInput for one sentence. */
  prepare(forms: readonly string[], upos: readonly string[], xpos: readonly string[], into?: ParseInput): ParseInput {
    const x = this.prepareWords(forms, into ?? this.input);
    const n = forms.length;
    for (let i = 0; i < n; i++) {
      x.p[i + 1] = this.xposId.get(xpos[i]!) ?? UNKNOWN_TAG;
      x.u[i + 1] = this.uposId.get(upos[i]!) ?? UNKNOWN_TAG;
    }
    if (x.between) this.countBetween(x);
    return x;
  }

  /** Prefix counts of punctuation and verbs (by UPOS) for the feature-set-2 "between" templates. */
  private countBetween(x: ParseInput): void {
    const n = x.n;
    if (x.pc.length < n + 1) {
      x.pc = new Int32Array(x.w.length);
      x.vc = new Int32Array(x.w.length);
    }
    const pt = this.punctTag;
    const vt = this.verbTag;
    let pc = 0;
    let vc = 0;
    x.pc[0] = 0;
    x.vc[0] = 0;
    for (let i = 1; i <= n; i++) {
      const u = x.u[i]!;
      if (u === pt) pc++;
      else if (u === vt) vc++;
      x.pc[i] = pc;
      x.vc[i] = vc;
    }
  }

  /**
   * Per-class parser tag ids for a tagger's class inventory (UPOS / XPOS name per class id), so a
   * tagged sentence goes in as class ids with no strings built or looked up per token.
   */
  tagIdMap(uposOf: readonly string[], xposOf: readonly string[]): { u: Int32Array; p: Int32Array } {
    const u = new Int32Array(uposOf.length);
    const p = new Int32Array(xposOf.length);
    for (let t = 0; t < uposOf.length; t++) u[t] = this.uposId.get(uposOf[t]!) ?? UNKNOWN_TAG;
    for (let t = 0; t < xposOf.length; t++) p[t] = this.xposId.get(xposOf[t]!) ?? UNKNOWN_TAG;
    return { u, p };
  }

  /** prepare() for tags given as tagger class ids, mapped through tagIdMap(). Same input, no strings. */
  prepareIds(forms: readonly string[], tagIds: ArrayLike<number>, map: { u: Int32Array; p: Int32Array }): ParseInput {
    const x = this.prepareWords(forms, this.input);
    const n = forms.length;
    for (let i = 0; i < n; i++) {
      const t = tagIds[i]!;
      x.p[i + 1] = map.p[t]!;
      x.u[i + 1] = map.u[t]!;
    }
    if (x.between) this.countBetween(x);
    return x;
  }

  /** The tag-independent part of prepare (grows this.input when `into` is the shared buffer). */
  private prepareWords(forms: readonly string[], into: ParseInput): ParseInput {
    const n = forms.length;
    let x = into;
    if (x.w.length < n + 1) {
      x = emptyInput(Math.max(n + 1, x.w.length * 2));
      if (into === this.input) this.input = x;
    }
    x.useClasses = this.nClasses > 0;
    x.between = this.between;
    x.clusters = this.clusters !== null;
    x.n = n;
    this.mlp?.prepare(forms);
    x.w[0] = 0x524f4f54;
    x.p[0] = ROOT_TAG;
    x.u[0] = ROOT_TAG;
    x.sf[0] = NONE;
    x.ac[0] = NONE;
    const wc = this.wordClass;
    for (let i = 0; i < n; i++) {
      const f = forms[i]!;
      const wh = wordHash(f, 0);
      x.w[i + 1] = wh;
      const c = wc === null || wh === 0 ? -1 : wc.get(wh);
      x.ac[i + 1] = c === -1 ? shapeClass(f) : c;
      x.sf[i + 1] = wordHash(f, Math.max(0, f.length - 3));
    }
    const cl = this.clusters;
    if (cl !== null) {
      // words the vectors do not know keep a class anyway: their shape (ids above any cluster's)
      for (let i = 0; i < n; i++) {
        const f = forms[i]!;
        const finest = cl.clusterOf(f, this.finestLevel);
        if (finest < 0) x.wc[i + 1] = x.wcc[i + 1] = shapeClass(f);
        else {
          x.wc[i + 1] = cl.coarsen(finest, this.fineLevel);
          x.wcc[i + 1] = cl.coarsen(finest, this.coarseLevel);
        }
      }
      x.wc[0] = x.wcc[0] = NONE;
    }
    return x;
  }

  /** Attaches (or, with null, detaches) the MLP second opinion; margin/weight default to its header's. */
  setMlp(mlp: ParserMlp | null, margin = mlp?.meta.margin ?? 0, weight = mlp?.meta.weight ?? 0): void {
    if (mlp && mlp.meta.parserLabels !== this.nLabels) throw new NewsgraphError('E021', `parser MLP was built for ${mlp.meta.parserLabels} labels, the parser has ${this.nLabels} — run \`npm run train\``);
    this.mlp = mlp;
    this.mlpMargin = margin;
    this.mlpWeight = weight;
  }

  get mlpModel(): ParserMlp | null {
    return this.mlp;
  }

  /** The beam's hook: the MLP's second opinion on close transition scores (nothing without an MLP). */
  adjustTransitions(st: ParseState, x: ParseInput, out: Float64Array): void {
    if (this.mlp !== null) this.mlp.adjust(st, x, out, this.mlpMargin, this.mlpWeight);
  }

  /** Decoding beam width: the trained one by default; 1 = greedy (settable for measurements). */
  get beamWidth(): number {
    return this.beam ? this.beam.width : 1;
  }
  get beamMargin(): number {
    return this.beam ? this.beam.margin : Infinity;
  }
  /** Decoding beam width and pruning margin (1: greedy). */
  setBeam(width: number, margin = Infinity): void {
    // the pool's states live in the scorer's memory where it has room (their value slots are then
    // written there by the module itself: scoreStates)
    const simd = this.simd;
    this.beam = width > 1 ? new BeamSearch(width, margin, (slot) => new ParseState(256, simd?.stateSlab(slot) ?? null)) : null;
  }

  /**
   * Parse of a prepared sentence: beam search when the model has a beam, else greedy. heads[i-1] = head of word i (0 = ROOT), labels[i-1] =
   * label id. Always a tree with one word attached to ROOT.
   */
  parseInput(x: ParseInput, heads: Int32Array, labels: Int32Array): void {
    // a beam successor copies its parent's words up to the buffer front, O(n) per step: beyond
    // MAX_BEAM_WORDS (lists, tables, run-on text — not sentences) the parse is greedy, so the cost
    // per word stays bounded whatever the input
    if (this.beam && x.n <= MAX_BEAM_WORDS) {
      this.wordsIn = this.simd !== null && this.simd.loadWords(x) ? x : null;
      try {
        this.beam.decode(this, x, heads, labels);
      } finally {
        this.wordsIn = null;
      }
      return;
    }
    const st = this.st;
    st.reset(x.n);
    const sc = this.tscore;
    while (!st.isTerminal()) {
      let best = -1;
      // only one move possible (empty buffer: RIGHT; bare ROOT: SHIFT) — no need to score
      if (st.b > st.n) best = RIGHT;
      else if (st.sp === 1) best = SHIFT;
      else {
        this.scoreState(st, x, sc);
        this.adjustTransitions(st, x, sc);
        for (let t = 0; t < N_TRANSITIONS; t++) if (st.can(t) && (best < 0 || sc[t]! > sc[best]!)) best = t;
      }
      let lab = -1;
      if (best !== SHIFT) {
        const d = st.s(0);
        const h = best === LEFT ? st.buf(0) : st.s(1);
        lab = this.bestLabel(st, x, h, d);
      }
      st.apply(best, lab);
    }
    for (let i = 1; i <= x.n; i++) {
      heads[i - 1] = st.head[i]!;
      labels[i - 1] = st.label[i]!;
    }
  }

  /**
   * The transition scores of a state: its value slots written straight into the WebAssembly
   * scorer, which hashes and sums the templates in one call (the same integers as
   * transitionFeatures + scoreTransitions, which is the path without WebAssembly).
   */
  scoreState(st: ParseState, x: ParseInput, out: Float64Array): void {
    const simd = this.simd;
    if (simd === null) {
      this.scoreTransitions(this.feats, transitionFeatures(st, x, this.feats), out);
      return;
    }
    const nf = transitionValues(st, x, simd.vals[0]!);
    simd.states(1, nf, this.transMask);
    const sums = simd.transSums;
    const bias = nf << 7;
    out[0] = sums[0]! - bias;
    out[1] = sums[1]! - bias;
    out[2] = sums[2]! - bias;
  }

  /**
   * The transition scores of states[0..n) into out[3i..3i+3) (the beam's items of one step): up
   * to MAX_STATES states per WebAssembly call, so their rows' cache misses overlap.
   */
  scoreStates(states: readonly ParseState[], n: number, x: ParseInput, out: Float64Array): void {
    const simd = this.simd;
    if (simd === null) {
      const sc = this.tscore;
      for (let i = 0; i < n; i++) {
        this.scoreTransitions(this.feats, transitionFeatures(states[i]!, x, this.feats), sc);
        out[3 * i] = sc[0]!;
        out[3 * i + 1] = sc[1]!;
        out[3 * i + 2] = sc[2]!;
      }
      return;
    }
    const sums = simd.transSums;
    const vals = simd.vals;
    if (x === this.wordsIn) {
      // the module writes the value slots of the states in its slabs (only the stack size and the
      // buffer front cross from JS); a state that outgrew its slab gets them from transitionValues
      const nf = transitionCount(x);
      const bias = nf << 7;
      const ptrs = simd.ptrs;
      for (let from = 0; from < n; from += MAX_STATES) {
        const m = n - from < MAX_STATES ? n - from : MAX_STATES;
        for (let j = 0; j < m; j++) {
          const st = states[from + j]!;
          if (st.wasmBase >= 0) {
            ptrs[3 * j] = st.wasmBase;
            ptrs[3 * j + 1] = st.sp;
            ptrs[3 * j + 2] = st.b;
          } else {
            transitionValues(st, x, vals[j]!);
            ptrs[3 * j] = 0;
          }
        }
        simd.statesFilled(m, nf, this.transMask, x.n);
        for (let j = 0; j < 3 * m; j++) out[3 * from + j] = sums[j]! - bias;
      }
      return;
    }
    for (let from = 0; from < n; from += MAX_STATES) {
      const m = n - from < MAX_STATES ? n - from : MAX_STATES;
      let nf = 0;
      for (let j = 0; j < m; j++) nf = transitionValues(states[from + j]!, x, vals[j]!);
      simd.states(m, nf, this.transMask);
      const bias = nf << 7;
      for (let j = 0; j < 3 * m; j++) out[3 * from + j] = sums[j]! - bias;
    }
  }

  /** Transition scores of nf feature hashes; those written into featureBuffer are summed in WebAssembly (same integers). */
  scoreTransitions(feats: Int32Array, nf: number, out: Float64Array): void {
    const simd = this.simd;
    if (simd !== null && feats === simd.feats) {
      simd.transitions(nf, this.transMask);
      const sums = simd.transSums;
      const bias = nf << 7;
      out[0] = sums[0]! - bias;
      out[1] = sums[1]! - bias;
      out[2] = sums[2]! - bias;
      return;
    }
    const w = this.transBytes;
    const mask = this.transMask;
    let s = 0;
    let l = 0;
    let r = 0;
    for (let i = 0; i < nf; i++) {
      const o = (feats[i]! & mask) * 3;
      s += w[o]!;
      l += w[o + 1]!;
      r += w[o + 2]!;
    }
    const bias = nf << 7;
    out[0] = s - bias;
    out[1] = l - bias;
    out[2] = r - bias;
  }

  bestLabel(st: ParseState, x: ParseInput, h: number, d: number): number {
    if (h === 0) return this.rootLabel;
    const simd = this.simd;
    if (simd !== null) {
      const root = this.rootLabel;
      // the module writes the arc's value slots itself for a state in its slab (as scoreStates)
      const lane =
        x === this.wordsIn && st.wasmBase >= 0
          ? simd.labelFilled(labelCount(x), this.labelMask, root, st.wasmBase, h, d, x.n)
          : simd.label(labelValues(st, x, h, d, simd.lvals), this.labelMask, root);
      // the first lane of the largest sum with root's lane zeroed: the choice below whenever that
      // lane is a label other than root with a sum above 0 (a sum counts 1..255 per feature, so 0
      // only in a degenerate table); else the loop decides
      if (lane < this.nLabels && lane !== root && simd.sums[lane]! > 0) return lane;
      // the same choice as below: the first label of the highest sum, root excluded
      const sums = simd.sums;
      let best = 0;
      let bs = -1;
      for (let l = 0; l < this.nLabels; l++) {
        const s = sums[l]!;
        if (s > bs && l !== root) {
          best = l;
          bs = s;
        }
      }
      return best;
    }
    const feats = this.feats;
    const nf = labelFeatures(st, x, h, d, feats);
    const L = this.nLabels;
    const lw = this.labWords;
    const w = this.labPacked;
    const mask = this.labelMask;
    const rows = this.rows;
    const stride = this.labStride;
    for (let i = 0; i < nf; i++) rows[i] = (feats[i]! & mask) * stride;
    const sc = this.lanes;
    // word-major: each word's two accumulators stay in registers; the nf rows (≈ 35 lines) stay in L1.
    // `| 0` keeps the sums int32 (exact: a lane never exceeds MAX_FEATURES · 255 < 2^16, so the word stays below 2^32)
    for (let j = 0; j < lw; j++) {
      let even = 0; // labels 4j (low 16 bits) and 4j+2 (high 16 bits)
      let odd = 0; // labels 4j+1 and 4j+3
      for (let i = 0; i < nf; i++) {
        const v = w[rows[i]! + j]!;
        even = (even + (v & 0x00ff00ff)) | 0;
        odd = (odd + ((v >>> 8) & 0x00ff00ff)) | 0;
      }
      const l0 = j << 2;
      sc[l0] = even & 0xffff;
      sc[l0 + 1] = odd & 0xffff;
      sc[l0 + 2] = even >>> 16;
      sc[l0 + 3] = odd >>> 16;
    }
    // every label's score carries the same bias (128 per feature), so lanes compare as scores; root
    // is never predicted here (lanes are ≥ 0); strict > keeps the first best label, as before
    sc[this.rootLabel] = -1;
    let best = 0;
    let bs = sc[0]!;
    for (let l = 1; l < L; l++) {
      const s = sc[l]!;
      if (s > bs) {
        best = l;
        bs = s;
      }
    }
    return best;
  }

  /** The model file's bytes (a model-io container of kind "newsgraph-parser"). */
  toBuffer(): Buffer {
    const bytes = encodeModel(PARSER_KIND, this.header, { trans: this.transBytes, lab: this.labPacked });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  static fromBuffer(buf: Uint8Array, source = 'parser model'): ParserModel {
    return ParserModel.fromModelFile(decodeModel(buf, PARSER_KIND, source), source);
  }

  /**
   * The model of a file (models/parser.bin), its tables read straight into the WebAssembly scorer's
   * memory: sized from the header before the body is read, so the ~15 MB of weights exist once
   * (reading the file and then copying the tables in held both until the file buffer was collected).
   */
  static fromFile(path: string): ParserModel {
    let arena: SimdArena | null = null;
    const m = readModelFileInto(path, PARSER_KIND, ({ meta, arrays, bodyBytes }) => {
      const lab = arrays.find((a) => a.name === 'lab');
      const trans = arrays.find((a) => a.name === 'trans');
      const labels = (meta as Partial<ParserHeader> | null)?.labels;
      // only the current layout (byte transition rows, int32 label rows) is scored in place
      if (lab?.type !== 'i32' || trans?.type !== 'u8' || !Array.isArray(labels)) return null;
      arena = ParserSimd.reserve(bodyBytes, lab.offset, labelStride(labels.length));
      return arena?.body ?? null;
    });
    return ParserModel.fromModelFile(m, path, arena ?? undefined);
  }

  private static fromModelFile(m: ModelFile, source: string, arena?: SimdArena): ParserModel {
    const header = m.meta as ParserHeader;
    if (!header || header.format !== 'newsgraph-parser' || header.version !== 1 || !Array.isArray(header.labels)) {
      throw new NewsgraphError('E021', `${source}: expected a newsgraph-parser version 1 header — run \`npm run train\``, source);
    }
    const labPacked = modelArray(m, 'lab', Int32Array, source);
    // the int32-per-row transition layout of older files still loads
    if (m.arrays.get('trans') instanceof Int32Array) return new ParserModel(header, { transPacked: modelArray(m, 'trans', Int32Array, source), labPacked });
    return new ParserModel(header, { transBytes: modelArray(m, 'trans', Uint8Array, source), labPacked }, arena);
  }
}

/** int16 weights (scaled to ±32000) → int8 (±125): the same rounding the trainer uses. */
export function int16ToInt8(w: Int16Array): Int8Array {
  const out = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / 256)));
  return out;
}

export function emptyInput(cap: number): ParseInput {
  return { n: 0, w: new Int32Array(cap), p: new Int32Array(cap), u: new Int32Array(cap), sf: new Int32Array(cap), ac: new Int32Array(cap), useClasses: true, pc: new Int32Array(cap), vc: new Int32Array(cap), between: false, wc: new Int32Array(cap), wcc: new Int32Array(cap), clusters: false };
}

/** Feature set 3's word-cluster granularities (fine, coarse) when the header does not name them. */
export const DEFAULT_CLUSTER_LEVELS: [number, number] = [2048, 128];

/** Class of a word unseen (or rare) in training: its shape (capitalised, digits, hyphen, punctuation). */
export function shapeClass(form: string): number {
  let code = 0x40000000;
  const c0 = form.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) code |= 1;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) code |= 2;
    else if (c === 45) code |= 4;
    else if (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 128)) code |= 8;
    else if (c >= 128) code |= 16;
  }
  return code;
}

/** Ambiguity classes from gold-tagged sentences: words seen ≥ minCount times → their set of XPOS (≥ 5% share). */
export function buildWordClasses(sents: readonly { forms: readonly string[]; xpos: readonly string[] }[], minCount = 3): { keys: number[]; vals: number[] } {
  const counts = new Map<number, Map<string, number>>();
  for (const s of sents) {
    for (let i = 0; i < s.forms.length; i++) {
      const k = wordHash(s.forms[i]!, 0);
      let m = counts.get(k);
      if (!m) counts.set(k, (m = new Map()));
      m.set(s.xpos[i]!, (m.get(s.xpos[i]!) ?? 0) + 1);
    }
  }
  const classId = new Map<string, number>();
  const keys: number[] = [];
  const vals: number[] = [];
  for (const [k, m] of [...counts].sort((a, b) => a[0] - b[0])) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < minCount) continue;
    const sig = [...m].filter(([, c]) => c / total >= 0.05).map(([t]) => t).sort().join('|');
    let id = classId.get(sig);
    if (id === undefined) classId.set(sig, (id = classId.size + 1));
    keys.push(k);
    vals.push(id);
  }
  return { keys, vals };
}

/**
 * Hash of form[from..] lower-cased (ASCII) with digits folded to 0, without building a string:
 * "1998" and "2001" share a word id, "The" and "the" too.
 */
export function wordHash(form: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < form.length; i++) {
    let c = form.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) c = 48;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
