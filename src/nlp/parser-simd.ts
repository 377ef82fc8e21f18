// The parser's inner loops in WebAssembly: the arc labeller's sums (SIMD) and the transition scores'.
// Labels: for each of an arc's label features, one 64-byte row of the label table (one byte per
// label, weight + 128) is added into 64 16-bit lanes — four 16-byte loads, eight widenings and eight
// vector adds per row, where the JS SWAR loop (parser-model.ts) spends ~13 words × 6 scalar
// operations. Transitions: the three bytes of each feature's row summed in a scalar loop, which
// parses ~20% faster than the same loop in JS (no bounds checks). Profiling showed both
// compute-bound (rows forced into L1 made the labeller only ~8% faster, the transitions not at
// all), so fewer operations are the speed. The sums are the same integers as the JS loops' (a lane
// holds at most MAX_FEATURES × 255 < 2^16), so parses are identical. Since session 18 the decoder
// also hashes here: it writes a state's (or an arc's) atomic values into the module's memory and one
// call hashes the templates (four at a time in vector lanes since session 21: the same mix() as parser-features.ts),
// sums the rows — for all the beam items of a step at once — and, for labels, picks the best lane;
// feature hashes no longer cross from JS. The module is a couple of kilobytes assembled below from
// named instructions (no toolchain at build or run time); the label and
// transition tables live in its memory and the model's views point there: the shipped model file is
// read straight into it (reserve/inArena; one copy), a model built in memory is copied in (create).
// Session 19 (issue 19): label() touches each of an arc's label rows (one byte) before summing
// them. The labeller is bound by its rows' misses (8.4 MB of 64-byte rows; replayed with every row
// in L1 it took a third of the time), and its summing loop is ~30 instructions a row, so the CPU
// had only a few misses in flight; the touch loop puts all 37 in flight at once. Paired in-process
// A/B (scripts/parser-code-ab.ts, Wikinews, identical parses; medians per run, load 4–6): parser
// alone 1.06×, 1.14×, 1.09×, 1.19×, tag + parse 1.08×, 1.07×, 1.01×, 1.10×. Tried, parses
// identical, not kept: the same touch for the transition rows, either in the hashing loop (0.83×:
// the loads stall the hashing) or as a pass over all states' rows before the sums (no gain over the
// label touch alone: the three-byte rows' loop already keeps many misses in flight); one 32-bit
// load per transition row summed as 16-bit lanes (no gain); a memo of the last two arcs' label
// value slots (a fifth of the calls repeat one; no gain).
// Session 22 (issue 19): the beam's states also live here (each ParseState's arrays are views of
// a slab of this memory, parser-state.ts) and so does the sentence's words (one 64-byte record a
// word, loadWords), so statesW() writes a state's ~70 value slots itself (fill) from only its slab,
// stack size and buffer front — what transitionValues did in JS, 8.5% of tag + parse, each value a
// guarded load and a store. A missing position is -1, whose word record and array slot are
// sentinels holding what transitionValues writes for it, so no value needs a branch; b0wp and s0wp
// (mix(0, w, p, 0)) are computed once per word. labelW() does the same for an arc's label value
// slots (labelValues, 1.5%). Paired in-process A/B, identical parses: parser alone 1.14–1.25×,
// tag + parse 1.14–1.15× (eval/tagparse-speed-22.md).
import { LABEL_SLOTS, LABEL_TEMPLATES, MAX_FEATURES, mix, NONE, TRANSITION_SLOTS, TRANSITION_TEMPLATES, type ParseInput, type TemplateTable } from './parser-features.js';
import { SLAB_ARRAYS, SLAB_PAD, type StateSlab } from './parser-state.js';
import { lazyModule, leb, op, sleb, section, wasmName } from './wasm-encode.js';

/** byte offsets in the module's memory */
const FEATS = 0; // MAX_FEATURES int32 feature hashes (labelFeatures writes them here)
const OUT = 1024; // 64 uint16 label sums
const SCRATCH = 1168; // where label() zeroes "the root lane" of a model without a root label
const TRANS_OUT = 1280; // three int32 transition sums per state (MAX_STATES states)
const LVALS = 1536; // an arc's label value slots (LABEL_TEMPLATES.slots int32; labelValues writes them)
const VALS = 2048; // per state, the transition value slots (TRANSITION_TEMPLATES.slots int32; transitionValues writes them)
const VALS_STRIDE = 512;
const ROWS = 4096; // per state, the transition rows' byte addresses
const ROWS_STRIDE = 4 * MAX_FEATURES;
/** states scored by one states() call (the beam's items of a step; more are scored in turns) */
export const MAX_STATES = 4;
const PTRS = 7168; // per state of statesW(): its slab's byte offset (0: value slots written by JS), stack size, buffer front
/** a sentence's words as 64-byte records (WORD_FIELDS), the word at position q in record q + 2; records 0 and 1 are "no word" (q = -2, -1) */
const WORDS = 8192;
const WORD_BYTES = 64;
/** per-word fields of a record: the ParseInput attributes, and mix(0, w, p, 0) (the b0wp / s0wp value) */
const WF = { w: 0, p: 1, u: 2, sf: 3, ac: 4, wc: 5, wcc: 6, pc: 7, vc: 8, wp: 9 } as const;
/** longest sentence (words + 2) whose states and words live in the module; longer ones keep the JS value path */
export const SLAB_CAP = 160; // a multiple of four: copy() moves four entries at a time
const ARRAY_STRIDE = 4 * (SLAB_CAP + SLAB_PAD);
const SLAB_BYTES = (SLAB_ARRAYS.length * ARRAY_STRIDE + 63) & ~63;
/** the beam's pool states whose arrays live in the module (two per beam item: beams up to 8 wide) */
export const MAX_SLABS = 16;
const SLABS = (WORDS + (SLAB_CAP + 2) * WORD_BYTES + 63) & ~63;
const TABLES = SLABS + MAX_SLABS * SLAB_BYTES; // the tables start here (past the scratch above)
const ROW_BYTES = 64;
const PAGE = 65536;


/**
 * score(nf, mask, base): for i < nf, row = ((feats[i] & mask) << 6) + base; lanes[0..63] += bytes of
 * the row; the lanes are stored at OUT. Locals: 0 nf, 1 mask, 2 base (the label table's byte offset),
 * 3 i, 4 row, 5–12 the eight lane vectors (labels 8k..8k+7), 13 the loaded vector.
 */
function scoreBody(addresses = false): Uint8Array {
  const c: number[] = [];
  const get = (l: number) => c.push(op.get, l);
  const set = (l: number) => c.push(op.set, l);
  const [NF, MASK, BASE, I, ROW, LANE, V] = [0, 1, 2, 3, 4, 5, 13];
  c.push(...op.block, ...op.loop);
  get(I);
  get(NF);
  c.push(op.i32GeU, op.brIf, 1);
  get(I);
  c.push(op.i32Const, ...sleb(2), op.i32Shl, op.i32Load, 2, ...leb(FEATS));
  if (!addresses) {
    get(MASK);
    c.push(op.i32And, op.i32Const, ...sleb(6), op.i32Shl);
    get(BASE);
    c.push(op.i32Add);
  }
  set(ROW);
  for (let k = 0; k < 4; k++) {
    get(ROW);
    c.push(...op.v128Load, 4, ...leb(16 * k));
    set(V);
    get(LANE + 2 * k);
    get(V);
    c.push(...op.extendLowU, ...op.i16x8Add);
    set(LANE + 2 * k);
    get(LANE + 1 + 2 * k);
    get(V);
    c.push(...op.extendHighU, ...op.i16x8Add);
    set(LANE + 1 + 2 * k);
  }
  get(I);
  c.push(op.i32Const, ...sleb(1), op.i32Add);
  set(I);
  c.push(op.br, 0, op.end, op.end);
  for (let j = 0; j < 8; j++) {
    c.push(op.i32Const, ...sleb(OUT));
    get(LANE + j);
    c.push(...op.v128Store, 4, ...leb(16 * j));
  }
  c.push(op.end);
  const locals = [2, ...leb(2), 0x7f, ...leb(9), 0x7b];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/**
 * trans(nf, mask, base): for i < nf, row = (feats[i] & mask) · 3 + base; the row's three bytes
 * (SHIFT, LEFT, RIGHT) are summed into three int32 stored at TRANS_OUT. Locals: 0 nf, 1 mask,
 * 2 base, 3 i, 4 row, 5–7 the sums.
 */
function transBody(): Uint8Array {
  const c: number[] = [];
  const get = (l: number) => c.push(op.get, l);
  const set = (l: number) => c.push(op.set, l);
  c.push(...op.block, ...op.loop);
  get(3);
  get(0);
  c.push(op.i32GeU, op.brIf, 1);
  get(3);
  c.push(op.i32Const, ...sleb(2), op.i32Shl, op.i32Load, 2, ...leb(FEATS));
  get(1);
  c.push(op.i32And, op.i32Const, ...sleb(3), op.i32Mul);
  get(2);
  c.push(op.i32Add);
  set(4);
  for (let t = 0; t < 3; t++) {
    get(5 + t);
    get(4);
    c.push(op.i32Load8U, 0, ...leb(t), op.i32Add);
    set(5 + t);
  }
  get(3);
  c.push(op.i32Const, ...sleb(1), op.i32Add);
  set(3);
  c.push(op.br, 0, op.end, op.end);
  for (let t = 0; t < 3; t++) {
    c.push(op.i32Const, ...sleb(TRANS_OUT));
    get(5 + t);
    c.push(op.i32Store, 2, ...leb(4 * t));
  }
  c.push(op.end);
  const locals = [1, ...leb(5), 0x7f];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/** parser-features' compiled templates with the value slots that hold constant one and zero */
interface Templates extends TemplateTable {
  readonly one: number;
  readonly zero: number;
}

/** v128.const of four int32 lanes (little-endian bytes) */
function v128Const(c: number[], lanes: readonly number[]): void {
  c.push(...op.v128Const);
  for (const x of lanes) c.push(x & 255, (x >>> 8) & 255, (x >>> 16) & 255, (x >>> 24) & 255);
}

/**
 * Appends code hashing the first COUNT templates of T four at a time, one template per 32-bit lane:
 * mix() exactly as parser-features' applyTemplates (i32x4.mul is Math.imul lane by lane). Per
 * group g the template constants are immediates — the four h0 as a v128.const, each value slot a
 * load's offset into the slots at byte `vals` (+ local VB when VB ≥ 0) gathered by
 * v128.load32_lane — and `group(g, hash)` emits what takes the group's hashes (hash() leaves them
 * on the stack as one v128). Groups stop at the first 4g ≥ COUNT; the lanes of the last group past
 * T.count hash the zero slot under h0 = 0 (their results are never read). Session 21 (issue 19):
 * the scalar loop over a descriptor table this replaced spent ~30 instructions a template, this
 * ~14; ~4.6 kB of code for both tables.
 */
function emitSimdHash(c: number[], T: Templates, vals: number, COUNT: number, VB: number, TMP: number, group: (g: number, hash: () => void) => void): void {
  const groups = (T.count + 3) >>> 2;
  const slot = (k: number, of: Int32Array) => (k < T.count ? of[k]! : T.zero);
  const gather = (g: number, of: Int32Array) => {
    for (let j = 0; j < 4; j++) {
      if (VB >= 0) c.push(op.get, VB);
      else c.push(op.i32Const, 0);
    }
    c.push(...op.v128Load32Zero, 2, ...leb(vals + 4 * slot(4 * g, of)));
    for (let j = 1; j < 4; j++) c.push(...op.v128Load32Lane, 2, ...leb(vals + 4 * slot(4 * g + j, of)), j);
  };
  const round = (mul: number, shift: number) => {
    v128Const(c, [mul, mul, mul, mul]);
    c.push(...op.i32x4Mul, op.tee, TMP, op.get, TMP, op.i32Const, ...sleb(shift), ...op.i32x4ShrU, ...op.v128Xor);
  };
  const hash = (g: number) => () => {
    v128Const(c, [0, 1, 2, 3].map((j) => (4 * g + j < T.count ? T.h0[4 * g + j]! : 0)));
    gather(g, T.a);
    c.push(...op.v128Xor);
    round(0x85ebca77, 15);
    gather(g, T.b);
    c.push(...op.v128Xor);
    round(0xc2b2ae3d, 13);
    gather(g, T.c);
    c.push(...op.v128Xor);
    round(0x27d4eb2f, 16);
  };
  c.push(...op.block);
  for (let g = 0; g < groups; g++) {
    if (g > 0) c.push(op.get, COUNT, op.i32Const, ...sleb(4 * g), op.i32LeU, op.brIf, 0);
    group(g, hash(g));
  }
  c.push(op.end);
}

/**
 * states(n, count, mask, base): what transitionFeatures + trans do, for n states in one call,
 * generated from the transition template table. Phase 1, per state: the first `count` templates
 * hashed from the state's value slots (VALS + i·VALS_STRIDE; emitSimdHash), each hash turned into
 * its row's address (four lanes at a time) (stored at ROWS + i·ROWS_STRIDE). Phase 2, per state: the rows' three bytes
 * summed into TRANS_OUT + 12·i. The phases are apart because the sums are bound by the rows' cache
 * misses: with every address known the loads issue back to back, and the states of a beam step
 * overlap theirs (hashing between the loads, as one loop, parsed no faster). Locals: 0 n, 1 count,
 * 2 mask, 3 base, 5 row, 6–8 the sums, 9 i, 10 the state's value slots, 11 its row addresses, 12 k,
 * 14 a scratch vector, 15 the mask and 16 the base in every lane (4 and 13 unused).
 */
function statesBody(): Uint8Array {
  const c: number[] = [];
  const get = (l: number) => c.push(op.get, l);
  const [N, COUNT, MASK, BASE, ROW, SUM, I, VB, RB, K, TMP, MASKV, BASEV] = [0, 1, 2, 3, 5, 6, 9, 10, 11, 12, 14, 15, 16];
  // for i in 0..n: body(); the state's slot and row bases in VB and RB
  const perState = (body: () => void) => {
    c.push(op.i32Const, 0, op.set, I, ...op.block, ...op.loop);
    get(I);
    get(N);
    c.push(op.i32GeU, op.brIf, 1);
    get(I);
    c.push(op.i32Const, ...sleb(VALS_STRIDE), op.i32Mul, op.set, VB);
    get(I);
    c.push(op.i32Const, ...sleb(ROWS_STRIDE), op.i32Mul, op.set, RB);
    body();
    get(I);
    c.push(op.i32Const, 1, op.i32Add, op.set, I, op.br, 0, op.end, op.end);
  };
  // the mask and the table's base in every lane
  c.push(op.get, MASK, ...op.i32x4Splat, op.set, MASKV, op.get, BASE, ...op.i32x4Splat, op.set, BASEV);
  perState(() =>
    emitSimdHash(c, TRANSITION_TEMPLATES, VALS, COUNT, VB, TMP, (g, hash) => {
      // rows[4g..4g+4) = (hash & mask) · 3 + base
      get(RB);
      hash();
      c.push(op.get, MASKV, ...op.v128And, op.tee, TMP, op.get, TMP, ...op.i32x4Add, op.get, TMP, ...op.i32x4Add);
      c.push(op.get, BASEV, ...op.i32x4Add, ...op.v128Store, 4, ...leb(ROWS + 16 * g));
    }),
  );
  perState(() => {
    for (let t = 0; t < 3; t++) c.push(op.i32Const, 0, op.set, SUM + t);
    c.push(op.i32Const, 0, op.set, K, ...op.block, ...op.loop);
    get(K);
    get(COUNT);
    c.push(op.i32GeU, op.brIf, 1);
    get(RB);
    get(K);
    c.push(op.i32Const, 2, op.i32Shl, op.i32Add, op.i32Load, 2, ...leb(ROWS), op.set, ROW);
    for (let t = 0; t < 3; t++) {
      get(SUM + t);
      get(ROW);
      c.push(op.i32Load8U, 0, ...leb(t), op.i32Add, op.set, SUM + t);
    }
    get(K);
    c.push(op.i32Const, 1, op.i32Add, op.set, K, op.br, 0, op.end, op.end);
    for (let t = 0; t < 3; t++) {
      get(I);
      c.push(op.i32Const, ...sleb(12), op.i32Mul);
      get(SUM + t);
      c.push(op.i32Store, 2, ...leb(TRANS_OUT + 4 * t));
    }
  });
  c.push(op.end);
  const locals = [2, ...leb(10), 0x7f, ...leb(3), 0x7b];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/**
 * The emitters fill() and labelW() share: a word's field (its record), a state's array at a
 * position (its slab in local ST), min and guards by select; T1 is a scratch local.
 */
function valueOps(c: number[], ST: number, T1: number) {
  const get = (l: number) => c.push(op.get, l);
  const load = (off: number) => c.push(op.i32Load, 2, ...leb(off));
  const k = (name: (typeof SLAB_ARRAYS)[number]) => SLAB_ARRAYS.indexOf(name);
  // field f of the word at position (local q) + delta (≥ -2)
  const word = (q: number, f: number, delta = 0) => {
    get(q);
    c.push(op.i32Const, ...sleb(2 + delta), op.i32Add, op.i32Const, 6, op.i32Shl);
    load(WORDS + 4 * f);
  };
  // the state's array (by name) at position (local q ≥ -SLAB_PAD)
  const arr = (q: number, name: (typeof SLAB_ARRAYS)[number]) => {
    get(ST);
    get(q);
    c.push(op.i32Const, 2, op.i32Shl, op.i32Add);
    load(k(name) * ARRAY_STRIDE + 4 * SLAB_PAD);
  };
  // min(value, cap) (signed, as Math.min of integers)
  const minCap = (value: () => void, cap: number) => {
    value();
    c.push(op.tee, T1, op.i32Const, ...sleb(cap), op.get, T1, op.i32Const, ...sleb(cap), op.i32LtS, op.select);
  };
  // cond ? value : NONE
  const guard = (value: () => void, cond: () => void) => {
    value();
    c.push(op.i32Const, ...sleb(NONE));
    cond();
    c.push(op.select);
  };
  const bothFound = (a: number, b: number) => () => c.push(op.get, a, op.get, b, op.i32Or, op.i32Const, 0, op.i32GeS);
  const found = (a: number) => () => c.push(op.get, a, op.i32Const, 0, op.i32GeS);
  // (a - b) of two locals
  const diff = (a: number, b: number) => () => c.push(op.get, a, op.get, b, op.i32Sub);
  // field f of the word at (local a) + da, minus field f of the word at local b
  const countBetween = (a: number, da: number, b: number, f: number) => () => {
    word(a, f, da);
    word(b, f);
    c.push(op.i32Sub);
  };
  // a label set of the state's word at (local q): lo ^ imul(hi, 31), as labelValues mixes its two halves
  // (the sentinels: lo NONE, hi 0)
  const labelSet = (q: number, lo: (typeof SLAB_ARRAYS)[number], hi: (typeof SLAB_ARRAYS)[number]) => () => {
    arr(q, lo);
    arr(q, hi);
    c.push(op.i32Const, 31, op.i32Mul, op.i32Xor);
  };
  return { load, k, word, arr, minCap, guard, bothFound, found, diff, countBetween, labelSet };
}

/**
 * labelW(count, mask, base, rootAt, slab, h, d, nWords) → lane: what labelValues does, in the
 * module, for the arc h → d (h ≥ 1) of the state in `slab` (its arrays, and the words loaded by
 * loadWords), into the label value slots at LVALS; then label(count, mask, base, rootAt). The
 * positions that may not exist (d's and h's leftmost/rightmost dependents) read the sentinels;
 * the neighbours (d ± 1, h ± 1) are guarded by select as labelValues' conditions are. Locals: 0–7
 * the parameters, 8 scratch, 9 d's leftmost and 10 rightmost dependent, 11 h's leftmost, 12 the
 * arc's lower and 13 upper end, 14 dir.
 */
function labelWBody(): Uint8Array {
  const c: number[] = [];
  const [COUNT, MASK, BASE, ROOT, ST, H, D, NW, T1, DL, DR, HL, LO, HI, DIR] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const { word, arr, minCap, guard, labelSet } = valueOps(c, ST, T1);
  const slot = (name: string, value: () => void) => {
    const at = LABEL_SLOTS[name];
    if (at === undefined) throw new Error(`parser labelW: no value slot ${name}`);
    c.push(op.i32Const, 0);
    value();
    c.push(op.i32Store, 2, ...leb(LVALS + 4 * at));
  };
  const dBeforeH = () => c.push(op.get, D, op.get, H, op.i32LtS);
  arr(D, 'lc1');
  c.push(op.set, DL);
  arr(D, 'rc1');
  c.push(op.set, DR);
  arr(H, 'lc1');
  c.push(op.set, HL);
  // dir = d < h ? 1 : 2; lo, hi = the arc's ends
  c.push(op.i32Const, 1, op.i32Const, 2);
  dBeforeH();
  c.push(op.select, op.set, DIR);
  c.push(op.get, D, op.get, H);
  dBeforeH();
  c.push(op.select, op.set, LO);
  c.push(op.get, H, op.get, D);
  dBeforeH();
  c.push(op.select, op.set, HI);
  for (const [name, q, f] of [
    ['dw', D, WF.w], ['dp', D, WF.p], ['hw', H, WF.w], ['hp', H, WF.p], ['du', D, WF.u], ['dsf', D, WF.sf],
    ['dlp', DL, WF.p], ['drp', DR, WF.p], ['dlw', DL, WF.w], ['hlw', HL, WF.w], ['da', D, WF.ac], ['ha', H, WF.ac],
    ['dc', D, WF.wc], ['hc', H, WF.wc], ['dC', D, WF.wcc], ['hC', H, WF.wcc],
  ] as const) {
    slot(name, () => word(q, f));
  }
  slot('dir', () => c.push(op.get, DIR));
  // min(|h − d|, 8) · dir
  slot('dist', () => {
    minCap(() => c.push(op.get, HI, op.get, LO, op.i32Sub), 8);
    c.push(op.get, DIR, op.i32Mul);
  });
  for (const [name, q, lo, hi] of [
    ['dls', D, 'lsetLo', 'lsetHi'],
    ['drs', D, 'rsetLo', 'rsetHi'],
    ['hls', H, 'lsetLo', 'lsetHi'],
    ['hrs', H, 'rsetLo', 'rsetHi'],
  ] as const) {
    slot(name, labelSet(q, lo, hi));
  }
  slot('dll', () => arr(DL, 'label'));
  slot('drl', () => arr(DR, 'label'));
  slot('dprev', () => guard(() => word(D, WF.p, -1), () => c.push(op.get, D, op.i32Const, 1, op.i32GtS)));
  slot('dnext', () => guard(() => word(D, WF.p, 1), () => c.push(op.get, D, op.get, NW, op.i32LtS)));
  slot('hprev', () => guard(() => word(H, WF.p, -1), () => c.push(op.get, H, op.i32Const, 1, op.i32GtS)));
  slot('hnext', () => guard(() => word(H, WF.p, 1), () => c.push(op.get, H, op.i32Const, 0, op.i32GtS, op.get, H, op.get, NW, op.i32LtS, op.i32And)));
  slot('phd', () => minCap(() => {
    word(HI, WF.pc, -1);
    word(LO, WF.pc);
    c.push(op.i32Sub);
  }, 3));
  slot('vhd', () => minCap(() => {
    word(HI, WF.vc, -1);
    word(LO, WF.vc);
    c.push(op.i32Sub);
  }, 2));
  c.push(op.get, COUNT, op.get, MASK, op.get, BASE, op.get, ROOT, op.call, 3, op.end);
  const locals = [1, ...leb(7), 0x7f];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/**
 * fill(n, nWords): what transitionValues does, in the module, for the states i < n of statesW whose
 * slab offset (PTRS + 12i) is not 0: their value slots (VALS + i·VALS_STRIDE) from the state's
 * arrays in its slab (SLAB_ARRAYS; stack size and buffer front at PTRS + 12i + 4, + 8) and the
 * sentence's word records (WORDS, loaded by loadWords). No value needs a branch: a position that
 * does not exist is -1, whose word record and array slot (the slab's sentinels) hold what
 * transitionValues writes for it (NONE, or -1 for a dependent); the distances and "between" counts
 * are guarded by select. Every slot of feature set 3 is written whatever the model reads (the
 * hashes read the first `count`). Locals: 0 n, 1 nWords, 2 i, 3 the slab, 4 stack size, 5 buffer
 * front, 6 the slots' offset, 7 scratch, 8–22 the positions (s0 s1 s2 b0 b1 b2 s0l s0l2 s0r s0r2
 * s1l s1r s1r2 b0l b0l2), 23 the state's PTRS entry.
 */
function fillBody(): Uint8Array {
  const c: number[] = [];
  const get = (l: number) => c.push(op.get, l);
  const set = (l: number) => c.push(op.set, l);
  const [N, NW, I, ST, SP, B, V, T1, PT] = [0, 1, 2, 3, 4, 5, 6, 7, 23];
  const [s0, s1, s2, b0, b1, b2, s0l, s0l2, s0r, s0r2, s1l, s1r, s1r2, b0l, b0l2] = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
  const { load, k, word, arr, minCap, guard, bothFound, found, diff, countBetween, labelSet } = valueOps(c, ST, T1);
  const slot = (name: string, value: () => void) => {
    const at = TRANSITION_SLOTS[name];
    if (at === undefined) throw new Error(`parser fill: no value slot ${name}`);
    get(V);
    value();
    c.push(op.i32Store, 2, ...leb(VALS + 4 * at));
  };

  c.push(op.i32Const, 0, op.set, I, ...op.block, ...op.loop);
  c.push(op.get, I, op.get, N, op.i32GeU, op.brIf, 1);
  c.push(op.get, I, op.i32Const, 12, op.i32Mul, op.tee, PT);
  load(PTRS);
  // a state whose slots JS wrote (slab offset 0) is skipped
  c.push(op.tee, ST, ...op.if);
  get(PT);
  load(PTRS + 4);
  set(SP);
  get(PT);
  load(PTRS + 8);
  set(B);
  c.push(op.get, I, op.i32Const, ...sleb(VALS_STRIDE), op.i32Mul, op.set, V);
  // s0, s1, s2: the stack's top three (its sentinels are -1)
  c.push(op.get, ST, op.get, SP, op.i32Const, 2, op.i32Shl, op.i32Add, op.set, T1);
  for (const [q, i] of [[s0, 1], [s1, 2], [s2, 3]] as const) {
    get(T1);
    load(k('stack') * ARRAY_STRIDE + 4 * SLAB_PAD - 4 * i);
    set(q);
  }
  // b0, b1, b2: b + j when ≤ nWords, else -1
  for (const [q, j] of [[b0, 0], [b1, 1], [b2, 2]] as const) {
    c.push(op.get, B, op.i32Const, j, op.i32Add, op.tee, T1, op.i32Const, ...sleb(-1), op.get, T1, op.get, NW, op.i32LeS, op.select, op.set, q);
  }
  for (const [q, from, name] of [
    [s0l, s0, 'lc1'],
    [s0l2, s0, 'lc2'],
    [s0r, s0, 'rc1'],
    [s0r2, s0, 'rc2'],
    [s1l, s1, 'lc1'],
    [s1r, s1, 'rc1'],
    [s1r2, s1, 'rc2'],
    [b0l, b0, 'lc1'],
    [b0l2, b0, 'lc2'],
  ] as const) {
    arr(from, name);
    set(q);
  }
  const words: [string, number, number][] = [
    ['s0w', s0, WF.w], ['s0p', s0, WF.p], ['s1w', s1, WF.w], ['s1p', s1, WF.p], ['b0w', b0, WF.w], ['b0p', b0, WF.p],
    ['b1w', b1, WF.w], ['b1p', b1, WF.p], ['b2w', b2, WF.w], ['b2p', b2, WF.p], ['s2p', s2, WF.p], ['s2w', s2, WF.w],
    ['s0u', s0, WF.u], ['b0u', b0, WF.u], ['s0sf', s0, WF.sf], ['b0sf', b0, WF.sf], ['b0wp', b0, WF.wp], ['s0wp', s0, WF.wp],
    ['s0lp', s0l, WF.p], ['s0rp', s0r, WF.p], ['b0lp', b0l, WF.p], ['s1rp', s1r, WF.p], ['s1lp', s1l, WF.p],
    ['s0lw', s0l, WF.w], ['s0rw', s0r, WF.w], ['b0lw', b0l, WF.w], ['s1rw', s1r, WF.w],
    ['s0l2p', s0l2, WF.p], ['s0r2p', s0r2, WF.p], ['b0l2p', b0l2, WF.p],
    ['s0a', s0, WF.ac], ['b0a', b0, WF.ac], ['b1a', b1, WF.ac], ['s1a', s1, WF.ac],
    ['s0c', s0, WF.wc], ['s0C', s0, WF.wcc], ['s1c', s1, WF.wc], ['s1C', s1, WF.wcc], ['b0c', b0, WF.wc], ['b0C', b0, WF.wcc],
    ['b1c', b1, WF.wc], ['b1C', b1, WF.wcc], ['s0lC', s0l, WF.wcc], ['s0rC', s0r, WF.wcc], ['b0lC', b0l, WF.wcc], ['s1rC', s1r, WF.wcc],
  ];
  for (const [name, q, f] of words) slot(name, () => word(q, f));
  const arrays: [string, number, (typeof SLAB_ARRAYS)[number]][] = [
    ['s0vr', s0, 'nRight'], ['s0vl', s0, 'nLeft'], ['b0vl', b0, 'nLeft'], ['s1vr', s1, 'nRight'], ['s1vl', s1, 'nLeft'],
    ['s0ll', s0l, 'label'], ['s0rl', s0r, 'label'], ['b0ll', b0l, 'label'], ['s1rl', s1r, 'label'], ['s1ll', s1l, 'label'],
    ['s0l2l', s0l2, 'label'], ['s0r2l', s0r2, 'label'], ['b0l2l', b0l2, 'label'], ['s1r2l', s1r2, 'label'],
  ];
  for (const [name, q, a] of arrays) slot(name, () => arr(q, a));
  // label sets (valueOps labelSet)
  for (const [name, q, lo, hi] of [
    ['s0ls', s0, 'lsetLo', 'lsetHi'],
    ['s0rs', s0, 'rsetLo', 'rsetHi'],
    ['b0ls', b0, 'lsetLo', 'lsetHi'],
    ['s1rs', s1, 'rsetLo', 'rsetHi'],
    ['s1ls', s1, 'lsetLo', 'lsetHi'],
  ] as const) {
    slot(name, labelSet(q, lo, hi));
  }
  slot('d0', () => guard(() => minCap(diff(b0, s0), 6), bothFound(s0, b0)));
  slot('d1', () => guard(() => minCap(diff(s0, s1), 6), bothFound(s1, s0)));
  slot('pb01', () => guard(() => minCap(countBetween(b0, -1, s0, WF.pc), 3), bothFound(s0, b0)));
  slot('ps10', () => guard(() => minCap(countBetween(s0, -1, s1, WF.pc), 3), found(s1)));
  slot('vb01', () => guard(() => minCap(countBetween(b0, -1, s0, WF.vc), 2), bothFound(s0, b0)));
  slot('vs10', () => guard(() => minCap(countBetween(s0, -1, s1, WF.vc), 2), found(s1)));
  c.push(op.end);
  c.push(op.get, I, op.i32Const, 1, op.i32Add, op.set, I, op.br, 0, op.end, op.end, op.end);
  const locals = [1, ...leb(22), 0x7f];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/** statesW(n, count, mask, base, nWords): fill(n, nWords), then states(n, count, mask, base) — one call from JS. */
function statesWBody(): Uint8Array {
  const c = [op.get, 0, op.get, 4, op.call, 4, op.get, 0, op.get, 1, op.get, 2, op.get, 3, op.call, 2, op.end];
  return bytes([leb(1 + c.length), [0], c]);
}

/**
 * copy(dst, src, words, sp): ParseState.copyFrom between two slabs — the first `words` entries of
 * the twelve per-word arrays (rounded up to four: one v128 move per array and four entries) and
 * the first `sp` of the stack. Locals: 0 dst, 1 src, 2 words, 3 sp, 4 the byte offset, 5 its end.
 */
function copyBody(): Uint8Array {
  const c: number[] = [];
  const [DST, SRC, WORDS_, SP, AT, END] = [0, 1, 2, 3, 4, 5];
  const loop = (count: number, arrays: readonly number[]) => {
    c.push(op.get, count, op.i32Const, 2, op.i32Shl, op.set, END, op.i32Const, 0, op.set, AT, ...op.block, ...op.loop);
    c.push(op.get, AT, op.get, END, op.i32GeU, op.brIf, 1);
    for (const k of arrays) {
      const off = leb(k * ARRAY_STRIDE + 4 * SLAB_PAD);
      c.push(op.get, DST, op.get, AT, op.i32Add, op.get, SRC, op.get, AT, op.i32Add, ...op.v128Load, 4, ...off, ...op.v128Store, 4, ...off);
    }
    c.push(op.get, AT, op.i32Const, 16, op.i32Add, op.set, AT, op.br, 0, op.end, op.end);
  };
  loop(WORDS_, SLAB_ARRAYS.map((_, k) => k).filter((k) => SLAB_ARRAYS[k] !== 'stack'));
  loop(SP, [SLAB_ARRAYS.indexOf('stack')]);
  c.push(op.end);
  const locals = [1, ...leb(2), 0x7f];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/**
 * label(count, mask, base, rootAt) → lane: labelFeatures + score + the labeller's choice in one
 * call. The first `count` label templates are hashed from the value slots at LVALS and their rows'
 * byte addresses, (hash & mask) · 64 + base, stored at FEATS (emitSimdHash; four lanes at a time
 * since session 22, where the touch loop and the sums each computed them per row), scoreAt
 * (function 8: score reading addresses) sums the rows into the 64 lanes at OUT, the
 * u16 at byte address rootAt (the root label's lane, or scratch) is zeroed, and the result is the
 * first lane holding the largest sum: the lanes' maximum by vector max and three halving shuffles,
 * then per vector (last to first) the lanes equal to it as a bitmask, its lowest bit kept. The
 * caller checks the lane (a lane of 0 or past the labels means no real label won: see bestLabel).
 * Locals: 0 count, 1 mask, 2 base, 3 rootAt, 5 best, 6 bits, 7 the maximum (v128), 8 k, 10 the touch
 * loop's sink, 11 a scratch vector (4 and 9 unused).
 */
function labelBody(): Uint8Array {
  const c: number[] = [];
  const [COUNT, MASK, BASE, ROOT, BEST, BITS, MAX, K, ACC, TMP, MASKV, BASEV] = [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13];
  // FEATS gets each row's byte address, (hash & mask) · 64 + base, four lanes at a time (session 22)
  c.push(op.get, MASK, ...op.i32x4Splat, op.set, MASKV, op.get, BASE, ...op.i32x4Splat, op.set, BASEV);
  emitSimdHash(c, LABEL_TEMPLATES, LVALS, COUNT, -1, TMP, (g, hash) => {
    c.push(op.i32Const, 0);
    hash();
    c.push(op.get, MASKV, ...op.v128And, op.i32Const, 6, ...op.i32x4Shl, op.get, BASEV, ...op.i32x4Add);
    c.push(...op.v128Store, 4, ...leb(FEATS + 16 * g));
  });
  // touch every row first (one byte each, nothing else in the loop), so all the rows' misses are in
  // flight at once; the summing loop below is too long per row for the CPU to run far ahead
  c.push(op.i32Const, 0, op.set, K, ...op.block, ...op.loop);
  c.push(op.get, K, op.get, COUNT, op.i32GeU, op.brIf, 1);
  c.push(op.get, ACC, op.get, K, op.i32Const, 2, op.i32Shl, op.i32Load, 2, ...leb(FEATS), op.i32Load8U, 0, 0, op.i32Xor, op.set, ACC);
  c.push(op.get, K, op.i32Const, 1, op.i32Add, op.set, K, op.br, 0, op.end, op.end);
  c.push(op.i32Const, ...sleb(SCRATCH + 8), op.get, ACC, op.i32Store, 2, 0);
  c.push(op.get, COUNT, op.get, MASK, op.get, BASE, op.call, 8);
  c.push(op.get, ROOT, op.i32Const, 0, op.i32Store16, 1, 0);
  const lanes = (j: number) => c.push(op.i32Const, 0, ...op.v128Load, 4, ...leb(OUT + 16 * j));
  lanes(0);
  for (let j = 1; j < 8; j++) {
    lanes(j);
    c.push(...op.i16x8MaxU);
  }
  c.push(op.set, MAX);
  // every lane of MAX := the maximum (swap halves, then 32-bit pairs, then 16-bit lanes)
  for (const order of [
    [8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7],
    [4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11],
    [2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13],
  ]) {
    c.push(op.get, MAX, op.get, MAX, op.get, MAX, ...op.i8x16Shuffle, ...order, ...op.i16x8MaxU, op.set, MAX);
  }
  for (let j = 7; j >= 0; j--) {
    lanes(j);
    c.push(op.get, MAX, ...op.i16x8Eq, ...op.i16x8Bitmask, op.set, BITS);
    // best = bits ? 8j + ctz(bits) : best
    c.push(op.get, BITS, op.i32Ctz, op.i32Const, ...sleb(8 * j), op.i32Add, op.get, BEST, op.get, BITS, op.select, op.set, BEST);
  }
  c.push(op.get, BEST, op.end);
  const locals = [4, ...leb(3), 0x7f, ...leb(1), 0x7b, ...leb(3), 0x7f, ...leb(3), 0x7b];
  return bytes([leb(locals.length + c.length), locals, c]);
}

/**
 * The parts one after another as bytes — set(), not spreads: spreading the ~20 kB of generated code
 * through nested array literals cost milliseconds of every cold start.
 */
function bytes(parts: readonly ArrayLike<number>[]): Uint8Array<ArrayBuffer> {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const code = bytes([[9], scoreBody(), transBody(), statesBody(), labelBody(), fillBody(), statesWBody(), labelWBody(), copyBody(), scoreBody(true)]);
  return bytes([
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    section(1, [6, 0x60, 3, 0x7f, 0x7f, 0x7f, 0, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0, 0x60, 2, 0x7f, 0x7f, 0, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0, 0x60, 8, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f]), // (i32 ×3) → (); (i32 ×4) → i32; (i32 ×4) → (); (i32 ×2) → (); (i32 ×5) → (); (i32 ×8) → i32
    section(2, [1, ...wasmName('m'), ...wasmName('mem'), 0x02, 0x00, 1]), // import memory m.mem (≥ 1 page)
    section(3, [9, 0, 0, 2, 1, 3, 4, 5, 2, 0]), // score and trans of the first type, states of the third, label of the second, fill of the fourth, statesW of the fifth, labelW of the sixth, copy of the third, scoreAt (label's: FEATS holds addresses) of the first
    section(7, [8, ...wasmName('score'), 0x00, 0, ...wasmName('trans'), 0x00, 1, ...wasmName('states'), 0x00, 2, ...wasmName('label'), 0x00, 3, ...wasmName('fill'), 0x00, 4, ...wasmName('statesW'), 0x00, 5, ...wasmName('labelW'), 0x00, 6, ...wasmName('copy'), 0x00, 7]),
    [10],
    leb(code.length),
    code,
  ]);
}

/** the kernel, compiled once; null on a runtime without SIMD (which keeps the JS loop) */
const simdModule = lazyModule(moduleBytes);

/** Memory for a model file's body, reserved before the file is read (ParserSimd.reserve). */
export interface SimdArena {
  readonly memory: WebAssembly.Memory;
  /** where the file's body goes: its label table lands on a 64-byte row boundary */
  readonly body: Uint8Array;
}

export class ParserSimd {
  /** where the caller writes an arc's label feature hashes (MAX_FEATURES) */
  readonly feats: Int32Array;
  /** the label sums of the last score() (label l at index l; 64 lanes) */
  readonly sums: Uint16Array;
  /** the label table in the module's memory (the model keeps this view instead of its own copy) */
  readonly labPacked: Int32Array;
  /** the extra tables in the module's memory, in the caller's order */
  readonly extra: Uint8Array[];
  /** the three transition sums of the last transitions(), then of each further state of the last states() */
  readonly transSums: Int32Array;
  /** where the caller writes the transition value slots of states() state i (transitionValues) */
  readonly vals: Int32Array[];
  /** where the caller writes an arc's label value slots for label() (labelValues) */
  readonly lvals: Int32Array;
  private readonly runLabel: (count: number, mask: number, base: number, rootAt: number) => number;
  private readonly run: (nf: number, mask: number, base: number) => void;
  private readonly runTrans: (nf: number, mask: number, base: number) => void;
  private readonly runStates: (n: number, count: number, mask: number, base: number) => void;
  private readonly runFill: (n: number, nWords: number) => void;
  private readonly runCopy: (dst: number, src: number, words: number, sp: number) => void;
  private readonly runLabelW: (count: number, mask: number, base: number, rootAt: number, slab: number, h: number, d: number, nWords: number) => number;
  private readonly runStatesW: (n: number, count: number, mask: number, base: number, nWords: number) => void;
  /** per state of statesW(): slab offset (0: its value slots are written in vals), stack size, buffer front */
  readonly ptrs: Int32Array;
  /** the sentence's word records (loadWords) */
  private readonly words: Int32Array;
  private readonly buffer: ArrayBuffer;
  /** byte offsets of the label table and of the first extra table (the transition rows) */
  private readonly labBase: number;
  private readonly transBase: number;

  /** Over tables already in `memory` (views of its buffer). */
  private constructor(mod: WebAssembly.Module, memory: WebAssembly.Memory, labPacked: Int32Array, extra: readonly Uint8Array[]) {
    const buf = memory.buffer;
    for (const t of [labPacked, ...extra]) if (t.buffer !== buf) throw new Error('ParserSimd: tables must be views of the module memory');
    const inst = new WebAssembly.Instance(mod, { m: { mem: memory } });
    this.run = inst.exports.score as (nf: number, mask: number, base: number) => void;
    this.runTrans = inst.exports.trans as (nf: number, mask: number, base: number) => void;
    this.runStates = inst.exports.states as (n: number, count: number, mask: number, base: number) => void;
    this.runFill = inst.exports.fill as (n: number, nWords: number) => void;
    this.runCopy = inst.exports.copy as (dst: number, src: number, words: number, sp: number) => void;
    this.runLabelW = inst.exports.labelW as (count: number, mask: number, base: number, rootAt: number, slab: number, h: number, d: number, nWords: number) => number;
    this.runStatesW = inst.exports.statesW as (n: number, count: number, mask: number, base: number, nWords: number) => void;
    this.ptrs = new Int32Array(buf, PTRS, 3 * MAX_STATES);
    this.words = new Int32Array(buf, WORDS, ((SLAB_CAP + 2) * WORD_BYTES) >>> 2);
    this.buffer = buf;
    this.vals = Array.from({ length: MAX_STATES }, (_, i) => new Int32Array(buf, VALS + i * VALS_STRIDE, TRANSITION_TEMPLATES.slots));
    // the constant slot `one` (`zero` stays 0: transitionValues writes neither)
    for (const v of this.vals) v[TRANSITION_TEMPLATES.one] = 1;
    this.runLabel = inst.exports.label as (count: number, mask: number, base: number, rootAt: number) => number;
    this.lvals = new Int32Array(buf, LVALS, LABEL_TEMPLATES.slots);
    this.lvals[LABEL_TEMPLATES.one] = 1;
    this.transSums = new Int32Array(buf, TRANS_OUT, 3 * MAX_STATES);
    this.feats = new Int32Array(buf, FEATS, MAX_FEATURES);
    this.sums = new Uint16Array(buf, OUT, 64);
    this.labPacked = labPacked;
    this.extra = [...extra];
    this.labBase = labPacked.byteOffset;
    this.transBase = extra[0]?.byteOffset ?? 0;
  }

  /**
   * A scorer over a label table of 64-byte rows (≤ 64 labels; labStride 16 int32), or null when the
   * table has wider rows or the runtime has no WebAssembly SIMD. The tables are copied into the
   * module's memory (`extra`: the transition weights), so the model's own buffers hold nothing still in use.
   */
  static create(labPacked: Int32Array, stride: number, extra: readonly Uint8Array[] = []): ParserSimd | null {
    if (stride * 4 !== ROW_BYTES) return null;
    const mod = simdModule();
    if (!mod) return null;
    const extraBytes = extra.reduce((n, t) => n + ((t.byteLength + 63) & ~63), 0);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((TABLES + labPacked.byteLength + extraBytes) / PAGE) });
    const buf = memory.buffer;
    const lab = new Int32Array(buf, TABLES, labPacked.length);
    lab.set(labPacked);
    let at = TABLES + labPacked.byteLength;
    const views = extra.map((t) => {
      const view = new Uint8Array(buf, at, t.byteLength);
      view.set(t);
      at += (t.byteLength + 63) & ~63;
      return view;
    });
    return new ParserSimd(mod, memory, lab, views);
  }

  /**
   * Memory sized for a model file's body of `bodyBytes` whose label table starts `labOffset` bytes
   * in, so the file can be read straight into it (no file buffer, no copy); null when the label
   * rows are not 64 bytes (stride 16 int32) or the runtime has no WebAssembly SIMD.
   */
  static reserve(bodyBytes: number, labOffset: number, stride: number): SimdArena | null {
    if (stride * 4 !== ROW_BYTES || !simdModule()) return null;
    // the body starts past the scratch area, shifted so label rows sit on cache lines
    const start = TABLES + ((ROW_BYTES - (labOffset % ROW_BYTES)) % ROW_BYTES);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((start + bodyBytes) / PAGE) });
    return { memory, body: new Uint8Array(memory.buffer, start, bodyBytes) };
  }

  /** The scorer over tables read into a reserved arena (views of arena.memory). */
  static inArena(arena: SimdArena, labPacked: Int32Array, extra: readonly Uint8Array[]): ParserSimd {
    return new ParserSimd(simdModule()!, arena.memory, labPacked, extra);
  }

  /**
   * Sums the three-byte rows of the first extra table (the transition weights) for feats[0..nf),
   * masked to its rows, into transSums.
   */
  transitions(nf: number, mask: number): void {
    this.runTrans(nf, mask, this.transBase);
  }

  /**
   * The transition sums of states 0..n (n ≤ MAX_STATES) whose value slots are in vals[i], over the
   * first `count` templates (transitionValues' result, the same for every state of a model), into
   * transSums[3i..3i+3): the sums transitions() gives for the hashes transitionFeatures writes.
   */
  states(n: number, count: number, mask: number): void {
    this.runStates(n, count, mask, this.transBase);
  }

  /**
   * states() for n states whose value slots the module writes itself from their slabs and the
   * words loaded by loadWords (fill): ptrs[3i..3i+3) = the state's wasmBase, stack size and buffer
   * front, or wasmBase 0 for a state whose slots the caller wrote into vals[i].
   */
  statesFilled(n: number, count: number, mask: number, nWords: number): void {
    this.runStatesW(n, count, mask, this.transBase, nWords);
  }

  /** fill() alone (tests): the value slots of states 0..n (ptrs as for statesFilled) into vals[i]. */
  fillValues(n: number, nWords: number): void {
    this.runFill(n, nWords);
  }

  /**
   * The sentence's words into the module (what fill() reads: per word its ParseInput attributes
   * and mix(0, w, p, 0)); false when it is too long for the slabs (SLAB_CAP), nothing loaded.
   */
  loadWords(x: ParseInput): boolean {
    const n = x.n;
    if (n + 2 > SLAB_CAP) return false;
    const r = this.words;
    const F = WORD_BYTES >>> 2;
    const noWordWp = mix(0, NONE, NONE, 0);
    for (let o = 0; o < 2 * F; o += F) {
      r[o + WF.w] = r[o + WF.p] = r[o + WF.u] = r[o + WF.sf] = r[o + WF.ac] = r[o + WF.wc] = r[o + WF.wcc] = NONE;
      r[o + WF.pc] = r[o + WF.vc] = 0;
      r[o + WF.wp] = noWordWp;
    }
    const { w, p, u, sf, ac, wc, wcc, pc, vc } = x;
    const between = x.between;
    for (let q = 0; q <= n; q++) {
      const o = (q + 2) * F;
      const wq = w[q]!;
      const pq = p[q]!;
      r[o + WF.w] = wq;
      r[o + WF.p] = pq;
      r[o + WF.u] = u[q]!;
      r[o + WF.sf] = sf[q]!;
      r[o + WF.ac] = ac[q]!;
      r[o + WF.wc] = wc[q] ?? NONE;
      r[o + WF.wcc] = wcc[q] ?? NONE;
      r[o + WF.pc] = between ? pc[q]! : 0;
      r[o + WF.vc] = between ? vc[q]! : 0;
      r[o + WF.wp] = mix(0, wq, pq, 0);
    }
    return true;
  }

  /**
   * The slab of the beam's pool state `slot` (null past MAX_SLABS): a region of this module's
   * memory for a ParseState's arrays, its sentinels written (index -1…-SLAB_PAD: what
   * transitionValues reads for a missing position). Slot i is the same region for every caller:
   * one beam per model uses them at a time.
   */
  stateSlab(slot: number): StateSlab | null {
    if (slot < 0 || slot >= MAX_SLABS) return null;
    const byteOffset = SLABS + slot * SLAB_BYTES;
    const sentinel: Record<(typeof SLAB_ARRAYS)[number], number> = {
      stack: -1, head: -1, label: NONE, lc1: -1, lc2: -1, rc1: -1, rc2: -1, nLeft: NONE, nRight: NONE, lsetLo: NONE, lsetHi: 0, rsetLo: NONE, rsetHi: 0,
    };
    SLAB_ARRAYS.forEach((name, k) => new Int32Array(this.buffer, byteOffset + k * ARRAY_STRIDE, SLAB_PAD).fill(sentinel[name]));
    return { buffer: this.buffer, byteOffset, cap: SLAB_CAP, copy: this.runCopy };
  }

  /**
   * The label sums of the arc whose value slots are in `lvals`, over the first `count` label
   * templates (labelValues' result), into sums (what score() gives for labelFeatures' hashes), then
   * the root label's lane (root < 0: none) set to 0; returns the first lane of the largest sum.
   */
  label(count: number, mask: number, root: number): number {
    return this.runLabel(count, mask, this.labBase, root >= 0 && root < 64 ? OUT + 2 * root : SCRATCH);
  }

  /**
   * label() for the arc h → d (h ≥ 1) of a state in a slab (its wasmBase), the module writing the
   * value slots itself from the slab and the words loaded by loadWords (what labelValues writes
   * into lvals); nWords = the sentence's n.
   */
  labelFilled(count: number, mask: number, root: number, slab: number, h: number, d: number, nWords: number): number {
    return this.runLabelW(count, mask, this.labBase, root >= 0 && root < 64 ? OUT + 2 * root : SCRATCH, slab, h, d, nWords);
  }

  /** Sums the rows of feats[0..nf) (masked to the table's rows) into sums. */
  score(nf: number, mask: number): void {
    this.run(nf, mask, this.labBase);
  }
}
