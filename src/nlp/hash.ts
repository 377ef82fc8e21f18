// Feature hashing for the trained models (tagger, and reusable by the parser): 32-bit FNV-1a over
// UTF-16 code units, computed in place over string ranges so the hot path builds no feature strings,
// plus an open-addressing index from 32-bit keys to row numbers backed by typed arrays.
// Key 0 is reserved as "empty slot", so every produced key is forced non-zero.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: folds a 16-bit code unit into h. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/** FNV-1a of s[start, end). With lower=true ASCII A–Z are folded to a–z (others kept: no allocation). */
export function hashRange(s: string, start: number, end: number, lower = false, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (lower && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

export function hashString(s: string, seed = FNV_OFFSET): number {
  return hashRange(s, 0, s.length, false, seed);
}

/** Combines two 32-bit values into a well-mixed non-zero key (murmur3 finaliser over a·k + b). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h >>>= 0;
  return h === 0 ? 1 : h;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/**
 * Read-only map from non-zero uint32 keys to int32 values (open addressing, linear probing).
 * Built once from parallel arrays; `get` returns -1 for a missing key.
 */
export class KeyIndex {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array, values: Int32Array) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.keys = new Uint32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === 0) throw new Error('KeyIndex: key 0 is reserved');
      let slot = (k ^ (k >>> 15)) & this.mask;
      while (this.keys[slot] !== 0 && this.keys[slot] !== k) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.values[slot] = values[i]!;
    }
  }

  get(k: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = (k ^ (k >>> 15)) & mask;
    for (;;) {
      const kk = keys[slot]!;
      if (kk === k) return this.values[slot]!;
      if (kk === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }
}
