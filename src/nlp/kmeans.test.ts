import { describe, expect, it } from 'vitest';
import { sphericalKmeans } from './kmeans.js';
import { mulberry32 } from './random.js';

/** n unit vectors in 3-d around each of the given directions (small seeded noise) */
function blobs(dirs: number[][], n: number, seed: number): Float32Array {
  const r = mulberry32(seed);
  const v = new Float32Array(dirs.length * n * 3);
  let o = 0;
  for (const d of dirs) {
    for (let i = 0; i < n; i++) {
      const x = d.map((c) => c + (r() - 0.5) * 0.2);
      const norm = Math.hypot(...x);
      for (const c of x) v[o++] = c / norm;
    }
  }
  return v;
}

describe('sphericalKmeans', () => {
  const dirs = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const v = blobs(dirs, 30, 7);

  it('separates directions: points of one blob share a cluster, different blobs do not', () => {
    const { assign } = sphericalKmeans(v, 90, 3, 3, 10, mulberry32(1));
    for (let b = 0; b < 3; b++) {
      const ids = new Set(Array.from(assign.subarray(b * 30, b * 30 + 30)));
      expect(ids.size).toBe(1);
    }
    expect(new Set(Array.from(assign)).size).toBe(3);
  });

  it('returns unit centroids and is deterministic for a seed', () => {
    const a = sphericalKmeans(v, 90, 3, 3, 5, mulberry32(3));
    const b = sphericalKmeans(v, 90, 3, 3, 5, mulberry32(3));
    expect(Array.from(a.assign)).toEqual(Array.from(b.assign));
    for (let j = 0; j < 3; j++) expect(Math.hypot(...a.centroids.subarray(j * 3, j * 3 + 3))).toBeCloseTo(1, 5);
  });

  it('weights pull a centroid toward heavy points', () => {
    const pts = new Float32Array([1, 0, 0, 0, 1, 0]);
    const { centroids } = sphericalKmeans(pts, 2, 3, 1, 3, mulberry32(1), new Float64Array([9, 1]));
    expect(centroids[0]!).toBeGreaterThan(centroids[1]! * 5);
  });

  it('refuses more clusters than points with a coded error', () => {
    expect(() => sphericalKmeans(v, 2, 3, 3, 1, mulberry32(1))).toThrow(/E030|at least 3 points/);
  });
});
