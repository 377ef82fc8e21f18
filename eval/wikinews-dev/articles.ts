// The 40 Wikinews articles of the real-news dev set (eval/wikinews-dev/articles.tsv), read from
// ../shared with the benchmark's own Wikinews reader (bench/corpora.ts → src/io/read-csv.ts), so
// each document text is the CSV `text` field exactly as `newsgraph extract file.csv` sees it and
// gold offsets match the pipeline's. Returns [] where ../shared is absent.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { wikinews, type BenchArticle } from '../../bench/corpora.js';
import { NewsgraphError } from '../../src/core/errors.js';

export interface DevArticle extends BenchArticle {
  /** the dev set's own id, e.g. wn2019-006 */
  id: string;
  /** publication date from the CSV `date` column (YYYY-MM-DD) */
  published: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const ARTICLES_TSV = join(here, 'articles.tsv');

interface ArticleRow {
  id: string;
  file: string;
  row: number;
  date: string;
  title: string;
}

export function readArticleRows(path = ARTICLES_TSV): ArticleRow[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines.shift()!.split('\t');
  return lines.map((l) => {
    const f = Object.fromEntries(l.split('\t').map((v, i) => [header[i], v]));
    return { id: f.id!, file: f.file!, row: Number(f.row), date: f.date!, title: f.title! };
  });
}

/** The dev articles in articles.tsv order; fails loudly when a listed row is missing or its title differs. */
export function devArticles(): DevArticle[] {
  const all = new Map(wikinews().map((a) => [a.id, a]));
  if (all.size === 0) return [];
  return readArticleRows().map((r) => {
    const year = /wikinews_(\d{4})\.csv/.exec(r.file)?.[1];
    // articles.tsv counts data rows from 0; bench/corpora.ts names them from 1 (the header is row 0)
    const a = all.get(`wikinews-${year}-${r.row + 1}`);
    if (!a || a.title !== r.title) {
      throw new NewsgraphError('E005', `articles.tsv ${r.id}: ${r.file} row ${r.row} ${a ? `has the title "${a.title}", not "${r.title}"` : 'is missing'}`, ARTICLES_TSV);
    }
    return { ...a, id: r.id, published: r.date };
  });
}
