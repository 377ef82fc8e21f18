// `npx tsx eval/wikinews-dev/timex-build.ts`: turns the hand annotations in timex.src.txt (snippets of
// the article text, see its header) into timex.jsonl and quote-dates.jsonl with UTF-16 offsets. Every
// snippet must occur exactly once in its article; a missing or repeated one, an unknown article, a
// malformed line or value stops the build with the line number, so the offsets can never drift
// silently. Checks only the form of the annotations, never their content against any system output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTimeArticles, type DevArticle } from './time-articles.js';

export interface GoldTimexRow { id: string; start: number; end: number; text: string; type: string; value: string; optional?: true }
export interface GoldQuoteDateRow {
  id: string;
  cue: { start: number; end: number; text: string };
  speaker: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  basis: 'stated' | 'context' | 'assumed';
  assumed: boolean;
}

const here = import.meta.dirname;
const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Locates the marked span of `snippet` (or the whole snippet) in `text`; throws unless the snippet is
 * unique. The marker is the last `[`…`]` pair, so an article's own editorial [brackets] may stand before it. */
export function locate(text: string, snippet: string, where: string): { start: number; end: number } {
  const s = snippet.replace(/\\n/g, '\n');
  const open = s.lastIndexOf('[');
  const close = open >= 0 ? s.indexOf(']', open) : -1;
  const marked = open >= 0 && close > open;
  const plain = marked ? s.slice(0, open) + s.slice(open + 1, close) + s.slice(close + 1) : s;
  const first = text.indexOf(plain);
  if (first < 0) throw new Error(`${where}: snippet not found in the article: ${JSON.stringify(plain)}`);
  if (text.indexOf(plain, first + 1) >= 0) throw new Error(`${where}: snippet occurs more than once, give more context: ${JSON.stringify(plain)}`);
  return marked ? { start: first + open, end: first + close - 1 } : { start: first, end: first + plain.length };
}

export function buildTimeGold(src: string, articles: DevArticle[]): { timexes: GoldTimexRow[]; quotes: GoldQuoteDateRow[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const timexes: GoldTimexRow[] = [];
  const quotes: GoldQuoteDateRow[] = [];
  let art: DevArticle | null = null;
  src.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const where = `timex.src.txt:${i + 1}`;
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      art = byId.get(line.slice(1).trim()) ?? null;
      if (!art) throw new Error(`${where}: unknown article ${line.slice(1).trim()}`);
      return;
    }
    if (!art) throw new Error(`${where}: annotation before any "@ <article id>" line`);
    const a: DevArticle = art;
    const f = line.split(' | ').map((x) => x.trim());
    if (f[0] === 'T') {
      const [, snippet, type, value, flag] = f;
      if (!snippet || !type || !value || !TYPES.has(type) || (flag !== undefined && flag !== 'optional') || f.length > 5) throw new Error(`${where}: expected "T | snippet | TYPE | value [| optional]"`);
      const { start, end } = locate(a.text, snippet, where);
      timexes.push({ id: a.id, start, end, text: a.text.slice(start, end), type, value, ...(flag ? { optional: true as const } : {}) });
    } else if (f[0] === 'Q') {
      const [, snippet, speaker, date, basis] = f;
      if (!snippet || !speaker || !date || !DATE.test(date) || !(basis === 'stated' || basis === 'context' || basis === 'assumed') || f.length > 5) throw new Error(`${where}: expected "Q | snippet | speaker | YYYY[-MM[-DD]] | stated|context|assumed"`);
      if (basis === 'assumed' && date !== a.published) throw new Error(`${where}: an assumed quote date is the publication date ${a.published}, not ${date}`);
      const { start, end } = locate(a.text, snippet, where);
      const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
      quotes.push({ id: a.id, cue: { start, end, text: a.text.slice(start, end) }, speaker, date, precision, basis, assumed: basis === 'assumed' });
    } else throw new Error(`${where}: a line starts with T, Q, @ or #`);
  });
  const order = new Map(articles.map((x, k) => [x.id, k]));
  const byPos = <T extends { id: string }>(pos: (x: T) => number) => (x: T, y: T) => order.get(x.id)! - order.get(y.id)! || pos(x) - pos(y);
  timexes.sort(byPos((x) => x.start));
  quotes.sort(byPos((x) => x.cue.start));
  return { timexes, quotes };
}

function main() {
  const articles = loadTimeArticles();
  if (!articles) throw new Error('../shared/data/wikinews is absent: cannot build the Wikinews time gold');
  const { timexes, quotes } = buildTimeGold(readFileSync(join(here, 'timex.src.txt'), 'utf8'), articles);
  writeFileSync(join(here, 'timex.jsonl'), timexes.map((t) => JSON.stringify(t)).join('\n') + '\n');
  writeFileSync(join(here, 'quote-dates.jsonl'), quotes.map((q) => JSON.stringify(q)).join('\n') + '\n');
  const docs = new Set(timexes.map((t) => t.id)).size;
  console.log(`timex.jsonl: ${timexes.length} timexes (${timexes.filter((t) => t.optional).length} optional) in ${docs} articles; quote-dates.jsonl: ${quotes.length} attributions`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
