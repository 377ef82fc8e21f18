// Punctuation heads by UD's attachment convention, given the rest of the tree. Punctuation is the
// parser's largest head-error group (512 of 3,061 EWT dev punct, eval/parser-accuracy-18.md): its
// head is decided by a near-deterministic convention over the words around it (the one Udapi's
// ud.FixPunct block describes), which a transition parser's local features often miss. For each
// punct leaf: the nearest word on its left, climbed up its ancestors while the parent is still left
// of the mark and the climbed subtree ends before it (beyond that the arc would cross one), is the
// left candidate; the mirror image on the right is the right candidate; the mark hangs from the
// lower of the two (the one below the other; else the left) — so a comma before a conjunct goes to
// the conjunct, the comma after a fronted clause to the main verb, a final full stop to the root.
// Paired marks (brackets, quotes) hang from the head of the phrase they enclose when that phrase
// has one head and the arc stays projective. Only the heads of punct leaves move (label kept);
// every candidate is a word of the tree, so no cycle or second root can arise.
//
// Linear per sentence up to the climbs (each O(depth), with the subtree spans as the projectivity
// bound); the buffers are reused across sentences (one attacher per caller).

import { QUOTE_MARK_PAIRS, STRAIGHT_MARKS } from '../lexicon/quote-marks.js';
import { PUNCT_CONVENTION, type RepairMarks } from './syntax-repair-rules.js';

/** opening → closing marks of bracket pairs and quotation-mark pairs (the lexicon's one table) */
const PAIRS: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['<', '>'], ...QUOTE_MARK_PAIRS]);
const CLOSERS: ReadonlySet<string> = new Set(PAIRS.values());
/** marks that open and close alike, paired in order of appearance: the straight marks that close no pair (") */
const SYMMETRIC: ReadonlySet<string> = new Set(STRAIGHT_MARKS.filter((m) => !CLOSERS.has(m)));

export interface PunctOptions {
  /** move a mark only when its current head is not a projective (convention-legal) head */
  readonly onlyIllegal?: boolean;
  /** attach paired marks to the enclosed phrase's head */
  readonly pairs?: boolean;
}

export class PunctAttacher {
  /** 1 for a punct leaf (moved and skipped as a candidate) */
  private isP = new Uint8Array(256);
  /** leftmost / rightmost word of each word's subtree (punct leaves left out), 0-based */
  private lo = new Int32Array(256);
  private hi = new Int32Array(256);
  private first = new Int32Array(256);
  private next = new Int32Array(256);
  private order = new Int32Array(256);
  /** depth of each word below its root (the ancestor test's bound) */
  private depth = new Int32Array(256);
  /** the paired head chosen for a mark, or -1 */
  private paired = new Int32Array(256);
  /** for a mark inside a pair of marks around one phrase: the opener and closer, else -1 */
  private inOpen = new Int32Array(256);
  private inClose = new Int32Array(256);
  private stack = new Int32Array(256);
  /** how many heads the last call changed */
  moved = 0;

  private grow(n: number): void {
    if (this.isP.length >= n) return;
    const m = n * 2;
    this.isP = new Uint8Array(m);
    this.lo = new Int32Array(m);
    this.hi = new Int32Array(m);
    this.first = new Int32Array(m);
    this.next = new Int32Array(m);
    this.order = new Int32Array(m);
    this.depth = new Int32Array(m);
    this.paired = new Int32Array(m);
    this.inOpen = new Int32Array(m);
    this.inClose = new Int32Array(m);
    this.stack = new Int32Array(m);
  }

  /**
   * Re-hangs the punct leaves of one sentence. `heads` 1-based (0 = root), edited in place;
   * `deprels` read only (a punct stays punct); a moved mark gets the convention's bit in `marks`.
   */
  attach(heads: number[], deprels: readonly string[], forms: readonly string[], opt: PunctOptions = {}, marks?: RepairMarks): void {
    const n = heads.length;
    this.moved = 0;
    if (n < 2) return;
    this.grow(n + 1);
    const { isP, lo, hi, first, next, order, depth, paired, inOpen, inClose } = this;
    let any = false;
    for (let i = 0; i < n; i++) {
      isP[i] = deprels[i] === 'punct' ? 1 : 0;
      first[i] = -1;
      paired[i] = -1;
      depth[i] = 0;
      inOpen[i] = -1;
      inClose[i] = -1;
      lo[i] = i;
      hi[i] = i;
      if (isP[i]) any = true;
    }
    if (!any) return;
    // a punct with anything below it is treated as a word (neither moved nor skipped): only leaves
    // move, so nothing hangs from a moving mark — every word is reached from a root below, and no
    // climb can arrive at the mark itself (a parse with a conjunct under an opening quote under a
    // colon, once read as a word under a leaf, hung the colon from itself)
    for (let i = 0; i < n; i++) {
      const h = heads[i]! - 1;
      if (h >= 0) first[h] = 0;
    }
    for (let i = 0; i < n; i++) {
      if (first[i] === 0) isP[i] = 0;
      first[i] = -1;
    }
    // children lists of the words, then a breadth-first order from the roots: its reverse visits
    // children before parents, which folds the subtree spans up in one pass
    let roots = 0;
    for (let i = n - 1; i >= 0; i--) {
      if (isP[i]) continue;
      const h = heads[i]! - 1;
      if (h < 0) {
        order[roots++] = i;
        depth[i] = 0;
      } else {
        next[i] = first[h]!;
        first[h] = i;
      }
    }
    let len = roots;
    for (let q = 0; q < len; q++) {
      const v = order[q]!;
      for (let c = first[v]!; c >= 0; c = next[c]!) {
        depth[c] = depth[v]! + 1;
        order[len++] = c;
      }
    }
    for (let q = len - 1; q >= 0; q--) {
      const v = order[q]!;
      const h = heads[v]! - 1;
      if (h < 0) continue;
      if (lo[v]! < lo[h]!) lo[h] = lo[v]!;
      if (hi[v]! > hi[h]!) hi[h] = hi[v]!;
    }
    if (opt.pairs !== false) this.pairHeads(heads, forms, n);
    for (let p = 0; p < n; p++) {
      if (!isP[p]) continue;
      const h = this.headFor(p, heads, n, opt.onlyIllegal === true);
      if (h >= 0 && h !== p && heads[p] !== h + 1) {
        heads[p] = h + 1;
        this.moved++;
        if (marks) marks[p] = marks[p]! | PUNCT_CONVENTION;
      }
    }
  }

  /**
   * For each matched pair of marks around at least one word: the enclosed words' single head (the
   * one word inside whose head is outside), or none when the enclosed words hang from several.
   */
  private pairHeads(heads: readonly number[], forms: readonly string[], n: number): void {
    const { isP, paired, stack } = this;
    let top = 0;
    let openSym = -1;
    for (let i = 0; i < n; i++) {
      if (!isP[i]) continue;
      const f = forms[i]!;
      if (PAIRS.has(f)) stack[top++] = i;
      else if (CLOSERS.has(f)) {
        // the nearest unclosed opener of this kind; openers left unclosed inside it are dropped
        let k = top - 1;
        while (k >= 0 && PAIRS.get(forms[stack[k]!]!) !== f) k--;
        if (k < 0) continue;
        this.pairOne(stack[k]!, i, heads);
        top = k;
      } else if (SYMMETRIC.has(f)) {
        if (openSym < 0) openSym = i;
        else {
          this.pairOne(openSym, i, heads);
          openSym = -1;
        }
      }
    }
  }

  private pairOne(a: number, b: number, heads: readonly number[]): void {
    let head = -1;
    for (let k = a + 1; k < b; k++) {
      if (this.isP[k]) continue;
      const h = heads[k]! - 1;
      if (h >= a && h <= b) continue;
      if (head >= 0) return; // two heads inside: no phrase of its own
      head = k;
    }
    if (head < 0) return;
    this.paired[a] = head;
    this.paired[b] = head;
    // the marks inside belong to the enclosed phrase (innermost pair first: closers match inside out)
    for (let k = a + 1; k < b; k++) {
      if (this.isP[k] && this.inOpen[k] < 0) {
        this.inOpen[k] = a;
        this.inClose[k] = b;
      }
    }
  }

  /** the convention's head of mark p (0-based), or -1 when it has no candidate */
  private headFor(p: number, heads: readonly number[], n: number, onlyIllegal: boolean): number {
    const { isP, lo, hi } = this;
    // a mark inside a pair of marks around one phrase stays inside it ("… relate their case ." ")
    const a = this.inOpen[p]!;
    const b = a < 0 ? n : this.inClose[p]!;
    // left candidate: from the nearest word on the left, up while the parent is left of p and the
    // subtree climbed so far ends before p (a subtree spanning p must keep p inside it)
    let l = p - 1;
    while (l > a && isP[l]) l--;
    if (l <= a) l = -1;
    let cur = heads[p]! - 1;
    let legal = false;
    if (l >= 0) {
      let steps = n;
      for (;;) {
        if (l === cur) legal = true;
        const g = heads[l]! - 1;
        if (g <= a || g > p || hi[l]! > p || steps-- === 0) break;
        l = g;
      }
    }
    let r = p + 1;
    while (r < b && isP[r]) r++;
    if (r >= b) r = -1;
    if (r >= 0) {
      let steps = n;
      for (;;) {
        if (r === cur) legal = true;
        const g = heads[r]! - 1;
        if (g < 0 || g >= b || g < p || lo[r]! < p || steps-- === 0) break;
        r = g;
      }
    }
    const pair = this.paired[p]!;
    // a paired mark goes to its phrase's head when that head is a legal (projective) one
    if (pair >= 0 && this.onPath(p, pair, l, r, heads, n)) return pair;
    if (a >= 0 && l < 0 && r < 0) return cur; // nothing inside to hang from (cannot happen: the pair has a head)
    if (onlyIllegal && legal) return cur;
    if (l < 0) return r;
    if (r < 0) return l;
    // the lower of the two: the left one unless it is above the right one
    return this.above(l, r, heads) ? r : l;
  }

  /**
   * whether a is an ancestor of b. A descendant lies inside its ancestor's span and deeper, which
   * settles most pairs at once; the walk up from b then takes depth[b] − depth[a] steps (one, in a
   * projective tree: the candidates' only common ancestors span the mark) — a walk to the root per
   * mark would be quadratic on a chain of left-headed words ("a , b , c …" each hung on the next).
   */
  private above(a: number, b: number, heads: readonly number[]): boolean {
    const { depth, lo, hi } = this;
    if (b < lo[a]! || b > hi[a]! || depth[a]! >= depth[b]!) return false;
    let v = b;
    for (let k = depth[b]! - depth[a]!; k > 0 && v >= 0; k--) v = heads[v]! - 1;
    return v === a;
  }

  /** whether word w lies on the climb from p's left neighbour up to l or from its right one up to r */
  private onPath(p: number, w: number, l: number, r: number, heads: readonly number[], n: number): boolean {
    const { isP } = this;
    if (w < p && l >= 0) {
      let v = p - 1;
      while (isP[v]) v--;
      for (let steps = n; steps-- > 0; v = heads[v]! - 1) {
        if (v === w) return true;
        if (v === l || v < 0) return false;
      }
    }
    if (w > p && r >= 0) {
      let v = p + 1;
      while (isP[v]) v++;
      for (let steps = n; steps-- > 0; v = heads[v]! - 1) {
        if (v === w) return true;
        if (v === r || v < 0) return false;
      }
    }
    return false;
  }
}
