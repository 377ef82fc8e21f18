// A data TSV file read line by line, for the big generated tables (the CAMEO verb dictionary, the
// Phoenix actor dictionaries: ~60k rows in all). loadTsv builds an object per row up front, which
// cost most of a process's start-up for tables of which an article needs a few dozen rows; here
// start-up only finds where each row is, a caller reads the cells it indexes by (no row objects),
// and rows are built on demand by the one TSV parser (parseTsv), so a row means exactly what
// loadTsv(name).rows[i] means. test: src/core/tsv-lines.test.ts checks that for the shipped files.
import { readFileSync } from 'node:fs';
import { parseTsv, type Row } from './data-loader.js';
import { NewsgraphError } from './errors.js';
import { dataPath } from './paths.js';

export interface TsvLines {
  readonly file: string;
  readonly columns: readonly string[];
  /** number of data rows */
  readonly size: number;
  /** the trimmed cell of row i in the column (as rows[i][column]), without building the row */
  cell(i: number, column: string): string;
  /** rows i (in the order given), as loadTsv gives them */
  rows(is: readonly number[]): Row[];
}

/** Reads data/<name> (a .tsv file): its header and source line checked now (E030), its rows located. */
export function loadTsvLines(name: string, required: readonly string[] = []): TsvLines {
  const file = `data/${name}`;
  let content: string;
  try {
    content = readFileSync(dataPath(name), 'utf8');
  } catch {
    throw new NewsgraphError('E030', `data file ${file} cannot be read`, name);
  }
  // the lines as parseTsv sees them: blank and # lines skipped, the first other line the header
  let header: string | null = null;
  let prelude = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < content.length; ) {
    let end = content.indexOf('\n', at);
    if (end < 0) end = content.length;
    const next = end + 1;
    if (end > at && content.charCodeAt(end - 1) === 13) end--;
    const c = content.charCodeAt(at);
    // a line starting with a visible character is not blank (no slice needed to know it)
    if (c !== 35 /* # */ && (c > 32 || content.slice(at, end).trim())) {
      if (header === null) {
        prelude = content.slice(0, end);
        header = content.slice(at, end);
      } else {
        starts.push(at);
        ends.push(end);
      }
    }
    at = next;
  }
  // the prelude (comment lines + header) through parseTsv: the source line and the columns
  const columns = parseTsv(prelude, file, required).columns;
  const sourceLine = `# source: ${file}`;
  const line = (i: number) => content.slice(starts[i]!, ends[i]!);
  return {
    file,
    columns,
    size: starts.length,
    cell(i: number, column: string): string {
      const c = columns.indexOf(column);
      if (c < 0) throw new NewsgraphError('E030', `${file}: no column "${column}" (found: ${columns.join(', ')})`, name);
      const end = ends[i]!;
      let from = starts[i]!;
      for (let k = 0; k < c; k++) {
        const tab = content.indexOf('\t', from);
        if (tab < 0 || tab >= end) return '';
        from = tab + 1;
      }
      const tab = content.indexOf('\t', from);
      return content.slice(from, tab < 0 || tab > end ? end : tab).trim();
    },
    rows(is: readonly number[]): Row[] {
      if (!is.length) return [];
      return [...parseTsv([sourceLine, header!, ...is.map(line)].join('\n'), file).rows];
    },
  };
}
