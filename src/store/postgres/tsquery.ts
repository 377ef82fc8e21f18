// Turns what a user types into a safe tsquery for to_tsquery('simple', …), with the same reading as
// ftsQuery (../fts.ts) gives SQLite: only words survive, each a quoted lexeme; "phrases in quotes"
// become followed-by (<->) chains; a trailing `*` keeps prefix search (:*); terms are ANDed. Query
// operators typed by the user (& | ! <-> : parentheses) never reach PostgreSQL as operators.
import { searchParts } from '../fts.js';

const lexeme = (w: string) => `'${w.toLowerCase().replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;

export function tsQuery(input: string): string | null {
  const { phrases, terms } = searchParts(input);
  const parts = [
    ...phrases.map((w) => (w.length === 1 ? lexeme(w[0]!) : `(${w.map(lexeme).join(' <-> ')})`)),
    ...terms.map((t) => `${lexeme(t.word)}${t.prefix ? ':*' : ''}`),
  ];
  if (parts.length === 0) return null;
  return parts.slice(0, 32).join(' & ');
}

/** The words a query looks for, lower-cased, with whether each is a prefix (`gra*`). */
export function queryTerms(input: string): { word: string; prefix: boolean }[] {
  const out: { word: string; prefix: boolean }[] = [];
  const termRe = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)(\*)?/gu;
  for (let m = termRe.exec(input); m; m = termRe.exec(input)) out.push({ word: m[1]!.toLowerCase(), prefix: !!m[2] });
  return out.slice(0, 32);
}

/**
 * A snippet like SQLite's snippet(…, '[[', ']]', '…', 24): up to `size` words of the text around
 * the first hit, hits wrapped in [[ ]]. Computed here rather than with ts_headline, which re-parses
 * every listed article's whole text on the server (most of a search's time on long articles).
 */
export function snippet(text: string, query: string, size = 24): string {
  const terms = queryTerms(query);
  const hit = (w: string) => {
    const lw = w.toLowerCase();
    return terms.some((t) => (t.prefix ? lw.startsWith(t.word) : lw === t.word));
  };
  const words: { start: number; end: number; hit: boolean }[] = [];
  const wordRe = /[\p{L}\p{N}]+/gu;
  for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, hit: hit(m[0]) });
  if (!words.length) return '';
  const first = Math.max(0, words.findIndex((w) => w.hit));
  const from = Math.max(0, Math.min(first - Math.floor(size / 4), words.length - size));
  const to = Math.min(words.length, from + size);
  let out = from > 0 ? '…' : '';
  let at = words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    out += text.slice(at, w.start) + (w.hit ? `[[${text.slice(w.start, w.end)}]]` : text.slice(w.start, w.end));
    at = w.end;
  }
  return (out + (to < words.length ? '…' : text.slice(at).trimEnd())).replace(/\s+/g, ' ');
}
