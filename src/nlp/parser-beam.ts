// Beam search over arc-hybrid transitions (Zhang & Nivre 2011): the k best partial parses are kept
// at every step, each scored by the sum of its transition scores, so an early mistake that a greedy
// parser would commit to can be outscored later. Every complete sequence has 2n transitions (n
// shifts, n arcs), so items compare at equal lengths. Labels are chosen greedily when an arc is made
// (they feed later features). States live in a preallocated pool of 2k: an item's first successor
// takes over its state, the others are copies written into free states — no allocation per step,
// and fewer copies than successors. Each item also keeps its history (transition and label per step) as a node in a
// parent-linked array, which the trainer replays for its update.
import { MAX_FEATURES, transitionFeatures, type ParseInput } from './parser-features.js';
import { LEFT, N_TRANSITIONS, ParseState, RIGHT, SHIFT } from './parser-state.js';

/** What beam search needs from a model: transition scores and the best label of an arc. */
export interface BeamScorer {
  /** where the beam writes a state's transition features for scoreTransitions (default: its own buffer) */
  readonly featureBuffer?: Int32Array;
  scoreTransitions(feats: Int32Array, nf: number, out: Float64Array): void;
  /** the transition scores of states[0..n) into out[3i..3i+3) in one call (the decoder's fast path); absent: transitionFeatures + scoreTransitions per state */
  scoreStates?(states: readonly ParseState[], n: number, x: ParseInput, out: Float64Array): void;
  /** a second opinion on a state's transition scores (the parser MLP, parser-mlp.ts), applied in place; absent: none */
  adjustTransitions?(st: ParseState, x: ParseInput, out: Float64Array): void;
  bestLabel(st: ParseState, x: ParseInput, h: number, d: number): number;
}

/** The only legal move of a state, or -1 when it has a choice (forced moves are not scored). */
export function forcedMove(st: ParseState): number {
  if (st.b > st.n) return RIGHT;
  if (st.sp === 1) return SHIFT;
  return -1;
}

export class BeamSearch {
  readonly width: number;
  /**
   * Successors scoring more than `margin` below the best are dropped (threshold pruning): where the
   * model is sure, the beam shrinks towards one item and costs about what greedy parsing costs.
   * Infinity (training) keeps all `width`.
   */
  margin: number;
  /** 2k states; items refer to them by slot (curSlot/nextSlot) */
  private readonly pool: ParseState[];
  private curSlot: Int32Array;
  private nextSlot: Int32Array;
  /** per current item: its first selected successor (it takes over the item's state), -1 = none */
  private readonly owner: Int32Array;
  private readonly used: Uint8Array;
  private readonly free: Int32Array;
  private readonly candLabel: Int32Array;
  private curScore: Float64Array;
  private nextScore: Float64Array;
  private curNode: Int32Array;
  private nextNode: Int32Array;
  private curGold: Uint8Array;
  private nextGold: Uint8Array;
  /** number of live items in the current pool */
  size = 0;
  // candidates of one step: parent item, transition, total score (kept sorted, best first)
  private readonly candItem: Int32Array;
  private readonly candTrans: Int32Array;
  private readonly candScore: Float64Array;
  // history nodes: parent node (-1 = start), transition, label
  nodeParent = new Int32Array(1024);
  nodeTrans = new Int32Array(1024);
  nodeLabel = new Int32Array(1024);
  private nNodes = 0;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly sc = new Float64Array(N_TRANSITIONS);
  /** the items of a step scored together (scoreStates) and their scores, three per item */
  private readonly scored: ParseState[];
  private readonly scores: Float64Array;

  /** `newState(slot)`: the pool's states (default: plain ParseStates; the parser model's live in its WebAssembly memory) */
  constructor(width: number, margin = Infinity, newState: (slot: number) => ParseState = () => new ParseState()) {
    this.width = Math.max(1, width | 0);
    this.margin = margin;
    const k = this.width;
    this.pool = Array.from({ length: 2 * k }, (_, slot) => newState(slot));
    this.scored = this.pool.slice(0, k);
    this.scores = new Float64Array(N_TRANSITIONS * k);
    this.curSlot = new Int32Array(k);
    this.nextSlot = new Int32Array(k);
    this.owner = new Int32Array(k);
    this.used = new Uint8Array(2 * k);
    this.free = new Int32Array(2 * k);
    this.candLabel = new Int32Array(k);
    this.curScore = new Float64Array(k);
    this.nextScore = new Float64Array(k);
    this.curNode = new Int32Array(k);
    this.nextNode = new Int32Array(k);
    this.curGold = new Uint8Array(k);
    this.nextGold = new Uint8Array(k);
    this.candItem = new Int32Array(k);
    this.candTrans = new Int32Array(k);
    this.candScore = new Float64Array(k);
  }

  /** Starts a sentence of n words: one item, the initial state. */
  start(n: number): void {
    this.curSlot[0] = 0;
    this.pool[0]!.reset(n);
    this.curScore[0] = 0;
    this.curNode[0] = -1;
    this.curGold[0] = 1;
    this.size = 1;
    this.nNodes = 0;
    const need = 2 * n * this.width + 1;
    if (this.nodeParent.length < need) {
      const cap = Math.max(need, this.nodeParent.length * 2);
      this.nodeParent = new Int32Array(cap);
      this.nodeTrans = new Int32Array(cap);
      this.nodeLabel = new Int32Array(cap);
    }
  }

  /**
   * One step: every item's legal transitions are scored, the `width` best successors kept (ties:
   * earlier item, then SHIFT < LEFT < RIGHT — deterministic). `goldT` (≥ 0 in training) is the gold
   * transition of this step: an item stays gold when its parent was and it took goldT.
   */
  step(model: BeamScorer, x: ParseInput, goldT = -1): void {
    const k = this.width;
    let nc = 0;
    const ci = this.candItem;
    const ct = this.candTrans;
    const cs = this.candScore;
    const sc = this.sc;
    const pool = this.pool;
    const cur = this.curSlot;
    // the items that have a choice are scored together first (their rows' cache misses overlap),
    // then every item's successors are ranked in item order
    const batched = model.scoreStates !== undefined;
    let nb = 0;
    if (batched) {
      const scored = this.scored;
      for (let i = 0; i < this.size; i++) {
        const st = pool[cur[i]!]!;
        if (forcedMove(st) < 0) scored[nb++] = st;
      }
      if (nb > 0) model.scoreStates!(scored, nb, x, this.scores);
      nb = 0;
    }
    for (let i = 0; i < this.size; i++) {
      const st = pool[cur[i]!]!;
      const base = this.curScore[i]!;
      const forced = forcedMove(st);
      if (forced >= 0) {
        nc = insertCandidate(ci, ct, cs, nc, k, i, forced, base);
        continue;
      }
      if (batched) {
        const o = 3 * nb++;
        sc[0] = this.scores[o]!;
        sc[1] = this.scores[o + 1]!;
        sc[2] = this.scores[o + 2]!;
      } else {
        const feats = model.featureBuffer ?? this.feats;
        model.scoreTransitions(feats, transitionFeatures(st, x, feats), sc);
      }
      model.adjustTransitions?.(st, x, sc);
      for (let t = 0; t < N_TRANSITIONS; t++) if (st.can(t)) nc = insertCandidate(ci, ct, cs, nc, k, i, t, base + sc[t]!);
    }
    const floor = cs[0]! - this.margin;
    while (nc > 1 && cs[nc - 1]! < floor) nc--;
    // labels first, on the parents' states as they are; then every item's first successor takes over
    // its state (applied in place, no copy) and the other successors are copies in free slots
    const owner = this.owner;
    const used = this.used;
    // a loop, not used.fill(0): the builtin call cost more than clearing 2k bytes (profile: ~10% of step)
    for (let sl = 0; sl < used.length; sl++) used[sl] = 0;
    for (let i = 0; i < this.size; i++) {
      owner[i] = -1;
      used[cur[i]!] = 1;
    }
    const cl = this.candLabel;
    for (let j = 0; j < nc; j++) {
      const i = ci[j]!;
      const t = ct[j]!;
      const parent = pool[cur[i]!]!;
      cl[j] = t === SHIFT ? -1 : model.bestLabel(parent, x, t === LEFT ? parent.buf(0) : parent.s(1), parent.s(0));
      if (owner[i]! < 0) owner[i] = j;
    }
    const free = this.free;
    let nFree = 0;
    for (let sl = 0; sl < pool.length; sl++) if (!used[sl]) free[nFree++] = sl;
    for (let i = 0; i < this.size; i++) if (owner[i]! < 0) free[nFree++] = cur[i]!;
    const next = this.nextSlot;
    for (let j = 0; j < nc; j++) {
      const i = ci[j]!;
      if (owner[i] === j) next[j] = cur[i]!;
      else {
        const sl = free[--nFree]!;
        pool[sl]!.copyFrom(pool[cur[i]!]!);
        next[j] = sl;
      }
    }
    for (let j = 0; j < nc; j++) {
      const i = ci[j]!;
      const t = ct[j]!;
      pool[next[j]!]!.apply(t, cl[j]!);
      this.nextScore[j] = cs[j]!;
      this.nextGold[j] = this.curGold[i]! && t === goldT ? 1 : 0;
      const node = this.nNodes++;
      this.nodeParent[node] = this.curNode[i]!;
      this.nodeTrans[node] = t;
      this.nodeLabel[node] = cl[j]!;
      this.nextNode[j] = node;
    }
    this.size = nc;
    // swap the item arrays (plain swaps: no temporary arrays)
    this.curSlot = next;
    this.nextSlot = cur;
    const scores = this.curScore;
    this.curScore = this.nextScore;
    this.nextScore = scores;
    const nodes = this.curNode;
    this.curNode = this.nextNode;
    this.nextNode = nodes;
    const gold = this.curGold;
    this.curGold = this.nextGold;
    this.nextGold = gold;
  }

  /** The i-th item (0 = best) of the current beam. */
  state(i: number): ParseState {
    return this.pool[this.curSlot[i]!]!;
  }
  score(i: number): number {
    return this.curScore[i]!;
  }
  node(i: number): number {
    return this.curNode[i]!;
  }
  isGold(i: number): boolean {
    return this.curGold[i] === 1;
  }
  /** True when some item of the current beam is the gold prefix. */
  hasGold(): boolean {
    for (let i = 0; i < this.size; i++) if (this.curGold[i]) return true;
    return false;
  }

  /** Beam-decodes a prepared sentence into heads/labels (as ParserModel.parseInput). */
  decode(model: BeamScorer, x: ParseInput, heads: Int32Array, labels: Int32Array): void {
    this.start(x.n);
    const steps = 2 * x.n;
    for (let s = 0; s < steps; s++) this.step(model, x);
    const st = this.pool[this.curSlot[0]!]!;
    for (let i = 1; i <= x.n; i++) {
      heads[i - 1] = st.head[i]!;
      labels[i - 1] = st.label[i]!;
    }
  }
}

/** Inserts a candidate into the sorted top-k list (best first; ties keep the earlier one). */
function insertCandidate(ci: Int32Array, ct: Int32Array, cs: Float64Array, nc: number, k: number, item: number, t: number, score: number): number {
  let pos = nc;
  while (pos > 0 && cs[pos - 1]! < score) pos--;
  if (pos >= k) return nc;
  const last = nc < k ? nc : k - 1;
  for (let j = last; j > pos; j--) {
    ci[j] = ci[j - 1]!;
    ct[j] = ct[j - 1]!;
    cs[j] = cs[j - 1]!;
  }
  ci[pos] = item;
  ct[pos] = t;
  cs[pos] = score;
  return nc < k ? nc + 1 : nc;
}
