// Candidates relative to the publication date or to an earlier time in the text: today,
// yesterday, "on Monday", "last week", "next year", "earlier this month", "two days ago",
// "the next day", "a week later", "that day", "this morning", "Friday night".
import type { Candidate, Frame, Unit } from '../frame.js';
import { RELATIVE_DAYS as RELDAY } from '../../../lexicon/day-words.js';
import { timeLexicon } from '../lexicon.js';
import { fragments, isCapitalised, parseQuantity, prevWord, wordAfter, wordBefore } from '../patterns.js';
import { foldText, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { lookBack, scan } from './scan.js';

const UNIT_WORDS: Record<string, Unit> = { day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE', fortnight: 'W', hour: 'H', minute: 'MIN' };
const REL_DIR: Record<string, -1 | 0 | 1> = { last: -1, past: -1, previous: -1, preceding: -1, this: 0, current: 0, same: 0, that: 0, next: 1, coming: 1, following: 1 };

/** words before "the day" that make it the day in focus ("for the day", "to end the day") */
const THE_DAY_BEFORE = new Set(['on', 'for', 'during', 'of', 'throughout', 'in', 'end', 'ending', 'ended', 'ends', 'finish', 'finished', 'finishing']);
/** words before "the weekend" that make it a time ("over the weekend") */
const WEEKEND_BEFORE = new Set(['over', 'during', 'on', 'at']);
const REL_WEEKDAY = new Set(['last', 'next', 'this', 'coming', 'past']);

let compiled: Record<string, CaselessPattern> | undefined;

function patterns(): Record<string, CaselessPattern> {
  if (compiled) return compiled;
  const f = fragments();
  compiled = {
    // found from the day word; "earlier"/"later" before it joins the span (checked in the builder)
    relday: caselessPattern(/\b(today|tonight|yesterday|tomorrow)\b/gi),
    dayBefore: caselessPattern(/\bthe[^\S\n]+day[^\S\n]+(before[^\S\n]+yesterday|after[^\S\n]+tomorrow)\b/gi),
    // "the day before", "the week after" ending their phrase refer back to the time in focus;
    // "the day before the vote" names an event and is left to the duration and event readers
    unitBeforeAfter: caselessPattern(/\bthe[^\S\n]+(day|week|month|year|night)[^\S\n]+(before|after|earlier|later)(?=[^\S\n]*[,.;:)]|[^\S\n]*$)/gim),
    // "the last week of March (2009)", "the week of October 21"
    monthWeek: new RegExp(`\\bthe[^\\S\\n]+(?:(first|last|final)[^\\S\\n]+)?week[^\\S\\n]+of[^\\S\\n]+(?<mon>${f.monthName})\\.?(?:[^\\S\\n]+(?<d>\\d{1,2})(?:st|nd|rd|th)?)?(?:,?[^\\S\\n]+(?<y>\\d{4}))?\\b`, 'gd'),
    // "That September": the month of the year the narrative is in, not of publication
    thatMonth: caselessPattern(`\\b(that|the[^\\S\\n]+same)[^\\S\\n]+(?<mon>${f.month})\\b`, 'gid'),
    // found from the weekday; the word before ("last", "next", …) is checked in the builder
    relWeekday: new RegExp(`\\b(?<wd>${f.weekdayName})\\b`, 'gd'),
    // case-sensitive: a weekday is written as a name, and the scan is faster without /i
    weekday: new RegExp(`\\b(?<wd>${f.weekdayName})(?<dot>\\.)?(?![\\p{L}\\d])`, 'gud'),
    relUnit: caselessPattern(/\b(?:(?:earlier|later|late|early)[^\S\n]+)?(last|next|this|coming|current)[^\S\n]+(week|weekend|month|year|quarter|decade|century)\b/gi),
    theRelUnit: caselessPattern(/\bthe[^\S\n]+(previous|preceding|following|next|same|coming|last|past)[^\S\n]+(day|week|weekend|month|year|quarter|decade|morning|afternoon|evening|night)\b/gi),
    // "the same month a year ago": the month in focus, a year back
    thatUnit: caselessPattern(/\b(that|the[^\S\n]+same)[^\S\n]+(day|week|weekend|month|quarter|year|morning|afternoon|evening|night)\b(?:[^\S\n]+(a[^\S\n]+year[^\S\n]+(?:ago|earlier|before)|last[^\S\n]+year|of[^\S\n]+last[^\S\n]+year)\b)?/gi),
    // "the day" as the trading day of market reports: "for the day", "to end the day at 7,114"
    // (the word before is checked in the builder: a look-behind would be tried at every offset)
    theDay: caselessPattern(/\bthe[^\S\n]+day\b(?![^\S\n]+(?:before|after|of|when|that)\b)/gi),
    // "the beginning of the year", "the end of the week", "the start of the day": a part of the
    // unit in focus (TIMEX3 keeps the modifier in the span, mod START/END); "late in the day",
    // "earlier in the month"
    // (found from the part word: "the" before it is checked in the builder, "the" being everywhere)
    periodOf: /\b(?:beginning|start|end|middle|close|Beginning|Start|End|Middle|Close)[^\S\n]+of[^\S\n]+the[^\S\n]+(day|week|month|year)\b(?![^\S\n]+(?:before|after|of)\b(?![^\S\n]+\p{L}+ing\b))/gu,
    // "later in the day" is left to "later" and "the day" (the adverb modifies the verb)
    inThe: /\b(?:(?:[Ll]ate|[Ee]arly)[^\S\n]+in[^\S\n]+the[^\S\n]+(day|week|month|year)|(?:[Ee]arlier|[Ll]ater)[^\S\n]+in[^\S\n]+the[^\S\n]+(week|month|year))\b(?![^\S\n]+(?:before|after|of)\b(?![^\S\n]+\p{L}+ing\b))/gu,
    // a part of the day the narrative is on: "in the evening", "during the early morning",
    // "in the evening hours", "in early evening", "in morning trading"
    thePartOfDay: caselessPattern(/\b(?:in|during|through|throughout|into|by|until)[^\S\n]+(?:(the)[^\S\n]+)?(?:(early|late)[^\S\n]+)?(morning|afternoon|evening|night)(?:[^\S\n]+(hours|trading|session))?\b(?![^\S\n]+(?:of|before|after|when)\b)/gi),
    theWeekend: caselessPattern(/\b(?:(this|last|next)|the)[^\S\n]+weekend\b/gi),
    relMonth: caselessPattern(`\\b(last|next|this)[^\\S\\n]+(?<mon>${f.month})\\b`, 'gid'),
    // "three days later than planned" compares; it does not count from an earlier date
    // found by its direction word; the quantity and unit before it are read from a short window
    // (agoBefore), so the long quantity alternation is not tried at every offset
    ago: caselessPattern(/\b(?<dir>ago|earlier|later|from[^\S\n]+now|before|after)(?![\p{L}])(?![^\S\n]+than\b)/giud),
    agoBefore: caselessPattern(`(?<q>${f.quantity})[- ](?<u>${f.unit})s?[^\\S\\n]+$`, 'iuy'),
    partOfDay: caselessPattern(`\\b(?<day>today|yesterday|tomorrow|this|last|${f.weekday})[^\\S\\n]+(?<p>${f.partOfDay})\\b`, 'gid'),
  };
  return compiled;
}

/** How far before its direction word a counted phrase ("twenty-five years ago") may start. */
const AGO_WINDOW = 48;

/** The match of "<quantity> <unit> <direction>" ending at direction match `dirMatch`, shaped as the
 * one pattern would have matched it (index at the quantity; groups q, u, dir), or null. */
function withQuantityBefore(text: string, folded: FoldedText, dirMatch: RegExpExecArray, before: CaselessPattern): RegExpExecArray | null {
  const found = lookBack(text, folded, dirMatch.index, before, AGO_WINDOW);
  if (!found) return null;
  const out = Object.assign([text.slice(found.start, dirMatch.index + dirMatch[0].length)], { index: found.start, input: text, groups: { q: found.m.groups!.q!, u: found.m.groups!.u!, dir: dirMatch.groups!.dir! } });
  return out as unknown as RegExpExecArray;
}

export function relativeCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const out: Candidate[] = [];
  const lex = timeLexicon();
  const p = patterns();
  const c = (m: RegExpExecArray, frame: Frame, rule: string, priority = 4, type: Candidate['type'] = 'DATE', start = m.index): Candidate => ({ start, end: m.index + m[0].length, type, frame, rule, priority });
  const weekdayOf = (raw: string) => (isCapitalised(raw) ? lex.weekdays.get(raw.toLowerCase()) ?? lex.weekdays.get(raw.toLowerCase() + '.') : undefined);

  scan(p.relday!, text, folded, (key) => {
    const before = prevWord(text, key.index);
    const lead = before.word.toLowerCase();
    const m = lead === 'earlier' || lead === 'later' ? (Object.assign([text.slice(before.start, key.index + key[0].length), key[1]], { index: before.start, input: text }) as unknown as RegExpExecArray) : key;
    const w = m[1]!.toLowerCase();
    if (w === 'tonight') return c(m, { k: 'partofday', part: 'NI', day: { k: 'relday', offset: 0 } }, 'tonight', 4, 'TIME');
    return c(m, { k: 'relday', offset: RELDAY[w]! }, 'relative-day');
  }, out);
  scan(p.dayBefore!, text, folded, (m) => c(m, { k: 'relday', offset: /before/i.test(m[1]!) ? -2 : 2 }, 'relative-day', 5), out);
  scan(p.unitBeforeAfter!, text, folded, (m) => {
    const word = m[1]!.toLowerCase();
    const dir = /before|earlier/i.test(m[2]!) ? -1 : 1;
    if (word === 'night') return c(m, { k: 'partofday', part: 'NI', day: { k: 'anchored', n: 1, unit: 'D', dir } }, 'anchored-part-of-day', 5, 'TIME');
    return c(m, { k: 'anchored', n: 1, unit: UNIT_WORDS[word]!, dir }, 'unit-before-after', 5);
  }, out);
  scan(p.monthWeek!, text, folded, (m) => {
    const g = m.groups!;
    const mon = lex.months.get(g.mon!.toLowerCase());
    if (mon === undefined) return null;
    const y = g.y ? Number(g.y) : undefined;
    if (g.d && !m[1]) return c(m, { k: 'monthweek', which: 'of', date: { k: 'date', y, m: mon, d: Number(g.d) } }, 'week-of-day', 6);
    if (!m[1] || g.d) return null;
    return c(m, { k: 'monthweek', which: m[1].toLowerCase() === 'first' ? 'first' : 'last', date: y !== undefined ? { k: 'date', y, m: mon } : { k: 'date', m: mon } }, 'week-of-month', 6);
  }, out);
  scan(p.thatMonth!, text, folded, (m) => {
    const raw = m.groups!.mon!;
    if (!isCapitalised(raw)) return null;
    const mon = lex.months.get(raw.toLowerCase());
    if (mon === undefined) return null;
    return c(m, { k: 'yearpart', part: String(mon).padStart(2, '0'), year: { k: 'anchored', n: 0, unit: 'Y', dir: 0 } }, 'that-month', 5);
  }, out);
  scan(p.relWeekday!, text, folded, (m) => {
    const wd = weekdayOf(m.groups!.wd!);
    if (wd === undefined) return null;
    const before = prevWord(text, m.index);
    const rel = before.word.toLowerCase();
    if (!REL_WEEKDAY.has(rel)) return null;
    return c(m, { k: 'weekday', wd, dir: rel === 'past' ? -1 : REL_DIR[rel] ?? 0 }, 'relative-weekday', 5, 'DATE', before.start);
  }, out);
  scan(p.weekday!, text, folded, (m) => {
    const raw = m.groups!.wd!;
    const wd = weekdayOf(raw);
    if (wd === undefined) return null;
    if (!m.groups!.dot && !lex.weekdays.has(raw.toLowerCase())) return null; // "Sun" (the paper) is not "Sun."
    if (lex.blockAfter.has(wordAfter(text, m.index + m[0].length))) return null; // "Sunday Times"
    if (lex.blockBeforeWeekday.has(wordBefore(text, m.index))) return null; // "Black Monday", "Good Friday"
    const end = m.groups!.dot && lex.weekdays.has(raw.toLowerCase()) ? m.index + m[0].length - 1 : m.index + m[0].length;
    return { ...c(m, { k: 'weekday', wd, dir: null }, 'weekday', 3), end };
  }, out);
  scan(p.relUnit!, text, folded, (m) => {
    const unit = UNIT_WORDS[m[2]!.toLowerCase()]!;
    const offset = REL_DIR[m[1]!.toLowerCase()] ?? 0;
    return c(m, { k: 'relunit', unit, offset }, 'relative-unit');
  }, out);
  scan(p.theRelUnit!, text, folded, (m) => {
    const rel = m[1]!.toLowerCase();
    const word = m[2]!.toLowerCase();
    const part = lex.partsOfDay.get(word);
    if (rel === 'past' || rel === 'last') {
      // "the past year" is a stretch of time ending now, not the calendar year before
      if (part) return null;
      return c(m, { k: 'duration', n: 1, unit: UNIT_WORDS[word]! }, 'the-past-unit', 4, 'DURATION');
    }
    if (rel === 'coming') return part ? null : c(m, { k: 'relunit', unit: UNIT_WORDS[word]!, offset: 1 }, 'relative-unit');
    const dir = REL_DIR[rel]!;
    if (part) return c(m, { k: 'partofday', part, day: { k: 'anchored', n: 1, unit: 'D', dir } }, 'anchored-part-of-day', 4, 'TIME');
    return c(m, { k: 'anchored', n: 1, unit: UNIT_WORDS[word]!, dir }, 'anchored-unit');
  }, out);
  scan(p.thatUnit!, text, folded, (m) => {
    const word = m[2]!.toLowerCase();
    const part = lex.partsOfDay.get(word);
    const yearBack = m[3] !== undefined;
    if (yearBack && word !== 'month' && word !== 'quarter') return null; // a year back of a day or week: not a calendar unit shift we write
    if (part) return c(m, { k: 'partofday', part, day: { k: 'anchored', n: 0, unit: 'D', dir: 0 } }, 'anchored-part-of-day', 4, 'TIME');
    if (yearBack) return c(m, { k: 'anchored', n: word === 'month' ? 12 : 4, unit: UNIT_WORDS[word]!, dir: -1 }, 'same-unit-year-back', 5);
    return c(m, { k: 'anchored', n: 0, unit: UNIT_WORDS[word]!, dir: 0 }, 'that-unit');
  }, out);
  scan(p.theDay!, text, folded, (m) => (THE_DAY_BEFORE.has(wordBefore(text, m.index).toLowerCase()) ? c(m, { k: 'anchored', n: 0, unit: 'D', dir: 0, narrative: true }, 'the-day', 2) : null), out);
  const unitInFocus = (word: string): Frame => (word === 'day' ? { k: 'anchored', n: 0, unit: 'D', dir: 0, narrative: true } : { k: 'anchored', n: 0, unit: UNIT_WORDS[word]!, dir: 0 });
  scan(p.periodOf!, text, folded, (m) => {
    const the = prevWord(text, m.index);
    return the.word.toLowerCase() === 'the' ? c(m, unitInFocus(m[1]!.toLowerCase()), 'part-of-unit', 5, 'DATE', the.start) : null;
  }, out);
  scan(p.inThe!, text, folded, (m) => c(m, unitInFocus((m[1] ?? m[2]!).toLowerCase()), 'part-of-unit', 5), out);
  scan(p.thePartOfDay!, text, folded, (m) => {
    const [, the, mod, partWord, after] = m;
    // the preposition opens the match but not the expression
    const lead = m[0].search(/[^\S\n]/);
    const from = m.index + lead + (/^[^\S\n]+/.exec(m[0].slice(lead))?.[0].length ?? 0);
    // a bare "morning" is a time only with a modifier or a noun of the day's course after it
    if (!the && !mod && !after) return null;
    if (after && !the && after.toLowerCase() === 'hours') return null;
    const part = lex.partsOfDay.get(partWord!.toLowerCase());
    if (!part) return null;
    // "in the night" is an hour; "by night", "at night" (no article) are habits, left alone
    const end = after && after.toLowerCase() !== 'hours' ? m.index + m[0].length - after.length : m.index + m[0].length;
    return { ...c(m, { k: 'partofday', part, day: { k: 'anchored', n: 0, unit: 'D', dir: 0, narrative: true } }, 'part-of-day-in-focus', 3, 'TIME', from), end: text.slice(m.index, end).trimEnd().length + m.index };
  }, out);
  // "the weekend" follows the tense of its clause; "this weekend" is the one of this week
  scan(p.theWeekend!, text, folded, (m) => {
    if (!m[1] && !WEEKEND_BEFORE.has(wordBefore(text, m.index).toLowerCase())) return null;
    return c(m, { k: 'relunit', unit: 'WE', offset: REL_DIR[(m[1] ?? 'this').toLowerCase()] ?? 0, byTense: !m[1] }, 'weekend');
  }, out);
  scan(p.relMonth!, text, folded, (m) => {
    const raw = m.groups!.mon!;
    if (!isCapitalised(raw)) return null;
    const mon = lex.months.get(raw.toLowerCase());
    if (mon === undefined) return null;
    return c(m, { k: 'relmonth', m: mon, dir: REL_DIR[m[1]!.toLowerCase()] as -1 | 0 | 1 }, 'relative-month', 5);
  }, out);
  scan(p.ago!, text, folded, (dirMatch) => {
    // cheap test first: a unit word ("years", "days") must stand right before the direction word
    const unitWord = wordBefore(text, dirMatch.index).toLowerCase();
    if (!lex.units.has(unitWord) && !lex.units.has(unitWord.replace(/(?:ie)?s$/, (x) => (x === 'ies' ? 'y' : '')))) return null;
    const m = withQuantityBefore(text, folded, dirMatch, p.agoBefore!);
    if (!m) return null;
    const n = parseQuantity(m.groups!.q!);
    const unitCode = lex.units.get(m.groups!.u!.toLowerCase());
    if (n === null || n === 'X' || !unitCode) return null;
    // weeks counted from a day land on a day ("a week ago" is a date, not a calendar week)
    const unit = (unitCode === 'NIGHT' || unitCode === 'FORTNIGHT' || unitCode === 'W' ? 'D' : unitCode) as Unit;
    const k = unitCode === 'FORTNIGHT' ? n * 14 : unitCode === 'W' ? n * 7 : n;
    const dir = m.groups!.dir!.toLowerCase();
    if (dir === 'before' || dir === 'after') {
      // "two days before the vote" names a stretch of time, not a date; only a clause-final
      // "two days before" refers back to an earlier time in the text
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!/^[^\S\n]*(?:[.,;:)]|$)/.test(next)) return null;
    }
    if (dir === 'ago' || dir.startsWith('from')) return c(m, { k: 'ago', n: k, unit, dir: dir === 'ago' ? -1 : 1 }, 'ago', 5);
    return c(m, { k: 'anchored', n: k, unit, dir: dir === 'later' || dir === 'after' ? 1 : -1 }, 'units-later', 5);
  }, out);
  scan(p.partOfDay!, text, folded, (m) => {
    const dayWord = m.groups!.day!;
    const partWord = m.groups!.p!;
    const part = lex.partsOfDay.get(partWord.toLowerCase())!;
    if (lex.blockAfter.has(partWord)) return null; // "Monday Night Football"
    const lower = dayWord.toLowerCase();
    let day: Frame;
    if (Object.hasOwn(RELDAY, lower)) day = { k: 'relday', offset: RELDAY[lower]! };
    else if (lower === 'this') day = { k: 'relday', offset: 0 };
    else if (lower === 'last') {
      if (part !== 'NI') return null; // "last morning" is not idiomatic; "last night" is yesterday night
      day = { k: 'relday', offset: -1 };
    } else {
      const wd = weekdayOf(dayWord);
      if (wd === undefined) return null;
      day = { k: 'weekday', wd, dir: null };
    }
    return c(m, { k: 'partofday', part, day }, 'part-of-day', 6, 'TIME');
  }, out);
  return out;
}
