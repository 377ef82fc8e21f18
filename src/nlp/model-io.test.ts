import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '../core/errors.js';
import { decodeModel, encodeModel, modelArray, readModelFile } from './model-io.js';

const arrays = () => ({
  a: Float32Array.from([1.5, -2, 3]),
  b: Uint8Array.from([1, 2, 3, 4, 5]),
  c: Int16Array.from([-7, 9]),
  d: Uint32Array.from([0xffffffff, 1]),
});

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof NewsgraphError ? e.code : 'other';
  }
  return undefined;
}

describe('model-io', () => {
  it('round-trips meta and typed arrays', () => {
    const bytes = encodeModel('test-kind', { tags: ['X', 'Y'] }, arrays());
    const m = decodeModel(bytes, 'test-kind');
    expect(m.meta).toEqual({ tags: ['X', 'Y'] });
    expect([...modelArray(m, 'a', Float32Array)]).toEqual([1.5, -2, 3]);
    expect([...modelArray(m, 'b', Uint8Array)]).toEqual([1, 2, 3, 4, 5]);
    expect([...modelArray(m, 'c', Int16Array)]).toEqual([-7, 9]);
    expect([...modelArray(m, 'd', Uint32Array)]).toEqual([0xffffffff, 1]);
  });

  it('fails with E021 on a corrupt, truncated, foreign or missing file', () => {
    const bytes = encodeModel('test-kind', {}, arrays());
    const flipped = bytes.slice();
    flipped[flipped.length - 3]! ^= 0xff;
    expect(code(() => decodeModel(flipped, 'test-kind'))).toBe('E021');
    expect(code(() => decodeModel(bytes.subarray(0, bytes.length - 8), 'test-kind'))).toBe('E021');
    expect(code(() => decodeModel(bytes, 'other-kind'))).toBe('E021');
    expect(code(() => decodeModel(new TextEncoder().encode('hello world, not a model'), 'test-kind'))).toBe('E021');
    const dir = mkdtempSync(join(tmpdir(), 'ng-model-'));
    expect(code(() => readModelFile(join(dir, 'nope.bin'), 'test-kind'))).toBe('E021');
    writeFileSync(join(dir, 'ok.bin'), bytes);
    expect(readModelFile(join(dir, 'ok.bin'), 'test-kind').kind).toBe('test-kind');
  });

  it('names the missing array and its expected type', () => {
    const m = decodeModel(encodeModel('k', {}, arrays()), 'k');
    expect(() => modelArray(m, 'a', Int32Array)).toThrow(/"a" of type Int32Array/);
    expect(() => modelArray(m, 'zz', Int32Array)).toThrow(/found none/);
  });
});
