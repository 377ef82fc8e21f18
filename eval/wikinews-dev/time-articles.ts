// The articles of the Wikinews dev set for the time evaluation: the one loader of the dev set
// (articles.ts devArticles(), which reads the CSV rows with the benchmark's own Wikinews reader, the
// text exactly as `newsgraph extract` sees it, and checks each row's title), kept under this name so
// eval/time.ts and the timex builder read the same documents as the events scorer. articles.tsv's
// `row` counts data rows from 0; devArticles() maps it onto bench/corpora.ts's 1-based row names.
import { devArticles } from './articles.js';

export interface DevArticle {
  id: string;
  /** publication date (YYYY-MM-DD), the reference time of the article */
  published: string;
  title: string;
  url: string;
  text: string;
}

/** The dev-set articles in file order, or null when ../shared/data/wikinews is absent. */
export function loadTimeArticles(): DevArticle[] | null {
  const all = devArticles();
  if (!all.length) return null;
  return all.map((a) => ({ id: a.id, published: a.published, title: a.title ?? '', url: a.url ?? '', text: a.text }));
}
