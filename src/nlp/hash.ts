// Feature hashing for the trained models (tagger, and reusable by the parser): 32-bit FNV-1a over
// UTF-16 code units, computed in place over string ranges so the hot path builds no feature strings,
// plus an open-addressing index from 32-bit keys to row numbers backed by typed arrays.
// Key 0 is reserved as "empty slot", so every produced key is forced non-zero. Hashes are returned
// as signed int32 (`| 0`), not uint32: V8 keeps int32 values unboxed, while uint32 values above 2^31
// become heap numbers whenever they cross a non-inlined call — measured 5× slower feature extraction.

export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: folds a 16-bit code unit into h. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** FNV-1a of s[start, end). With lower=true ASCII A–Z are folded to a–z (others kept: no allocation). */
export function hashRange(s: string, start: number, end: number, lower = false, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (lower && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

export function hashString(s: string, seed = FNV_OFFSET): number {
  return hashRange(s, 0, s.length, false, seed);
}

/** Combines two 32-bit values into a well-mixed non-zero int32 key (murmur3 finaliser over a·k + b). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/**
 * A model's sparse-feature key: template id tpl and value v mixed under the model's own two
 * constants (each MLP keeps its constants so its trained table stays valid), murmur3-style finaliser.
 */
export function templateKey(c1: number, c2: number, tpl: number, v: number): number {
  let h = (Math.imul(tpl ^ c1, c2) + v) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/**
 * Read-only map from non-zero uint32 keys to int32 values (open addressing, linear probing).
 * Key and value share one slot pair in a single Int32Array so a probe touches one cache line.
 * Built once from parallel arrays; `get` returns -1 for a missing key.
 */
export class KeyIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(keys: Uint32Array, values: Int32Array) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.size = keys.length;
    const slots = this.slots;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]! | 0;
      if (k === 0) throw new Error('KeyIndex: key 0 is reserved');
      let slot = (k ^ (k >>> 15)) & this.mask;
      while (slots[slot * 2] !== 0 && slots[slot * 2] !== k) slot = (slot + 1) & this.mask;
      slots[slot * 2] = k;
      slots[slot * 2 + 1] = values[i]!;
    }
  }

  get(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = (k ^ (k >>> 15)) & mask;
    for (;;) {
      const kk = slots[slot * 2]!;
      if (kk === k) return slots[slot * 2 + 1]!;
      if (kk === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }
}
