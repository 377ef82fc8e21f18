// Feature extraction for the parser: Zhang & Nivre (2011)-style templates over the stack (s0 s1 s2),
// the buffer (b0 b1 b2), their leftmost/rightmost dependents, labels, distance and valency, adapted
// to arc-hybrid (where the arc candidates are s0←b0 and s1→s0). Every feature is a 32-bit hash of
// (template id, values) written into a caller-owned Int32Array: no allocation per token.
import type { ParseState } from './parser-state.js';

/** One sentence prepared for parsing; index 0 is ROOT, words are 1..n. */
export interface ParseInput {
  n: number;
  /** hash of the lower-cased form */
  w: Int32Array;
  /** XPOS id */
  p: Int32Array;
  /** UPOS id */
  u: Int32Array;
  /** hash of the lower-cased 3-letter suffix */
  sf: Int32Array;
  /** ambiguity class: the set of XPOS the word had in training (a shape code for rare words) */
  ac: Int32Array;
  /** false for models trained before ambiguity classes existed (their features are skipped) */
  useClasses: boolean;
  /** prefix counts over words 1..i: punctuation (pc) and verbs (vc), for the "between" features */
  pc: Int32Array;
  vc: Int32Array;
  /** true for models with the "between" templates (feature set 2); older models skip them */
  between: boolean;
  /** word-vector cluster of each word (feature set 3): fine (wc) and coarse (wcc) granularity */
  wc: Int32Array;
  wcc: Int32Array;
  /** true for models with the word-cluster templates (feature set 3); older models skip them */
  clusters: boolean;
}

export const NONE = 0x7f4a7c15;
/** Upper bound on features per state; the score lanes of parser-model.ts hold MAX_FEATURES × 255 < 2^16. */
export const MAX_FEATURES = 192;

/** The hash of one template instance: id t over values a, b, c (exported for tests). */
export function mix(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t + 0x165667b1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae3d);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 16;
  return h;
}

/**
 * Templates are data: (template id, three value slots). A state's atomic values (words, tags,
 * labels, distances, valencies of s0, b0, …) are written once into an Int32Array, then one tight
 * loop hashes every template — the same hash as mix(id, a, b, c), so trained models are unchanged.
 * Measured: 115 separate mix() calls per state cost ~950 ns (V8 stops inlining that many call
 * sites). Slot names are the variable names in the functions below, which write value i into
 * v[i] by literal index (a named-slot object lookup per value measured slower); template ids are baked into
 * trained models: only ever append.
 */
type Template = readonly [id: number, a: string, b: string, c: string];

export interface TemplateTable {
  /** mix's first step, imul(id + c, k), per template */
  readonly h0: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly c: Int32Array;
  /** templates without ambiguity classes come first: `basic` of them, then `classes` with them, then feature set 2 up to `between`, `count` in all (the rest: feature set 3) */
  readonly basic: number;
  readonly classes: number;
  readonly between: number;
  readonly count: number;
}

function slotsOf(names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((n, i) => [n, i]));
}

function compile(templates: readonly Template[], basic: number, classes: number, between: number, slots: Record<string, number>): TemplateTable {
  const n = templates.length;
  const t: TemplateTable = { h0: new Int32Array(n), a: new Int32Array(n), b: new Int32Array(n), c: new Int32Array(n), basic, classes, between, count: n };
  templates.forEach(([id, a, b, c], i) => {
    if (slots[a] === undefined || slots[b] === undefined || slots[c] === undefined) throw new Error(`parser template ${id}: unknown value slot`);
    t.h0[i] = Math.imul(id + 0x165667b1, 0x9e3779b1);
    t.a[i] = slots[a];
    t.b[i] = slots[b];
    t.c[i] = slots[c];
  });
  return t;
}

// Tried for issue 19 (session 16), parses identical, both slower in paired in-process A/B of compiled
// builds (Wikinews bench, 12 alternating rounds, parser alone): (1) the 25 templates that read one word
// position alone (s0, s1, s2, the buffer front) summed once per word and sentence and added per state
// as four cached triples — 0.87× (a state's 123 row loads in one WebAssembly loop overlap their
// misses, ~12 ns a row, cheaper than the per-word JS pass that replaced a fifth of them); (2) the
// hashing moved into that WebAssembly loop (values written into the module, no keys written out) —
// 0.95×, feature set 3 0.84×.
// Tried in session 17, parses identical (parser-output-dump sha256 930ee1193cad8378), not kept (branch
// attic/s17-pcache-memo): a per-sentence memo of the templates that read only (s0, b0) — 42 of the
// shipped 123 — and only (s1, s0) — 17 —, whose pairs recur in 35% and 61% of the beam's scored
// states (Wikinews), the rest hashed per state and the three groups' rows summed in one WebAssembly
// call. Per state 25 fewer hashes and row loads, yet 3.21–3.38 G instructions against the base's
// 2.80 and 3.00 G in two runs (cachegrind, the difference of 12 and 4 rounds over 300 Wikinews
// sentences; dense or direct-mapped memo alike, the scoring hook without the memo 2.94 G), L1 data
// misses −16% (dense) to ±2% (direct-mapped), and 0.91× in the paired in-process A/B: the three
// value writers, two lookups and segment sums cost more than the 25 features they save. With the
// shipped feature set's group tables as module constants (as T_TABLE is, rather than reached through
// an object) 2.65 G instructions, but paired A/B only 1.011× parser alone, 1.014× tag + parse (4
// rounds of 24 alternating chunks; base against base reads 0.97–0.99): break-even, not worth its code.
// Session 18 (issue 19), parses identical (parser-output-dump 930ee1193cad8378, contract-output-hash
// unchanged): the decoder no longer calls transitionFeatures/labelFeatures — it writes the value slots
// (transitionValues, labelValues) into the WebAssembly module, which hashes the templates by a loop
// over a descriptor table, then loads the rows (parser-simd.ts); the beam's items of a step go in
// one call. Paired in-process A/B of compiled builds (scripts/parser-code-ab.ts, Wikinews, medians of
// 6 rounds × 8 chunks): parser alone 1.041× and 1.057×, tag + parse 1.069× and 1.093× (two runs);
// with a third build's tables also in the process (more cache pressure) 1.196× and 1.129× — the gain
// is in overlapping the rows' misses, so it grows with the misses' cost. Tried on the way and not
// kept: hashing and loading each template's row in one pass (0.98×: with the loads apart, many
// misses are in flight at once) and the templates unrolled into generated straight-line code
// (1.114× against the loop's 1.196× in the same three-build A/B — V8 compiles huge functions with
// its simpler register allocator — and ~15 ms of cold start to generate).
function applyTemplates(t: TemplateTable, v: Int32Array, n: number, out: Int32Array): number {
  const { h0, a, b, c } = t;
  for (let k = 0; k < n; k++) {
    let h = Math.imul(h0[k]! ^ v[a[k]!]!, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h ^ v[b[k]!]!, 0xc2b2ae3d);
    h ^= h >>> 13;
    h = Math.imul(h ^ v[c[k]!]!, 0x27d4eb2f);
    h ^= h >>> 16;
    out[k] = h;
  }
  return n;
}

// transition features: value slots, then (id, slot, slot, slot) per template
const T = slotsOf(["one", "zero", "s0w", "s0p", "s1w", "s1p", "b0w", "b0p", "b1w", "b1p", "b2w", "b2p", "s2p", "s2w", "s0u", "b0u", "s0sf", "b0sf", "b0wp", "s0wp", "s0lp", "s0rp", "b0lp", "s1rp", "s1lp", "d0", "d1", "s0vr", "s0vl", "b0vl", "s1vr", "s1vl", "s0lw", "s0ll", "s0rw", "s0rl", "b0lw", "b0ll", "s1rw", "s1rl", "s1ll", "s0l2p", "s0l2l", "s0r2p", "s0r2l", "b0l2p", "b0l2l", "s1r2l", "s0ls", "s0rs", "b0ls", "s1rs", "s1ls", "s0a", "b0a", "b1a", "s1a", "pb01", "ps10", "vb01", "vs10", "s0c", "s0C", "s1c", "s1C", "b0c", "b0C", "b1c", "b1C", "s0lC", "s0rC", "b0lC", "s1rC"]);
const T_TEMPLATES: readonly Template[] = [
  [0, 'one', 'zero', 'zero'],
  [1, 's0w', 's0p', 'zero'],
  [2, 's0w', 'zero', 'zero'],
  [3, 's0p', 'zero', 'zero'],
  [4, 's1w', 's1p', 'zero'],
  [5, 's1w', 'zero', 'zero'],
  [6, 's1p', 'zero', 'zero'],
  [7, 'b0w', 'b0p', 'zero'],
  [8, 'b0w', 'zero', 'zero'],
  [9, 'b0p', 'zero', 'zero'],
  [10, 'b1w', 'b1p', 'zero'],
  [11, 'b1w', 'zero', 'zero'],
  [12, 'b1p', 'zero', 'zero'],
  [13, 'b2w', 'b2p', 'zero'],
  [14, 'b2p', 'zero', 'zero'],
  [15, 's2p', 'zero', 'zero'],
  [16, 's2w', 's2p', 'zero'],
  [17, 's0u', 'b0u', 'zero'],
  [18, 's0sf', 's0p', 'zero'],
  [19, 'b0sf', 'b0p', 'zero'],
  [20, 's0w', 's0p', 'b0wp'],
  [21, 's0w', 's0p', 'b0w'],
  [22, 's0w', 'b0w', 'b0p'],
  [23, 's0w', 's0p', 'b0p'],
  [24, 's0p', 'b0w', 'b0p'],
  [25, 's0w', 'b0w', 'zero'],
  [26, 's0p', 'b0p', 'zero'],
  [27, 'b0p', 'b1p', 'zero'],
  [28, 's1w', 's1p', 's0wp'],
  [29, 's1w', 's1p', 's0p'],
  [30, 's1p', 's0w', 's0p'],
  [31, 's1w', 's0w', 'zero'],
  [32, 's1p', 's0p', 'zero'],
  [33, 's1w', 's1p', 'b0p'],
  [34, 's1p', 'b0w', 'b0p'],
  [35, 'b0p', 'b1p', 'b2p'],
  [36, 's0p', 'b0p', 'b1p'],
  [37, 's1p', 's0p', 'b0p'],
  [38, 's2p', 's1p', 's0p'],
  [39, 's0p', 's0lp', 'b0p'],
  [40, 's0p', 's0rp', 'b0p'],
  [41, 's0p', 'b0p', 'b0lp'],
  [42, 's1p', 's0p', 's0lp'],
  [43, 's1p', 's0p', 's0rp'],
  [44, 's1p', 's1rp', 's0p'],
  [45, 's1p', 's1lp', 's0p'],
  [46, 's0w', 'b0p', 'b1p'],
  [47, 's1p', 's0p', 'b1p'],
  [48, 's0w', 'd0', 'zero'],
  [49, 's0p', 'd0', 'zero'],
  [50, 'b0w', 'd0', 'zero'],
  [51, 'b0p', 'd0', 'zero'],
  [52, 's0w', 'b0w', 'd0'],
  [53, 's0p', 'b0p', 'd0'],
  [54, 's1p', 's0p', 'd1'],
  [55, 's1w', 's0w', 'd1'],
  [56, 's1p', 'd1', 'zero'],
  [57, 's0p', 'd1', 'zero'],
  [58, 's0w', 's0vr', 'zero'],
  [59, 's0p', 's0vr', 'zero'],
  [60, 's0w', 's0vl', 'zero'],
  [61, 's0p', 's0vl', 'zero'],
  [62, 'b0w', 'b0vl', 'zero'],
  [63, 'b0p', 'b0vl', 'zero'],
  [64, 's1p', 's1vr', 'zero'],
  [65, 's1p', 's1vl', 'zero'],
  [66, 's0lw', 'zero', 'zero'],
  [67, 's0lp', 'zero', 'zero'],
  [68, 's0ll', 'zero', 'zero'],
  [69, 's0rw', 'zero', 'zero'],
  [70, 's0rp', 'zero', 'zero'],
  [71, 's0rl', 'zero', 'zero'],
  [72, 'b0lw', 'zero', 'zero'],
  [73, 'b0lp', 'zero', 'zero'],
  [74, 'b0ll', 'zero', 'zero'],
  [75, 's1rw', 'zero', 'zero'],
  [76, 's1rp', 'zero', 'zero'],
  [77, 's1rl', 'zero', 'zero'],
  [78, 's1ll', 'zero', 'zero'],
  [79, 's0l2p', 'zero', 'zero'],
  [80, 's0l2l', 'zero', 'zero'],
  [81, 's0r2p', 'zero', 'zero'],
  [82, 's0r2l', 'zero', 'zero'],
  [83, 'b0l2p', 'zero', 'zero'],
  [84, 'b0l2l', 'zero', 'zero'],
  [85, 's0p', 's0ll', 's0l2l'],
  [86, 's0p', 's0rl', 's0r2l'],
  [87, 'b0p', 'b0ll', 'b0l2l'],
  [88, 's1p', 's1rl', 's1r2l'],
  [89, 's0p', 's0lp', 's0l2p'],
  [90, 's0p', 's0rp', 's0r2p'],
  [91, 'b0p', 'b0lp', 'b0l2p'],
  [92, 's0w', 's0ls', 'zero'],
  [93, 's0p', 's0ls', 'zero'],
  [94, 's0w', 's0rs', 'zero'],
  [95, 's0p', 's0rs', 'zero'],
  [96, 'b0w', 'b0ls', 'zero'],
  [97, 'b0p', 'b0ls', 'zero'],
  [98, 's1p', 's1rs', 'zero'],
  [99, 's1p', 's1ls', 'zero'],
  [100, 's0w', 's0ll', 'b0p'],
  [101, 's0p', 's0rl', 'b0p'],
  [102, 's0p', 'b0p', 'b0ll'],
  [103, 's1p', 's0p', 's0rl'],
  [104, 's1p', 's1rl', 's0p'],
  [105, 's0w', 'b0w', 'b1p'],
  [106, 's1w', 's0p', 'b0p'],
  // ambiguity classes (only when the model has them)
  [107, 's0a', 's0p', 'zero'],
  [108, 'b0a', 'b0p', 'zero'],
  [109, 'b1a', 'b1p', 'zero'],
  [110, 's1a', 's1p', 'zero'],
  [111, 's0a', 'b0a', 'zero'],
  [112, 's1a', 's0a', 'zero'],
  [113, 's0a', 'b0a', 'b1a'],
  [114, 's0p', 'b0a', 'b0p'],
  // feature set 2: punctuation and verbs between the arc candidates (s1–s0, s0–b0), which tell
  // clause boundaries apart from phrase-internal attachments (punct, conj, parataxis errors)
  [115, 's0p', 'b0p', 'pb01'],
  [116, 's1p', 's0p', 'ps10'],
  [117, 's1p', 's0p', 'vs10'],
  [118, 's0p', 'b0p', 'vb01'],
  [119, 's0w', 'b0p', 'pb01'],
  [120, 's1p', 's0w', 'ps10'],
  [121, 's1p', 'b0p', 'zero'],
  [122, 's1w', 'b0p', 'zero'],
  // feature set 3: word-vector clusters (fine c, coarse C) of the stack and buffer words and of the
  // arc candidates' pairs, as Koo et al. (2008) used Brown clusters — a class for rare and unseen
  // words between the word itself and its tag
  [123, 's0c', 'zero', 'zero'],
  [124, 'b0c', 'zero', 'zero'],
  [125, 's1c', 'zero', 'zero'],
  [126, 'b1c', 'zero', 'zero'],
  [127, 's0C', 's0p', 'zero'],
  [128, 'b0C', 'b0p', 'zero'],
  [129, 's1C', 's1p', 'zero'],
  [130, 'b1C', 'b1p', 'zero'],
  [131, 's0c', 'b0c', 'zero'],
  [132, 's0C', 'b0C', 'zero'],
  [133, 's1c', 's0c', 'zero'],
  [134, 's1C', 's0C', 'zero'],
  [135, 's0C', 'b0p', 'zero'],
  [136, 's0p', 'b0C', 'zero'],
  [137, 's1C', 's0p', 'zero'],
  [138, 's1p', 's0C', 'zero'],
  [139, 's0C', 'b0C', 'b1C'],
  [140, 's1C', 's0C', 'b0C'],
  [141, 's0C', 's0lC', 'b0C'],
  [142, 's0C', 's0rC', 'b0C'],
  [143, 's0p', 'b0C', 'b0lC'],
  [144, 's1C', 's1rC', 's0C'],
  [145, 's0C', 'b0C', 'd0'],
  [146, 's1C', 's0C', 'd1'],
];
const T_TABLE = compile(T_TEMPLATES, 107, 115, 123, T);
const T_VALUES = new Int32Array(73);
T_VALUES[T.one!] = 1;

// label features
const L = slotsOf(["one", "zero", "dw", "dp", "dir", "hw", "hp", "dist", "du", "dsf", "dls", "drs", "hls", "hrs", "dlp", "dll", "drp", "drl", "dlw", "dprev", "dnext", "hprev", "hnext", "hlw", "da", "ha", "phd", "vhd", "dc", "hc", "dC", "hC"]);
const L_TEMPLATES: readonly Template[] = [
  [200, 'one', 'zero', 'zero'],
  [201, 'dw', 'dp', 'zero'],
  [202, 'dw', 'zero', 'zero'],
  [203, 'dp', 'dir', 'zero'],
  [204, 'hw', 'hp', 'zero'],
  [205, 'hp', 'dir', 'zero'],
  [206, 'hp', 'dp', 'dir'],
  [207, 'hw', 'dp', 'dir'],
  [208, 'hp', 'dw', 'dir'],
  [209, 'hw', 'dw', 'dir'],
  [210, 'hp', 'dp', 'dist'],
  [211, 'dw', 'dir', 'zero'],
  [212, 'du', 'dir', 'zero'],
  [213, 'dsf', 'dp', 'dir'],
  [214, 'dp', 'dls', 'zero'],
  [215, 'dp', 'drs', 'zero'],
  [216, 'dp', 'dls', 'drs'],
  [217, 'hp', 'hls', 'dir'],
  [218, 'hp', 'hrs', 'dir'],
  [219, 'hp', 'dp', 'hls'],
  [220, 'dp', 'dlp', 'dll'],
  [221, 'dp', 'drp', 'drl'],
  [222, 'dp', 'dlw', 'zero'],
  [223, 'dprev', 'dp', 'dnext'],
  [224, 'hprev', 'hp', 'hnext'],
  [225, 'hp', 'dp', 'dprev'],
  [226, 'hp', 'dp', 'dnext'],
  [227, 'hlw', 'hp', 'dp'],
  [228, 'hw', 'hls', 'dir'],
  [230, 'dw', 'hw', 'zero'],
  [231, 'hp', 'dp', 'drs'],
  [232, 'dp', 'dir', 'dist'],
  [233, 'dw', 'dp', 'hp'],
  // ambiguity classes (only when the model has them)
  [234, 'da', 'dp', 'dir'],
  [235, 'ha', 'hp', 'da'],
  // feature set 2: punctuation and verbs between head and dependent
  [236, 'hp', 'dp', 'phd'],
  [237, 'hp', 'dp', 'vhd'],
  // feature set 3: word-vector clusters of head and dependent
  [238, 'dc', 'dir', 'zero'],
  [239, 'hc', 'dir', 'zero'],
  [240, 'hC', 'dC', 'dir'],
  [241, 'hc', 'dp', 'dir'],
  [242, 'hp', 'dc', 'dir'],
  [243, 'hC', 'dC', 'dist'],
];
const L_TABLE = compile(L_TEMPLATES, 33, 35, 37, L);
const L_VALUES = new Int32Array(32);
L_VALUES[L.one!] = 1;

export function transitionFeatures(st: ParseState, x: ParseInput, out: Int32Array): number {
  return applyTemplates(T_TABLE, T_VALUES, transitionValues(st, x, T_VALUES), out);
}

/**
 * The transition templates as compile-time data, for the WebAssembly scorer that hashes and sums
 * them in one straight-line function (parser-simd.ts): per template the first mixing step h0 and
 * the three value slots; `one`/`zero` are the slots that hold the constants 1 and 0.
 */
export const TRANSITION_TEMPLATES: TemplateTable & { readonly slots: number; readonly one: number; readonly zero: number } = { ...T_TABLE, slots: T_VALUES.length, one: T.one!, zero: T.zero! };

/** The transition value slots by name (what transitionValues writes where; parser-simd.ts's fill() writes the same slots). */
export const TRANSITION_SLOTS: Readonly<Record<string, number>> = T;

/** How many transition templates a model reads for inputs like x (what transitionValues returns). */
export function transitionCount(x: ParseInput): number {
  return x.between ? (x.clusters ? T_TABLE.count : T_TABLE.between) : x.useClasses ? T_TABLE.classes : T_TABLE.basic;
}

/**
 * Writes a state's atomic values into the value slots v (v[0] = 1 and v[1] = 0 are the caller's:
 * they are never written here) and returns how many templates the model reads — the first
 * `count` of T_TEMPLATES, hashed by applyTemplates or by the fused WebAssembly scorer alike.
 */
export function transitionValues(st: ParseState, x: ParseInput, v: Int32Array): number {
  const w = x.w;
  const p = x.p;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.buf(0);
  const b1 = st.buf(1);
  const b2 = st.buf(2);
  const s0w = s0 >= 0 ? w[s0]! : NONE;
  const s0p = s0 >= 0 ? p[s0]! : NONE;
  const s1w = s1 >= 0 ? w[s1]! : NONE;
  const s1p = s1 >= 0 ? p[s1]! : NONE;
  const s2p = s2 >= 0 ? p[s2]! : NONE;
  const s2w = s2 >= 0 ? w[s2]! : NONE;
  const b0w = b0 >= 0 ? w[b0]! : NONE;
  const b0p = b0 >= 0 ? p[b0]! : NONE;
  const b1w = b1 >= 0 ? w[b1]! : NONE;
  const b1p = b1 >= 0 ? p[b1]! : NONE;
  const b2w = b2 >= 0 ? w[b2]! : NONE;
  const b2p = b2 >= 0 ? p[b2]! : NONE;
  const s0u = s0 >= 0 ? x.u[s0]! : NONE;
  const b0u = b0 >= 0 ? x.u[b0]! : NONE;
  const s0sf = s0 >= 0 ? x.sf[s0]! : NONE;
  const ac = x.ac;
  const s0a = s0 >= 0 ? ac[s0]! : NONE;
  const s1a = s1 >= 0 ? ac[s1]! : NONE;
  const b0a = b0 >= 0 ? ac[b0]! : NONE;
  const b1a = b1 >= 0 ? ac[b1]! : NONE;
  const b0sf = b0 >= 0 ? x.sf[b0]! : NONE;

  // dependents: s0 (left and right), s1 (left and right), b0 (left only in arc-hybrid)
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1;
  const s0r = s0 >= 0 ? st.rc1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const s1l = s1 >= 0 ? st.lc1[s1]! : -1;
  const s1r = s1 >= 0 ? st.rc1[s1]! : -1;
  const s1r2 = s1 >= 0 ? st.rc2[s1]! : -1;
  const b0l = b0 >= 0 ? st.lc1[b0]! : -1;
  const b0l2 = b0 >= 0 ? st.lc2[b0]! : -1;
  const s0lw = s0l >= 0 ? w[s0l]! : NONE;
  const s0lp = s0l >= 0 ? p[s0l]! : NONE;
  const s0ll = s0l >= 0 ? st.label[s0l]! : NONE;
  const s0l2p = s0l2 >= 0 ? p[s0l2]! : NONE;
  const s0l2l = s0l2 >= 0 ? st.label[s0l2]! : NONE;
  const s0rw = s0r >= 0 ? w[s0r]! : NONE;
  const s0rp = s0r >= 0 ? p[s0r]! : NONE;
  const s0rl = s0r >= 0 ? st.label[s0r]! : NONE;
  const s0r2p = s0r2 >= 0 ? p[s0r2]! : NONE;
  const s0r2l = s0r2 >= 0 ? st.label[s0r2]! : NONE;
  const s1lp = s1l >= 0 ? p[s1l]! : NONE;
  const s1ll = s1l >= 0 ? st.label[s1l]! : NONE;
  const s1rw = s1r >= 0 ? w[s1r]! : NONE;
  const s1rp = s1r >= 0 ? p[s1r]! : NONE;
  const s1rl = s1r >= 0 ? st.label[s1r]! : NONE;
  const s1r2l = s1r2 >= 0 ? st.label[s1r2]! : NONE;
  const b0lw = b0l >= 0 ? w[b0l]! : NONE;
  const b0lp = b0l >= 0 ? p[b0l]! : NONE;
  const b0ll = b0l >= 0 ? st.label[b0l]! : NONE;
  const b0l2p = b0l2 >= 0 ? p[b0l2]! : NONE;
  const b0l2l = b0l2 >= 0 ? st.label[b0l2]! : NONE;

  const d0 = s0 >= 0 && b0 >= 0 ? Math.min(b0 - s0, 6) : NONE; // s0–b0 distance, capped
  const d1 = s1 >= 0 && s0 >= 0 ? Math.min(s0 - s1, 6) : NONE; // s1–s0 distance
  const s0vl = s0 >= 0 ? st.nLeft[s0]! : NONE;
  const s0vr = s0 >= 0 ? st.nRight[s0]! : NONE;
  const s1vr = s1 >= 0 ? st.nRight[s1]! : NONE;
  const s1vl = s1 >= 0 ? st.nLeft[s1]! : NONE;
  const b0vl = b0 >= 0 ? st.nLeft[b0]! : NONE;
  const s0ls = s0 >= 0 ? st.lsetLo[s0]! ^ Math.imul(st.lsetHi[s0]!, 31) : NONE;
  const s0rs = s0 >= 0 ? st.rsetLo[s0]! ^ Math.imul(st.rsetHi[s0]!, 31) : NONE;
  const s1rs = s1 >= 0 ? st.rsetLo[s1]! ^ Math.imul(st.rsetHi[s1]!, 31) : NONE;
  const s1ls = s1 >= 0 ? st.lsetLo[s1]! ^ Math.imul(st.lsetHi[s1]!, 31) : NONE;
  const b0ls = b0 >= 0 ? st.lsetLo[b0]! ^ Math.imul(st.lsetHi[b0]!, 31) : NONE;
  // is there punctuation / a verb between s1 and s0? cheap proxies are the distance features

  v[2] = s0w;
  v[3] = s0p;
  v[4] = s1w;
  v[5] = s1p;
  v[6] = b0w;
  v[7] = b0p;
  v[8] = b1w;
  v[9] = b1p;
  v[10] = b2w;
  v[11] = b2p;
  v[12] = s2p;
  v[13] = s2w;
  v[14] = s0u;
  v[15] = b0u;
  v[16] = s0sf;
  v[17] = b0sf;
  v[18] = mix(0, b0w, b0p, 0); // b0wp
  v[19] = mix(0, s0w, s0p, 0); // s0wp
  v[20] = s0lp;
  v[21] = s0rp;
  v[22] = b0lp;
  v[23] = s1rp;
  v[24] = s1lp;
  v[25] = d0;
  v[26] = d1;
  v[27] = s0vr;
  v[28] = s0vl;
  v[29] = b0vl;
  v[30] = s1vr;
  v[31] = s1vl;
  v[32] = s0lw;
  v[33] = s0ll;
  v[34] = s0rw;
  v[35] = s0rl;
  v[36] = b0lw;
  v[37] = b0ll;
  v[38] = s1rw;
  v[39] = s1rl;
  v[40] = s1ll;
  v[41] = s0l2p;
  v[42] = s0l2l;
  v[43] = s0r2p;
  v[44] = s0r2l;
  v[45] = b0l2p;
  v[46] = b0l2l;
  v[47] = s1r2l;
  v[48] = s0ls;
  v[49] = s0rs;
  v[50] = b0ls;
  v[51] = s1rs;
  v[52] = s1ls;
  v[53] = s0a;
  v[54] = b0a;
  v[55] = b1a;
  v[56] = s1a;
  if (x.between) {
    const pc = x.pc;
    const vc = x.vc;
    v[57] = s0 >= 0 && b0 >= 0 ? Math.min(pc[b0 - 1]! - pc[s0]!, 3) : NONE; // pb01
    v[58] = s1 >= 0 ? Math.min(pc[s0 - 1]! - pc[s1]!, 3) : NONE; // ps10
    v[59] = s0 >= 0 && b0 >= 0 ? Math.min(vc[b0 - 1]! - vc[s0]!, 2) : NONE; // vb01
    v[60] = s1 >= 0 ? Math.min(vc[s0 - 1]! - vc[s1]!, 2) : NONE; // vs10
    if (!x.clusters) return T_TABLE.between;
    const wc = x.wc;
    const wcc = x.wcc;
    v[61] = s0 >= 0 ? wc[s0]! : NONE; // s0c
    v[62] = s0 >= 0 ? wcc[s0]! : NONE; // s0C
    v[63] = s1 >= 0 ? wc[s1]! : NONE; // s1c
    v[64] = s1 >= 0 ? wcc[s1]! : NONE; // s1C
    v[65] = b0 >= 0 ? wc[b0]! : NONE; // b0c
    v[66] = b0 >= 0 ? wcc[b0]! : NONE; // b0C
    v[67] = b1 >= 0 ? wc[b1]! : NONE; // b1c
    v[68] = b1 >= 0 ? wcc[b1]! : NONE; // b1C
    v[69] = s0l >= 0 ? wcc[s0l]! : NONE; // s0lC
    v[70] = s0r >= 0 ? wcc[s0r]! : NONE; // s0rC
    v[71] = b0l >= 0 ? wcc[b0l]! : NONE; // b0lC
    v[72] = s1r >= 0 ? wcc[s1r]! : NONE; // s1rC
    return T_TABLE.count;
  }
  return x.useClasses ? T_TABLE.classes : T_TABLE.basic;
}

/**
 * Label features for the arc h → d (h may be 0 = ROOT). The dependent is complete when its arc is
 * made (arc-hybrid pops it), so its own dependents' labels are known.
 */
export function labelFeatures(st: ParseState, x: ParseInput, h: number, d: number, out: Int32Array): number {
  return applyTemplates(L_TABLE, L_VALUES, labelValues(st, x, h, d, L_VALUES), out);
}

/** The label templates as compile-time data (as TRANSITION_TEMPLATES, for the fused WebAssembly labeller). */
export const LABEL_TEMPLATES: TemplateTable & { readonly slots: number; readonly one: number; readonly zero: number } = { ...L_TABLE, slots: L_VALUES.length, one: L.one!, zero: L.zero! };

/** The label value slots by name (what labelValues writes where; parser-simd.ts's labelW() writes the same slots). */
export const LABEL_SLOTS: Readonly<Record<string, number>> = L;

/** How many label templates a model reads for inputs like x (what labelValues returns). */
export function labelCount(x: ParseInput): number {
  return x.between ? (x.clusters ? L_TABLE.count : L_TABLE.between) : x.useClasses ? L_TABLE.classes : L_TABLE.basic;
}

/**
 * Writes the arc h → d's atomic values into the label value slots v (v[0] = 1, v[1] = 0 are the
 * caller's) and returns how many label templates the model reads (a prefix of L_TEMPLATES).
 */
export function labelValues(st: ParseState, x: ParseInput, h: number, d: number, v: Int32Array): number {
  const w = x.w;
  const p = x.p;
  const hw = w[h]!;
  const hp = p[h]!;
  const dw = w[d]!;
  const dp = p[d]!;
  const du = x.u[d]!;
  const dsf = x.sf[d]!;
  const da = x.ac[d]!;
  const ha = x.ac[h]!;
  const dir = d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8) * dir;
  const dls = st.lsetLo[d]! ^ Math.imul(st.lsetHi[d]!, 31);
  const drs = st.rsetLo[d]! ^ Math.imul(st.rsetHi[d]!, 31);
  const hls = st.lsetLo[h]! ^ Math.imul(st.lsetHi[h]!, 31);
  const hrs = st.rsetLo[h]! ^ Math.imul(st.rsetHi[h]!, 31);
  const dl = st.lc1[d]!;
  const dr = st.rc1[d]!;
  const dlp = dl >= 0 ? p[dl]! : NONE;
  const dlw = dl >= 0 ? w[dl]! : NONE;
  const dll = dl >= 0 ? st.label[dl]! : NONE;
  const drp = dr >= 0 ? p[dr]! : NONE;
  const drl = dr >= 0 ? st.label[dr]! : NONE;
  const dprev = d > 1 ? p[d - 1]! : NONE;
  const dnext = d < x.n ? p[d + 1]! : NONE;
  const hprev = h > 1 ? p[h - 1]! : NONE;
  const hnext = h > 0 && h < x.n ? p[h + 1]! : NONE;
  // h's own head and label are not known yet (arc-hybrid attaches a word when it is popped)
  const hlw = st.lc1[h]! >= 0 ? w[st.lc1[h]!]! : NONE;

  v[2] = dw;
  v[3] = dp;
  v[4] = dir;
  v[5] = hw;
  v[6] = hp;
  v[7] = dist;
  v[8] = du;
  v[9] = dsf;
  v[10] = dls;
  v[11] = drs;
  v[12] = hls;
  v[13] = hrs;
  v[14] = dlp;
  v[15] = dll;
  v[16] = drp;
  v[17] = drl;
  v[18] = dlw;
  v[19] = dprev;
  v[20] = dnext;
  v[21] = hprev;
  v[22] = hnext;
  v[23] = hlw;
  v[24] = da;
  v[25] = ha;
  if (x.between) {
    const lo = d < h ? d : h;
    const hi = d < h ? h : d;
    v[26] = Math.min(x.pc[hi - 1]! - x.pc[lo]!, 3); // phd
    v[27] = Math.min(x.vc[hi - 1]! - x.vc[lo]!, 2); // vhd
    if (!x.clusters) return L_TABLE.between;
    v[28] = x.wc[d]!; // dc
    v[29] = x.wc[h]!; // hc
    v[30] = x.wcc[d]!; // dC
    v[31] = x.wcc[h]!; // hC
    return L_TABLE.count;
  }
  return x.useClasses ? L_TABLE.classes : L_TABLE.basic;
}
