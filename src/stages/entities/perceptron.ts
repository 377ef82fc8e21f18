// Averaged structured perceptron for BIO sequence labelling with hashed features. Weights live in
// one Float32Array (bucket * labels + label); transitions in a small labels x labels table with a
// start row. Decoding is Viterbi with hard BIO constraints (I-X only after B-X or I-X), so the
// output is always a well-formed span list. Averaging uses the lazy timestamp trick.

export interface PerceptronModel {
  readonly labels: readonly string[];
  readonly bits: number;
  readonly weights: Float32Array;
  /** (labels + 1) x labels: row `labels` is the start state */
  readonly trans: Float32Array;
}

/** allowed[prev * L + cur] (prev = L is the start state) */
export function bioAllowed(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cl = labels[c]!;
      if (!cl.startsWith('I-')) a[p * L + c] = 1;
      else if (p < L && labels[p]!.slice(2) === cl.slice(2) && labels[p] !== 'O') a[p * L + c] = 1;
    }
  }
  return a;
}

/**
 * Whether the double-precision sums of these weights are exact in any order: every weight a
 * multiple of 1/16 (as saved models are, ner-model.ts WEIGHT_STEPS) well inside the range where
 * such sums are exact, and no negative zero (a sum's zero is then +0 whatever the order).
 */
export function exactSums(weights: ArrayLike<number>): boolean {
  for (let i = 0; i < weights.length; i++) if (!exactWeight(weights[i]!)) return false;
  return true;
}

/** one weight of a table exactSums accepts */
export function exactWeight(w: number): boolean {
  if (w === 0) return !Object.is(w, -0);
  const k = w * 16;
  return k === Math.round(k) && Math.abs(w) <= 2 ** 24;
}

/** the scale of scaledWeights: saved weights are multiples of 1/16 (ner-model.ts WEIGHT_STEPS) */
export const WEIGHT_SCALE = 16;

/**
 * The weights × WEIGHT_SCALE as int16, or null when one is not an integer there or is outside int16
 * (then only the float table serves). Half the bytes of the float table (3.7 MB for the shipped NER
 * model instead of 7.3): emissions read a scattered bucket per feature, so the table's size is
 * cache misses. The sums over it are integers, exact in a double, see scaledEmissions.
 */
export function scaledWeights(weights: ArrayLike<number>): Int16Array | null {
  const out = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const k = w * WEIGHT_SCALE;
    if (k !== Math.round(k) || k < -32768 || k > 32767 || Object.is(w, -0)) return null;
    out[i] = k;
  }
  return out;
}

/** The float weights of a scaledWeights table (each value exact: an integer over a power of two). */
export function unscaledWeights(scaled: Int16Array): Float32Array {
  const out = new Float32Array(scaled.length);
  for (let i = 0; i < scaled.length; i++) out[i] = scaled[i]! / WEIGHT_SCALE;
  return out;
}

/**
 * emissions() over the scaledWeights table of m's weights, with the same scores to the last bit: each
 * partial sum is an integer (exact in a double, as the float sums of 1/16 steps were), the one
 * division by WEIGHT_SCALE at the end is exact, so the float32 stored rounds the same value. `start`:
 * sums in the same units (ner-features.ts WordSums over the scaled table).
 */
export function scaledEmissions(m: PerceptronModel, scaled: Int16Array, feats: Uint32Array, K: number, start?: Float64Array, into?: Float32Array): Float32Array {
  const L = m.labels.length;
  const mask = (1 << m.bits) - 1;
  const n = feats.length / K;
  const s = into ? into.fill(0) : new Float32Array(n * L);
  if (s.length !== n * L) throw new Error(`scaledEmissions: expected an output of ${n * L} scores, found ${s.length}`);
  if (scaled.length !== (1 << m.bits) * L) throw new Error(`scaledEmissions: expected ${(1 << m.bits) * L} weights, found ${scaled.length}`);
  const w = scaled;
  const inv = 1 / WEIGHT_SCALE;
  if (L === 7) {
    // as in emissions: seven sums in locals
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      if (start) {
        const o = i * 7;
        s0 = start[o]!;
        s1 = start[o + 1]!;
        s2 = start[o + 2]!;
        s3 = start[o + 3]!;
        s4 = start[o + 4]!;
        s5 = start[o + 5]!;
        s6 = start[o + 6]!;
      }
      for (let k = i * K, e = k + K; k < e; k++) {
        const f = feats[k]!;
        if (!f) continue;
        const b = (f & mask) * 7;
        s0 += w[b]!;
        s1 += w[b + 1]!;
        s2 += w[b + 2]!;
        s3 += w[b + 3]!;
        s4 += w[b + 4]!;
        s5 += w[b + 5]!;
        s6 += w[b + 6]!;
      }
      const o = i * 7;
      s[o] = s0 * inv;
      s[o + 1] = s1 * inv;
      s[o + 2] = s2 * inv;
      s[o + 3] = s3 * inv;
      s[o + 4] = s4 * inv;
      s[o + 5] = s5 * inv;
      s[o + 6] = s6 * inv;
    }
    return s;
  }
  const acc = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let l = 0; l < L; l++) acc[l] = start ? start[o + l]! : 0;
    for (let k = i * K, e = k + K; k < e; k++) {
      if (!feats[k]) continue;
      const b = (feats[k]! & mask) * L;
      for (let l = 0; l < L; l++) acc[l] += w[b + l]!;
    }
    for (let l = 0; l < L; l++) s[o + l] = acc[l]! * inv;
  }
  return s;
}

/**
 * Emission scores for each token (feats: n * K hashes, token i in slots i*K..): scores[i * L + l].
 * `start`: per token and label, a sum to start from (features summed elsewhere, see exactSums).
 */
export function emissions(m: PerceptronModel, feats: Uint32Array, K: number, start?: Float64Array, into?: Float32Array): Float32Array {
  const L = m.labels.length;
  const mask = (1 << m.bits) - 1;
  const n = feats.length / K;
  // `into`: an array of n * L to write into instead of a new one (run time reuses one per tagger:
  // an array of more than 64 bytes is allocated outside V8's heap); cleared as a new one would be
  const s = into ? into.fill(0) : new Float32Array(n * L);
  if (s.length !== n * L) throw new Error(`emissions: expected an output of ${n * L} scores, found ${s.length}`);
  const w = m.weights;
  if (L === 7) {
    // the BIO tag set of PER/ORG/LOC: seven sums kept in locals rather than read and written
    // back through the array for every feature (about a third of the tagger's time otherwise)
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      if (start) {
        const o = i * 7;
        s0 = start[o]!;
        s1 = start[o + 1]!;
        s2 = start[o + 2]!;
        s3 = start[o + 3]!;
        s4 = start[o + 4]!;
        s5 = start[o + 5]!;
        s6 = start[o + 6]!;
      }
      for (let k = i * K, e = k + K; k < e; k++) {
        const f = feats[k]!;
        if (!f) continue;
        const b = (f & mask) * 7;
        s0 += w[b]!;
        s1 += w[b + 1]!;
        s2 += w[b + 2]!;
        s3 += w[b + 3]!;
        s4 += w[b + 4]!;
        s5 += w[b + 5]!;
        s6 += w[b + 6]!;
      }
      const o = i * 7;
      s[o] = s0;
      s[o + 1] = s1;
      s[o + 2] = s2;
      s[o + 3] = s3;
      s[o + 4] = s4;
      s[o + 5] = s5;
      s[o + 6] = s6;
    }
    return s;
  }
  for (let i = 0; i < n; i++) {
    const o = i * L;
    if (start) for (let l = 0; l < L; l++) s[o + l] = start[o + l]!;
    for (let k = i * K, e = k + K; k < e; k++) {
      if (!feats[k]) continue; // 0 = slot not used for this token
      const b = (feats[k]! & mask) * L;
      for (let l = 0; l < L; l++) s[o + l] += w[b + l]!;
    }
  }
  return s;
}

/** Viterbi's tables, reused across calls (decoding is synchronous; grown as needed): no allocation per sentence. */
interface ViterbiScratch {
  score: Float64Array;
  back: Int32Array;
}
const viterbiScratch: ViterbiScratch = { score: new Float64Array(0), back: new Int32Array(0) };
/** per allowed table: for each label c, its allowed predecessors (p < L) in increasing order */
const predecessorLists = new WeakMap<Uint8Array, Int32Array[]>();

function predecessors(allowed: Uint8Array, L: number): Int32Array[] {
  let lists = predecessorLists.get(allowed);
  if (!lists) {
    lists = [];
    for (let c = 0; c < L; c++) {
      const ps: number[] = [];
      for (let p = 0; p < L; p++) if (allowed[p * L + c]) ps.push(p);
      lists.push(Int32Array.from(ps));
    }
    predecessorLists.set(allowed, lists);
  }
  return lists;
}

export function viterbi(m: PerceptronModel, em: Float32Array, n: number, allowed: Uint8Array, into?: Int32Array): Int32Array {
  const L = m.labels.length;
  // `into`: an array of n to write the path into instead of a new one (cleared as a new one would be)
  const out = into ? into.fill(0) : new Int32Array(n);
  if (out.length !== n) throw new Error(`viterbi: expected an output of ${n} labels, found ${out.length}`);
  if (!n) return out;
  if (viterbiScratch.score.length < n * L) {
    viterbiScratch.score = new Float64Array(Math.max(n * L, 2 * viterbiScratch.score.length));
    viterbiScratch.back = new Int32Array(viterbiScratch.score.length);
  }
  const { score, back } = viterbiScratch;
  const preds = predecessors(allowed, L);
  const trans = m.trans;
  for (let c = 0; c < L; c++) score[c] = allowed[L * L + c] ? em[c]! + trans[L * L + c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let c = 0; c < L; c++) {
      // the allowed predecessors in increasing order, as the loop over every label with a skip did:
      // the same comparisons, so the same ties and the same path
      let best = -Infinity;
      let arg = 0;
      const ps = preds[c]!;
      for (let q = 0; q < ps.length; q++) {
        const p = ps[q]!;
        const v = score[prev + p]! + trans[p * L + c]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * L + c] = best + em[i * L + c]!;
      back[i * L + c] = arg;
    }
  }
  let best = -Infinity;
  for (let c = 0; c < L; c++) {
    if (score[(n - 1) * L + c]! > best) {
      best = score[(n - 1) * L + c]!;
      out[n - 1] = c;
    }
  }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}

/** Trainer with averaging; `finish()` returns the averaged model. */
/** The best path whose labels agree with `gold` wherever it is not -1 (emissions of the other labels ruled out there). */
export function constrainedPath(m: PerceptronModel, em: Float32Array, gold: Int32Array, allowed: Uint8Array): Int32Array {
  const L = m.labels.length;
  const fixed = Float32Array.from(em);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    if (g < 0) continue;
    for (let l = 0; l < L; l++) if (l !== g) fixed[i * L + l] = -1e9;
  }
  return viterbi(m, fixed, gold.length, allowed);
}

/**
 * Puts O on a path's name that covers exactly one of `spans` (in place; returns the path). A corpus's
 * unlabelled span says the whole is a name of a type we do not learn (a book, an album, a product):
 * only a name strictly inside it ("2010 [United Kingdom] general election") may be one of ours, so
 * the partial-annotation target never keeps the whole span as a name of ours.
 */
export function withoutWholeSpanNames(path: Int32Array, spans: ReadonlyArray<{ readonly from: number; readonly to: number }>, labels: readonly string[]): Int32Array {
  for (const { from, to } of spans) {
    const b = labels[path[from]!]!;
    if (!b.startsWith('B-')) continue;
    const inside = `I-${b.slice(2)}`;
    let whole = to === path.length || labels[path[to]!] !== inside;
    for (let i = from + 1; whole && i < to; i++) whole = labels[path[i]!] === inside;
    if (whole) path.fill(labels.indexOf('O'), from, to);
  }
  return path;
}

export class PerceptronTrainer {
  readonly model: PerceptronModel;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private readonly ttotals: Float64Array;
  private readonly tstamps: Int32Array;
  private step = 1;
  readonly allowed: Uint8Array;
  /** update size per gold label (class-balanced training: a rarer or harder label can weigh more); 1 by default */
  private readonly cost: Float32Array;

  constructor(labels: readonly string[], bits: number, cost?: Readonly<Record<string, number>>) {
    const L = labels.length;
    this.model = { labels, bits, weights: new Float32Array((1 << bits) * L), trans: new Float32Array((L + 1) * L) };
    this.totals = new Float64Array(this.model.weights.length);
    this.stamps = new Int32Array(this.model.weights.length);
    this.ttotals = new Float64Array(this.model.trans.length);
    this.tstamps = new Int32Array(this.model.trans.length);
    this.allowed = bioAllowed(labels);
    this.cost = Float32Array.from(labels, (l) => cost?.[l] ?? 1);
  }

  private bump(w: Float32Array, tot: Float64Array, st: Int32Array, idx: number, d: number): void {
    tot[idx] += (this.step - st[idx]!) * w[idx]!;
    st[idx] = this.step;
    w[idx] += d;
  }

  /**
   * One training example (n * K feature hashes); returns the number of wrong tokens. A gold label
   * of -1 is unknown (partial annotation): the target there is the best path that agrees with the
   * known labels, so the update teaches nothing about those words but what the rest implies; with
   * `notWhole`, a name of that target covering exactly one of those spans is O (withoutWholeSpanNames).
   */
  train(feats: Uint32Array, K: number, goldOrUnknown: Int32Array, notWhole?: ReadonlyArray<{ readonly from: number; readonly to: number }>): number {
    const m = this.model;
    const L = m.labels.length;
    const n = goldOrUnknown.length;
    const em = emissions(m, feats, K);
    const gold = goldOrUnknown.some((g) => g < 0) ? constrainedPath(m, em, goldOrUnknown, this.allowed) : goldOrUnknown;
    if (notWhole?.length && gold !== goldOrUnknown) withoutWholeSpanNames(gold, notWhole, m.labels);
    const pred = viterbi(m, em, n, this.allowed);
    let wrong = 0;
    const mask = (1 << m.bits) - 1;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gp = i ? gold[i - 1]! : L;
      const pp = i ? pred[i - 1]! : L;
      if (g !== p) {
        wrong++;
        const c = this.cost[g]!;
        for (let k = i * K; k < i * K + K; k++) {
          if (!feats[k]) continue;
          const b = (feats[k]! & mask) * L;
          this.bump(m.weights, this.totals, this.stamps, b + g, c);
          this.bump(m.weights, this.totals, this.stamps, b + p, -c);
        }
      }
      if (g !== p || gp !== pp) {
        this.bump(m.trans, this.ttotals, this.tstamps, gp * L + g, 1);
        this.bump(m.trans, this.ttotals, this.tstamps, pp * L + p, -1);
      }
    }
    this.step++;
    return wrong;
  }

  finish(): PerceptronModel {
    const m = this.model;
    const avg = (w: Float32Array, tot: Float64Array, st: Int32Array) => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = (tot[i]! + (this.step - st[i]!) * w[i]!) / this.step;
      return out;
    };
    return { labels: m.labels, bits: m.bits, weights: avg(m.weights, this.totals, this.stamps), trans: avg(m.trans, this.ttotals, this.tstamps) };
  }
}
