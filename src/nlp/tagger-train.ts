// Averaged-perceptron training for the joint UPOS+XPOS tagger (used by scripts/train-tagger.ts).
// Rows are allocated only for features that take part in an update; averaging uses the
// "w − u/c" trick (u accumulates c·Δ, c counts instances), applied once when exporting.
// Export prunes near-zero averaged weights and quantises to int16 with one global scale, producing
// exactly the arrays the runtime Tagger consumes, so dev evaluation runs the shipped code path.
import { KeyIndex } from './hash.js';
import type { WordClusters } from './word-clusters.js';
import { constrainedArgmax, extractFirstPass, lowerKey, MAX_FEATURES, packDictValue, TaggerFeatures } from './features-tagger.js';
import type { TaggerArrays, TaggerMeta } from './tagger.js';

export interface TrainSentence {
  readonly forms: readonly string[];
  /** joint class id per token */
  readonly gold: Int32Array;
  /** a first pass's (held-out) predicted class per token: trains a second-pass model */
  readonly first?: Int32Array;
}

export interface TagDictOptions {
  /** a word needs this many training occurrences to get an ambiguity class */
  minFreq: number;
  /** tags below this share of a word's occurrences are left out of its class */
  minShare: number;
  /** forced tag: frequency and share thresholds (Infinity disables) */
  forceFreq: number;
  forceShare: number;
  /** words seen this often may only get tags they were seen with (Infinity disables) */
  allowFreq?: number;
}

/** The shipped tagger's tag dictionary (scripts/train-tagger.ts); the parser's jackknife taggers use it too. */
export const SHIPPED_TAG_DICT: TagDictOptions = { minFreq: 3, minShare: 0.05, forceFreq: 20, forceShare: 0.995, allowFreq: 10 };

/** The tag dictionary in model form (see packDictValue); allowed holds ⌈nTags/32⌉ mask words per set. */
export interface TagDict {
  keys: Uint32Array;
  vals: Int32Array;
  allowed: Int32Array;
  classes: number;
}

/** Builds the tag dictionary: lowerKey → ambiguity class, allowed-tag set, forced tag. */
export function buildTagDict(sents: readonly TrainSentence[], nTags: number, o: TagDictOptions): TagDict {
  const counts = new Map<number, Int32Array>();
  for (const s of sents) {
    for (let i = 0; i < s.forms.length; i++) {
      const k = lowerKey(s.forms[i]!);
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Int32Array(nTags)));
      c[s.gold[i]!]!++;
    }
  }
  const classIds = new Map<string, number>();
  const allowIds = new Map<string, number>();
  const words = (nTags + 31) >>> 5;
  const allowed: number[] = [];
  const allowFreq = o.allowFreq ?? Infinity;
  const keys: number[] = [];
  const vals: number[] = [];
  for (const [k, c] of counts) {
    let total = 0;
    let top = 0;
    for (let t = 0; t < nTags; t++) {
      total += c[t]!;
      if (c[t]! > c[top]!) top = t;
    }
    if (total < o.minFreq) continue;
    const members: number[] = [];
    for (let t = 0; t < nTags; t++) if (c[t]! > 0 && c[t]! / total >= o.minShare) members.push(t);
    const sig = members.join(',');
    let id = classIds.get(sig);
    if (id === undefined) classIds.set(sig, (id = classIds.size + 1));
    const forced = total >= o.forceFreq && c[top]! / total >= o.forceShare ? top : -1;
    let allow = 0;
    if (total >= allowFreq) {
      const seen: number[] = [];
      for (let t = 0; t < nTags; t++) if (c[t]! > 0) seen.push(t);
      const sig = seen.join(',');
      let a = allowIds.get(sig);
      if (a === undefined) {
        allowIds.set(sig, (a = allowIds.size + 1));
        const mask = new Array<number>(words).fill(0);
        for (const t of seen) mask[t >>> 5]! |= 1 << (t & 31);
        allowed.push(...mask);
      }
      allow = a;
    }
    keys.push(k);
    vals.push(packDictValue(id, allow, forced));
  }
  return { keys: Uint32Array.from(keys), vals: Int32Array.from(vals), allowed: Int32Array.from(allowed), classes: classIds.size };
}

export class PerceptronTrainer {
  private readonly rows = new Map<number, number>();
  private rowKeys: number[] = [];
  private w: Float32Array;
  private u: Float64Array;
  private c = 1;
  private readonly scores: Float64Array;
  private readonly keys = new Int32Array(MAX_FEATURES);
  readonly feats: TaggerFeatures;
  private readonly allowed: Int32Array;

  constructor(
    readonly nTags: number,
    readonly dict: { keys: Uint32Array; vals: Int32Array; allowed?: Int32Array },
    readonly useForced: boolean,
    clusters: WordClusters | null = null,
  ) {
    this.w = new Float32Array(65536 * nTags);
    this.u = new Float64Array(65536 * nTags);
    this.scores = new Float64Array(nTags);
    this.feats = new TaggerFeatures(new KeyIndex(dict.keys, dict.vals), clusters);
    this.allowed = dict.allowed ?? new Int32Array(0);
  }

  get rowCount(): number {
    return this.rowKeys.length;
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.rowKeys.length;
      this.rows.set(key, r);
      this.rowKeys.push(key);
      if ((r + 1) * this.nTags > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }

  /** One pass over the sentences in the given order; returns token accuracy of the online predictions. */
  epoch(sents: readonly TrainSentence[], order: readonly number[]): number {
    const { nTags, keys, scores, feats } = this;
    let right = 0;
    let total = 0;
    for (const si of order) {
      const s = sents[si]!;
      const n = s.forms.length;
      feats.prepare(s.forms, n);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < n; i++) {
        const gold = s.gold[i]!;
        let guess = this.useForced ? feats.forced[i]! : -1;
        if (guess < 0) {
          let k = feats.extract(i, n, p1, p2, keys);
          if (s.first) k = extractFirstPass(feats, i, n, p1, s.first, keys, k);
          scores.fill(0);
          const w = this.w;
          for (let j = 0; j < k; j++) {
            const r = this.rows.get(keys[j]!);
            if (r === undefined) continue;
            const base = r * nTags;
            for (let t = 0; t < nTags; t++) scores[t] += w[base + t]!;
          }
          guess = constrainedArgmax(scores, nTags, this.allowed, feats.allow[i]!);
          if (guess !== gold) {
            const c = this.c;
            for (let j = 0; j < k; j++) {
              const base = this.row(keys[j]!) * nTags;
              this.w[base + gold]! += 1;
              this.u[base + gold]! += c;
              this.w[base + guess]! -= 1;
              this.u[base + guess]! -= c;
            }
          }
          this.c++;
        }
        if (guess === gold) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    return total ? right / total : 0;
  }

  /**
   * One pass with beam search and early update (Collins & Roark 2004): the beam keeps the k best tag
   * prefixes; when the gold prefix falls out of it, the weights move toward the gold prefix's
   * features and away from the best prefix's, and the sentence stops there. An experiment (see
   * trainBeamExperiment in scripts/train-tagger.ts): the runtime Tagger decodes greedily.
   */
  epochBeam(sents: readonly TrainSentence[], order: readonly number[], k: number): number {
    const { nTags, keys, scores, feats } = this;
    let right = 0;
    let total = 0;
    for (const si of order) {
      const s = sents[si]!;
      const n = s.forms.length;
      feats.prepare(s.forms, n);
      const score = (i: number, p1: number, p2: number): number => {
        const nk = feats.extract(i, n, p1, p2, keys);
        scores.fill(0);
        const w = this.w;
        for (let j = 0; j < nk; j++) {
          const r = this.rows.get(keys[j]!);
          if (r === undefined) continue;
          const base = r * nTags;
          for (let t = 0; t < nTags; t++) scores[t] += w[base + t]!;
        }
        return nk;
      };
      const r = beamDecode(n, k, nTags, this.useForced ? feats.forced : null, feats.allow, this.allowed, score, scores, s.gold);
      const path = r.tags;
      const upto = r.stop; // positions [0, upto) take part in the update
      let wrong = false;
      for (let i = 0; i < upto; i++) if (path[i] !== s.gold[i]) wrong = true;
      if (wrong) {
        const c = this.c;
        for (let i = 0; i < upto; i++) {
          if (this.useForced && feats.forced[i]! >= 0) continue;
          for (const [tags, dir] of [[s.gold, 1], [path, -1]] as const) {
            const nk = feats.extract(i, n, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, keys);
            const t = tags[i]!;
            for (let j = 0; j < nk; j++) {
              const base = this.row(keys[j]!) * nTags;
              this.w[base + t]! += dir;
              this.u[base + t]! += dir * c;
            }
          }
        }
      }
      for (let i = 0; i < n; i++) {
        if (i < upto && path[i] === s.gold[i]) right++;
        total++;
      }
      this.c += n;
    }
    return total ? right / total : 0;
  }

  /** Averaged, pruned, int16-quantised weights in the runtime layout. */
  export(prune: number): { arrays: TaggerArrays; scale: number; nnz: number } {
    const { nTags } = this;
    const nRows = this.rowKeys.length;
    const c = this.c;
    let maxAbs = 0;
    const avg = new Float32Array(nTags);
    for (let r = 0; r < nRows; r++) {
      const base = r * nTags;
      for (let t = 0; t < nTags; t++) {
        const v = Math.abs(this.w[base + t]! - this.u[base + t]! / c);
        if (v > maxAbs) maxAbs = v;
      }
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keys: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const weight: number[] = [];
    for (let r = 0; r < nRows; r++) {
      const base = r * nTags;
      let any = false;
      for (let t = 0; t < nTags; t++) {
        const v = this.w[base + t]! - this.u[base + t]! / c;
        avg[t] = v;
        if (Math.abs(v) >= prune && Math.round(v / scale) !== 0) any = true;
      }
      if (!any) continue;
      for (let t = 0; t < nTags; t++) {
        const v = avg[t]!;
        const q = Math.round(v / scale);
        if (Math.abs(v) >= prune && q !== 0) {
          cls.push(t);
          weight.push(q);
        }
      }
      keys.push(this.rowKeys[r]!);
      rowStart.push(cls.length);
    }
    return {
      arrays: {
        featKeys: Uint32Array.from(keys),
        rowStart: Uint32Array.from(rowStart),
        cls: Uint8Array.from(cls),
        weight: Int16Array.from(weight),
        dictKeys: this.dict.keys,
        dictVals: this.dict.vals,
        allowed: this.allowed,
      },
      scale,
      nnz: cls.length,
    };
  }
}

export function taggerMeta(tags: readonly string[], useForced: boolean, scale: number, info: Record<string, unknown>): TaggerMeta {
  return { tags, useForced, scale, info };
}

/** Drops exported weights below `threshold` in magnitude (post-hoc pruning of a finished model). */
export function pruneArrays(a: TaggerArrays, scale: number, threshold: number): TaggerArrays {
  const keys: number[] = [];
  const rowStart: number[] = [0];
  const cls: number[] = [];
  const weight: number[] = [];
  const minQ = threshold / scale;
  for (let r = 0; r < a.featKeys.length; r++) {
    const before = cls.length;
    for (let q = a.rowStart[r]!; q < a.rowStart[r + 1]!; q++) {
      if (Math.abs(a.weight[q]!) >= minQ) {
        cls.push(a.cls[q]!);
        weight.push(a.weight[q]!);
      }
    }
    if (cls.length > before) {
      keys.push(a.featKeys[r]!);
      rowStart.push(cls.length);
    }
  }
  return {
    featKeys: Uint32Array.from(keys),
    rowStart: Uint32Array.from(rowStart),
    cls: Uint8Array.from(cls),
    weight: Int16Array.from(weight),
    dictKeys: a.dictKeys,
    dictVals: a.dictVals,
    allowed: a.allowed,
  };
}

/**
 * Averages several exported models (same classes and dictionary, e.g. trained on different shuffles)
 * into one. For a linear model this is exactly a score-level ensemble of the members, at the price of
 * one model's run time: rows are the union of the members' rows.
 */
export function mixExports(members: readonly { arrays: TaggerArrays; scale: number }[], nTags: number, prune: number): { arrays: TaggerArrays; scale: number; nnz: number } {
  const rows = new Map<number, Float64Array>();
  const order: number[] = [];
  for (const m of members) {
    const a = m.arrays;
    for (let r = 0; r < a.featKeys.length; r++) {
      const key = a.featKeys[r]!;
      let row = rows.get(key);
      if (!row) {
        rows.set(key, (row = new Float64Array(nTags)));
        order.push(key);
      }
      for (let q = a.rowStart[r]!; q < a.rowStart[r + 1]!; q++) row[a.cls[q]!]! += (a.weight[q]! * m.scale) / members.length;
    }
  }
  let maxAbs = 0;
  for (const row of rows.values()) for (let t = 0; t < nTags; t++) maxAbs = Math.max(maxAbs, Math.abs(row[t]!));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keys: number[] = [];
  const rowStart: number[] = [0];
  const cls: number[] = [];
  const weight: number[] = [];
  for (const key of order) {
    const row = rows.get(key)!;
    const before = cls.length;
    for (let t = 0; t < nTags; t++) {
      const q = Math.round(row[t]! / scale);
      if (Math.abs(row[t]!) >= prune && q !== 0) {
        cls.push(t);
        weight.push(q);
      }
    }
    if (cls.length > before) {
      keys.push(key);
      rowStart.push(cls.length);
    }
  }
  const first = members[0]!.arrays;
  return {
    arrays: {
      featKeys: Uint32Array.from(keys),
      rowStart: Uint32Array.from(rowStart),
      cls: Uint8Array.from(cls),
      weight: Int16Array.from(weight),
      dictKeys: first.dictKeys,
      dictVals: first.dictVals,
      allowed: first.allowed,
    },
    scale,
    nnz: cls.length,
  };
}

/**
 * Greedy decoding straight from exported weights, optionally with a first pass's tags as extra
 * features (extractFirstPass): the reference decoder for second-pass experiments. The runtime
 * Tagger stays a single pass (a second pass would cost its hot loop even when unused); it tags
 * exactly like this class when `first` is null.
 */
export class SparseTagger {
  private readonly rows = new Map<number, number>();
  private readonly feats: TaggerFeatures;
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;

  constructor(
    private readonly a: TaggerArrays,
    readonly nTags: number,
    readonly useForced: boolean,
    clusters: WordClusters | null = null,
  ) {
    for (let r = 0; r < a.featKeys.length; r++) this.rows.set(a.featKeys[r]! | 0, r);
    this.feats = new TaggerFeatures(new KeyIndex(a.dictKeys, a.dictVals), clusters);
    this.scores = new Float64Array(nTags);
  }

  /** Beam decoding over the same scores (the beam experiment's decoder). */
  beamTagIds(forms: readonly string[], out: Int32Array, k: number): void {
    const { feats, keys, scores, nTags, a } = this;
    const n = forms.length;
    feats.prepare(forms, n);
    const score = (i: number, p1: number, p2: number): number => {
      const nk = feats.extract(i, n, p1, p2, keys);
      scores.fill(0);
      for (let j = 0; j < nk; j++) {
        const r = this.rows.get(keys[j]!);
        if (r === undefined) continue;
        for (let q = a.rowStart[r]!; q < a.rowStart[r + 1]!; q++) scores[a.cls[q]!] += a.weight[q]!;
      }
      return nk;
    };
    const r = beamDecode(n, k, nTags, this.useForced ? feats.forced : null, feats.allow, a.allowed, score, scores, null);
    out.set(r.tags.subarray(0, n));
  }

  tagIds(forms: readonly string[], out: Int32Array, first: ArrayLike<number> | null = null): void {
    const { feats, keys, scores, nTags, a } = this;
    const n = forms.length;
    feats.prepare(forms, n);
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      let best = this.useForced ? feats.forced[i]! : -1;
      if (best < 0) {
        let k = feats.extract(i, n, p1, p2, keys);
        if (first) k = extractFirstPass(feats, i, n, p1, first, keys, k);
        scores.fill(0);
        for (let j = 0; j < k; j++) {
          const r = this.rows.get(keys[j]!);
          if (r === undefined) continue;
          for (let q = a.rowStart[r]!; q < a.rowStart[r + 1]!; q++) scores[a.cls[q]!] += a.weight[q]!;
        }
        best = constrainedArgmax(scores, nTags, a.allowed, feats.allow[i]!);
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}

interface Hyp {
  readonly score: number;
  readonly tag: number;
  readonly prev: Hyp | null;
  /** the prefix equals the gold prefix (training) */
  readonly gold: boolean;
}

/**
 * Beam search over tag prefixes. score(i, p1, p2) fills `scores` for position i given the two
 * previous tags. With gold, stops as soon as the gold prefix leaves the beam (early update) and
 * returns the best prefix up to there (stop = its length); else decodes the whole sentence.
 */
export function beamDecode(
  n: number,
  k: number,
  nTags: number,
  forced: Int32Array | null,
  allow: Int32Array,
  allowed: Int32Array,
  score: (i: number, p1: number, p2: number) => number,
  scores: Float64Array,
  gold: Int32Array | null,
): { tags: Int32Array; stop: number } {
  const words = (nTags + 31) >>> 5;
  let beam: Hyp[] = [{ score: 0, tag: -1, prev: null, gold: true }];
  let stop = n;
  for (let i = 0; i < n; i++) {
    const cands: Hyp[] = [];
    const f = forced ? forced[i]! : -1;
    const set = allow[i]!;
    for (const h of beam) {
      const isGold = (t: number) => h.gold && gold !== null && gold[i] === t;
      if (f >= 0) {
        cands.push({ score: h.score, tag: f, prev: h, gold: isGold(f) });
        continue;
      }
      score(i, h.tag, h.prev ? h.prev.tag : -1);
      for (let t = 0; t < nTags; t++) {
        if (set > 0 && (allowed[(set - 1) * words + (t >>> 5)]! & (1 << (t & 31))) === 0) continue;
        cands.push({ score: h.score + scores[t]!, tag: t, prev: h, gold: isGold(t) });
      }
    }
    cands.sort((x, y) => y.score - x.score);
    beam = cands.slice(0, k);
    if (gold && !beam.some((h) => h.gold)) {
      stop = i + 1;
      break;
    }
  }
  const tags = new Int32Array(n);
  for (let h: Hyp | null = beam[0]!, i = stop - 1; h && i >= 0; h = h.prev, i--) tags[i] = h.tag;
  return { tags, stop };
}
