import { describe, expect, it } from 'vitest';
import { ProjectionCache } from './projection-cache.js';

describe('projection cache', () => {
  it('keeps a projection at every one of 11 positions (the parser MLP places), not only the first 8', () => {
    const c = new ProjectionCache(16, 11, 2);
    for (let w = 0; w < 11; w++) {
      c.at(5, w);
      expect(c.missing).toBe(true);
    }
    for (let w = 0; w < 11; w++) {
      c.at(5, w);
      expect(c.missing).toBe(false);
    }
  });

  it('never lets a rare row evict a pinned (frequent) one; rare rows share the other slots', () => {
    const c = new ProjectionCache(8, 1, 1, undefined, 4);
    c.at(1, 0);
    // rows 5, 9, 13 would map onto slot 1 in a plain direct-mapped table of 8
    for (const r of [9, 13, 17]) c.at(r, 0);
    c.at(1, 0);
    expect(c.missing).toBe(false);
    // 9 and 13 share a slot among the 4 unpinned ones: the later one evicted the earlier
    c.at(9, 0);
    expect(c.missing).toBe(true);
    expect(() => new ProjectionCache(8, 1, 1, undefined, 3)).toThrow(/power of two/);
  });
});
