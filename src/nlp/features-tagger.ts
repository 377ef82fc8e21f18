// The tagger's feature extractor, shared by training (scripts/train-tagger.ts) and the runtime tagger
// so the two can never drift. Per sentence it hashes each token once (form, lower-case form,
// prefixes/suffixes 1–4, shape, flags, tag-dictionary ambiguity class) into reusable typed arrays;
// per position it then combines those hashes with template ids and the previous predicted tags into
// 32-bit feature keys. Nothing here allocates per token.
import { FNV_OFFSET, fnvStep, mix, mix3, type KeyIndex } from './hash.js';
import type { WordClusters } from './word-clusters.js';

/**
 * Feature templates, written inline below as literal ids (a lookup object in the hot loop costs more
 * than the hashing). The ids are baked into trained models: only ever append.
 */
export const TEMPLATES = {
  bias: 1, word: 2, lower: 3, suf1: 4, suf2: 5, suf3: 6, suf4: 7, pre1: 8, pre2: 9, pre3: 10, pre4: 11,
  shape: 12, flags: 13, lowerM1: 14, lowerM2: 15, lowerP1: 16, lowerP2: 17, suf3M1: 18, suf3P1: 19,
  shapeP1: 20, shapeM1: 21, amb: 22, ambP1: 23, ambP2: 24, ambAmbP1: 25, p1: 26, p1p2: 27, p1Lower: 28,
  p2: 29, lowerM1Lower: 30, lowerLowerP1: 31, p1Suf3: 32, p1Amb: 33, lowerP1P2: 34, p1AmbP1: 35,
  suf2P1: 36, flagsP1: 37, suf3Shape: 38,
  // 39, 40: sentence-casing features, tried and dropped (no dev gain); do not reuse
  // 41–47: second pass only (see extractFirstPass): the first pass's tags here and to the right
  f0: 41, r1: 42, r1r2: 43, r1Lower: 44, p1R1: 45, r1Amb: 46, r2: 47,
  // 48, 49: the first pass's left tag (alone, × r1), tried with a right-to-left first pass, no dev gain; do not reuse
  // 50–55: GloVe word clusters (word-clusters.ts), for models trained with meta.clusters (see extractClusters)
  c2048: 50, c512: 51, c128Case: 52, c512M1: 53, c512P1: 54, p1C512: 55,
  // 56–60: the ambiguity class × casing, previous tag × casing, casing × next word's casing, class ×
  // next word, previous word × class — tried in session 13 against the PROPN/NOUN and VERB/NOUN
  // confusions, no dev gain (perceptron EWT/GUM 95.00/96.39 against 95.02/96.45); do not reuse
  // 61–63: document casing evidence (branch attic/s14-tagger-case-evidence); 64–66: the first pass's tags
  // of the same word elsewhere in the document (attic/s19-tagger-doc-evidence, eval/tagger-session-19.md):
  // measured, not shipped; do not reuse
} as const;

export const MAX_FEATURES = 56;



// Padding values for positions before the sentence start / after its end.
const PAD_START = 0x5a5a0001;
/** forms whose cluster is remembered (per TaggerFeatures) before the memo starts over */
const CLUSTER_MEMO = 1 << 16;
const PAD_END = 0x5a5a0002;
const TAG_START = 0xffff;
const TAG_END = 0xfffe;

export const FLAG_DIGIT = 1;
export const FLAG_HYPHEN = 2;
export const FLAG_INIT_UPPER = 4;
export const FLAG_ALL_UPPER = 8;
export const FLAG_FIRST = 16;
export const FLAG_PERIOD = 32;
export const FLAG_SINGLE = 64;
export const FLAG_NON_ASCII = 128;
export const FLAG_ALL_DIGIT = 256;

/**
 * A tag-dictionary value: ambiguity-class id (12 bits), allowed-tag-set id (12 bits, 0 = any tag),
 * forced tag + 1 (7 bits, 0 = none).
 */
export function packDictValue(ambClass: number, allowedSet: number, forcedTag: number): number {
  if (ambClass > 0xfff || allowedSet > 0xfff || forcedTag + 1 > 0x7f) throw new Error('tag dictionary value out of range');
  return ambClass | (allowedSet << 12) | ((forcedTag + 1) << 24);
}

/** argmax over scores, restricted to the allowed set when set > 0 (shared by training and runtime). */
export function constrainedArgmax(scores: ArrayLike<number>, nTags: number, allowed: Int32Array, set: number): number {
  let best = -1;
  let bs = 0;
  if (set > 0) {
    const words = (nTags + 31) >>> 5;
    const base = (set - 1) * words;
    for (let t = 0; t < nTags; t++) {
      if ((allowed[base + (t >>> 5)]! & (1 << (t & 31))) === 0) continue;
      if (best < 0 || scores[t]! > bs) {
        bs = scores[t]!;
        best = t;
      }
    }
    if (best >= 0) return best;
  }
  best = 0;
  bs = scores[0]!;
  for (let t = 1; t < nTags; t++) {
    if (scores[t]! > bs) {
      bs = scores[t]!;
      best = t;
    }
  }
  return best;
}

/** Hash of a lower-cased word, as used for tag-dictionary and lemma keys. */
export function lowerKey(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = fnvStep(h, c);
  }
  return h === 0 ? 1 : h;
}

export class TaggerFeatures {
  private cap = 0;
  word = new Int32Array(0);
  lower = new Int32Array(0);
  pre = new Int32Array(0); // 4 per token
  suf = new Int32Array(0); // 4 per token
  shape = new Int32Array(0);
  flags = new Int32Array(0);
  amb = new Int32Array(0);
  /** tag id forced by the tag dictionary for frequent unambiguous words, or -1 */
  forced = new Int32Array(0);
  /** allowed-tag set id (1-based) for frequent words, 0 when any tag may be predicted */
  allow = new Int32Array(0);
  /** GloVe cluster of each token at 2048 / 512 / 128 clusters (-1 unknown); filled only with clusters */
  c2048 = new Int32Array(0);
  c512 = new Int32Array(0);
  c128 = new Int32Array(0);
  /** one position's atomic values, by slot index (see SLOT_NAMES) */
  private readonly vals = (() => {
    const v = new Int32Array(32);
    v[0] = 1; // slot "one": the bias template's value
    return v;
  })();


  private readonly clusterMemo = new Map<string, number>();

  /**
   * dict maps lowerKey(word) → packDictValue(…); -1 when absent. clusters: the word clusters of the
   * cluster templates (50–55), null for a model trained without them.
   */
  constructor(
    private readonly dict: KeyIndex | null,
    readonly clusters: WordClusters | null = null,
  ) {}

  private ensure(n: number): void {
    if (n <= this.cap) return;
    let c = Math.max(64, this.cap);
    while (c < n) c *= 2;
    this.cap = c;
    this.word = new Int32Array(c);
    this.lower = new Int32Array(c);
    this.pre = new Int32Array(c * 4);
    this.suf = new Int32Array(c * 4);
    this.shape = new Int32Array(c);
    this.flags = new Int32Array(c);
    this.amb = new Int32Array(c);
    this.forced = new Int32Array(c);
    this.allow = new Int32Array(c);
    this.c2048 = new Int32Array(c);
    this.c512 = new Int32Array(c);
    this.c128 = new Int32Array(c);
  }

  prepare(forms: readonly string[], n = forms.length): void {
    this.ensure(n);
    const { word, lower, pre, suf, shape, flags, amb, forced, allow, dict } = this;
    for (let i = 0; i < n; i++) {
      const s = forms[i]!;
      const len = s.length;
      let hw = FNV_OFFSET;
      let hl = FNV_OFFSET;
      let hs = FNV_OFFSET;
      let f = i === 0 ? FLAG_FIRST : 0;
      let letters = 0;
      let uppers = 0;
      let digits = 0;
      let lastCls = -1;
      let run = 0;
      for (let k = 0; k < len; k++) {
        const c = s.charCodeAt(k);
        let lc = c;
        let cls: number;
        if (c >= 65 && c <= 90) {
          lc = c + 32;
          cls = 88; // X
          letters++;
          uppers++;
          if (k === 0) f |= FLAG_INIT_UPPER;
        } else if (c >= 97 && c <= 122) {
          cls = 120; // x
          letters++;
        } else if (c >= 48 && c <= 57) {
          cls = 100; // d
          digits++;
        } else {
          cls = c;
          if (c === 45) f |= FLAG_HYPHEN;
          else if (c === 46) f |= FLAG_PERIOD;
          else if (c >= 128) f |= FLAG_NON_ASCII; // non-ASCII: own class, no case folding (no allocation)
        }
        hw = fnvStep(hw, c);
        hl = fnvStep(hl, lc);
        if (k < 4) pre[i * 4 + k] = hl;
        // shape: character classes with runs capped at 4 (Xxxxx → Xxxxx, 1999 → dddd)
        if (cls === lastCls) run++;
        else {
          lastCls = cls;
          run = 1;
        }
        if (run <= 4) hs = fnvStep(hs, cls);
      }
      for (let k = len; k < 4; k++) pre[i * 4 + k] = fnvStep(hl, 0x1f);
      // suffixes: hash backwards over the lower-cased characters
      let hx = FNV_OFFSET;
      for (let k = 0; k < 4; k++) {
        const p = len - 1 - k;
        if (p >= 0) {
          let c = s.charCodeAt(p);
          if (c >= 65 && c <= 90) c += 32;
          hx = fnvStep(hx, c);
        } else hx = fnvStep(hx, 0x1e);
        suf[i * 4 + k] = hx;
      }
      if (digits > 0) f |= FLAG_DIGIT;
      if (digits === len && len > 0) f |= FLAG_ALL_DIGIT;
      if (letters > 0 && uppers === letters) f |= FLAG_ALL_UPPER;
      if (len === 1) f |= FLAG_SINGLE;
      word[i] = hw;
      const lk = hl === 0 ? 1 : hl;
      lower[i] = lk;
      shape[i] = hs;
      flags[i] = f;
      let a = 0;
      let forcedTag = -1;
      let allowed = 0;
      if (dict) {
        const v = dict.get(lk);
        if (v !== -1) {
          a = v & 0xfff;
          allowed = (v >>> 12) & 0xfff;
          forcedTag = ((v >>> 24) & 0x7f) - 1;
        }
      }
      amb[i] = a;
      forced[i] = forcedTag;
      allow[i] = allowed;
    }
    const cl = this.clusters;
    if (cl) {
      const memo = this.clusterMemo;
      for (let i = 0; i < n; i++) {
        // a bounded memo of form → fine cluster: the table lookup lower-cases and re-encodes the word
        const form = forms[i]!;
        let fine = memo.get(form);
        if (fine === undefined) {
          fine = cl.clusterOf(form, 2048);
          if (memo.size >= CLUSTER_MEMO) memo.clear();
          memo.set(form, fine);
        }
        this.c2048[i] = fine;
        this.c512[i] = cl.coarsen(fine, 512);
        this.c128[i] = cl.coarsen(fine, 128);
      }
    }
  }

  /**
   * Writes the feature keys for position i of a prepared sentence of n tokens into out and returns
   * their count. p1/p2 are the predicted tag ids of positions i-1 / i-2 (-1 before the start).
   */
  extract(i: number, n: number, p1: number, p2: number, out: Int32Array): number {
    const k = applyTemplates(this.values(i, n, p1, p2), out);
    return this.clusters ? this.extractClusters(i, n, this.vals[27]!, out, k) : k;
  }

  /** The keys of the form-only templates at position i (see OWN): the same for every occurrence of the form. */
  extractOwn(i: number, n: number, out: Int32Array): number {
    return applyTemplates(this.values(i, n, -1, -1), out, OWN);
  }

  /**
   * extractOwn's keys and the flags template's (13) at a position i > 0: there the flags lack the
   * first-in-sentence bit, so these too are the same wherever the form occurs after the first
   * position (what the runtime tagger's form memo sums; extractRest(…, false) leaves 13 out).
   */
  extractOwnFlags(i: number, n: number, out: Int32Array): number {
    return applyTemplates(this.values(i, n, -1, -1), out, OWN_FLAGS);
  }

  /** extract() less the form-only keys (extractOwn): together they are extract's keys. */
  extractContext(i: number, n: number, p1: number, p2: number, out: Int32Array): number {
    const k = applyTemplates(this.values(i, n, p1, p2), out, CONTEXT);
    return this.clusters ? this.extractClusters(i, n, this.vals[27]!, out, k) : k;
  }

  /**
   * The keys of one neighbour group (ROLE_PREV … ROLE_NEXT2) that token j of the prepared sentence
   * gives the position it neighbours (j + 1 for ROLE_PREV, j − 2 for ROLE_NEXT2), written at out[k…];
   * returns the new count. They read token j's own hashes alone, so a form gives the same keys in a
   * role wherever it occurs (the runtime tagger's form memo sums them once per form and role).
   */
  extractRole(role: number, j: number, out: Int32Array, k: number): number {
    const { lower, suf, shape, amb } = this;
    const v = this.vals;
    const q = j * 4;
    if (role === ROLE_PREV) {
      v[13] = lower[j]!;
      v[18] = suf[q + 2]!;
      v[21] = shape[j]!;
    } else if (role === ROLE_PREV2) v[14] = lower[j]!;
    else if (role === ROLE_NEXT) {
      v[15] = lower[j]!;
      v[19] = suf[q + 2]!;
      v[20] = suf[q + 1]!;
      v[23] = shape[j]!;
      // a next token is never the sentence's first: its flags without that bit, wherever j is
      v[24] = this.flags[j]! & ~FLAG_FIRST;
      v[25] = amb[j]!;
    } else {
      v[16] = lower[j]!;
      v[26] = amb[j]!;
    }
    return applyTemplates(v, out, ROLE_TABLES[role]!, k);
  }

  /** The keys of a neighbour group where its position is outside the sentence (padding values). */
  extractRolePad(role: number, out: Int32Array, k: number): number {
    const v = this.vals;
    const pad = role === ROLE_PREV || role === ROLE_PREV2 ? PAD_START : PAD_END;
    for (const s of ROLE_SLOTS[role]!) v[s] = pad;
    return applyTemplates(v, out, ROLE_TABLES[role]!, k);
  }

  /** The keys of the templates over the previous tags alone (TAG_TEMPLATES), written at out[k…]. */
  extractTags(p1: number, p2: number, out: Int32Array, k: number): number {
    const v = this.vals;
    v[27] = p1 < 0 ? TAG_START : p1;
    v[28] = p2 < 0 ? TAG_START : p2;
    return applyTemplates(v, out, TAGS, k);
  }

  /**
   * The keys of position i not in any memoised group (REST: flags, the pairs of the word with a
   * neighbour or a previous tag, the cluster templates), written at out[k…]; returns the new count.
   * With extractOwn, extractRole of the four neighbours (or extractRolePad) and extractTags: extract's keys.
   */
  extractRest(i: number, n: number, p1: number, p2: number, out: Int32Array, k: number, flags = true): number {
    k = applyTemplates(this.values(i, n, p1, p2), out, flags ? REST : REST_NO_FLAGS, k);
    return this.clusters ? this.extractClusters(i, n, this.vals[27]!, out, k) : k;
  }

  /** Fills the value slots of position i (SLOT_NAMES order). */
  private values(i: number, n: number, p1: number, p2: number): Int32Array {
    const { lower, pre, suf, shape, flags, amb } = this;
    const v = this.vals;
    const q = i * 4;
    // value slots in the order of SLOT_NAMES (written by literal index: see applyTemplates)
    v[1] = this.word[i]!;
    v[2] = lower[i]!;
    v[3] = suf[q]!;
    v[4] = suf[q + 1]!;
    v[5] = suf[q + 2]!;
    v[6] = suf[q + 3]!;
    v[7] = pre[q]!;
    v[8] = pre[q + 1]!;
    v[9] = pre[q + 2]!;
    v[10] = pre[q + 3]!;
    v[11] = shape[i]!;
    v[12] = flags[i]!;
    v[22] = amb[i]!;
    if (i > 0) {
      v[13] = lower[i - 1]!;
      v[18] = suf[q - 2]!;
      v[21] = shape[i - 1]!;
    } else {
      v[13] = PAD_START;
      v[18] = PAD_START;
      v[21] = PAD_START;
    }
    v[14] = i > 1 ? lower[i - 2]! : PAD_START;
    if (i + 1 < n) {
      v[15] = lower[i + 1]!;
      v[19] = suf[q + 6]!;
      v[20] = suf[q + 5]!;
      v[23] = shape[i + 1]!;
      v[24] = flags[i + 1]!;
      v[25] = amb[i + 1]!;
    } else {
      v[15] = PAD_END;
      v[19] = PAD_END;
      v[20] = PAD_END;
      v[23] = PAD_END;
      v[24] = PAD_END;
      v[25] = PAD_END;
    }
    if (i + 2 < n) {
      v[16] = lower[i + 2]!;
      v[26] = amb[i + 2]!;
    } else {
      v[16] = PAD_END;
      v[26] = PAD_END;
    }
    v[27] = p1 < 0 ? TAG_START : p1;
    v[28] = p2 < 0 ? TAG_START : p2;
    return v;
  }

  /**
   * Cluster templates: the GloVe cluster of the word (two granularities), the coarse cluster with the
   * word's casing (a capitalised word of a common-noun cluster: PROPN or NOUN?), the neighbours'
   * clusters and the previous tag with the word's cluster. Clusters generalise over rare and unseen
   * words, where PROPN/NOUN and ADJ/NOUN errors concentrate (EWT dev). Appended after the k keys.
   */
  private extractClusters(i: number, n: number, t1: number, out: Int32Array, k: number): number {
    const { c2048, c512, c128 } = this;
    const cased = this.flags[i]! & (FLAG_INIT_UPPER | FLAG_ALL_UPPER | FLAG_FIRST);
    out[k++] = key2(H_C2048, c2048[i]!, null);
    out[k++] = key2(H_C512, c512[i]!, null);
    out[k++] = key2(H_C128CASE, c128[i]!, cased);
    out[k++] = key2(H_C512M1, i > 0 ? c512[i - 1]! : PAD_START, null);
    out[k++] = key2(H_C512P1, i + 1 < n ? c512[i + 1]! : PAD_END, null);
    out[k++] = key2(H_P1C512, t1, c512[i]!);
    return k;
  }
}

/** Key of a template over one or two values (the same mix as applyTemplates). */
function key2(h0: number, a: number, b: number | null): number {
  let h = (h0 + a) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  if (h === 0) h = 1;
  if (b === null) return h;
  h = (Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
const H0 = (id: number) => Math.imul(id ^ 0x9e3779b9, 0x85ebca6b);
const H_C2048 = H0(50), H_C512 = H0(51), H_C128CASE = H0(52), H_C512M1 = H0(53), H_C512P1 = H0(54), H_P1C512 = H0(55);
const H_F0 = H0(41), H_R1 = H0(42), H_R1R2 = H0(43), H_R1LOWER = H0(44), H_P1R1 = H0(45), H_R1AMB = H0(46), H_R2 = H0(47);

/**
 * Second-pass features: the first pass's tag of position i and of the two positions to its right
 * (a greedy left-to-right pass cannot see the right context's tags otherwise). Appended to the
 * k keys already in out (after extract on the same prepared sentence); returns the new count.
 */
export function extractFirstPass(feats: TaggerFeatures, i: number, n: number, p1: number, first: ArrayLike<number>, out: Int32Array, k: number): number {
  const r1 = i + 1 < n ? first[i + 1]! : TAG_END;
  const r2 = i + 2 < n ? first[i + 2]! : TAG_END;
  const t1 = p1 < 0 ? TAG_START : p1;
  out[k++] = key2(H_F0, first[i]!, null);
  out[k++] = key2(H_R1, r1, null);
  out[k++] = key2(H_R1R2, r1, r2);
  out[k++] = key2(H_R1LOWER, r1, feats.lower[i]!);
  out[k++] = key2(H_P1R1, t1, r1);
  out[k++] = key2(H_R1AMB, r1, feats.amb[i]!);
  out[k++] = key2(H_R2, r2, null);
  return k;
}

/**
 * Templates are data, (template id, value slot, second value slot or -1), in key order: one loop
 * computes every key as mix(id, a) or mix(mix(id, a), b) — bit-identical to the per-template calls
 * this replaced, so trained models are unchanged (checked key for key against the
 * per-template calls on the Wikinews benchmark, and by the tagger tests on the shipped model).
 * 38 inlined mix calls per token left V8 calling some of them out of line.
 */
const SLOT_NAMES = ['one', 'word', 'lower', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'pre4', 'shape', 'flags', 'lm1', 'lm2', 'lp1', 'lp2', 'spare', 'suf3M1', 'suf3P1', 'suf2P1', 'shapeM1', 'amb', 'shapeP1', 'flagsP1', 'ambP1', 'ambP2', 't1', 't2'] as const;
const S = Object.fromEntries(SLOT_NAMES.map((n, i) => [n, i])) as Record<(typeof SLOT_NAMES)[number], number>;
const TAGGER_TEMPLATES: readonly (readonly [id: number, a: number, b: number])[] = [
  [1, S.one, -1],
  [2, S.word, -1],
  [3, S.lower, -1],
  [4, S.suf1, -1],
  [5, S.suf2, -1],
  [6, S.suf3, -1],
  [7, S.suf4, -1],
  [8, S.pre1, -1],
  [9, S.pre2, -1],
  [10, S.pre3, -1],
  [11, S.pre4, -1],
  [12, S.shape, -1],
  [13, S.flags, -1],
  [14, S.lm1, -1],
  [15, S.lm2, -1],
  [16, S.lp1, -1],
  [17, S.lp2, -1],
  [18, S.suf3M1, -1],
  [19, S.suf3P1, -1],
  [36, S.suf2P1, -1],
  [20, S.shapeP1, -1],
  [21, S.shapeM1, -1],
  [37, S.flagsP1, -1],
  [22, S.amb, -1],
  [23, S.ambP1, -1],
  [24, S.ambP2, -1],
  [25, S.amb, S.ambP1],
  [26, S.t1, -1],
  [27, S.t1, S.t2],
  [28, S.t1, S.lower],
  [29, S.t2, -1],
  [30, S.lm1, S.lower],
  [31, S.lower, S.lp1],
  [32, S.t1, S.suf3],
  [33, S.t1, S.amb],
  [34, S.lp1, S.lp2],
  [35, S.t1, S.ambP1],
  [38, S.suf3, S.shape],
];
export const N_VALUE_SLOTS = SLOT_NAMES.length;

interface TemplateTable {
  /** mix's first step per template: imul(id ^ 0x9e3779b9, 0x85ebca6b) */
  readonly h0: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly count: number;
}

function compile(templates: readonly (readonly [id: number, a: number, b: number])[]): TemplateTable {
  return {
    h0: Int32Array.from(templates, ([id]) => Math.imul(id ^ 0x9e3779b9, 0x85ebca6b)),
    a: Int32Array.from(templates, ([, a]) => a),
    b: Int32Array.from(templates, ([, , b]) => b),
    count: templates.length,
  };
}

const ALL = compile(TAGGER_TEMPLATES);
/**
 * The templates that read the token's own form alone (its hashes, affixes, shape, tag-dictionary
 * class; not flags, whose "first in sentence" bit depends on the position): they give the same keys,
 * so the same scores, wherever the form occurs — the runtime tagger sums them once per form
 * (Tagger's form memo). CONTEXT: the others (neighbours, previous tags, flags).
 */
const OWN_SLOTS: readonly number[] = [S.one, S.word, S.lower, S.suf1, S.suf2, S.suf3, S.suf4, S.pre1, S.pre2, S.pre3, S.pre4, S.shape, S.amb];
const isOwn = ([, a, b]: readonly [number, number, number]) => OWN_SLOTS.includes(a) && (b < 0 || OWN_SLOTS.includes(b));
const OWN = compile(TAGGER_TEMPLATES.filter(isOwn));
const CONTEXT = compile(TAGGER_TEMPLATES.filter((t) => !isOwn(t)));
/** template ids of the form-only and the context parts (tests: together, every template once) */
export const TEMPLATE_SPLIT = { own: TAGGER_TEMPLATES.filter(isOwn).map(([id]) => id), context: TAGGER_TEMPLATES.filter((t) => !isOwn(t)).map(([id]) => id) };

/**
 * The context templates that read one neighbour's own hashes alone (the token before, two before,
 * after, two after): like OWN, a form gives the same keys in such a role wherever it occurs, so the
 * runtime tagger sums them once per form and role (Tagger's form memo). Role ids index ROLE_SLOTS.
 */
export const ROLE_PREV = 0;
export const ROLE_PREV2 = 1;
export const ROLE_NEXT = 2;
export const ROLE_NEXT2 = 3;
const ROLE_SLOTS: readonly (readonly number[])[] = [
  [S.lm1, S.suf3M1, S.shapeM1],
  [S.lm2],
  [S.lp1, S.suf3P1, S.suf2P1, S.shapeP1, S.flagsP1, S.ambP1],
  [S.lp2, S.ambP2],
];
const within = (slots: readonly number[]) => ([, a, b]: readonly [number, number, number]) => slots.includes(a) && (b < 0 || slots.includes(b));
const ROLE_TABLES = ROLE_SLOTS.map((slots) => compile(TAGGER_TEMPLATES.filter(within(slots))));
/** the templates over the previous tags alone: their scores depend on (p1, p2) only */
const TAG_SLOTS = [S.t1, S.t2];
const TAGS = compile(TAGGER_TEMPLATES.filter(within(TAG_SLOTS)));
const grouped = [OWN_SLOTS, ...ROLE_SLOTS, TAG_SLOTS];
const REST = compile(TAGGER_TEMPLATES.filter((t) => !grouped.some((g) => within(g)(t))));
/** the flags template (13): form-only except for the first-in-sentence bit (extractOwnFlags) */
const isFlags = ([, a, b]: readonly [number, number, number]) => a === S.flags && b < 0;
const OWN_FLAGS = compile(TAGGER_TEMPLATES.filter((t) => isOwn(t) || isFlags(t)));
const REST_NO_FLAGS = compile(TAGGER_TEMPLATES.filter((t) => !grouped.some((g) => within(g)(t)) && !isFlags(t)));
/** template ids of each group (tests: the groups and REST partition the templates) */
export const TEMPLATE_GROUPS = {
  own: TAGGER_TEMPLATES.filter(isOwn).map(([id]) => id),
  roles: ROLE_SLOTS.map((slots) => TAGGER_TEMPLATES.filter(within(slots)).map(([id]) => id)),
  tags: TAGGER_TEMPLATES.filter(within(TAG_SLOTS)).map(([id]) => id),
  rest: TAGGER_TEMPLATES.filter((t) => !grouped.some((g) => within(g)(t))).map(([id]) => id),
};

/** Writes the keys of table t over the value slots v at out[k0…]; returns k0 + the table's count. */
function applyTemplates(v: Int32Array, out: Int32Array, t: TemplateTable = ALL, k0 = 0): number {
  const { h0, a, b: bs, count } = t;
  for (let k = 0; k < count; k++) {
    // mix(id, v[a])
    let h = (h0[k]! + v[a[k]!]!) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    if (h === 0) h = 1;
    const b = bs[k]!;
    if (b >= 0) {
      // mix(that, v[b])
      h = (Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) + v[b]!) | 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      if (h === 0) h = 1;
    }
    out[k0 + k] = h;
  }
  return k0 + count;
}
