// Binary container for trained model files (tagger now, reusable by the parser): a JSON header
// (kind, format version, free-form meta, array directory, checksum) followed by typed arrays, each
// 8-byte aligned so they are read back as zero-copy views. A missing, truncated or corrupt file, or a
// file of another kind, fails with E021 telling the user to rebuild the models.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';

const MAGIC = 0x444d474e; // "NGMD" little-endian
const FORMAT = 2;
/** formats this reader accepts (1: the serial checksum) */
const READABLE_FORMATS = new Set([1, 2]);

export type ModelArray = Float32Array | Float64Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array | Int8Array;

const CTORS = {
  f32: Float32Array,
  f64: Float64Array,
  i32: Int32Array,
  u32: Uint32Array,
  i16: Int16Array,
  u16: Uint16Array,
  u8: Uint8Array,
  i8: Int8Array,
} as const;
type TypeName = keyof typeof CTORS;

function typeName(a: ModelArray): TypeName {
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Int16Array) return 'i16';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Uint8Array) return 'u8';
  return 'i8';
}

interface Entry {
  name: string;
  type: TypeName;
  length: number;
  offset: number;
}

interface Header {
  kind: string;
  format: number;
  meta: unknown;
  arrays: Entry[];
  bodyBytes: number;
  checksum: number;
}

const align8 = (n: number) => (n + 7) & ~7;

/**
 * Checksum over the body. Format 2: the 32-bit words folded by four independent multiplicative
 * hashes (word i into lane i mod 4), then the lanes folded together — four chains run in parallel,
 * so verifying the ~30 MB of shipped models costs a few ms of start-up instead of ~20 (format 1 was
 * one serial chain; still read, for files written before).
 */
function checksum(body: Uint8Array, format = FORMAT): number {
  const words = new Uint32Array(body.buffer, body.byteOffset, body.byteLength >>> 2);
  if (format === 1) {
    let h = 0x811c9dc5;
    for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
    return h >>> 0;
  }
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let c = 0x9e3779b9;
  let d = 0x85ebca6b;
  const n4 = words.length & ~3;
  for (let i = 0; i < n4; i += 4) {
    a = Math.imul(a ^ words[i]!, 0x01000193);
    b = Math.imul(b ^ words[i + 1]!, 0x01000193);
    c = Math.imul(c ^ words[i + 2]!, 0x01000193);
    d = Math.imul(d ^ words[i + 3]!, 0x01000193);
  }
  for (let i = n4; i < words.length; i++) a = Math.imul(a ^ words[i]!, 0x01000193);
  let h = Math.imul(a ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h = Math.imul(h ^ d, 0x01000193);
  return h >>> 0;
}

export interface ModelFile {
  readonly kind: string;
  readonly meta: unknown;
  readonly arrays: ReadonlyMap<string, ModelArray>;
  /**
   * The build ran this kind's structure check on these very bytes (stampVerifiedModels' `checks`):
   * a loader may skip the same check at run time. Absent or false: the loader checks.
   */
  readonly checkedAtBuild?: boolean;
}

export function encodeModel(kind: string, meta: unknown, arrays: Record<string, ModelArray>): Uint8Array {
  const entries: Entry[] = [];
  let off = 0;
  for (const [name, a] of Object.entries(arrays)) {
    entries.push({ name, type: typeName(a), length: a.length, offset: off });
    off = align8(off + a.byteLength);
  }
  const body = new Uint8Array(off);
  for (const e of entries) {
    const a = arrays[e.name]!;
    body.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), e.offset);
  }
  const header: Header = { kind, format: FORMAT, meta, arrays: entries, bodyBytes: off, checksum: checksum(body) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headLen = align8(12 + json.length);
  const out = new Uint8Array(headLen + off);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, FORMAT, true);
  dv.setUint32(8, json.length, true);
  out.set(json, 12);
  for (let i = 12 + json.length; i < headLen; i++) out[i] = 0x20;
  out.set(body, headLen);
  return out;
}

export function writeModelFile(path: string, kind: string, meta: unknown, arrays: Record<string, ModelArray>): number {
  const bytes = encodeModel(kind, meta, arrays);
  writeFileSync(path, bytes);
  return bytes.length;
}

const bad = (path: string, what: string) =>
  new NewsgraphError('E021', `${path}: ${what} — run \`npm run train\` to rebuild the models`, path);

/** Checks a file's first 12 + JSON bytes (`head`) against the container's header rules; `total` is the file's length. */
function parseHead(head: Uint8Array, total: number, kind: string, path: string): { header: Header; headLen: number; format: number } {
  if (total < 12 || head.length < 12) throw bad(path, `expected a ${kind} model file, found ${total} bytes`);
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw bad(path, `expected a newsgraph model file (magic NGMD), found other bytes`);
  const format = dv.getUint32(4, true);
  if (!READABLE_FORMATS.has(format)) throw bad(path, `expected model format ${[...READABLE_FORMATS].join(' or ')}, found ${format}`);
  const jsonLen = dv.getUint32(8, true);
  if (12 + jsonLen > total || 12 + jsonLen > head.length) throw bad(path, 'truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(head.subarray(12, 12 + jsonLen))) as Header;
  } catch {
    throw bad(path, 'header is not valid JSON');
  }
  if (header.kind !== kind) throw bad(path, `expected a "${kind}" model, found "${header.kind}"`);
  const headLen = align8(12 + jsonLen);
  if (total !== headLen + header.bodyBytes) {
    throw bad(path, `expected ${headLen + header.bodyBytes} bytes, found ${total} (truncated or padded)`);
  }
  return { header, headLen, format };
}

/** Checks the body (unless the build verified the file) and views its arrays in place. */
function viewBody(header: Header, body: Uint8Array, format: number, total: number, path: string): ModelFile {
  const stamp = stampAtBuild(path, total, header.checksum);
  if (!stamp && checksum(body, format) !== header.checksum) {
    throw bad(path, 'checksum mismatch (corrupt file)');
  }
  const arrays = new Map<string, ModelArray>();
  for (const e of header.arrays) {
    const C = CTORS[e.type];
    if (!C) throw bad(path, `unknown array type ${String(e.type)}`);
    arrays.set(e.name, new C(body.buffer as ArrayBuffer, body.byteOffset + e.offset, e.length));
  }
  return { kind: header.kind, meta: header.meta, arrays, checkedAtBuild: stamp?.checked === true };
}

export function decodeModel(bytes: Uint8Array, kind: string, path = '<buffer>'): ModelFile {
  const { header, headLen, format } = parseHead(bytes, bytes.length, kind, path);
  // typed views need 8-byte alignment: view the body in place when it is aligned (a file read whole
  // is its own buffer: no copy of tens of MB at start-up); copy it when Buffer pooling misaligned it.
  // Views share memory with `bytes`, so callers hand over buffers they no longer modify.
  let body = bytes.subarray(headLen);
  if ((body.byteOffset & 7) !== 0) body = new Uint8Array(body); // a copy (Buffer#slice would be a view)
  return viewBody(header, body, format, bytes.length, path);
}

export function readModelFile(path: string, kind: string): ModelFile {
  if (!existsSync(path)) throw bad(path, 'file not found');
  return decodeModel(readFileSync(path), kind, path);
}

/** What a model file holds, as read from its header before the body (for sizing the body's destination). */
export interface ModelLayout {
  readonly meta: unknown;
  readonly arrays: readonly { readonly name: string; readonly type: string; readonly length: number; readonly offset: number }[];
  readonly bodyBytes: number;
}

/**
 * readModelFile() with the body read straight into memory the caller provides: `place` sees the
 * header's layout and returns where the bodyBytes go (8-byte aligned; the arrays are views there),
 * or null for a fresh buffer. The parser reads its tables into its WebAssembly memory this way —
 * one copy of ~15 MB instead of a file buffer plus a copy.
 */
export function readModelFileInto(path: string, kind: string, place: (layout: ModelLayout) => Uint8Array | null): ModelFile {
  if (!existsSync(path)) throw bad(path, 'file not found');
  const fd = openSync(path, 'r');
  try {
    const total = fstatSync(fd).size;
    const readFully = (into: Uint8Array, at: number) => {
      let done = 0;
      while (done < into.length) {
        const n = readSync(fd, into, done, into.length - done, at + done);
        if (n === 0) throw bad(path, 'truncated while reading');
        done += n;
      }
    };
    const start = new Uint8Array(Math.min(total, 12));
    readFully(start, 0);
    const jsonLen = total >= 12 ? new DataView(start.buffer).getUint32(8, true) : 0;
    const head = new Uint8Array(Math.min(total, 12 + jsonLen));
    head.set(start);
    if (head.length > 12) readFully(head.subarray(12), 12);
    const { header, headLen, format } = parseHead(head, total, kind, path);
    let body = place({ meta: header.meta, arrays: header.arrays, bodyBytes: header.bodyBytes });
    if (body !== null && (body.length !== header.bodyBytes || (body.byteOffset & 7) !== 0)) {
      throw new Error(`readModelFileInto: the destination must be ${header.bodyBytes} bytes, 8-byte aligned`);
    }
    body ??= new Uint8Array(header.bodyBytes);
    readFully(body, headLen);
    return viewBody(header, body, format, total, path);
  } finally {
    closeSync(fd);
  }
}

/** Fetches a named array of the expected type from a decoded model, or fails with E021. */
export function modelArray<T extends ModelArray>(
  m: ModelFile,
  name: string,
  ctor: abstract new (...args: never[]) => T,
  path = m.kind,
): T {
  const a = m.arrays.get(name);
  if (!(a instanceof ctor)) throw bad(path, `expected array "${name}" of type ${ctor.name}, found ${a ? a.constructor.name : 'none'}`);
  return a;
}

// Verified at build time. Checksumming the ~45 MB of model files a cold `extract` reads cost ~30 ms
// of its ~1 s (2026-12-06); `npm run build` (and the end of `npm run train`) checksums every model
// file under models/ in full and records each one's size, modification time and header checksum in
// models/derived/verified.json. A file read later with the same three was verified as it is; any
// write (a retrained model, a corrupted or truncated copy, a file put in its place) changes its
// modification time or size and it is checksummed again on reading. Not covered: bytes that change
// on disk without a write (bit rot) after the build. Bytes that do not come from a file (path
// '<buffer>', a gunzipped model) are always checksummed.

interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly checksum: number;
  /** its kind's structure check passed on these bytes (stampVerifiedModels' `checks`) */
  readonly checked?: true;
}

/**
 * A structure check of one model kind, run by the build on each stamped file of that kind (E021 or
 * any error when the file fails it): a check that costs every start time, such as the tagger's scan
 * of its packed rows (~9 ms of a cold extract, session 21), then runs once per build instead. The
 * loader skips it only for a file whose ModelFile says checkedAtBuild.
 */
export type StructureCheck = (m: ModelFile, path: string) => void;

const STAMPS_FILE = 'verified.json';
let stampsCache: { file: string; stamps: ReadonlyMap<string, Stamp> } | null = null;

/** The stamps file of a models directory (models/derived/verified.json). */
const stampsPath = (modelsDir: string) => join(modelsDir, 'derived', STAMPS_FILE);

function readStamps(file: string): ReadonlyMap<string, Stamp> {
  if (stampsCache?.file === file) return stampsCache.stamps;
  let stamps: ReadonlyMap<string, Stamp>;
  try {
    stamps = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Stamp>));
  } catch {
    stamps = new Map(); // none yet (no build), or unreadable: every file is checksummed
  }
  stampsCache = { file, stamps };
  return stamps;
}

/** Whether the build verified the file at `path` as it is now (same size, modification time, header checksum). */
export function verifiedAtBuild(path: string, bytes: number, headerChecksum: number, modelsDir = modelPath()): boolean {
  return stampAtBuild(path, bytes, headerChecksum, modelsDir) !== null;
}

/** The build's stamp of the file at `path` while it is as stamped (see verifiedAtBuild), else null. */
export function stampAtBuild(path: string, bytes: number, headerChecksum: number, modelsDir = modelPath()): Stamp | null {
  const rel = relative(modelsDir, resolve(path));
  if (rel.startsWith('..')) return null;
  const stamp = readStamps(stampsPath(modelsDir)).get(rel);
  if (!stamp || stamp.size !== bytes || stamp.checksum !== headerChecksum) return null;
  try {
    const st = statSync(path);
    return st.size === stamp.size && st.mtimeMs === stamp.mtimeMs ? stamp : null;
  } catch {
    return null;
  }
}

/** The model files (*.bin) under a models directory, derived copies included, as paths relative to it. */
function modelFiles(modelsDir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(modelsDir, sub), { withFileTypes: true })) {
    const rel = sub ? join(sub, e.name) : e.name;
    if (e.isDirectory()) out.push(...modelFiles(modelsDir, rel));
    else if (e.name.endsWith('.bin')) out.push(rel);
  }
  return out.sort();
}

/**
 * Checksums every model file under the models directory in full and records the ones that pass in
 * models/derived/verified.json (`npm run build`, `npm run train`), each with `checked` when `checks`
 * has its kind's structure check and the file passed it. Returns the files recorded; a file that
 * fails either is left out (it is checked again, and fails with E021, when read) and named in `failed`.
 */
export function stampVerifiedModels(modelsDir = modelPath(), checks: Readonly<Record<string, StructureCheck>> = {}): { stamped: string[]; failed: string[] } {
  const stamps: Record<string, Stamp> = {};
  const failed: string[] = [];
  for (const rel of modelFiles(modelsDir)) {
    const path = join(modelsDir, rel);
    const before = statSync(path);
    const bytes = readFileSync(path);
    try {
      const { checksum, kind } = verifiedChecksum(bytes);
      const check = Object.hasOwn(checks, kind) ? checks[kind] : undefined;
      // the decoded copy's own checkedAtBuild comes from the previous stamps: the check runs regardless
      check?.({ ...decodeModel(bytes, kind, path), checkedAtBuild: false }, path);
      const after = statSync(path);
      // written meanwhile: not what was read; left to be checksummed when read
      if (after.mtimeMs === before.mtimeMs && after.size === bytes.length) {
        stamps[rel] = { size: bytes.length, mtimeMs: after.mtimeMs, checksum, ...(check ? { checked: true as const } : {}) };
      }
    } catch {
      failed.push(rel);
    }
  }
  const file = stampsPath(modelsDir);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(stamps, null, 1) + '\n');
  renameSync(tmp, file);
  stampsCache = null;
  return { stamped: Object.keys(stamps), failed };
}

/** The header checksum and kind of a model file's bytes after checking the body against it in full; throws when they differ. */
function verifiedChecksum(bytes: Uint8Array): { checksum: number; kind: string } {
  if (bytes.length < 12) throw new Error('not a model file');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC || !READABLE_FORMATS.has(dv.getUint32(4, true))) throw new Error('not a model file');
  const jsonLen = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLen))) as Header;
  const headLen = align8(12 + jsonLen);
  if (bytes.length !== headLen + header.bodyBytes) throw new Error('size');
  let body = bytes.subarray(headLen);
  if ((body.byteOffset & 7) !== 0) body = new Uint8Array(body);
  if (checksum(body, dv.getUint32(4, true)) !== header.checksum) throw new Error('checksum');
  return { checksum: header.checksum, kind: header.kind };
}
