// The MLP trainers' shared SGD step (mlp-sgd.ts): its gradient is the cross-entropy's, it learns,
// the input helpers are the dense and sparse products they name, and the sparse export keeps the
// largest weight at ±127.
import { describe, expect, it } from 'vitest';
import { addRowVectors, addSparseRows, epochLearningRate, glorotWeights, quantiseSparse, SoftmaxSgd, subtractRowVectors, subtractSparseRows } from './mlp-sgd.js';
import { mulberry32, shuffleInPlace } from './random.js';

const H = 4;
const OUT = 3;

function net(seed: number, roundBeforeScaling = false): SoftmaxSgd {
  const r = mulberry32(seed);
  return new SoftmaxSgd(Float32Array.from({ length: H }, () => r() - 0.3), glorotWeights(r, H, OUT), new Float32Array(OUT), roundBeforeScaling);
}

/** cross-entropy of gold for hidden pre-activations h, by the definition (double precision) */
function lossAt(n: SoftmaxSgd, h: readonly number[], gold: number): number {
  const a = h.map((v) => Math.max(0, v));
  const z = Array.from({ length: OUT }, (_, t) => n.b2[t]! + a.reduce((s, v, u) => s + n.w2[u * OUT + t]! * v, 0));
  const m = Math.max(...z);
  return -(z[gold]! - m - Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0)));
}

describe('SoftmaxSgd', () => {
  it('gives dh = lr · ∂loss/∂h, 0 for a unit the ReLU shuts', () => {
    const n = net(1);
    const h = [0.7, -0.4, 1.3, 0.2];
    const eps = 1e-3;
    const numeric = h.map((_, u) => {
      const up = h.map((v, k) => (k === u ? v + eps : v));
      const down = h.map((v, k) => (k === u ? v - eps : v));
      return (lossAt(n, up, 2) - lossAt(n, down, 2)) / (2 * eps);
    });
    n.begin().set(h);
    const dh = n.step(2, 0.5);
    expect(dh[1]).toBe(0);
    for (const u of [0, 2, 3]) expect(dh[u]! / 0.5).toBeCloseTo(numeric[u]!, 3);
  });

  it('lowers the loss of an example it steps on, and tallies loss and accuracy', () => {
    const n = net(2);
    const h = [0.5, 0.5, 0.5, 0.5];
    const before = lossAt(n, h, 1);
    n.begin();
    n.h.set(h);
    n.step(1, 0.1);
    expect(n.loss).toBeCloseTo(before, 5);
    n.resetTally();
    expect([n.loss, n.right]).toEqual([0, 0]);
    for (let i = 0; i < 50; i++) {
      n.begin();
      n.h.set(h);
      n.step(1, 0.1);
    }
    expect(lossAt(n, h, 1)).toBeLessThan(before / 4);
    expect(n.right).toBeGreaterThan(40);
  });

  it('moves b1 by −dh', () => {
    const n = net(3);
    const b1 = n.b1.slice();
    n.begin();
    const dh = n.step(0, 0.2);
    for (let u = 0; u < H; u++) expect(n.b1[u]).toBe(Math.fround(b1[u]! - dh[u]!));
  });

  it('roundBeforeScaling rounds ∂loss/∂h to float32 before the learning rate (the tagger trainer\'s arithmetic)', () => {
    const h = [0.9, 0.8, 0.7, 0.6];
    const lr = 0.0173;
    const unit = net(4); // lr 1: dh is ∂loss/∂h rounded to float32
    unit.begin().set(h);
    const g = unit.step(1, 1).slice();
    const rounded = net(4, true);
    rounded.begin().set(h);
    const dh = rounded.step(1, lr);
    for (let u = 0; u < H; u++) expect(dh[u]).toBe(Math.fround(g[u]! * lr));
  });
});

describe('first-layer inputs', () => {
  it('add each place\'s block times its row\'s vector, skipping rows < 0, and the update subtracts dh ⊗ x', () => {
    const dim = 2;
    const x = Float32Array.from([1, 2, 3, 4, 5, 6]); // rows 0..2
    const rows = Int32Array.from([9, 2, -1, 0]); // from at = 1: places 0..2 → rows 2, -1, 0
    const w1 = Float32Array.from({ length: 3 * dim * H }, (_, i) => (i % 7) - 3);
    const h = new Float32Array(H);
    addRowVectors(h, w1, x, rows, 1, 3, dim);
    const want = Array.from({ length: H }, (_, u) => {
      // place 0 reads row 2 (5, 6); place 1 nothing; place 2 reads row 0 (1, 2)
      return w1[(0 * dim + 0) * H + u]! * 5 + w1[(0 * dim + 1) * H + u]! * 6 + w1[(2 * dim + 0) * H + u]! * 1 + w1[(2 * dim + 1) * H + u]! * 2;
    });
    expect([...h]).toEqual(want);
    const dh = Float32Array.from([1, 0, -1, 0.5]);
    const w = w1.slice();
    subtractRowVectors(dh, w, x, rows, 1, 3, dim);
    expect(w[(1 * dim + 0) * H + 0]).toBe(w1[(1 * dim + 0) * H + 0]); // place 1 had no row
    expect(w[(0 * dim + 1) * H + 2]).toBe(w1[(0 * dim + 1) * H + 2]! + 6);
    expect(w[(2 * dim + 0) * H + 3]).toBe(w1[(2 * dim + 0) * H + 3]! - 0.5);
  });

  it('sparse rows: the masked keys\' rows are added, and moved by −dh', () => {
    const sp = Float32Array.from({ length: 4 * H }, (_, i) => i);
    const keys = Int32Array.from([5, 1 | 8, 3]);
    const h = new Float32Array(H);
    addSparseRows(h, sp, keys, 1, 2, 3); // keys 9 & 3 = 1, 3 & 3 = 3
    expect([...h]).toEqual([4 + 12, 5 + 13, 6 + 14, 7 + 15]);
    const t = Float32Array.from({ length: 4 * H }, () => 0);
    subtractSparseRows(Float32Array.from([1, 2, 3, 4]), t, Int32Array.from([2]), 0, 1, -1);
    expect([...t.slice(8, 12)]).toEqual([-1, -2, -3, -4]);
  });
});

describe('schedule, shuffle and export', () => {
  it('decays the learning rate by epoch', () => {
    expect(epochLearningRate(0.02, 0.15, 1)).toBe(0.02);
    expect(epochLearningRate(0.02, 0.15, 3)).toBeCloseTo(0.02 / 1.3, 12);
  });

  it('shuffles a typed array as it shuffles an array with the same draws', () => {
    const a = Array.from({ length: 20 }, (_, i) => i);
    const t = Int32Array.from(a);
    shuffleInPlace(a, mulberry32(5));
    shuffleInPlace(t, mulberry32(5));
    expect([...t]).toEqual(a);
    expect([...t].sort((p, q) => p - q)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(a).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('quantises the sparse table to int8 with the largest |w| at ±127', () => {
    const { sparse, scale } = quantiseSparse(Float32Array.from([0.5, -2.54, 1.27, 0]));
    expect(scale).toBeCloseTo(2.54 / 127, 6);
    expect([...sparse]).toEqual([25, -127, 64, 0]);
    expect(quantiseSparse(new Float32Array(3)).scale).toBe(1);
  });
});
