// Ready-to-view copies of the gzipped shipped models (models/derived/, a build output like dist/:
// `npm run build` and `npm run train` write it, git ignores it). A gzipped model is small in the
// repository but every process paid for unpacking it and rebuilding its tables (~60 ms of the cold
// start for the NER weights and the word-cluster index); the derived copy holds those tables as
// model-io arrays, read as zero-copy views. Each copy names the gzip file it was made from by its
// fingerprint (the gzip trailer's CRC-32 and length, and the file size — read without unpacking):
// a retrained model is never read through a stale copy, it falls back to the gzip file.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { modelPath } from '../core/paths.js';
import { decodeModel, encodeModel, type ModelArray, type ModelFile } from './model-io.js';

export const derivedPath = (name: string) => modelPath('derived', name);

/** "crc32:isize:bytes" of a gzip file, from its 8-byte trailer; null when missing or not gzip-sized. */
export function gzipFingerprint(path: string): string | null {
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < 18) return null;
    const tail = Buffer.alloc(8);
    readSync(fd, tail, 0, 8, size - 8);
    return `${tail.readUInt32LE(0).toString(16)}:${tail.readUInt32LE(4)}:${size}`;
  } finally {
    closeSync(fd);
  }
}

/**
 * "path:size:mtime" of a file that is not gzipped (a JSON model): its path under models/ (else
 * absolute), size and modification time, as src/core/derived-data.ts fingerprints data files — any
 * write (a retrained model, a checkout) changes the modification time. null when missing.
 */
export function fileFingerprint(path: string): string | null {
  try {
    const st = statSync(path);
    const rel = relative(modelPath(), resolve(path));
    return `${rel.startsWith('..') ? resolve(path) : rel}:${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

interface DerivedMeta {
  /** fingerprint of the gzip file the copy was made from */
  readonly from: string;
  readonly meta: unknown;
}

/**
 * The derived copy `name` of kind `kind` when it exists and was made from a file with this
 * fingerprint; null otherwise (missing, stale, or unreadable: the caller reads the gzip file — the
 * copy is a cache, never the only source).
 */
export function readDerived(name: string, kind: string, fingerprint: string | null): { meta: unknown; file: ModelFile } | null {
  const path = derivedPath(name);
  if (fingerprint === null || !existsSync(path)) return null;
  try {
    const file = decodeModel(readFileSync(path), kind, path);
    const m = file.meta as DerivedMeta;
    return m && m.from === fingerprint ? { meta: m.meta, file } : null;
  } catch {
    return null;
  }
}

/** Writes the derived copy `name`; returns its size in bytes. */
export function writeDerived(name: string, kind: string, fingerprint: string, meta: unknown, arrays: Record<string, ModelArray>): number {
  const path = derivedPath(name);
  mkdirSync(dirname(path), { recursive: true });
  const bytes = encodeModel(kind, { from: fingerprint, meta } satisfies DerivedMeta, arrays);
  // the same bytes are not rewritten: a new mtime would make the next start checksum the copy again
  // (models/derived/verified.json records size and mtime), and tests rebuild the copies they read
  if (existsSync(path) && readFileSync(path).equals(bytes)) return bytes.length;
  // written aside and renamed: a process reading the copy meanwhile sees the old one or the new one
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return bytes.length;
}
