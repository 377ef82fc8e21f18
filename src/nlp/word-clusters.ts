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

/** The word index's arrays, as the derived copy stores them. */
const INDEX_ARRAYS = ['starts', 'hashes', 'order', 'first'] as const;

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

/**
 * Word → position in the table, read straight off the UTF-8 word list: words are bucketed by the
 * low bits of the FNV-1a hash of their UTF-8 bytes with a counting sort (sequential passes, and
 * tables small enough to stay in cache), and a lookup compares the full hash, then the bytes, of
 * the few words in its bucket. The Map<string, number> this replaces decoded and interned every
 * word first (~50 ms and most of the start-up garbage for ~200k words); an open-addressing table
 * was ~25 ms (one cache miss per insert). A word listed twice resolves to its last position, as
 * the Map did.
 */
class Utf8WordIndex {
  readonly size: number;
  /** start of word i in bytes; starts[size] = bytes.length + 1 */
  private readonly starts: Uint32Array;
  /** FNV-1a hash of word i's bytes */
  private readonly hashes: Int32Array;
  /** word positions grouped by bucket, in table order within a bucket */
  private readonly order: Int32Array;
  /** bucket b holds order[first[b] .. first[b + 1]) */
  private readonly first: Int32Array;
  private readonly mask: number;

  /** The index of a word list, from its ready-built arrays (tables()) when given, else built here. */
  constructor(
    private readonly bytes: Uint8Array,
    built?: Readonly<Record<(typeof INDEX_ARRAYS)[number], Uint32Array | Int32Array>>,
  ) {
    if (built) {
      const { starts, hashes, order, first } = built;
      this.size = hashes.length;
      this.mask = first.length - 2;
      if (!(starts instanceof Uint32Array) || !(hashes instanceof Int32Array) || !(order instanceof Int32Array) || !(first instanceof Int32Array)) throw new Error('word index: wrong array types');
      if (starts.length !== this.size + 1 || order.length !== this.size || (this.mask & (this.mask + 1)) !== 0 || starts[this.size] !== bytes.length + 1) throw new Error('word index: arrays do not fit the word list');
      this.starts = starts;
      this.hashes = hashes;
      this.order = order;
      this.first = first;
      return;
    }
    let n = 1; // as String.split: an empty list is one empty word
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) n++;
    this.size = n;
    let buckets = 16;
    while (buckets < n) buckets <<= 1;
    const mask = (this.mask = buckets - 1);
    const starts = (this.starts = new Uint32Array(n + 1));
    const hashes = (this.hashes = new Int32Array(n));
    const first = (this.first = new Int32Array(buckets + 1));
    let w = 0;
    let h = 0x811c9dc5;
    for (let i = 0; i <= bytes.length; i++) {
      const b = i < bytes.length ? bytes[i]! : 10;
      if (b === 10) {
        hashes[w] = h | 0;
        first[((h ^ (h >>> 15)) & mask) + 1]!++;
        starts[++w] = i + 1;
        h = 0x811c9dc5;
      } else h = Math.imul(h ^ b, 0x01000193);
    }
    for (let b = 0; b < buckets; b++) first[b + 1]! += first[b]!;
    const fill = first.slice(0, buckets);
    const order = (this.order = new Int32Array(n));
    for (let i = 0; i < n; i++) {
      const hi = hashes[i]!;
      order[fill[(hi ^ (hi >>> 15)) & mask]!++] = i;
    }
  }

  /** The built arrays (for the derived copy). */
  tables(): Record<(typeof INDEX_ARRAYS)[number], Uint32Array | Int32Array> {
    return { starts: this.starts, hashes: this.hashes, order: this.order, first: this.first };
  }

  /** Position of the word (exact match; the last one when listed twice), or -1. */
  find(word: string): number {
    const h = utf8Fnv(word);
    const b = (h ^ (h >>> 15)) & this.mask;
    for (let k = this.first[b + 1]! - 1; k >= this.first[b]!; k--) {
      const i = this.order[k]!;
      if (this.hashes[i] === h && this.equals(i, word)) return i;
    }
    return -1;
  }

  /** Does word i's UTF-8 equal the string's? (encodes on the fly: no allocation) */
  private equals(i: number, s: string): boolean {
    const bytes = this.bytes;
    let p = this.starts[i]!;
    const end = this.starts[i + 1]! - 1;
    // ASCII (nearly every lookup): one byte per character, compared directly
    if (end - p === s.length) {
      let k = 0;
      while (k < s.length && s.charCodeAt(k) < 0x80 && bytes[p + k] === s.charCodeAt(k)) k++;
      if (k === s.length) return true;
      if (s.charCodeAt(k) < 0x80) return false;
    }
    let ok = true;
    forEachUtf8Byte(s, (b) => {
      if (p >= end || bytes[p] !== b) ok = false;
      p++;
    });
    return ok && p === end;
  }
}

/** Calls f with each byte of the string's UTF-8 encoding (lone surrogates as U+FFFD, as TextEncoder does). */
function forEachUtf8Byte(s: string, f: (b: number) => void): void {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      f(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x800) {
      f(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
      f(0xe0 | (c >> 12));
      f(0x80 | ((c >> 6) & 63));
    } else {
      f(0xf0 | (c >> 18));
      f(0x80 | ((c >> 12) & 63));
      f(0x80 | ((c >> 6) & 63));
    }
    f(0x80 | (c & 63));
  }
}

function utf8Fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) h = Math.imul(h ^ c, 0x01000193);
    else {
      // rare (non-ASCII): the general encoder
      forEachUtf8Byte(s.slice(i), (b) => {
        h = Math.imul(h ^ b, 0x01000193);
      });
      break;
    }
  }
  return h | 0;
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
      const arrays = Object.fromEntries(INDEX_ARRAYS.map((n) => [n, f.arrays.get(n) as Uint32Array | Int32Array]));
      const index = new Utf8WordIndex(modelArray(f, 'words', Uint8Array), arrays as Record<(typeof INDEX_ARRAYS)[number], Uint32Array | Int32Array>);
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
