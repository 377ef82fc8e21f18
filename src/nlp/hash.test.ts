import { describe, expect, it } from 'vitest';
import { hashRange, hashString, KeyIndex, mix, mix3 } from './hash.js';

describe('hash', () => {
  it('hashes ranges in place, folding ASCII case on request', () => {
    expect(hashRange('xxHello', 2, 7)).toBe(hashString('Hello'));
    expect(hashRange('HELLO', 0, 5, true)).toBe(hashString('hello'));
    expect(hashRange('HELLO', 0, 5)).not.toBe(hashString('hello'));
  });

  it('mix gives distinct non-zero int32 keys per template', () => {
    const seen = new Set<number>();
    let bad = 0;
    for (let t = 1; t <= 40; t++) {
      for (let v = 0; v < 1000; v++) {
        const k = mix(t, v);
        if (k === 0 || (k | 0) !== k) bad++;
        seen.add(k);
      }
    }
    expect(bad).toBe(0);
    expect(seen.size).toBe(40_000);
    expect(mix3(1, 2, 3)).not.toBe(mix3(1, 3, 2));
  });
});

describe('KeyIndex', () => {
  it('finds every stored key and misses absent ones', () => {
    const keys = new Uint32Array(5000);
    const vals = new Int32Array(5000);
    for (let i = 0; i < keys.length; i++) {
      keys[i] = mix(7, i);
      vals[i] = i * 3;
    }
    const idx = new KeyIndex(keys, vals);
    let found = 0;
    for (let i = 0; i < keys.length; i++) if (idx.get(mix(7, i)) === i * 3) found++;
    expect(found).toBe(5000);
    let misses = 0;
    for (let i = 0; i < 5000; i++) if (idx.get(mix(8, i)) === -1) misses++;
    expect(misses).toBe(5000);
  });

  it('rejects the reserved key 0', () => {
    expect(() => new KeyIndex(new Uint32Array([0]), new Int32Array([1]))).toThrow(/reserved/);
  });
});
