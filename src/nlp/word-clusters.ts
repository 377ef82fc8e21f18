// Word clusters derived from GloVe vectors (models/word-clusters.bin.gz, built by
// scripts/train-clusters.ts): every known word has one fine cluster id, and coarser levels are
// nested groupings of the fine clusters, so one lookup answers every granularity. Unknown words
// get -1. Lookup is by lower case (GloVe 6B is lower-cased). Loaded once per process.
// The file is a model-io container (kind "word-clusters"), gzipped: `words` (UTF-8, one per line,
// in table order), `fine` (u16 fine cluster per word), and per coarser level `map<level>` (u16,
// fine cluster → coarse cluster).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { decodeModel, encodeModel, modelArray } from './model-io.js';

export const WORD_CLUSTERS_KIND = 'word-clusters';

export interface WordClustersMeta {
  /** granularities, finest first (e.g. [2048, 512, 128, 32]) */
  readonly levels: readonly number[];
  readonly source: string;
  readonly license: string;
  readonly seed: number;
  /** words the fine centroids were fitted on (the most frequent ones) */
  readonly fitWords: number;
}

export interface WordClusters {
  readonly meta: WordClustersMeta;
  readonly size: number;
  /** cluster id of the word at the given granularity (one of meta.levels), -1 when unknown */
  clusterOf(word: string, level: number): number;
}

/** Table contents as the trainer produces them. */
export interface WordClusterTable {
  readonly meta: WordClustersMeta;
  readonly words: readonly string[];
  /** fine cluster per word (same order as words) */
  readonly fine: Uint16Array;
  /** per coarser level: fine cluster → coarse cluster */
  readonly maps: ReadonlyMap<number, Uint16Array>;
}

export function encodeWordClusters(t: WordClusterTable): Uint8Array {
  const arrays: Record<string, Uint16Array | Uint8Array> = {
    words: new TextEncoder().encode(t.words.join('\n')),
    fine: t.fine,
  };
  for (const [level, m] of t.maps) arrays[`map${level}`] = m;
  return encodeModel(WORD_CLUSTERS_KIND, t.meta, arrays);
}

export function decodeWordClusters(bytes: Uint8Array, path = '<buffer>'): WordClusters {
  const f = decodeModel(bytes, WORD_CLUSTERS_KIND, path);
  const meta = f.meta as WordClustersMeta;
  if (!meta || !Array.isArray(meta.levels) || !meta.levels.length) {
    throw new NewsgraphError('E021', `${path}: expected word-cluster levels in the header, found none — run \`npm run train\``, path);
  }
  const words = new TextDecoder().decode(modelArray(f, 'words', Uint8Array, path)).split('\n');
  const fine = modelArray(f, 'fine', Uint16Array, path);
  if (fine.length !== words.length) {
    throw new NewsgraphError('E021', `${path}: expected one cluster per word (${words.length}), found ${fine.length}`, path);
  }
  const index = new Map<string, number>();
  for (let i = 0; i < words.length; i++) index.set(words[i]!, fine[i]!);
  const finest = meta.levels[0]!;
  const maps = new Map<number, Uint16Array>();
  for (const level of meta.levels.slice(1)) maps.set(level, modelArray(f, `map${level}`, Uint16Array, path));
  return {
    meta,
    size: words.length,
    clusterOf(word: string, level: number): number {
      const id = index.get(word.toLowerCase());
      if (level === finest) return id ?? -1;
      const m = maps.get(level);
      if (!m) throw new NewsgraphError('E021', `word clusters: level ${level} is not in ${path} (levels: ${meta.levels.join(', ')})`, path);
      return id === undefined ? -1 : m[id]!;
    },
  };
}

let cached: WordClusters | null | undefined;

export const wordClustersPath = () => modelPath('word-clusters.bin.gz');

/** Reads a gzipped word-cluster table; E021 when the file is missing or not one. */
export function readWordClusters(path: string): WordClusters {
  if (!existsSync(path)) throw new NewsgraphError('E021', `${path}: word clusters not found — run \`npm run train\` to build them`, path);
  let raw: Uint8Array;
  try {
    raw = gunzipSync(readFileSync(path));
  } catch (e) {
    throw new NewsgraphError('E021', `${path}: expected a gzipped word-cluster table, found unreadable data (${(e as Error).message})`, path);
  }
  return decodeWordClusters(raw, path);
}

/** The shipped table (models/word-clusters.bin.gz), loaded once; null when it has not been built. */
export function defaultWordClusters(): WordClusters | null {
  if (cached === undefined) cached = existsSync(wordClustersPath()) ? readWordClusters(wordClustersPath()) : null;
  return cached;
}
