// The fixed benchmark corpora, read from ../shared: Wikinews (CSV) and Reuters-21578 (SGML,
// latin-1). Shared by bench/ and the ingest measurements; returns [] where ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { parseCsv } from '../src/io/read-csv.js';

export interface BenchArticle {
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

export function wikinews(): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (const year of [2019, 2020]) {
    const p = sharedPath('data', 'wikinews', `wikinews_${year}.csv`);
    if (!existsSync(p)) continue;
    const rows = parseCsv(readFileSync(p, 'utf8'));
    for (let i = 1; i < rows.length; i++) {
      const [url, date, title, text] = rows[i]!;
      if (text?.trim()) out.push({ id: `wikinews-${year}-${i}`, url: url ?? null, published: date ?? null, title: title ?? null, text });
    }
  }
  return out;
}

const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

function unescapeSgml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(+n));
}

/** Up to `limit` Reuters stories with a body, in file order. */
export function reuters(limit: number): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (let f = 0; f <= 21 && out.length < limit; f++) {
    const p = sharedPath('data', 'reuters21578', `reut2-${String(f).padStart(3, '0')}.sgm`);
    if (!existsSync(p)) continue;
    const sgm = readFileSync(p, 'latin1');
    const re = /<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g;
    for (let m = re.exec(sgm); m && out.length < limit; m = re.exec(sgm)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]!)?.[1];
      if (!body?.trim()) continue;
      const d = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(m[2]!);
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[2]!)?.[1] ?? null;
      out.push({
        id: `reuters-${m[1]}`,
        // Reuters bodies end with a "Reuter" signature and a control character
        text: unescapeSgml(body).replace(/\s*Reuter\s*\x03?\s*$/, '').replace(/\x03/g, '').trim(),
        title: title ? unescapeSgml(title) : null,
        url: null,
        published: d ? `${d[3]}-${MONTHS[d[2]!]}-${d[1]!.padStart(2, '0')}` : null,
      });
    }
  }
  return out;
}

/** The articles as `newsgraph extract` JSON Lines input (id, text, title, published), as the side-by-side feeds them. */
export function extractJsonl(articles: readonly BenchArticle[]): string {
  return articles.map((a) => JSON.stringify({ id: a.id, text: a.text, title: a.title, published: a.published ?? undefined })).join('\n') + '\n';
}
