// Spherical k-means (cosine similarity on unit vectors), the training-time clustering behind the
// word-cluster table (scripts/train-clusters.ts). Deterministic for a given random source.
import { NewsgraphError } from '../core/errors.js';

/** Index of the centroid with the largest dot product with row i of v. */
export function nearest(v: Float32Array, i: number, c: Float32Array, k: number, dim: number): number {
  let best = -Infinity;
  let arg = 0;
  const o = i * dim;
  for (let j = 0; j < k; j++) {
    const co = j * dim;
    let s = 0;
    for (let d = 0; d < dim; d++) s += v[o + d]! * c[co + d]!;
    if (s > best) {
      best = s;
      arg = j;
    }
  }
  return arg;
}

/**
 * k-means++ seeding: each next centroid is a row drawn with probability proportional to its
 * (weighted) cosine distance to the nearest centroid so far, so the start spreads over the data.
 */
function seedCentroids(v: Float32Array, n: number, dim: number, k: number, rand: () => number, weight?: Float64Array): Float32Array {
  const c = new Float32Array(k * dim);
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let j = 0; j < k; j++) {
    c.set(v.subarray(pick * dim, pick * dim + dim), j * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += v[i * dim + d]! * c[j * dim + d]!;
      const dd = Math.max(0, 1 - s) * (weight ? weight[i]! : 1);
      if (dd < dist[i]!) dist[i] = dd;
      total += dist[i]!;
    }
    let r = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  return c;
}

/**
 * Spherical k-means of the first n rows of v (optionally weighted); returns unit centroids and the
 * assignment. Seeded by k-means++; empty clusters are re-seeded with a random row so every id is used.
 */
export function sphericalKmeans(v: Float32Array, n: number, dim: number, k: number, iterations: number, rand: () => number, weight?: Float64Array): { centroids: Float32Array; assign: Uint16Array } {
  if (k > n) throw new NewsgraphError('E030', `k-means: expected at least ${k} points, found ${n}`);
  const c = seedCentroids(v, n, dim, k, rand, weight);
  const assign = new Uint16Array(n);
  const sum = new Float64Array(k * dim);
  for (let it = 0; it < iterations; it++) {
    sum.fill(0);
    const count = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const a = nearest(v, i, c, k, dim);
      assign[i] = a;
      const w = weight ? weight[i]! : 1;
      count[a] += w;
      for (let d = 0; d < dim; d++) sum[a * dim + d] += w * v[i * dim + d]!;
    }
    for (let j = 0; j < k; j++) {
      if (!count[j]) {
        const r = Math.floor(rand() * n);
        c.set(v.subarray(r * dim, r * dim + dim), j * dim);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sum[j * dim + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) c[j * dim + d] = sum[j * dim + d]! / norm;
    }
  }
  for (let i = 0; i < n; i++) assign[i] = nearest(v, i, c, k, dim);
  return { centroids: c, assign };
}

