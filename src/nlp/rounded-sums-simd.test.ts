import { describe, expect, it } from 'vitest';
import { RoundedSums } from './rounded-sums-simd.js';

// a small deterministic generator (no Math.random: failures must reproduce)
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('RoundedSums', () => {
  it('gives bit-identical sums to the JS Float32Array loops it replaces (float32 and int8 rows, in order)', () => {
    const sums = RoundedSums.create(1 << 16)!;
    expect(sums).not.toBeNull(); // Node 20 has WebAssembly SIMD
    const rnd = lcg(7);
    const n = 48;
    const f = sums.allocF32(10 * n);
    const q = sums.allocI8(10 * n);
    for (let i = 0; i < f.length; i++) f[i] = (rnd() - 0.5) * 3.7;
    for (let i = 0; i < q.length; i++) q[i] = Math.floor(rnd() * 256) - 128;
    const h = sums.allocF32(n);
    for (let trial = 0; trial < 50; trial++) {
      const ref = new Float32Array(n);
      for (let u = 0; u < n; u++) ref[u] = h[u] = (rnd() - 0.5) * 10;
      for (let k = 0; k < 30; k++) {
        const r = Math.floor(rnd() * 10) * n;
        const scale = rnd() < 0.3 ? 1 : (rnd() - 0.5) * 0.0137;
        if (rnd() < 0.5) {
          sums.row(f, r, scale);
          for (let u = 0; u < n; u++) ref[u] += f[r + u]! * scale;
        } else {
          sums.rowI8(q, r, scale);
          for (let u = 0; u < n; u++) ref[u] += q[r + u]! * scale;
        }
      }
      sums.sum(h);
      expect(Array.from(h)).toEqual(Array.from(ref));
    }
  });

  it('leaves the vector alone when nothing is listed', () => {
    const sums = RoundedSums.create(1024)!;
    const h = sums.allocF32(16);
    h.fill(1.5);
    sums.sum(h);
    expect(Array.from(h)).toEqual(new Array(16).fill(1.5));
  });
});
