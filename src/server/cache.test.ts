import { describe, expect, it } from 'vitest';
import { ResponseCache } from './cache.js';

const body = (n: number) => new ArrayBuffer(n);

describe('ResponseCache', () => {
  it('serves an entry until its time-to-live has passed', () => {
    const c = new ResponseCache(1000);
    c.set('/a', body(10), [], 0);
    expect(c.get('/a', 999)).not.toBeNull();
    expect(c.get('/a', 1001)).toBeNull();
  });
  it('evicts the least recently used beyond its bounds, and clears on demand', () => {
    const c = new ResponseCache(1000, 2);
    c.set('/a', body(1), [], 0);
    c.set('/b', body(1), [], 0);
    c.get('/a', 1);
    c.set('/c', body(1), [], 2);
    expect(c.get('/b', 3)).toBeNull();
    expect(c.get('/a', 3)).not.toBeNull();
    c.clear();
    expect(c.get('/a', 3)).toBeNull();
  });
  it('caches nothing when disabled', () => {
    const c = new ResponseCache(0);
    c.set('/a', body(1), [], 0);
    expect(c.get('/a', 0)).toBeNull();
  });
});
