// Word → position in a UTF-8 word list (one word a line), read straight off its bytes: the word
// clusters' index (word-clusters.ts), as a set the lemmatizer's lemmas (lemmatizer.ts), and the
// Phoenix tables' keys and values (kb/phoenix.ts). (Not the NER vocabulary: asked for every word of
// a text, an interpreted lookup cost more than the Set's load saved; eval/cold-start-22.md.) Its arrays can be built once by `npm run build` and stored in a
// derived model file (models/derived/), then read back as zero-copy views at start-up: no JSON
// parse of the words, no string per word, no Map or Set of them.
import { BoundedMemo } from '../core/bounded-memo.js';
import { modelArray, type ModelArray, type ModelFile } from './model-io.js';

/** words per generation of has()'s memo (at most twice as many held) */
const HAS_MEMO_GENERATION = 16_384;

/** What the code reading a word list needs of it: a Set<string> is one, and so is Utf8WordIndex. */
export interface WordSet {
  has(word: string): boolean;
}

/** The word index's arrays, as a derived copy stores them (with the word list itself, `words`). */
export const INDEX_ARRAYS = ['starts', 'hashes', 'order', 'first'] as const;

/**
 * Word → position in the table, read straight off the UTF-8 word list: words are bucketed by the
 * low bits of the FNV-1a hash of their UTF-8 bytes with a counting sort (sequential passes, and
 * tables small enough to stay in cache), and a lookup compares the full hash, then the bytes, of
 * the few words in its bucket. The Map<string, number> this replaces decoded and interned every
 * word first (~50 ms and most of the start-up garbage for ~200k words); an open-addressing table
 * was ~25 ms (one cache miss per insert). A word listed twice resolves to its last position, as
 * the Map did.
 */
export class Utf8WordIndex implements WordSet {
  readonly size: number;
  /** has()'s answers (src/core/bounded-memo.ts) */
  private memo: BoundedMemo<boolean> | null = null;
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

  /**
   * Whether the word is in the list (exact match, as a Set<string> of the words would answer for a
   * list of well-formed words: a lone surrogate, which find() encodes as U+FFFD, matches nothing).
   */
  has(word: string): boolean {
    // memoised: the hash and byte comparison run as interpreted code in a short run (a cold extract),
    // ~2.5 µs a word against ~0.2 for a Set; a text asks the same words many times (the NER
    // features, the MLP, the name filters each ask a word of the NER vocabulary), and a map hit is
    // about as fast as the Set was (session 22)
    const memo = (this.memo ??= new BoundedMemo<boolean>(HAS_MEMO_GENERATION));
    let known = memo.get(word);
    if (known === undefined) memo.set(word, (known = this.indexOf(word) >= 0));
    return known;
  }

  /** Position of the word as has() finds it (a lone surrogate matches nothing), or -1. */
  indexOf(word: string): number {
    const i = this.find(word);
    return i >= 0 && LONE_SURROGATE.test(word) ? -1 : i;
  }

  /** Word i of the list. */
  wordAt(i: number): string {
    return utf8.decode(this.bytes.subarray(this.starts[i]!, this.starts[i + 1]! - 1));
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
export function forEachUtf8Byte(s: string, f: (b: number) => void): void {
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

export function utf8Fnv(s: string): number {
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

const utf8 = new TextDecoder();

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The arrays of a ready-built index of `words` (`words`: the UTF-8 list, and INDEX_ARRAYS), for a
 * model file; null for a list that cannot be packed exactly (empty, or a word with a newline, the
 * list's separator, or with a lone surrogate).
 */
export function wordIndexArrays(words: readonly string[], prefix = ''): Record<string, ModelArray> | null {
  // an empty list would read back as one empty word (as String.split), a newline would split a word,
  // and a lone surrogate would be stored as U+FFFD (see has)
  if (!words.length || words.some((w) => w.includes('\n') || LONE_SURROGATE.test(w))) return null;
  const bytes = new TextEncoder().encode(words.join('\n'));
  const arrays: Record<string, ModelArray> = { words: bytes, ...new Utf8WordIndex(bytes).tables() };
  return Object.fromEntries(Object.entries(arrays).map(([k, v]) => [prefix + k, v]));
}

/** The index stored by wordIndexArrays (with the same prefix) in a model file; throws when the arrays are missing or do not fit together. */
export function wordIndexFromModel(f: ModelFile, path?: string, prefix = ''): Utf8WordIndex {
  const arrays = Object.fromEntries(INDEX_ARRAYS.map((n) => [n, f.arrays.get(prefix + n) as Uint32Array | Int32Array]));
  return new Utf8WordIndex(modelArray(f, prefix + 'words', Uint8Array, path), arrays as Record<(typeof INDEX_ARRAYS)[number], Uint32Array | Int32Array>);
}
