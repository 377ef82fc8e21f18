// Ready-parsed copies of tables read from data/ (models/derived/data/<name>.json, a build output like
// dist/: `npm run build` writes them, git ignores them). Parsing the reviewed TSV files and indexing
// the Phoenix groups in JavaScript at every start cost ~50 ms of a cold `extract` (2026-12-06); the
// engine's JSON parser reads the same tables in a fraction of that. Each copy records the size and
// modification time of every data file it was made from: an edited, replaced or checked-out file
// (any write changes its modification time) makes the copy stale, and the caller parses the file
// itself — the copy is a cache, never the only source, and it never decides what a file means.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPath, modelPath } from './paths.js';

/** Where the data files and the models are (the repository's; tests give others). */
export interface DerivedDataDirs {
  readonly data: string;
  readonly models: string;
}

const REPO: DerivedDataDirs = { data: dataPath(), models: modelPath() };

export const derivedDataPath = (name: string, dirs: DerivedDataDirs = REPO) => join(dirs.models, 'derived', 'data', `${name}.json`);

/** [data file (relative to data/), size, modification time in ms] */
type Source = readonly [string, number, number];

interface DerivedData<T> {
  readonly from: readonly Source[];
  readonly value: T;
}

function sourceOf(file: string, dirs: DerivedDataDirs): Source | null {
  try {
    const st = statSync(join(dirs.data, file));
    return [file, st.size, st.mtimeMs];
  } catch {
    return null;
  }
}

/**
 * The data files `files` as they are now (each one's path under data/, size, modification time) as
 * one string, for a derived copy in another container (a model file, src/nlp/derived-tables.ts) to
 * name what it was made from; null when a file is missing.
 */
export function dataFingerprint(files: readonly string[], dirs: DerivedDataDirs = REPO): string | null {
  const from = files.map((f) => sourceOf(f, dirs));
  return from.some((s) => s === null) ? null : JSON.stringify(from);
}

/**
 * The copy `name` when it was made from the data files `files` as they are now; null otherwise
 * (none, stale, or unreadable).
 */
export function readDerivedData<T>(name: string, files: readonly string[], dirs: DerivedDataDirs = REPO): T | null {
  let d: DerivedData<T>;
  try {
    d = JSON.parse(readFileSync(derivedDataPath(name, dirs), 'utf8')) as DerivedData<T>;
  } catch {
    return null;
  }
  if (!Array.isArray(d.from) || d.from.length !== files.length) return null;
  for (let i = 0; i < files.length; i++) {
    const now = sourceOf(files[i]!, dirs);
    const then = d.from[i]!;
    if (!now || then[0] !== now[0] || then[1] !== now[1] || then[2] !== now[2]) return null;
  }
  return d.value;
}

/**
 * Writes the copy `name` of what `make` builds from the data files `files`; returns its size in
 * bytes, 0 when a file is missing or was written while `make` read it (no copy then).
 */
export function writeDerivedData(name: string, files: readonly string[], make: () => unknown, dirs: DerivedDataDirs = REPO): number {
  const from = files.map((f) => sourceOf(f, dirs));
  if (from.some((s) => s === null)) return 0;
  const value = make();
  if (JSON.stringify(files.map((f) => sourceOf(f, dirs))) !== JSON.stringify(from)) return 0;
  const path = derivedDataPath(name, dirs);
  mkdirSync(dirname(path), { recursive: true });
  const json = JSON.stringify({ from, value });
  // written aside and renamed: a process reading the copy meanwhile sees the old one or the new one
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, path);
  return json.length;
}
