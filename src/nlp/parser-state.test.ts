import { describe, expect, it } from 'vitest';
import { isProjective, LEFT, N_TRANSITIONS, ParseState, projectivize, RIGHT, SHIFT } from './parser-state.js';
import { mulberry32 } from './random.js';
import { ParserSimd, SLAB_CAP } from './parser-simd.js';

/** heads[i-1] for words 1..n → checks a single-rooted tree (every word reaches ROOT, one root). */
function checkTree(heads: number[]): void {
  const n = heads.length;
  expect(heads.filter((h) => h === 0)).toHaveLength(1);
  for (let i = 1; i <= n; i++) {
    let x = i;
    for (let steps = 0; x !== 0; steps++) {
      expect(steps).toBeLessThanOrEqual(n);
      x = heads[x - 1]!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(n);
    }
  }
}

/** A random projective tree over n words: recursive split around a head. */
function randomProjective(n: number, rnd: () => number): number[] {
  const h = new Array<number>(n + 1).fill(0);
  const build = (lo: number, hi: number, parent: number) => {
    if (lo > hi) return;
    const r = lo + Math.floor(rnd() * (hi - lo + 1));
    h[r] = parent;
    // split the remaining words into runs attached to r (keeps every arc projective)
    let a = lo;
    while (a < r) {
      const b = a + Math.floor(rnd() * (r - a));
      build(a, b, r);
      a = b + 1;
    }
    a = r + 1;
    while (a <= hi) {
      const b = a + Math.floor(rnd() * (hi - a + 1));
      build(a, b, r);
      a = b + 1;
    }
  };
  build(1, n, 0);
  return h;
}

function runOracle(gh: number[]): number[] {
  const n = gh.length - 1;
  const st = new ParseState(4);
  st.reset(n);
  const ghArr = Int32Array.from(gh);
  while (!st.isTerminal()) {
    let best = -1;
    let bestCost = Infinity;
    for (let t = 0; t < N_TRANSITIONS; t++) {
      if (!st.can(t)) continue;
      const c = st.cost(t, ghArr);
      if (c < bestCost) {
        bestCost = c;
        best = t;
      }
    }
    st.apply(best, 0);
  }
  return Array.from(st.head.subarray(1, n + 1));
}

describe('arc-hybrid transition system', () => {
  it('always ends in a single-rooted tree whatever valid transitions are taken', () => {
    const rnd = mulberry32(7);
    const st = new ParseState(2); // also exercises growing the buffers
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rnd() * 30);
      st.reset(n);
      let steps = 0;
      while (!st.isTerminal()) {
        const valid = [SHIFT, LEFT, RIGHT].filter((t) => st.can(t));
        expect(valid.length).toBeGreaterThan(0);
        st.apply(valid[Math.floor(rnd() * valid.length)]!, 0);
        steps++;
      }
      expect(steps).toBe(2 * n);
      checkTree(Array.from(st.head.subarray(1, n + 1)));
    }
  });

  it('the oracle reproduces every projective gold tree exactly', () => {
    const rnd = mulberry32(11);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rnd() * 40);
      const gh = randomProjective(n, rnd);
      expect(isProjective(gh)).toBe(true);
      expect(runOracle(gh)).toEqual(gh.slice(1));
    }
  });

  it('dynamic-oracle costs are exact: after random moves, the zero-cost path loses exactly the summed costs', () => {
    // Goldberg & Nivre (2013): cost(t) = gold arcs that t makes unreachable; greedy training with
    // error exploration relies on it to tell, from any state its own mistakes led to, which moves still
    // reach the best tree that is left
    const rnd = mulberry32(13);
    const st = new ParseState(4);
    for (let trial = 0; trial < 500; trial++) {
      const n = 1 + Math.floor(rnd() * 30);
      const gh = Int32Array.from(randomProjective(n, rnd));
      st.reset(n);
      let lost = 0;
      while (!st.isTerminal()) {
        const legal = [SHIFT, LEFT, RIGHT].filter((t) => st.can(t));
        const costs = legal.map((t) => st.cost(t, gh));
        const min = Math.min(...costs);
        expect(min).toBe(0);
        // a random move a third of the time, else a zero-cost one
        const k = rnd() < 0.33 ? Math.floor(rnd() * legal.length) : costs.indexOf(min);
        lost += costs[k]!;
        st.apply(legal[k]!, 0);
      }
      let wrong = 0;
      for (let i = 1; i <= n; i++) if (st.head[i] !== gh[i]) wrong++;
      expect(wrong).toBe(lost);
    }
  });

  it('the static oracle (beam training) reproduces every projective gold tree in 2n transitions', () => {
    const rnd = mulberry32(12);
    const st = new ParseState(4);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rnd() * 40);
      const gh = randomProjective(n, rnd);
      st.reset(n);
      let steps = 0;
      while (!st.isTerminal()) {
        const t = st.goldTransition(gh);
        expect(st.can(t)).toBe(true);
        st.apply(t, 0);
        steps++;
      }
      expect(steps).toBe(2 * n);
      expect(Array.from(st.head.subarray(1, n + 1))).toEqual(gh.slice(1));
    }
  });

  it('records left/right dependents and valency as arcs are made', () => {
    // "She saw it": saw is the root, She ← saw → it
    const st = new ParseState();
    st.reset(3);
    st.apply(SHIFT, 0); // [0 She]
    st.apply(LEFT, 5); // She ← saw
    st.apply(SHIFT, 0); // [0 saw]
    st.apply(SHIFT, 0); // [0 saw it]
    st.apply(RIGHT, 6); // saw → it
    expect(st.canRight()).toBe(true);
    st.apply(RIGHT, 1); // ROOT → saw
    expect(st.isTerminal()).toBe(true);
    expect(Array.from(st.head.subarray(1, 4))).toEqual([2, 0, 2]);
    expect(st.lc1[2]).toBe(1);
    expect(st.rc1[2]).toBe(3);
    expect(st.nLeft[2]).toBe(1);
    expect(st.nRight[2]).toBe(1);
    expect(st.label[1]).toBe(5);
  });

  it('does not attach a second word to ROOT while the buffer is not empty', () => {
    const st = new ParseState();
    st.reset(2);
    st.apply(SHIFT, 0);
    expect(st.canRight()).toBe(false);
  });
});

describe('projectivize', () => {
  it('lifts crossing arcs until the tree is projective and keeps projective trees as they are', () => {
    // words 1..4, heads 1:2, 2:ROOT, 3:2, 4:3 — projective
    const proj = [0, 2, 0, 2, 3];
    expect(projectivize(proj)).toEqual(proj);
    // non-projective: 1:0, 2:4, 3:1, 4:1 → arc 4→2 spans 3 whose head is 1 (not dominated by 4)
    const np = [0, 0, 4, 1, 1];
    expect(isProjective(np)).toBe(false);
    const p = projectivize(np);
    expect(isProjective(p)).toBe(true);
    const rnd = mulberry32(3);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + Math.floor(rnd() * 15);
      // random tree: each word's head is an earlier-visited word (guarantees a tree), then shuffle ids
      const order = Array.from({ length: n }, (_, i) => i + 1).sort(() => rnd() - 0.5);
      const h = new Array<number>(n + 1).fill(0);
      h[order[0]!] = 0;
      for (let i = 1; i < n; i++) h[order[i]!] = order[Math.floor(rnd() * i)]!;
      const q = projectivize(h);
      expect(isProjective(q)).toBe(true);
      checkTree(q.slice(1));
    }
  });
});

// The beam's states live in slabs of the parser's WebAssembly memory (parser-simd.ts), copied by a
// vector loop that also stands for copyFrom's reset of the entries past the buffer front: a pool of
// slab states driven through random copies and transitions must hold what plain states hold.
describe('ParseState in a slab', () => {
  it('copies, resets and applies as plain states do (also across sentences and past the slab)', () => {
    const simd = ParserSimd.create(new Int32Array(64 * 16), 16, [new Uint8Array(64 * 3)])!;
    const r = mulberry32(17);
    const slabs = Array.from({ length: 4 }, (_, i) => new ParseState(256, simd.stateSlab(i)));
    const plain = Array.from({ length: 4 }, () => new ParseState());
    const fields = ['head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nLeft', 'nRight', 'lsetLo', 'lsetHi', 'rsetLo', 'rsetHi', 'inStack'] as const;
    const same = (a: ParseState, b: ParseState) => {
      expect([a.n, a.sp, a.b]).toEqual([b.n, b.sp, b.b]);
      expect([...a.stack.subarray(0, a.sp)]).toEqual([...b.stack.subarray(0, b.sp)]);
      for (const f of fields) expect([...a[f].subarray(0, a.n + 1)]).toEqual([...b[f].subarray(0, b.n + 1)]);
    };
    let copies = 0;
    for (const n of [5, 30, 12, SLAB_CAP + 3, 9, SLAB_CAP - 2, 3]) {
      for (let i = 0; i < 4; i++) {
        slabs[i]!.reset(n);
        plain[i]!.reset(n);
      }
      for (let step = 0; step < 8 * n; step++) {
        const i = Math.floor(r() * 4);
        const s = slabs[i]!;
        if (r() < 0.4) {
          // a copy from another state (further on or behind: the stale entries must be reset)
          const j = Math.floor(r() * 4);
          s.copyFrom(slabs[j]!);
          plain[i]!.copyFrom(plain[j]!);
          copies++;
        } else if (!s.isTerminal()) {
          const legal = [SHIFT, LEFT, RIGHT].filter((t) => s.can(t));
          const t = legal[Math.floor(r() * legal.length)]!;
          const lab = Math.floor(r() * 64);
          s.apply(t, lab);
          plain[i]!.apply(t, lab);
        } else {
          s.reset(n);
          plain[i]!.reset(n);
        }
        same(s, plain[i]!);
      }
      for (const s of slabs) expect(s.wasmBase >= 0).toBe(n + 2 <= SLAB_CAP);
    }
    expect(copies).toBeGreaterThan(300);
  });
});
