import { describe, expect, it } from 'vitest';
import { firstNotBelow } from './sorted-strings.js';

describe('firstNotBelow', () => {
  // sorted by code units: the space (32) before letters, capitals before lower case
  const sorted = ['New York', 'New York City', 'Newark', 'Paris', 'paris'];
  it('takes a list sorted as JavaScript sorts strings', () => {
    expect([...sorted].sort()).toEqual(sorted);
  });
  it('finds an entry itself and the block of entries that extend it', () => {
    expect(firstNotBelow(sorted, 'New York')).toBe(0);
    expect(firstNotBelow(sorted, 'New York C')).toBe(1);
    expect(firstNotBelow(sorted, 'Newa')).toBe(2);
    expect(firstNotBelow(sorted, 'Newb')).toBe(3);
  });
  it('orders by code units and runs off either end', () => {
    expect(firstNotBelow(sorted, 'P')).toBe(3);
    expect(firstNotBelow(sorted, 'p')).toBe(4);
    expect(firstNotBelow(sorted, 'A')).toBe(0);
    expect(firstNotBelow(sorted, 'zebra')).toBe(5);
    expect(firstNotBelow([], 'x')).toBe(0);
  });
});
