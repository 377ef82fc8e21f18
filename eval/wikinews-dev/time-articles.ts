// The articles of the Wikinews dev set (articles.tsv) with their text exactly as `newsgraph extract`
// sees it: the CSV is parsed by the project's own reader (src/io/read-csv.ts) and the `text` column is
// used unchanged, so every gold offset is an offset into what the pipeline analyses. articles.tsv's
// `row` counts data rows from 0 (the header is not a row); the row's url must match, so a reordered or
// replaced CSV stops the evaluation instead of silently scoring the wrong text.
// (A second loader, eval/wikinews-dev/articles.ts on the events branch, reads the same rows; the two are
// to be merged.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '../../src/core/errors.js';
import { sharedPath } from '../../src/core/paths.js';
import { parseCsv } from '../../src/io/read-csv.js';

export interface DevArticle {
  id: string;
  /** publication date (YYYY-MM-DD), the reference time of the article */
  published: string;
  title: string;
  url: string;
  text: string;
}

export const articlesTsv = join(import.meta.dirname, 'articles.tsv');

/** The dev-set articles in file order, or null when ../shared/data/wikinews is absent. */
export function loadTimeArticles(tsv = articlesTsv): DevArticle[] | null {
  const lines = readFileSync(tsv, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines.shift()?.split('\t') ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new NewsgraphError('E030', `${tsv}: no "${name}" column in the header (${header.join(', ')})`, tsv);
    return i;
  };
  const [cId, cFile, cRow, cDate, cTitle, cUrl] = ['id', 'file', 'row', 'date', 'title', 'url'].map(col) as [number, number, number, number, number, number];
  const csvs = new Map<string, string[][]>();
  const out: DevArticle[] = [];
  for (const line of lines) {
    const f = line.split('\t');
    const file = f[cFile]!;
    const path = sharedPath('data', 'wikinews', file);
    if (!existsSync(path)) return null;
    if (!csvs.has(file)) csvs.set(file, parseCsv(readFileSync(path, 'utf8')));
    const rows = csvs.get(file)!;
    const row = rows[Number(f[cRow]) + 1]; // rows[0] is the CSV header
    if (!row || row[0] !== f[cUrl]) {
      throw new NewsgraphError('E030', `${tsv}: ${f[cId]} expects row ${f[cRow]} of ${file} to be ${f[cUrl]}, found ${row?.[0] ?? 'no such row'}`, tsv);
    }
    out.push({ id: f[cId]!, published: f[cDate]!, title: f[cTitle]!, url: f[cUrl]!, text: row[3]! });
  }
  return out;
}
