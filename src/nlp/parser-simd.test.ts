import { describe, expect, it } from 'vitest';
import { MAX_FEATURES } from './parser-features.js';
import { ParserSimd } from './parser-simd.js';
import { mulberry32 } from './random.js';

// The SIMD labeller must give the very sums of the scalar loop: every lane is the sum of its label's
// bytes over the feature rows, masked to the table, exactly (no lane may wrap).
describe('SIMD label sums', () => {
  const rows = 1 << 6;
  const stride = 16;
  function table(seed: number, fill?: number): Int32Array {
    const r = mulberry32(seed);
    const bytes = Uint8Array.from({ length: rows * stride * 4 }, () => fill ?? (r() < 0.2 ? (r() < 0.5 ? 255 : 0) : Math.floor(r() * 256)));
    return new Int32Array(bytes.buffer);
  }

  it('is available on this runtime (Node 20 has WebAssembly SIMD)', () => {
    expect(ParserSimd.create(table(1), stride)).not.toBeNull();
  });

  it('sums each label byte of the masked rows, as the scalar loop does', () => {
    const lab = table(2);
    const bytes = new Uint8Array(lab.buffer);
    const s = ParserSimd.create(lab, stride)!;
    const r = mulberry32(9);
    for (const nf of [0, 1, 37, MAX_FEATURES]) {
      for (let i = 0; i < nf; i++) s.feats[i] = Math.floor(r() * 2 ** 32) | 0;
      s.score(nf, rows - 1);
      for (let l = 0; l < 64; l++) {
        let sum = 0;
        for (let i = 0; i < nf; i++) sum += bytes[(s.feats[i]! & (rows - 1)) * 64 + l]!;
        expect(s.sums[l]).toBe(sum);
      }
    }
  });

  it('holds the largest sum without wrapping (MAX_FEATURES rows of 255)', () => {
    const s = ParserSimd.create(table(3, 255), stride)!;
    s.feats.fill(5);
    s.score(MAX_FEATURES, rows - 1);
    expect([...s.sums]).toEqual(new Array(64).fill(MAX_FEATURES * 255));
  });

  it('keeps the tables it was given: the label table and the extra ones, byte for byte', () => {
    const lab = table(4);
    const extra = Uint8Array.from({ length: 999 }, (_, i) => (i * 7) & 255);
    const s = ParserSimd.create(lab, stride, [extra])!;
    expect(s.labPacked).toEqual(lab);
    expect(s.extra[0]).toEqual(extra);
  });

  it('sums the three-byte transition rows of the extra table, masked, as the scalar loop does', () => {
    const r = mulberry32(11);
    const transRows = 1 << 7;
    const trans = Uint8Array.from({ length: transRows * 3 }, () => (r() < 0.2 ? 255 : Math.floor(r() * 256)));
    const s = ParserSimd.create(table(5), stride, [trans])!;
    for (const nf of [0, 1, 123, MAX_FEATURES]) {
      for (let i = 0; i < nf; i++) s.feats[i] = Math.floor(r() * 2 ** 32) | 0;
      s.transitions(nf, transRows - 1);
      for (let t = 0; t < 3; t++) {
        let sum = 0;
        for (let i = 0; i < nf; i++) sum += trans[(s.feats[i]! & (transRows - 1)) * 3 + t]!;
        expect(s.transSums[t]).toBe(sum);
      }
    }
  });

  it('declines rows wider than 64 bytes (more than 64 labels)', () => {
    expect(ParserSimd.create(new Int32Array(rows * 32), 32)).toBeNull();
  });
});
