import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '../core/errors.js';
import { decodeModel, encodeModel, modelArray, readModelFile, readModelFileInto, stampAtBuild, stampVerifiedModels, verifiedAtBuild, type ModelLayout } from './model-io.js';

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

  it('reads a file straight into memory the caller sizes from the header (readModelFileInto), with the same checks', () => {
    const bytes = encodeModel('test-kind', { tags: ['X'] }, arrays());
    const dir = mkdtempSync(join(tmpdir(), 'ng-model-'));
    const path = join(dir, 'm.bin');
    writeFileSync(path, bytes);
    let seen: ModelLayout | null = null;
    const arena = new ArrayBuffer(4096);
    const m = readModelFileInto(path, 'test-kind', (layout) => {
      seen = layout;
      return new Uint8Array(arena, 64, layout.bodyBytes);
    });
    expect(seen!.meta).toEqual({ tags: ['X'] });
    expect(seen!.arrays.map((a) => a.name)).toEqual(['a', 'b', 'c', 'd']);
    const a = modelArray(m, 'a', Float32Array);
    expect([...a]).toEqual([1.5, -2, 3]);
    expect(a.buffer).toBe(arena); // a view of the caller's memory, no copy of its own
    expect(a.byteOffset).toBe(64);
    expect([...modelArray(m, 'd', Uint32Array)]).toEqual([0xffffffff, 1]);
    // null: a buffer of its own
    expect([...modelArray(readModelFileInto(path, 'test-kind', () => null), 'c', Int16Array)]).toEqual([-7, 9]);
    const flipped = bytes.slice();
    flipped[flipped.length - 3]! ^= 0xff;
    writeFileSync(join(dir, 'bad.bin'), flipped);
    writeFileSync(join(dir, 'short.bin'), bytes.subarray(0, bytes.length - 8));
    writeFileSync(join(dir, 'tiny.bin'), bytes.subarray(0, 5));
    for (const f of ['bad.bin', 'short.bin', 'tiny.bin', 'nope.bin']) expect(code(() => readModelFileInto(join(dir, f), 'test-kind', () => null))).toBe('E021');
    expect(code(() => readModelFileInto(path, 'other-kind', () => null))).toBe('E021');
    expect(() => readModelFileInto(path, 'test-kind', () => new Uint8Array(8))).toThrow(/destination/);
  });

  it('reads a file at any byte offset of a larger buffer (as Buffer pooling may place it), and files of format 1', () => {
    const bytes = encodeModel('test-kind', { tags: ['X'] }, arrays());
    for (const shift of [1, 3, 4, 8]) {
      const pool = Buffer.alloc(bytes.length + shift + 5);
      pool.set(bytes, shift);
      const m = decodeModel(pool.subarray(shift, shift + bytes.length), 'test-kind');
      expect([...modelArray(m, 'a', Float32Array)]).toEqual([1.5, -2, 3]);
      expect([...modelArray(m, 'd', Uint32Array)]).toEqual([0xffffffff, 1]);
    }
    // format 1 (one serial checksum chain): same layout, header says format 1
    const body = bytes.subarray(bytes.length - decodeModelBodyBytes(bytes));
    const words = new Uint32Array(body.buffer, body.byteOffset, body.byteLength >>> 2);
    let h = 0x811c9dc5;
    for (const w of words) h = Math.imul(h ^ w, 0x01000193);
    const v1 = reencodeHeader(bytes, (head) => ({ ...head, format: 1, checksum: h >>> 0 }), 1);
    expect([...modelArray(decodeModel(v1, 'test-kind'), 'c', Int16Array)]).toEqual([-7, 9]);
  });

  it('trusts a file the build checksummed only while its size, modification time and header checksum are unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-models-'));
    mkdirSync(join(dir, 'derived'));
    const bytes = encodeModel('test-kind', {}, arrays());
    const flipped = bytes.slice();
    flipped[flipped.length - 3]! ^= 0xff;
    writeFileSync(join(dir, 'good.bin'), bytes);
    writeFileSync(join(dir, 'derived', 'copy.bin'), bytes);
    writeFileSync(join(dir, 'bad.bin'), flipped);
    writeFileSync(join(dir, 'fresh.bin'), bytes);
    const fresh = join(dir, 'fresh.bin');
    utimesSync(fresh, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const { stamped, failed } = stampVerifiedModels(dir);
    expect(stamped).toEqual(['derived/copy.bin', 'fresh.bin', 'good.bin']);
    expect(failed).toEqual(['bad.bin']);
    const sum = (b: Uint8Array) => decodeModelHeader(b).checksum;
    expect(verifiedAtBuild(join(dir, 'good.bin'), bytes.length, sum(bytes), dir)).toBe(true);
    expect(verifiedAtBuild(join(dir, 'derived', 'copy.bin'), bytes.length, sum(bytes), dir)).toBe(true);
    // the corrupt file was never stamped: checksummed on every read
    expect(verifiedAtBuild(join(dir, 'bad.bin'), flipped.length, sum(flipped), dir)).toBe(false);
    // rewritten after the build (a new modification time): checksummed again
    utimesSync(fresh, new Date(2021, 0, 1), new Date(2021, 0, 1));
    expect(verifiedAtBuild(fresh, bytes.length, sum(bytes), dir)).toBe(false);
    // other bytes than the stamped file's (length or header checksum), or a file outside the directory
    expect(verifiedAtBuild(join(dir, 'good.bin'), bytes.length - 8, sum(bytes), dir)).toBe(false);
    expect(verifiedAtBuild(join(dir, 'good.bin'), bytes.length, sum(bytes) ^ 1, dir)).toBe(false);
    expect(verifiedAtBuild(join(tmpdir(), 'good.bin'), bytes.length, sum(bytes), dir)).toBe(false);
  });

  it("runs a kind's structure check on each of its files, stamps the ones that pass as checked and leaves out the ones that fail", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-models-'));
    mkdirSync(join(dir, 'derived'));
    const passes = encodeModel('checked-kind', { ok: true }, arrays());
    const fails = encodeModel('checked-kind', { ok: false }, arrays());
    const other = encodeModel('other-kind', { ok: false }, arrays());
    writeFileSync(join(dir, 'passes.bin'), passes);
    writeFileSync(join(dir, 'fails.bin'), fails);
    writeFileSync(join(dir, 'other.bin'), other);
    const seen: string[] = [];
    const { stamped, failed } = stampVerifiedModels(dir, {
      'checked-kind': (m, path) => {
        seen.push(path);
        // the check sees the decoded file, never one that claims an earlier build checked it
        expect(m.checkedAtBuild).toBe(false);
        if (!(m.meta as { ok: boolean }).ok) throw new Error('bad structure');
      },
    });
    expect(seen.sort()).toEqual([join(dir, 'fails.bin'), join(dir, 'passes.bin')]);
    expect(stamped).toEqual(['other.bin', 'passes.bin']);
    expect(failed).toEqual(['fails.bin']);
    const sum = (b: Uint8Array) => decodeModelHeader(b).checksum;
    expect(stampAtBuild(join(dir, 'passes.bin'), passes.length, sum(passes), dir)?.checked).toBe(true);
    // a kind without a check: checksummed, not marked checked
    expect(stampAtBuild(join(dir, 'other.bin'), other.length, sum(other), dir)?.checked).toBeUndefined();
    expect(stampAtBuild(join(dir, 'fails.bin'), fails.length, sum(fails), dir)).toBeNull();
    // rewritten after the build: neither verified nor checked
    utimesSync(join(dir, 'passes.bin'), new Date(2021, 0, 1), new Date(2021, 0, 1));
    expect(stampAtBuild(join(dir, 'passes.bin'), passes.length, sum(passes), dir)).toBeNull();
  });

  it('names the missing array and its expected type', () => {
    const m = decodeModel(encodeModel('k', {}, arrays()), 'k');
    expect(() => modelArray(m, 'a', Int32Array)).toThrow(/"a" of type Int32Array/);
    expect(() => modelArray(m, 'zz', Int32Array)).toThrow(/found none/);
  });
});

/** A model file's JSON header. */
function decodeModelHeader(bytes: Uint8Array): { checksum: number; bodyBytes: number } {
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + len))) as { checksum: number; bodyBytes: number };
}

/** The body length a model file's header announces. */
function decodeModelBodyBytes(bytes: Uint8Array): number {
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  return (JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + len))) as { bodyBytes: number }).bodyBytes;
}

/** The same file with its JSON header rewritten (padded back to 8-byte alignment) and the format word set. */
function reencodeHeader(bytes: Uint8Array, edit: (head: Record<string, unknown>) => Record<string, unknown>, format: number): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const len = dv.getUint32(8, true);
  const headLen = (12 + len + 7) & ~7;
  const json = new TextEncoder().encode(JSON.stringify(edit(JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + len))) as Record<string, unknown>)));
  const newHead = (12 + json.length + 7) & ~7;
  const out = new Uint8Array(newHead + bytes.length - headLen).fill(0x20, 12 + json.length, newHead);
  const odv = new DataView(out.buffer);
  odv.setUint32(0, dv.getUint32(0, true), true);
  odv.setUint32(4, format, true);
  odv.setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(bytes.subarray(headLen), newHead);
  return out;
}
