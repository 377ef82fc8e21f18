import { describe, expect, it } from 'vitest';
import { TagSums } from './tag-sums-simd.js';
import { mulberry32 } from './random.js';

// The SIMD sum must give the JS loop's integers: scores[t] = the six vectors' int32 sum, wrapping as
// a store into an Int32Array does, for any offsets (vectors are not aligned to 16 bytes) and tag counts.
describe('tagger six-vector sums in WebAssembly SIMD', () => {
  it('is available on this runtime (Node 20 has WebAssembly SIMD)', () => {
    expect(TagSums.create(61, 61 * 10, 61 * 4)).not.toBeNull();
  });

  it('sums memo and pair vectors at any offsets exactly as the JS loop, with int32 wrap-around', () => {
    const r = mulberry32(21);
    for (const nTags of [1, 17, 61, 64 - 4]) {
      const s = TagSums.create(nTags, nTags * 12, nTags * 7)!;
      const big = () => (r() < 0.1 ? (r() < 0.5 ? 0x7fffffff : -0x80000000) : Math.floor((r() - 0.5) * 2 ** 31));
      for (let i = 0; i < s.memo.length; i++) s.memo[i] = big();
      for (let i = 0; i < s.pairs.length; i++) s.pairs[i] = big();
      for (let trial = 0; trial < 20; trial++) {
        const m = Array.from({ length: 5 }, () => Math.floor(r() * 12) * nTags);
        const p = Math.floor(r() * 7) * nTags;
        s.sum(m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, p);
        const want = new Int32Array(nTags);
        for (let t = 0; t < nTags; t++) want[t] = s.memo[m[0]! + t]! + s.memo[m[1]! + t]! + s.memo[m[2]! + t]! + s.memo[m[3]! + t]! + s.memo[m[4]! + t]! + s.pairs[p + t]!;
        expect(Array.from(s.scores)).toEqual(Array.from(want));
      }
    }
  });

  it('starts with zeroed vectors, as new Int32Arrays do, and declines more tags than its score area holds (124)', () => {
    const s = TagSums.create(5, 50, 25)!;
    expect(s.memo.every((v) => v === 0) && s.pairs.every((v) => v === 0)).toBe(true);
    expect(TagSums.create(200, 10, 10)).toBeNull();
  });
});
