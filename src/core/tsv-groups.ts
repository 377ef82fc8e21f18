// A big data TSV file's rows grouped by the lower-cased value of one column (the CAMEO verb
// dictionary by lemma: 38k rows, 1,684 lemmas), for a caller that asks for a few groups. Finding the
// groups means reading and scanning the whole file (2 MB: ~40 ms of a cold `extract`, 2026-12-06);
// `npm run build` writes that index once (models/derived/data/, src/core/derived-data.ts: stale as
// soon as the file changes) with each row's byte offset, and a process then reads the index and
// decodes only the lines of the groups it asks for. Rows are built by the one TSV parser, as
// loadTsvLines builds them, so a row means what loadTsv(name).rows[i] means; without a fresh copy
// the groups come from loadTsvLines itself.
import { readFileSync } from 'node:fs';
import { parseTsv, tsvRow, type Row } from './data-loader.js';
import { readDerivedData, writeDerivedData } from './derived-data.js';
import { NewsgraphError } from './errors.js';
import { dataPath } from './paths.js';
import { loadTsvLines, type TsvLines } from './tsv-lines.js';

export interface TsvGroups {
  readonly file: string;
  readonly columns: readonly string[];
  /** the lower-cased values of the column */
  readonly keys: ReadonlySet<string>;
  /** the data rows (numbered as loadTsv numbers them) whose column holds `key`, in file order */
  rowsOf(key: string): readonly number[] | undefined;
  /** rows i (in the order given), as loadTsv gives them */
  rows(is: readonly number[]): Row[];
}

/**
 * The build's index: the header line, the groups, and where each data row's line starts (bytes). In
 * a shape the engine parses without an object per group: the keys as one newline-separated string
 * (no TSV cell holds a newline), the groups' rows as one flat array cut at `groupEnds`.
 */
interface GroupsCopy {
  readonly header: string;
  readonly columns: readonly string[];
  readonly keys: string;
  /** row numbers of all groups, group after group, each in file order */
  readonly rows: readonly number[];
  /** where each key's rows end in `rows` */
  readonly groupEnds: readonly number[];
  /** byte offset of data row n's line */
  readonly starts: readonly number[];
}

const copyName = (name: string, id: string) => `tsv-groups/${name}.${id}`;

/** How a table is indexed: the keys of each row (a row may have several: a name and its aliases), and a name for the build's copy. */
export interface TsvIndexSpec {
  /** names the build's copy: one per way of keying the file */
  readonly id: string;
  keysOf(t: TsvLines, n: number): Iterable<string>;
}

/** Keyed by the lower-cased value of one column. */
const byColumn = (column: string): TsvIndexSpec => ({ id: column, keysOf: (t, n) => [t.cell(n, column).toLowerCase()] });

/** Reads data/<name> grouped by `column` (lower-cased); E030 as loadTsvLines for a bad file or header. */
export function loadTsvGroups(name: string, column: string, required: readonly string[] = []): TsvGroups {
  return loadTsvIndex(name, byColumn(column), required);
}

/** Reads data/<name> grouped by the keys `spec` gives each row; E030 as loadTsvLines for a bad file or header. */
export function loadTsvIndex(name: string, spec: TsvIndexSpec, required: readonly string[] = []): TsvGroups {
  const copy = readDerivedData<GroupsCopy>(copyName(name, spec.id), [name]);
  if (!copy || !required.every((c) => copy.columns.includes(c))) return groupsOfLines(name, spec, required);
  const file = `data/${name}`;
  const path = dataPath(name);
  if (typeof copy.keys !== 'string') return groupsOfLines(name, spec, required);
  const keys = copy.groupEnds.length ? copy.keys.split('\n') : [];
  if (keys.length !== copy.groupEnds.length) return groupsOfLines(name, spec, required);
  const at = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) at.set(keys[i]!, i);
  const groups = new Map<number, readonly number[]>();
  let keySet: ReadonlySet<string> | undefined;
  const rowsOf = (key: string) => {
    const i = at.get(key);
    if (i === undefined) return undefined;
    let g = groups.get(i);
    if (!g) groups.set(i, (g = copy.rows.slice(i ? copy.groupEnds[i - 1]! : 0, copy.groupEnds[i]!)));
    return g;
  };
  let bytes: Buffer | undefined;
  let columns: readonly string[] | undefined;
  const line = (n: number) => {
    try {
      bytes ??= readFileSync(path);
    } catch {
      throw new NewsgraphError('E030', `data file ${file} cannot be read`, name);
    }
    const start = copy.starts[n]!;
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    if (end > start && bytes[end - 1] === 13) end--;
    return bytes.toString('utf8', start, end);
  };
  return {
    file,
    columns: copy.columns,
    get keys() {
      return (keySet ??= new Set(keys));
    },
    rowsOf,
    rows(is) {
      if (!is.length) return [];
      // each data line through parseTsv's row parse (tsvRow), as parseTsv would read the text of the
      // source line, the header and these lines (the line number its messages give counts that
      // text's lines) — without joining them into that text and splitting it again per group
      columns ??= parseTsv(`# source: ${file}\n${copy.header}`, file).columns;
      const cols = columns;
      return is.map((n, k) => tsvRow(line(n).split('\t'), cols, file, k + 3));
    },
  };
}

/** The groups from the file itself, line by line (no build copy, or a stale one). */
function groupsOfLines(name: string, spec: TsvIndexSpec, required: readonly string[]): TsvGroups {
  const t = loadTsvLines(name, required);
  const groups = new Map<string, number[]>();
  for (let n = 0; n < t.size; n++) {
    for (const key of spec.keysOf(t, n)) {
      const l = groups.get(key);
      if (!l) groups.set(key, [n]);
      else if (l[l.length - 1] !== n) l.push(n); // a row once per key, rows in file order
    }
  }
  return { file: t.file, columns: t.columns, keys: new Set(groups.keys()), rowsOf: (key) => groups.get(key), rows: (is) => t.rows(is) };
}

/**
 * Writes the index of data/<name> by `column` (`npm run build`); returns its size in bytes, 0 when
 * the file does not load (loading it then reports the E030).
 */
export function writeDerivedTsvGroups(name: string, column: string): number {
  return writeDerivedTsvIndex(name, byColumn(column));
}

/** Writes the index of data/<name> by `spec` (`npm run build`); its size in bytes, 0 when the file does not load. */
export function writeDerivedTsvIndex(name: string, spec: TsvIndexSpec): number {
  try {
    return writeDerivedData(copyName(name, spec.id), [name], (): GroupsCopy => {
      const t = loadTsvLines(name);
      const g = groupsOfLines(name, spec, []);
      const bytes = readFileSync(dataPath(name));
      const { header, starts } = dataLineStarts(bytes);
      if (starts.length !== t.size) throw new Error(`${name}: ${starts.length} data lines by bytes, ${t.size} by characters`);
      const keys = [...g.keys];
      const rows: number[] = [];
      const groupEnds: number[] = [];
      for (const k of keys) {
        rows.push(...g.rowsOf(k)!);
        groupEnds.push(rows.length);
      }
      return { header, columns: t.columns, keys: keys.join('\n'), rows, groupEnds, starts };
    });
  } catch {
    return 0;
  }
}

/**
 * The header line and the byte offsets of the data lines, classified as loadTsvLines classifies
 * them (blank lines and lines starting with # skipped, the first other line the header).
 */
export function dataLineStarts(bytes: Buffer): { header: string; starts: number[] } {
  let header: string | null = null;
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    let end = bytes.indexOf(10, at);
    if (end < 0) end = bytes.length;
    const next = end + 1;
    if (end > at && bytes[end - 1] === 13) end--;
    const text = bytes.toString('utf8', at, end);
    if (!text.startsWith('#') && text.trim()) {
      if (header === null) header = text;
      else starts.push(at);
    }
    at = next;
  }
  if (header === null) throw new Error('no header line');
  return { header, starts };
}
