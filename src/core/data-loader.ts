// The one loader for reviewed data files in data/. A TSV file starts with comment lines that name
// its source and licence (`# source: …`, `# license: …`), then a header row, then rows; blank lines
// and lines starting with # are skipped. JSON files carry "source"/"license" keys. Every file is
// read once and cached; a malformed file fails loudly with E030 naming the file and line. A TSV file
// that `npm run build` parsed and that is unchanged since is read from its parsed copy
// (src/core/derived-data.ts): the same table, without parsing it again at every start.
import { readFileSync } from 'node:fs';
import { readDerivedData, writeDerivedData } from './derived-data.js';
import { NewsgraphError } from './errors.js';
import { dataPath } from './paths.js';

export type Row = Readonly<Record<string, string>>;

export interface TsvTable {
  readonly file: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

const cache = new Map<string, unknown>();

/** Parses TSV text (exported for tests and user-supplied override files). */
export function parseTsv(content: string, file: string, required: readonly string[] = []): TsvTable {
  const meta: Record<string, string> = {};
  let columns: string[] | null = null;
  const rows: Row[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (line.startsWith('#')) {
      const m = /^#\s*([\w-]+)\s*:\s*(.*)$/.exec(line);
      if (m && !columns) meta[m[1]!.toLowerCase()] = m[2]!.trim();
      continue;
    }
    const cells = line.split('\t');
    if (!columns) {
      columns = cells.map((c) => c.trim());
      checkColumns(columns, file, required);
      continue;
    }
    rows.push(tsvRow(cells, columns, file, i + 1));
  }
  if (!columns) throw new NewsgraphError('E030', `${file}: no header row`, file);
  if (!meta.source) throw new NewsgraphError('E030', `${file}: missing "# source:" header line`, file);
  return { file, meta, columns, rows };
}

/**
 * One data line's cells (the line split at tabs) as a row of `columns`: each cell trimmed, a missing
 * one empty; E030 naming `file`:`lineNo` for more cells than columns. The row parse of parseTsv, for
 * readers that locate a table's data lines themselves (src/core/tsv-groups.ts).
 */
export function tsvRow(cells: readonly string[], columns: readonly string[], file: string, lineNo: number): Row {
  if (cells.length > columns.length) {
    throw new NewsgraphError('E030', `${file}:${lineNo}: expected at most ${columns.length} columns, found ${cells.length}`, file);
  }
  const row: Record<string, string> = {};
  columns.forEach((c, j) => (row[c] = (cells[j] ?? '').trim()));
  return row;
}

function checkColumns(columns: readonly string[], file: string, required: readonly string[]): void {
  for (const r of required) {
    if (!columns.includes(r)) throw new NewsgraphError('E030', `${file}: header lacks column "${r}" (found: ${columns.join(', ')})`, file);
  }
}

const derivedTsvName = (name: string) => `tsv/${name}`;

/** Writes the parsed copy of data/<name> (`npm run build`); returns its size in bytes, 0 for a file that does not parse. */
export function writeDerivedTsv(name: string): number {
  try {
    return writeDerivedData(derivedTsvName(name), [name], () => parseTsv(readFileSync(dataPath(name), 'utf8'), `data/${name}`));
  } catch {
    return 0; // malformed: no copy; loading it reports the E030
  }
}

/** Loads data/<name> (a .tsv file) once. */
export function loadTsv(name: string, required: readonly string[] = []): TsvTable {
  const key = `tsv:${name}`;
  let t = cache.get(key) as TsvTable | undefined;
  if (!t) {
    const parsed = readDerivedData<TsvTable>(derivedTsvName(name), [name]);
    if (parsed) {
      checkColumns(parsed.columns, parsed.file, required);
      cache.set(key, parsed);
      return parsed;
    }
    let content: string;
    try {
      content = readFileSync(dataPath(name), 'utf8');
    } catch {
      throw new NewsgraphError('E030', `data file data/${name} cannot be read`, name);
    }
    t = parseTsv(content, `data/${name}`, required);
    cache.set(key, t);
  }
  return t;
}

/** Loads data/<name> (a .json file) once. */
export function loadJson<T = unknown>(name: string): T {
  const key = `json:${name}`;
  if (!cache.has(key)) {
    let v: unknown;
    try {
      v = JSON.parse(readFileSync(dataPath(name), 'utf8'));
    } catch (e) {
      throw new NewsgraphError('E030', `data file data/${name} is not valid JSON (${(e as Error).message})`, name);
    }
    cache.set(key, v);
  }
  return cache.get(key) as T;
}
