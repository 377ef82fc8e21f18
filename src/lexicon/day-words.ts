// Words that name a day by themselves: the weekdays (the weekday rows of data/time-words.tsv, names
// and AP abbreviations: "Monday", "tues.") and the deictic days ("today", "yesterday", …). One
// definition for the time stage, the events rules and the syntax chain's repair of a day word read as
// a subject (src/nlp/syntax-repair-time-subject.ts) — here rather than in the time stage, which
// src/nlp may not import.
import { loadTsv } from '../core/data-loader.js';

/** deictic day words → offset in days from the reference date */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/**
 * RELATIVE_DAYS' keys as a set: own keys only (`in` also saw the prototype's: "constructor" was a day
 * word), and a set lookup, where a property lookup by a word first internalises it — the events stage
 * asks for every subject and object it reads (~50 ms of the Wikinews bench by Object.hasOwn).
 */
const DEICTIC_DAYS: ReadonlySet<string> = new Set(Object.keys(RELATIVE_DAYS));

/**
 * The lower-cased weekday names and abbreviations, read when this module loads: a constant, not a
 * memo (the data loader keeps the parsed table, which the time lexicon reads again without parsing).
 */
const WEEKDAYS: ReadonlySet<string> = new Set(
  loadTsv('time-words.tsv', ['word', 'class', 'value'])
    .rows.filter((r) => r.class === 'weekday')
    .map((r) => r.word!.toLowerCase()),
);

/** The lower-cased month names and abbreviations without their period ("feb", "february", "sept"). */
const MONTHS: ReadonlySet<string> = new Set(
  loadTsv('time-words.tsv', ['word', 'class', 'value'])
    .rows.filter((r) => r.class === 'month')
    .map((r) => r.word!.toLowerCase().replace(/\.$/, '')),
);

/** A word that names a month, with or without an abbreviation's period ("Feb", "Feb.", "March"). */
export function isMonthWord(word: string): boolean {
  return MONTHS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A lower-cased word that names a day by itself: a weekday ("monday", "tues.") or a deictic day word. */
export function isDayWord(lower: string): boolean {
  return DEICTIC_DAYS.has(lower) || WEEKDAYS.has(lower);
}
