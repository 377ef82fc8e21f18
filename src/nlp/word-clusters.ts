// Word clusters derived from GloVe vectors (models/word-clusters.bin.gz, built by
// scripts/train-clusters.ts): every known word has one fine cluster id, and coarser levels are
// nested groupings of the fine clusters, so one lookup answers every granularity. Unknown words
// get -1. Lookup is by lower case (GloVe 6B is lower-cased). Loaded once per process.
// The file is a model-io container (kind "word-clusters"), gzipped: `words` (UTF-8, one per line,
// in table order), `fine` (u16 fine cluster per word), and per coarser level `map<level>` (u16,
// fine cluster → coarse cluster). `npm run build` also writes a derived copy (models/derived/,
// see derived-tables.ts) that holds the word index ready-built: no gunzip, no index build at start.
import { existsSync, readFileSync } from 'node:fs';
import { zlib } from '../core/lazy-builtins.js';
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { derivedPath, gzipFingerprint, readDerived, writeDerived } from './derived-tables.js';
import { decodeModel, encodeModel, modelArray, type ModelFile } from './model-io.js';
import { Utf8WordIndex, wordIndexFromModel } from './utf8-word-index.js';

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
  /** the word's row in the table (lower-cased lookup), -1 when unknown: keys tables derived from the same vectors (the tagger's) */
  indexOf(word: string): number;
  /** the coarser cluster (at `level`) of a finest-level cluster id: two granularities for one word lookup */
  coarsen(fineId: number, level: number): number;
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
  return fromModelFile(decodeModel(bytes, WORD_CLUSTERS_KIND, path), path, null);
}

function fromModelFile(f: ModelFile, path: string, index: Utf8WordIndex | null): WordClusters {
  const meta = f.meta as WordClustersMeta;
  if (!meta || !Array.isArray(meta.levels) || !meta.levels.length) {
    throw new NewsgraphError('E021', `${path}: expected word-cluster levels in the header, found none — run \`npm run train\``, path);
  }
  const fine = modelArray(f, 'fine', Uint16Array, path);
  index ??= new Utf8WordIndex(modelArray(f, 'words', Uint8Array, path));
  if (fine.length !== index.size) {
    throw new NewsgraphError('E021', `${path}: expected one cluster per word (${index.size}), found ${fine.length}`, path);
  }
  const finest = meta.levels[0]!;
  const maps = new Map<number, Uint16Array>();
  for (const level of meta.levels.slice(1)) maps.set(level, modelArray(f, `map${level}`, Uint16Array, path));
  const found = index;
  return {
    meta,
    size: index.size,
    clusterOf(word: string, level: number): number {
      const w = found.find(word.toLowerCase());
      const id = w < 0 ? -1 : fine[w]!;
      if (level === finest) return id;
      const m = maps.get(level);
      if (!m) throw new NewsgraphError('E021', `word clusters: level ${level} is not in ${path} (levels: ${meta.levels.join(', ')})`, path);
      return id === -1 ? -1 : m[id]!;
    },
    indexOf(word: string): number {
      return index.find(word.toLowerCase());
    },
    coarsen(fineId: number, level: number): number {
      if (level === finest || fineId < 0) return fineId;
      const m = maps.get(level);
      if (!m) throw new NewsgraphError('E021', `word clusters: level ${level} is not in ${path} (levels: ${meta.levels.join(', ')})`, path);
      return m[fineId]!;
    },
  };
}

let cached: WordClusters | null | undefined;

export const wordClustersPath = () => modelPath('word-clusters.bin.gz');

const DERIVED = 'word-clusters.bin';
const DERIVED_KIND = 'word-clusters-indexed';

/** Reads a gzipped word-cluster table (through its derived copy when that is current); E021 when the file is missing or not one. */
export function readWordClusters(path: string): WordClusters {
  if (!existsSync(path)) throw new NewsgraphError('E021', `${path}: word clusters not found — run \`npm run train\` to build them`, path);
  const derived = readDerived(DERIVED, DERIVED_KIND, gzipFingerprint(path));
  if (derived) {
    try {
      const f = derived.file;
      const index = wordIndexFromModel(f);
      return fromModelFile({ kind: WORD_CLUSTERS_KIND, meta: derived.meta, arrays: f.arrays }, derivedPath(DERIVED), index);
    } catch {
      // an unusable copy is a stale cache: read the gzip file
    }
  }
  return decodeWordClusters(gunzipped(path), path);
}

function gunzipped(path: string): Uint8Array {
  try {
    return zlib().gunzipSync(readFileSync(path));
  } catch (e) {
    throw new NewsgraphError('E021', `${path}: expected a gzipped word-cluster table, found unreadable data (${(e as Error).message})`, path);
  }
}

/** Writes the derived copy of the gzipped table at `path` (the shipped one by default); its size in bytes. */
export function writeDerivedWordClusters(path = wordClustersPath()): number {
  const fingerprint = gzipFingerprint(path);
  if (!fingerprint) throw new NewsgraphError('E021', `${path}: word clusters not found — run \`npm run train\` to build them`, path);
  const f = decodeModel(gunzipped(path), WORD_CLUSTERS_KIND, path);
  const words = modelArray(f, 'words', Uint8Array, path);
  const index = new Utf8WordIndex(words);
  return writeDerived(DERIVED, DERIVED_KIND, fingerprint, f.meta, { ...Object.fromEntries(f.arrays), ...index.tables() });
}

/** The shipped table (models/word-clusters.bin.gz), loaded once; null when it has not been built. */
export function defaultWordClusters(): WordClusters | null {
  if (cached === undefined) cached = existsSync(wordClustersPath()) ? readWordClusters(wordClustersPath()) : null;
  return cached;
}
