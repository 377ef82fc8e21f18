// What a recognised time expression means before it is resolved: a small semantic frame per
// kind. Candidate generators produce frames; resolvers turn them into TIMEX3 values against the
// publication date or an earlier time in the text.
import type { TimexType } from '../../core/doc.js';
import type { VagueEntry } from './lexicon.js';

/** Calendar units used in frames (TIMEX3 letters; WE = weekend, DE = decade, CE = century). */
export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE';

export type Frame =
  /** a calendar date with the parts that were written (year may be missing: "Feb. 28") */
  | { readonly k: 'date'; readonly y?: number; readonly m?: number; readonly d?: number; readonly wd?: number }
  /** a decade or century written as digits: "the 1990s" → prefix "199" */
  | { readonly k: 'prefix'; readonly prefix: string; readonly unit: 'DE' | 'CE' }
  /** today (0), yesterday (-1), tomorrow (+1) */
  | { readonly k: 'relday'; readonly offset: number }
  /** a weekday, optionally with last/this/next (dir) */
  | { readonly k: 'weekday'; readonly wd: number; readonly dir: -1 | 0 | 1 | null }
  /** last/this/next week|month|year|quarter|weekend|decade relative to publication */
  | { readonly k: 'relunit'; readonly unit: Unit; readonly offset: number; readonly byTense?: boolean }
  /** last/this/next + month name: "last September" */
  | { readonly k: 'relmonth'; readonly m: number; readonly dir: -1 | 0 | 1 }
  /** n units before/after publication: "two days ago" */
  | { readonly k: 'ago'; readonly n: number; readonly unit: Unit; readonly dir: -1 | 1 }
  /** n units before/after an earlier time in the text: "the next day", "a week later", "that day";
   * `narrative` (n = 0, unit D): the day the narrative is on, as a clock time takes it ("to end
   * the day", "in the evening"), which a month or year told in between does not end */
  | { readonly k: 'anchored'; readonly n: number; readonly unit: Unit; readonly dir: -1 | 0 | 1; readonly narrative?: boolean }
  /** a duration; n is 'X' when unspecified ("several years") */
  | { readonly k: 'duration'; readonly n: number | 'X'; readonly unit: Unit }
  | { readonly k: 'set'; readonly value: string }
  | { readonly k: 'vague'; readonly entry: VagueEntry }
  /** a clock time; `day` is the date frame written next to it, if any */
  | { readonly k: 'time'; readonly h: number; readonly min: number; readonly zone: string | null; readonly day: Frame | null }
  /** a week named by a month: "the last week of March" (which = 'first' | 'last'), "the week of
   * October 21" (which = 'of', the week holding that day) */
  | { readonly k: 'monthweek'; readonly which: 'first' | 'last' | 'of'; readonly date: Frame }
  /** part of a day: "Friday morning", "this morning", "last night" */
  | { readonly k: 'partofday'; readonly part: string; readonly day: Frame }
  /** a quarter (Q1), half (H1), season (SP) or month ("10") of a year given by `year` (a date or
   * relunit frame: "October of next year") or inferred */
  | { readonly k: 'yearpart'; readonly part: string; readonly year: Frame | null; /** a day of the month part ("September 20 of this year") */ readonly d?: number };

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly frame: Frame;
  /** rule id without the stage prefix, e.g. "month-day-year" */
  readonly rule: string;
  /** higher wins among candidates of equal length */
  readonly priority: number;
}
