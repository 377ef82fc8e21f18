// The arc-hybrid transition system (Kuhlmann et al. 2011) used by the dependency parser, with the
// exact dynamic-oracle costs of Goldberg & Nivre (2013) for training. Words are 1..n, 0 is ROOT and
// sits at the bottom of the stack. Every array is preallocated and reused: parsing a sentence does
// not allocate per token.
//
// Single root: RIGHT from ROOT is only allowed once the buffer is empty, so exactly one word is
// attached to ROOT and every word gets a head — the output is always a tree.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_TRANSITIONS = 3;

/**
 * A state's int32 arrays in the order a slab lays them out: the parser's WebAssembly module
 * (parser-simd.ts) reads a state's value slots straight from its slab, so the order is part of
 * the generated code there. Each array has SLAB_PAD int32 before its element 0, sentinels for the
 * indexes -1…-SLAB_PAD (written by the slab's owner), so that "no such word" needs no branch.
 */
export const SLAB_ARRAYS = ['stack', 'head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nLeft', 'nRight', 'lsetLo', 'lsetHi', 'rsetLo', 'rsetHi'] as const;
export const SLAB_PAD = 4;
/** A region of a WebAssembly memory for one state's arrays of `cap` words each (SLAB_ARRAYS, each SLAB_PAD + cap int32). */
export interface StateSlab {
  readonly buffer: ArrayBuffer;
  readonly byteOffset: number;
  readonly cap: number;
  /**
   * copy(dst, src, words, sp): the slab at byte dst gets the first `words` entries of every array
   * but the stack, and the first `sp` of the stack, from the slab at src (rounded up to four
   * entries: cap is a multiple of four). Absent: copyFrom's JS loops.
   */
  readonly copy?: (dst: number, src: number, words: number, sp: number) => void;
}

export class ParseState {
  n = 0;
  /** stack of word indexes, stack[0] = 0 (ROOT) */
  stack: Int32Array;
  sp = 0;
  /** front of the buffer; the buffer is b..n, empty when b > n */
  b = 1;
  head: Int32Array;
  label: Int32Array;
  /** leftmost / second leftmost and rightmost / second rightmost dependents, -1 when none */
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  nLeft: Int32Array;
  nRight: Int32Array;
  /** label sets of left and right dependents as 64-bit masks split in two 32-bit halves */
  lsetLo: Int32Array;
  lsetHi: Int32Array;
  rsetLo: Int32Array;
  rsetHi: Int32Array;
  inStack: Uint8Array;
  /** where the arrays live when they can (sentences of up to slab.cap − 2 words), or null: JS arrays */
  readonly slab: StateSlab | null;
  /** the slab's byte offset while the arrays are its views, else -1 (the WebAssembly scorer reads the slab) */
  wasmBase = -1;

  constructor(capacity = 256, slab: StateSlab | null = null) {
    this.slab = slab;
    this.stack = new Int32Array(0);
    this.head = this.label = this.lc1 = this.lc2 = this.rc1 = this.rc2 = this.stack;
    this.nLeft = this.nRight = this.lsetLo = this.lsetHi = this.rsetLo = this.rsetHi = this.stack;
    this.inStack = new Uint8Array(0);
    this.grow(slab !== null ? slab.cap : capacity);
  }

  /**
   * Arrays for a sentence of n words: the slab's views when it is long enough, else JS arrays of
   * at least n + 2; true when the arrays were replaced (their contents are then stale or zero).
   */
  private fit(n: number): boolean {
    const slab = this.slab;
    if (slab !== null && n + 2 <= slab.cap) {
      if (this.wasmBase >= 0) return false;
      this.grow(slab.cap);
      return true;
    }
    if (n + 2 <= this.stack.length && this.wasmBase < 0) return false;
    this.grow(Math.max(n + 2, this.stack.length * 2));
    return true;
  }

  private grow(cap: number): void {
    const slab = this.slab;
    if (slab !== null && cap <= slab.cap) {
      const stride = 4 * (slab.cap + SLAB_PAD);
      const view = (k: number) => new Int32Array(slab.buffer, slab.byteOffset + k * stride + 4 * SLAB_PAD, slab.cap);
      [this.stack, this.head, this.label, this.lc1, this.lc2, this.rc1, this.rc2, this.nLeft, this.nRight, this.lsetLo, this.lsetHi, this.rsetLo, this.rsetHi] = SLAB_ARRAYS.map((_, k) => view(k)) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
      this.inStack = new Uint8Array(slab.cap);
      this.wasmBase = slab.byteOffset;
      return;
    }
    this.wasmBase = -1;
    this.stack = new Int32Array(cap);
    this.head = new Int32Array(cap);
    this.label = new Int32Array(cap);
    this.lc1 = new Int32Array(cap);
    this.lc2 = new Int32Array(cap);
    this.rc1 = new Int32Array(cap);
    this.rc2 = new Int32Array(cap);
    this.nLeft = new Int32Array(cap);
    this.nRight = new Int32Array(cap);
    this.lsetLo = new Int32Array(cap);
    this.lsetHi = new Int32Array(cap);
    this.rsetLo = new Int32Array(cap);
    this.rsetHi = new Int32Array(cap);
    this.inStack = new Uint8Array(cap);
  }

  /** Starts a sentence of n words. */
  reset(n: number): void {
    this.fit(n);
    this.n = n;
    this.sp = 1;
    this.stack[0] = 0;
    this.b = 1;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1;
      this.label[i] = -1;
      this.lc1[i] = this.lc2[i] = this.rc1[i] = this.rc2[i] = -1;
      this.nLeft[i] = this.nRight[i] = 0;
      this.lsetLo[i] = this.lsetHi[i] = this.rsetLo[i] = this.rsetHi[i] = 0;
      this.inStack[i] = 0;
    }
    this.inStack[0] = 1;
  }

  /**
   * Makes this state a copy of `o` (same sentence): the beam's successor states are copies of their
   * parents, written into preallocated states so that beam search allocates nothing per step.
   */
  copyFrom(o: ParseState): void {
    const n = o.n;
    if (this.fit(n)) this.n = -1; // new arrays: reset below
    // words after the buffer front carry no arcs yet (their fields are as reset() left them), so
    // only 0..b is copied, and what this state had beyond o.b is reset — O(b), not O(n), per copy
    const hi = o.b <= n ? o.b : n;
    const stale = this.n === n && this.b <= n ? this.b : this.n === n ? n : -1;
    if (stale < 0) this.reset(n);
    const copy = this.slab?.copy;
    if (copy !== undefined && this.wasmBase >= 0 && o.wasmBase >= 0) {
      // both in slabs: o's entries hi+1..stale are as reset() left them (see above), so copying
      // 0..max(hi, stale) from o is the copy and the reset at once, four entries a vector move
      const top = stale > hi ? stale : hi;
      copy(this.wasmBase, o.wasmBase, top + 1, o.sp);
      for (let i = 0; i <= top; i++) this.inStack[i] = o.inStack[i]!;
      this.n = n;
      this.sp = o.sp;
      this.b = o.b;
      return;
    }
    for (let i = hi + 1; i <= stale; i++) {
      this.head[i] = -1;
      this.label[i] = -1;
      this.lc1[i] = this.lc2[i] = this.rc1[i] = this.rc2[i] = -1;
      this.nLeft[i] = this.nRight[i] = 0;
      this.lsetLo[i] = this.lsetHi[i] = this.rsetLo[i] = this.rsetHi[i] = 0;
      this.inStack[i] = 0;
    }
    this.n = n;
    this.sp = o.sp;
    this.b = o.b;
    const sp = o.sp;
    for (let k = 0; k < sp; k++) this.stack[k] = o.stack[k]!;
    for (let i = 0; i <= hi; i++) {
      this.head[i] = o.head[i]!;
      this.label[i] = o.label[i]!;
      this.lc1[i] = o.lc1[i]!;
      this.lc2[i] = o.lc2[i]!;
      this.rc1[i] = o.rc1[i]!;
      this.rc2[i] = o.rc2[i]!;
      this.nLeft[i] = o.nLeft[i]!;
      this.nRight[i] = o.nRight[i]!;
      this.lsetLo[i] = o.lsetLo[i]!;
      this.lsetHi[i] = o.lsetHi[i]!;
      this.rsetLo[i] = o.rsetLo[i]!;
      this.rsetHi[i] = o.rsetHi[i]!;
      this.inStack[i] = o.inStack[i]!;
    }
  }

  /**
   * The static oracle's transition for gold heads `gh` (projective): an arc as soon as it costs
   * nothing (LEFT, then RIGHT), else SHIFT — one canonical gold sequence for beam training.
   */
  goldTransition(gh: ArrayLike<number>): number {
    if (this.canLeft() && this.cost(LEFT, gh) === 0) return LEFT;
    if (this.canRight() && this.cost(RIGHT, gh) === 0) return RIGHT;
    return SHIFT;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }
  canLeft(): boolean {
    return this.sp >= 2 && this.b <= this.n;
  }
  canRight(): boolean {
    // from ROOT only when the buffer is empty: one root per sentence
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }
  can(t: number): boolean {
    return t === SHIFT ? this.canShift() : t === LEFT ? this.canLeft() : this.canRight();
  }
  isTerminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  /** Index of the i-th stack item from the top (0 = s0), -1 when absent. */
  s(i: number): number {
    const k = this.sp - 1 - i;
    return k >= 0 ? this.stack[k]! : -1;
  }
  /** Index of the i-th buffer item, -1 when absent. */
  buf(i: number): number {
    const k = this.b + i;
    return k <= this.n ? k : -1;
  }

  /** Applies a transition; `lab` is the label of the arc for LEFT/RIGHT. */
  apply(t: number, lab: number): void {
    if (t === SHIFT) {
      this.inStack[this.b] = 1;
      this.stack[this.sp++] = this.b++;
    } else if (t === LEFT) {
      const d = this.stack[--this.sp]!;
      this.inStack[d] = 0;
      this.addArc(this.b, d, lab);
    } else {
      const d = this.stack[--this.sp]!;
      this.inStack[d] = 0;
      this.addArc(this.stack[this.sp - 1]!, d, lab);
    }
  }

  private addArc(h: number, d: number, lab: number): void {
    this.head[d] = h;
    this.label[d] = lab;
    const bit = lab & 31;
    if (d < h) {
      this.nLeft[h]!++;
      if (lab < 32) this.lsetLo[h]! |= 1 << bit;
      else this.lsetHi[h]! |= 1 << bit;
      const l1 = this.lc1[h]!;
      if (l1 === -1 || d < l1) {
        this.lc2[h] = l1;
        this.lc1[h] = d;
      } else if (this.lc2[h] === -1 || d < this.lc2[h]!) this.lc2[h] = d;
    } else {
      this.nRight[h]!++;
      if (lab < 32) this.rsetLo[h]! |= 1 << bit;
      else this.rsetHi[h]! |= 1 << bit;
      const r1 = this.rc1[h]!;
      if (r1 === -1 || d > r1) {
        this.rc2[h] = r1;
        this.rc1[h] = d;
      } else if (this.rc2[h] === -1 || d > this.rc2[h]!) this.rc2[h] = d;
    }
  }

  /**
   * Dynamic-oracle cost of transition t against gold heads `gh` (gh[i] for i in 1..n): the number of
   * gold arcs that become unreachable. Exact for projective gold trees.
   */
  cost(t: number, gh: ArrayLike<number>): number {
    const n = this.n;
    const b = this.b;
    if (t === SHIFT) {
      let c = 0;
      const h = gh[b]!;
      if (this.inStack[h] && h !== this.s(0)) c++;
      for (let k = 0; k < this.sp; k++) if (gh[this.stack[k]!] === b) c++;
      return c;
    }
    const s0 = this.stack[this.sp - 1]!;
    let c = 0;
    for (let k = b; k <= n; k++) if (gh[k] === s0) c++;
    if (t === LEFT) {
      const h = gh[s0]!;
      if (h === this.stack[this.sp - 2]) c++;
      if (h > b) c++;
    } else {
      if (gh[s0]! >= b && b <= n) c++;
    }
    return c;
  }
}

/**
 * Lifts non-projective arcs (head := grandparent) until the tree is projective, so the
 * arc-hybrid oracle is exact; labels are kept. heads[i] for i in 1..n, 0 = ROOT.
 */
export function projectivize(heads: readonly number[]): number[] {
  const h = heads.slice();
  const n = h.length - 1;
  for (let guard = 0; guard < n * n + 1; guard++) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const hd = h[d]!;
      const lo = Math.min(d, hd);
      const hi = Math.max(d, hd);
      if (hi - lo >= worstLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(h, hd, k)) {
          worst = d;
          worstLen = hi - lo;
          break;
        }
      }
    }
    if (worst === -1) return h;
    h[worst] = h[h[worst]!]!;
  }
  return h;
}

function dominates(h: readonly number[], a: number, k: number): boolean {
  if (a === 0) return true;
  let x = k;
  for (let steps = 0; x > 0 && steps < h.length; steps++) {
    if (x === a) return true;
    x = h[x]!;
  }
  return x === a;
}

/** True when heads (1..n, 0 = ROOT) form a projective tree. */
export function isProjective(heads: readonly number[]): boolean {
  const n = heads.length - 1;
  for (let d = 1; d <= n; d++) {
    const hd = heads[d]!;
    for (let k = Math.min(d, hd) + 1; k < Math.max(d, hd); k++) if (!dominates(heads, hd, k)) return false;
  }
  return true;
}
