// Near-duplicate articles: a wire story republished with small edits (a rewritten lead, paragraphs
// in another order, a new headline, another date line) is one story. Each article gets a MinHash
// signature over word 4-shingles of its text; locality-sensitive hashing (bands of rows) proposes
// candidate pairs, and a pair is linked when the signatures agree on at least `threshold` of their
// slots (an estimate of the shingles' Jaccard similarity). Stories are the connected components of
// the links, named by their smallest article key, so the result depends only on the set of
// articles, never on the order they arrived in: incremental equals batch.
import { hashRange, mix } from '../nlp/hash.js';

/** Slots of a signature; BANDS × ROWS of them go into the LSH index. */
export const SIGNATURE_SIZE = 120;
const BANDS = 40;
const ROWS = 3;
const SHINGLE = 4;
/** Minimum estimated Jaccard similarity of two copies of one story (eval/cross: 95% of rewritten copies score ≥ 0.58, distinct stories ≤ 0.55, nearly all < 0.25). */
export const LINK_THRESHOLD = 0.4;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-cased, as [start, end) ranges (no strings built). */
function wordRanges(text: string): Int32Array {
  const out: number[] = [];
  for (const m of text.matchAll(WORD)) out.push(m.index, m.index + m[0].length);
  return Int32Array.from(out);
}

/** MinHash signature of a text: per slot, the minimum over shingles of a slot-seeded hash. */
export function signature(text: string): Uint32Array {
  const words = wordRanges(text);
  const n = words.length / 2;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const wordHash = new Int32Array(n);
  for (let i = 0; i < n; i++) wordHash[i] = hashRange(text, words[2 * i]!, words[2 * i + 1]!, true);
  const shingles = Math.max(1, n - SHINGLE + 1);
  for (let s = 0; s < shingles && n > 0; s++) {
    let h = 0x2545f491;
    for (let j = s; j < Math.min(n, s + SHINGLE); j++) h = mix(h, wordHash[j]!);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, k + 1) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** The LSH bucket keys of a signature (one per band), as strings a store can index. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix(h, sig[b * ROWS + r]! | 0);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

/** Signature as hex (for storage) and back. */
export function signatureToHex(sig: Uint32Array): string {
  return Array.from(sig, (v) => v.toString(16).padStart(8, '0')).join('');
}
export function signatureFromHex(hex: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) sig[k] = parseInt(hex.slice(8 * k, 8 * k + 8), 16);
  return sig;
}

/** Union-find over string keys; the representative of a set is its smallest key. */
export class KeyUnion {
  private readonly parent = new Map<string, string>();

  find(k: string): string {
    let p = this.parent.get(k);
    if (p === undefined) {
      this.parent.set(k, k);
      return k;
    }
    if (p === k) return k;
    const root = this.find(p);
    this.parent.set(k, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // the smaller key becomes the root, so a set's name does not depend on the order of unions
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}

/**
 * An in-memory story index: add articles one at a time (or all at once), ask which story each
 * belongs to. The SQL stores keep the same band keys in a table and run the same linking.
 */
export class StoryIndex {
  private readonly sigs = new Map<string, Uint32Array>();
  private readonly buckets = new Map<string, string[]>();
  private readonly union = new KeyUnion();

  /** Adds an article; returns the keys of the stored articles it was linked to. */
  add(key: string, sig: Uint32Array): string[] {
    if (this.sigs.has(key)) return [];
    const candidates = new Set<string>();
    const keys = bandKeys(sig);
    for (const b of keys) for (const other of this.buckets.get(b) ?? []) candidates.add(other);
    const linked: string[] = [];
    for (const other of candidates) {
      if (similarity(sig, this.sigs.get(other)!) >= LINK_THRESHOLD) linked.push(other);
    }
    this.sigs.set(key, sig);
    this.union.find(key);
    for (const b of keys) {
      const list = this.buckets.get(b);
      if (list) list.push(key);
      else this.buckets.set(b, [key]);
    }
    for (const other of linked) this.union.union(key, other);
    return linked.sort();
  }

  /** The story of an article: the smallest key of its linked component. */
  storyOf(key: string): string {
    return this.union.find(key);
  }

  /** Every story with more than one article, as sorted key lists. */
  stories(): string[][] {
    const groups = new Map<string, string[]>();
    for (const k of this.sigs.keys()) {
      const s = this.union.find(k);
      const g = groups.get(s);
      if (g) g.push(k);
      else groups.set(s, [k]);
    }
    return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
  }
}
