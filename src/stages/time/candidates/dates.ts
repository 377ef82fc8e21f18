// Candidates for calendar dates written with their parts: "March 6, 2025", "6 March", "Feb. 28",
// "November 2006", "2025-03-06", "7/8/07", a bare year "2009", decades "the 1990s", and bare
// month names. Name blockers ("Sunday Times", "the March", "May" the verb) are applied here,
// where the surrounding words are at hand.
import type { Candidate } from '../frame.js';
import { timeLexicon } from '../lexicon.js';
import { fragments, isCapitalised, prevWord, wordAfter, wordBefore } from '../patterns.js';
import { foldText, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { scan } from './scan.js';

let compiled: RegExp[] | undefined;

function patterns(): RegExp[] {
  if (compiled) return compiled;
  const f = fragments();
  // case-sensitive: names are written with a capital, and the scan is faster without /i
  const wd = `(?:(?<wd>${f.weekdayName})\\.?,?[^\\S\\n]+)?`;
  const year = `(?<year>\\d{4})(?![\\d%])`;
  const ord = '(?:st|nd|rd|th|ST|ND|RD|TH)';
  compiled = [
    // Monday, March 6, 2025 | March 6 | Feb. 28 | March 12 2009
    new RegExp(`\\b${wd}(?<mon>${f.monthName})(?<dot>\\.)?[^\\S\\n]+(?<day>\\d{1,2})${ord}?(?![\\d:.,]\\d|\\d|-\\d|/)\\b(?:,?[^\\S\\n]+${year})?`, 'gd'),
    // Monday, 6 March 2025 | the 5th of May
    new RegExp(`\\b${wd}(?:[Tt]he[^\\S\\n]+)?(?<day>\\d{1,2})${ord}?(?:[^\\S\\n]+of)?[^\\S\\n]+(?<mon>${f.monthName})(?<dot>\\.)?(?![\\p{L}])(?:,?[^\\S\\n]+${year})?`, 'gud'),
    // November 2006 | May of 2008
    new RegExp(`\\b(?<mon>${f.monthName})(?<dot>\\.)?,?[^\\S\\n]+(?:of[^\\S\\n]+)?${year}`, 'gd'),
    // October (of next year): the month takes its year from the phrase after it, which is a
    // time expression of its own
    // "September 20 of this year", "December 22, last year": the day takes its year from the
    // phrase after it, which (as TimeML and MEANTIME annotate it) is a time expression of its own
    new RegExp(`\\b(?<mon>${f.monthName})(?<dot>\\.)?(?:[^\\S\\n]+(?<day>\\d{1,2})${ord}?)?(?=(?:[^\\S\\n]+of|,)[^\\S\\n]+(?<rel>this|last|next)[^\\S\\n]+year\\b)`, 'gd'),
    // bare month name
    new RegExp(`\\b(?<mon>${f.monthName})(?<dot>\\.)?(?![\\p{L}\\d])`, 'gud'),
  ];
  return compiled;
}

/** Decades written as words: "the seventies" is the 1970s (a century is never meant). */
const DECADE_WORDS: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };
const DECADE_WORD = caselessPattern(/\bthe[^\S\n]+(?:early[^\S\n]+|late[^\S\n]+|mid[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi);
const ISO_DATE = /(?<![\d.\/-])\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const SLASH_DATE = /(?<![\d.\/-])\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d\/])/g;
const YEAR = /(?<![\d$€£#.,\/:]|\d-)\b(1[5-9]\d\d|20\d\d|21\d\d)\b(?![\d%]|[.,:\/-]\d)/g;
// found by "<digits>0s" (no look-behind tried at every offset); the words before are judged after
const DECADE = caselessPattern(/(?<!\d)(?:(1[5-9]\d|20\d)|(\d))0s\b/gi);
const DECADE_SHORT_BEFORE = new Set(['and', 'or', 'to', 'through']);
// "in '99", "class of '89": found from the apostrophe, the preposition before checked after
const SHORT_YEAR = /['’](\d\d)\b/g;
const SHORT_YEAR_BEFORE = new Set(['in', 'since', 'of', 'from', 'until', 'to', 'by']);

/** Prepositions and modifiers that make a bare "May" (or any bare month) a month. */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'through', 'before', 'after', 'between', 'to', 'and', 'or', 'end', 'beginning', 'start', 'throughout', 'on', 'each', 'every', 'until', 'that', 'same']);
const NAME_MONTHS = new Set([4, 5, 6, 8]); // April, May, June, August are also first names

function monthOf(raw: string, dot: string | undefined, beforeDay = false): number | null {
  if (!isCapitalised(raw)) return null;
  const lex = timeLexicon();
  const lower = raw.toLowerCase();
  const full = lex.months.get(lower);
  if (full !== undefined && !lex.months.has(lower + '.')) return full;
  const abbr = lex.months.get(lower + '.');
  // "Jan" alone needs its dot; before a day number ("Jan 12") it does not
  if (abbr !== undefined) return dot || beforeDay ? abbr : full ?? null;
  return full ?? null;
}

function weekdayOf(raw: string | undefined): number | undefined {
  if (!raw || !isCapitalised(raw)) return undefined;
  return timeLexicon().weekdays.get(raw.toLowerCase()) ?? timeLexicon().weekdays.get(raw.toLowerCase() + '.');
}

/** A number between two capitalised words inside a sentence is part of a name ("the Russell 2000
 * Index", "Vision 2030 Plan"), unless a month or weekday stands next to it. */
function isNameInternal(text: string, start: number, before: string, after: string): boolean {
  if (!isCapitalised(before) || !isCapitalised(after)) return false;
  const lex = timeLexicon();
  if (lex.months.has(before.toLowerCase()) || lex.weekdays.has(before.toLowerCase()) || lex.months.has(after.toLowerCase())) return false;
  // the word before must not open the sentence ("Since 2000 Apple has…")
  let wordStart = start;
  while (wordStart > 0 && text[wordStart - 1] === ' ') wordStart--;
  wordStart -= before.length;
  return !/(?:^|[.!?:"“(\n])[^\S\n]*$/u.test(text.slice(Math.max(0, wordStart - 3), Math.max(0, wordStart)));
}

export function dateCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const out: Candidate[] = [];
  const lex = timeLexicon();
  const [md, dm, my, monthOfYear, bare] = patterns();
  const withDay = (rule: string, priority: number) => (m: RegExpExecArray): Candidate | null => {
    const g = m.groups!;
    const mon = monthOf(g.mon!, g.dot, true);
    const d = Number(g.day);
    if (mon === null || d < 1 || d > 31) return null;
    const y = g.year ? Number(g.year) : undefined;
    if (y !== undefined && (y < 1000 || y > 2199)) return null;
    let start = m.index;
    const w = weekdayOf(g.wd);
    if (g.wd && w === undefined) start = (m as RegExpExecArray & { indices: { groups: Record<string, [number, number]> } }).indices.groups.mon![0];
    const end = m.index + m[0].length;
    return { start, end, type: 'DATE', frame: { k: 'date', y, m: mon, d, wd: w }, rule: y !== undefined ? `${rule}-year` : rule, priority };
  };
  scan(md!, text, folded, withDay('month-day', 5), out);
  scan(dm!, text, folded, withDay('day-month', 5), out);
  scan(my!, text, folded, (m) => {
    const mon = monthOf(m.groups!.mon!, m.groups!.dot);
    const y = Number(m.groups!.year);
    if (mon === null || y < 1000 || y > 2199) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'date', y, m: mon }, rule: 'month-year', priority: 4 };
  }, out);
  scan(monthOfYear!, text, folded, (m) => {
    const mon = monthOf(m.groups!.mon!, m.groups!.dot);
    if (mon === null) return null;
    const offset = { this: 0, last: -1, next: 1 }[m.groups!.rel!.toLowerCase() as 'this' | 'last' | 'next'];
    const d = m.groups!.day ? Number(m.groups!.day) : undefined;
    if (d !== undefined && (d < 1 || d > 31)) return null;
    if (d === undefined && text[m.index + m[0].length] === ',') return null; // "in June, last year we…": two phrases
    const year = { k: 'relunit', unit: 'Y', offset } as const;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'yearpart', part: String(mon).padStart(2, '0'), year, ...(d !== undefined ? { d } : {}) }, rule: 'month-of-relative-year', priority: 6 };
  }, out);
  scan(bare!, text, folded, (m) => {
    const raw = m.groups!.mon!;
    const mon = monthOf(raw, m.groups!.dot);
    if (mon === null) return null;
    // an abbreviation alone must carry its dot ("Dec." yes, "Dec" no)
    if (!m.groups!.dot && !lex.months.has(raw.toLowerCase())) return null;
    const before = wordBefore(text, m.index);
    const after = wordAfter(text, m.index + m[0].length);
    const hyphenBefore = text[m.index - 1] === '-';
    if (lex.blockAfter.has(after) || lex.blockBefore.has(before)) return null;
    if (mon === 5 && !hyphenBefore && !MONTH_CONTEXT.has(before.toLowerCase())) return null; // "May" the modal verb
    if (NAME_MONTHS.has(mon) && isCapitalised(after) && !monthOf(after, undefined) && !/^\d/.test(after)) return null; // "June Carter"
    // the dot after a full name ("in March.") ends the sentence, not the name
    const end = m.groups!.dot && lex.months.has(raw.toLowerCase()) ? m.index + m[0].length - 1 : m.index + m[0].length;
    return { start: m.index, end, type: 'DATE', frame: { k: 'date', m: mon }, rule: 'month', priority: 3 };
  }, out);
  scan(ISO_DATE, text, folded, (m) => {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'date', y, m: mo, d }, rule: 'iso-date', priority: 5 };
  }, out);
  scan(SLASH_DATE, text, folded, (m) => {
    // US order (month/day/year), the convention of the English-language wires
    const mo = Number(m[1]), d = Number(m[2]);
    let y = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    if (m[3]!.length === 2) y += y <= 30 ? 2000 : 1900;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'date', y, m: mo, d }, rule: 'slash-date', priority: 5 };
  }, out);
  scan(YEAR, text, folded, (m) => {
    const before = wordBefore(text, m.index);
    const after = wordAfter(text, m.index + m[0].length);
    if (lex.blockBeforeYear.has(before.toLowerCase()) || lex.blockAfterYear.has(after.toLowerCase())) return null;
    if (isNameInternal(text, m.index, before, after)) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'date', y: Number(m[1]) }, rule: 'year', priority: 2 };
  }, out);
  scan(DECADE_WORD, text, folded, (m) => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'prefix', prefix: `19${DECADE_WORDS[m[1]!.toLowerCase()]}`, unit: 'DE' }, rule: 'decade-word', priority: 3 }), out);
  scan(DECADE, text, folded, (m) => {
    const prefix = m[1] ?? `19${m[2]}`;
    const before = prevWord(text, m.index);
    const the = before.word.toLowerCase() === 'the' && before.start + 3 < m.index;
    const apostrophe = /['’]/.test(text[m.index - 1] ?? '');
    // "the 1990s", "1990s": the digits name the decade; "the 90s", "'90s", "the 70s and 80s" need a marker
    if (!m[1] && !the && !apostrophe && !DECADE_SHORT_BEFORE.has(before.word.toLowerCase())) return null;
    if (!m[1] && /\d/.test(text[m.index - 1] ?? '')) return null;
    const start = apostrophe ? m.index - 1 : the ? before.start : m.index;
    return { start, end: m.index + m[0].length, type: 'DATE', frame: { k: 'prefix', prefix, unit: 'DE' }, rule: 'decade', priority: 3 };
  }, out);
  scan(SHORT_YEAR, text, folded, (m) => {
    if (!/[^\S\n]/.test(text[m.index - 1] ?? '') || !SHORT_YEAR_BEFORE.has(wordBefore(text, m.index).toLowerCase())) return null;
    const n = Number(m[1]);
    const start = m.index + m[0].length - 3;
    return { start, end: m.index + m[0].length, type: 'DATE', frame: { k: 'date', y: n <= 30 ? 2000 + n : 1900 + n }, rule: 'short-year', priority: 3 };
  }, out);
  return out;
}
