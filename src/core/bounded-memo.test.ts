import { describe, expect, it } from 'vitest';
import { BoundedMemo, flatCopy } from './bounded-memo.js';

describe('BoundedMemo', () => {
  it('holds at most two generations of entries, however many words come', () => {
    const m = new BoundedMemo<number>(100);
    for (let i = 0; i < 10_000; i++) m.set(`w${i}`, i);
    expect(m.size).toBeLessThanOrEqual(200);
    expect(m.get('w9999')).toBe(9999);
    expect(m.get('w0')).toBeUndefined();
  });

  it('keeps a word the stream keeps using across turns, and drops one it stopped using', () => {
    const m = new BoundedMemo<string>(4);
    m.set('the', 'THE');
    m.set('gone', 'GONE');
    for (let i = 0; i < 50; i++) {
      m.set(`rare${i}`, 'x');
      expect(m.get('the')).toBe('THE');
    }
    expect(m.get('gone')).toBeUndefined();
  });

  it('rejects an empty generation', () => {
    expect(() => new BoundedMemo(0)).toThrow(RangeError);
  });
});

describe('flatCopy', () => {
  it('returns the same characters, short or long', () => {
    const text = 'The administration said internationalisation was underway.';
    const long = text.slice(24, 44);
    expect(flatCopy(long)).toBe('internationalisation');
    expect(flatCopy('said')).toBe('said');
    expect(flatCopy('')).toBe('');
  });
});
