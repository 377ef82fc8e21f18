// Regular-expression fragments for the candidate generators, built once from the lexicon.
// Every fragment is a plain alternation or a bounded repetition, so each pattern scans the text
// in linear time (no nested quantifiers).
import { timeLexicon } from './lexicon.js';
import { startsUpper } from '../../core/letter-case.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so "September" is tried before "Sept." and "Sep." */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(esc).join('|');
}

export interface Fragments {
  /** month names in any case (for case-insensitive patterns) */
  readonly month: string;
  readonly weekday: string;
  /** month and weekday names as names are written — Capitalised or UPPER — for case-sensitive
   * patterns, which scan faster and never take the verb "march" or "may" */
  readonly monthName: string;
  readonly weekdayName: string;
  readonly numberWord: string;
  readonly unit: string;
  readonly season: string;
  readonly partOfDay: string;
  /** a quantity: digits, a number word, "twenty-five", "a few", "a couple of" */
  readonly quantity: string;
}

let cached: Fragments | undefined;

export function fragments(): Fragments {
  if (cached) return cached;
  const lex = timeLexicon();
  // month and weekday abbreviations are listed with their dot; the dot is optional in the
  // pattern and its absence is judged by the generator (only before a day number)
  const month = alternation([...lex.months.keys()].map((w) => w.replace(/\.$/, '')));
  const weekday = alternation([...lex.weekdays.keys()].map((w) => w.replace(/\.$/, '')));
  const asNames = (words: Iterable<string>) => alternation([...words].map((w) => w.replace(/\.$/, '')).flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]));
  const monthName = asNames(lex.months.keys());
  const weekdayName = asNames(lex.weekdays.keys());
  const tens = [...lex.numbers].filter(([, v]) => typeof v === 'number' && v >= 20 && v < 100 && v % 10 === 0).map(([w]) => w);
  const ones = [...lex.numbers].filter(([, v]) => typeof v === 'number' && v >= 1 && v <= 9).map(([w]) => w).filter((w) => w !== 'a' && w !== 'an');
  const numberWord = `(?:(?:${alternation(tens)})[- ](?:${alternation(ones)})|${alternation([...lex.numbers.keys()].filter((w) => w !== 'couple' && w !== 'few'))})`;
  const quantity = `(?:\\d+(?:\\.\\d+)?|a[^\\S\\n]+few|a[^\\S\\n]+couple[^\\S\\n]+of|a[^\\S\\n]+dozen|${numberWord})(?:[- ]and[- ]a[- ]half)?`;
  const unit = alternation(lex.units.keys());
  const season = alternation(lex.seasons.keys());
  const partOfDay = alternation(lex.partsOfDay.keys());
  cached = { month, weekday, monthName, weekdayName, numberWord, unit, season, partOfDay, quantity };
  return cached;
}

/** Parses a quantity matched by `fragments().quantity` into a number, or 'X' when unspecified. */
export function parseQuantity(raw: string): number | 'X' | null {
  const lex = timeLexicon();
  let s = raw.toLowerCase().replace(/[^\S\n]+/g, ' ').trim();
  let half = 0;
  const h = /[- ]and[- ]a[- ]half$/.exec(s);
  if (h) {
    half = 0.5;
    s = s.slice(0, h.index);
  }
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) + half;
  if (s === 'a few') return 'X';
  if (s === 'a couple of') return 2 + half;
  if (s === 'a dozen') return 12 + half;
  const compound = /^(\w+)[- ](\w+)$/.exec(s);
  if (compound) {
    const a = lex.numbers.get(compound[1]!);
    const b = lex.numbers.get(compound[2]!);
    if (typeof a === 'number' && typeof b === 'number') return a + b + half;
  }
  const v = lex.numbers.get(s);
  if (v === undefined) return null;
  return v === 'X' ? 'X' : v + half;
}

/** The lower-cased word before offset `i` in `text` (skipping spaces), or "" */
export function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 8 && text[j - 1] === ' ') j--;
  let k = j;
  // bounded look-back keeps every call O(1) on pathological input
  while (k > 0 && j - k < 40 && /[\p{L}'’]/u.test(text[k - 1]!)) k--;
  return text.slice(k, j);
}

/** The word before offset `i` (skipping spaces, not newlines) and where it starts; "" at `i` when none. */
export function prevWord(text: string, i: number): { word: string; start: number } {
  let j = i;
  while (j > 0 && i - j < 8 && text[j - 1] === ' ') j--;
  let k = j;
  while (k > 0 && j - k < 40 && /[\p{L}'’]/u.test(text[k - 1]!)) k--;
  return { word: text.slice(k, j), start: k };
}

/** The word after offset `i` in `text` (skipping spaces), or "" */
export function wordAfter(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 8 && text[j] === ' ') j++;
  let k = j;
  while (k < text.length && k - j < 40 && /[\p{L}\d'’%]/u.test(text[k]!)) k++;
  return text.slice(j, k);
}

/** (src/core/letter-case.ts: one definition of a capitalised word) */
export const isCapitalised = startsUpper;
