import { describe, expect, it } from 'vitest';
import { JACKKNIFE_BLOCK, jackknifeFold } from './parser-jackknife.js';

describe('jackknifeFold', () => {
  it('keeps a block of consecutive sentences in one fold', () => {
    const f = jackknifeFold(0, 4);
    for (let i = 1; i < JACKKNIFE_BLOCK; i++) expect(jackknifeFold(i, 4)).toBe(f);
    expect(jackknifeFold(JACKKNIFE_BLOCK, 4)).not.toBe(f);
  });

  it('spreads a treebank over every fold in near-equal shares', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 12544; i++) counts[jackknifeFold(i, 4)]!++;
    for (const c of counts) expect(Math.abs(c - 12544 / 4)).toBeLessThanOrEqual(JACKKNIFE_BLOCK);
  });
});
