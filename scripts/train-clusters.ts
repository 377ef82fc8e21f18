// Derives the word-cluster table (models/word-clusters.bin.gz, read by src/nlp/word-clusters.ts)
// from ../shared/data/embeddings/glove.6B.50d.top200k.txt.gz (GloVe 6B, public domain), so only a
// compact table ships, never the vectors. Spherical k-means (cosine) with FINE centroids is fitted
// on the most frequent FIT words (frequent words give stable centroids), then every word of the
// file is assigned its nearest centroid; coarser levels are k-means over the fine centroids
// (weighted by their sizes), so the levels nest. Deterministic: seeded initial centroids
// (src/nlp/random.ts) and a fixed iteration count. About a minute on one core.
// Exported as trainClusters({ seed, log }) for scripts/train.ts; runnable on its own too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NewsgraphError } from '../src/core/errors.js';
import { hasShared, sharedPath } from '../src/core/paths.js';
import { nearest, sphericalKmeans } from '../src/nlp/kmeans.js';
import { mulberry32 } from '../src/nlp/random.js';
import { encodeWordClusters, wordClustersPath, type WordClustersMeta } from '../src/nlp/word-clusters.js';

export const GLOVE_FILE = 'data/embeddings/glove.6B.50d.top200k.txt.gz';
/** granularities, finest first; the NER features and the tagger pick among these */
export const LEVELS = [2048, 512, 128, 32] as const;

export interface TrainClustersOptions {
  readonly seed?: number;
  readonly log?: (line: string) => void;
  readonly out?: string;
  /** most frequent words the fine centroids are fitted on */
  readonly fit?: number;
  readonly iterations?: number;
}

interface Vectors {
  readonly words: string[];
  readonly dim: number;
  /** unit-length rows */
  readonly v: Float32Array;
}

/**
 * Reads the GloVe text file; keeps words with a letter or digit (not bare punctuation). Vectors are
 * centred on the mean of the first `centreOn` rows (frequent words share a common direction that
 * otherwise lumps "paris", "monday" and "minister" together) and then unit-normalised.
 */
export function readGlove(text: string, centreOn = 40000): Vectors {
  const words: string[] = [];
  const rows: number[][] = [];
  let dim = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const parts = line.trimEnd().split(' ');
    const w = parts[0]!;
    if (!/[\p{L}\p{N}]/u.test(w) || w.includes('\n')) continue;
    const row = parts.slice(1).map(Number);
    if (!dim) dim = row.length;
    if (row.length !== dim || row.some((x) => !Number.isFinite(x))) {
      throw new NewsgraphError('E030', `${GLOVE_FILE}: expected ${dim} numbers after "${w}", found ${row.length}`, GLOVE_FILE);
    }
    words.push(w);
    rows.push(row);
  }
  const mean = new Float64Array(dim);
  const m = Math.min(centreOn, rows.length);
  for (let i = 0; i < m; i++) for (let d = 0; d < dim; d++) mean[d] += rows[i]![d]! / m;
  const v = new Float32Array(words.length * dim);
  rows.forEach((r, i) => {
    let n = 0;
    for (let d = 0; d < dim; d++) n += (r[d]! - mean[d]!) ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dim; d++) v[i * dim + d] = (r[d]! - mean[d]!) / n;
  });
  return { words, dim, v };
}

export async function trainClusters(opts: TrainClustersOptions = {}): Promise<{ words: number; bytes: number; seconds: number }> {
  const t0 = performance.now();
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => {});
  const fit = opts.fit ?? Number(process.env.CLUSTERS_FIT ?? 40000);
  const iterations = opts.iterations ?? Number(process.env.CLUSTERS_ITERS ?? 8);
  if (!hasShared()) throw new NewsgraphError('E001', `word vectors not found: expected ${sharedPath(GLOVE_FILE)}`);
  const g = readGlove(gunzipSync(readFileSync(sharedPath(GLOVE_FILE))).toString('utf8'), fit);
  log(`clusters: ${g.words.length} words, ${g.dim} dimensions`);
  const rand = mulberry32(seed);
  const [finest, ...coarser] = LEVELS;
  const nFit = Math.min(fit, g.words.length);
  const fitted = sphericalKmeans(g.v, nFit, g.dim, finest, iterations, rand);
  log(`clusters: ${finest} centroids fitted on ${nFit} words (${iterations} iterations) in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  const fine = new Uint16Array(g.words.length);
  fine.set(fitted.assign);
  for (let i = nFit; i < g.words.length; i++) fine[i] = nearest(g.v, i, fitted.centroids, finest, g.dim);
  // coarser levels: cluster the fine centroids, weighted by how many of the fitted (frequent)
  // words each holds; the long tail of rare words would otherwise decide the coarse groups
  const size = new Float64Array(finest);
  for (let i = 0; i < nFit; i++) size[fine[i]!]++;
  const maps = new Map<number, Uint16Array>();
  for (const level of coarser) {
    const { assign } = sphericalKmeans(fitted.centroids, finest, g.dim, level, 20, rand, size);
    maps.set(level, assign);
  }
  const meta: WordClustersMeta = { levels: [...LEVELS], source: `GloVe 6B 50d, top 200k words (${GLOVE_FILE})`, license: 'GloVe vectors: Public Domain Dedication and License (PDDL)', seed, fitWords: nFit };
  const bytes = gzipSync(encodeWordClusters({ meta, words: g.words, fine, maps }), { level: 9 });
  const out = opts.out ?? wordClustersPath();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const seconds = (performance.now() - t0) / 1000;
  log(`clusters: wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${seconds.toFixed(0)}s`);
  return { words: g.words.length, bytes: bytes.length, seconds };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  trainClusters({ seed: Number(process.env.SEED ?? 20251125), log: (l) => console.log(l) }).catch((e) => {
    console.error(String(e));
    process.exit(1);
  });
}
