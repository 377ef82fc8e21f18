import { describe, expect, it } from 'vitest';
import { CODEBOOK_SIZE, weightCodebook } from './tagger-codebook.js';
import { mulberry32 } from './random.js';

describe('weightCodebook', () => {
  it('is exact when there are at most 256 distinct weights', () => {
    const w = Int16Array.from([-300, 5, 5, 0, 12000, -32768, 32767, 7]);
    const { lut, codeOf } = weightCodebook(w);
    for (const v of w) expect(lut[codeOf[v + 32768]!]).toBe(v);
  });

  it('maps every weight to its nearest code, closer than a uniform 8-bit grid', () => {
    const rand = mulberry32(7);
    // the shape of a pruned perceptron's weights: heavy-tailed magnitudes, none near zero
    const w = Int16Array.from({ length: 50_000 }, () => {
      const x = Math.min(32767, 300 - Math.log(1 - rand()) * 1500);
      return Math.round(rand() < 0.5 ? -x : x);
    });
    const { lut, codeOf } = weightCodebook(w);
    expect(lut.length).toBeLessThanOrEqual(CODEBOOK_SIZE);
    expect(lut.length).toBeGreaterThan(CODEBOOK_SIZE / 2);
    for (let k = 1; k < lut.length; k++) expect(lut[k]!).toBeGreaterThan(lut[k - 1]!);
    let err = 0;
    let uniformErr = 0;
    const step = 65535 / 255; // a uniform 8-bit grid over the int16 range
    for (const v of w) {
      const q = lut[codeOf[v + 32768]!]!;
      // nearest: no other code is closer
      for (const c of [codeOf[v + 32768]! - 1, codeOf[v + 32768]! + 1]) if (c >= 0 && c < lut.length) expect(Math.abs(lut[c]! - v)).toBeGreaterThanOrEqual(Math.abs(q - v));
      // errors weighed by the weight's size (a large weight's error moves a score most)
      err += Math.abs(v) * Math.abs(q - v);
      uniformErr += Math.abs(v) * Math.abs(Math.round(v / step) * step - v);
    }
    expect(err).toBeLessThan(uniformErr);
    // deterministic
    expect(weightCodebook(w).lut).toEqual(lut);
  });
});
