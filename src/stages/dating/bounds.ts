// Events told relative to another event rather than to the calendar (issue 20: "'the day before',
// 'three months after X', 'a week later' anchor to X's date with its precision, and an expression
// whose anchor is unknown stays unresolved with a range rather than guessed"):
// - a counted bound, "[a day] before the event, the KGB arrested…", "[two days] after Monday's
//   vote": the time stage annotates the duration only (TIMEX3), so the date is computed here from
//   the anchor — a time inside the anchor phrase, else, for a definite anaphor ("the event", "the
//   attack"), the day of the scene; an event inside the anchor phrase ("This comes [a week] after
//   he attended a summit") lies the duration the other way from the main clause's date;
// - an uncounted bound with no time, "After Sulík failed to procure kits, the PM apologised", "In
//   a statement following the attack, X blamed…": the event lies after something undated, so
//   nothing the text says dates it — except a clause opened by a bound on a definite happening
//   just told ("Following the vote, a spokesperson indicated…"), which follows on the scene.
import type { Timex } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { daysFromCivil, fmtDay, fmtMonth, fmtYear, addMonths } from '../time/calendar.js';
import { firstTimexFrom } from './governing-time.js';

export interface CountedBound {
  /** index of the DURATION timex ("a day") */
  readonly duration: number;
  /** +1: the focus lies after the anchor ("after"), −1: before it */
  readonly sign: 1 | -1;
  /** the anchor phrase after the preposition, up to the clause end or a comma */
  readonly anchor: Span;
  /** the anchor starts with a definite determiner ("the event", "that attack") */
  readonly definite: boolean;
}

const BOUND_AFTER_DURATION = /^\s+(before|after|prior\s+to|ahead\s+of|following)\s+/i;
const DEFINITE = /^(?:the|that|this|those|these)\s/i;
/** "the vote," / "the attack on the base,": a definite noun phrase of a few words closed by a comma. */
const DEFINITE_NP_TO_COMMA = /^(?:the|that|this|those|these)\s+[^\s,]+(?:\s+[^\s,]+){0,3}\s*,/i;

/**
 * A DURATION timex of the clause followed by "before/after/prior to/following" — not a duration
 * of the event itself ("for [two days] after…", "lasted [a day]"). Null when none.
 */
export function countedBound(text: string, timexes: readonly Timex[], clause: Span, usable: (i: number) => boolean): CountedBound | null {
  // from the clause's first timex (binary search): linear in the clause, not in the document
  for (let i = firstTimexFrom(timexes, clause.start); i < timexes.length; i++) {
    const t = timexes[i]!;
    if (t.end > clause.end) break;
    if (t.type !== 'DURATION' || !usable(i) || !/^P\d+[DWMY]$/.test(t.value ?? '')) continue;
    const m = BOUND_AFTER_DURATION.exec(text.slice(t.end, t.end + 20));
    if (!m) continue;
    if (/\b(?:for|lasted|lasting|over)\s+$/i.test(text.slice(Math.max(clause.start, t.start - 12), t.start))) continue;
    const from = t.end + m[0].length;
    const comma = text.indexOf(',', from);
    const end = comma >= 0 && comma < clause.end ? comma : clause.end;
    const sign = /^(?:before|prior|ahead)/i.test(m[1]!) ? -1 : 1;
    return { duration: i, sign, anchor: { start: from, end }, definite: DEFINITE.test(text.slice(from, from + 8)) };
  }
  return null;
}

/** `date` (YYYY-MM-DD…) moved by `sign` × the duration (P3D, P1W, P2M, P1Y), at the duration's
 * precision (days and weeks: a day; months: a month; years: a year). Null when either is not
 * of that form. */
export function shiftDate(date: string, duration: string, sign: 1 | -1): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const p = /^P(\d+)([DWMY])$/.exec(duration);
  if (!d || !p) return null;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const n = Number(p[1]) * sign;
  switch (p[2]) {
    case 'D':
      return fmtDay(daysFromCivil(y, m, day) + n);
    case 'W':
      return fmtDay(daysFromCivil(y, m, day) + 7 * n);
    case 'M': {
      const r = addMonths(y, m, n);
      return fmtMonth(r.y, r.m);
    }
    default:
      return fmtYear(y + n);
  }
}

/** "after all", "named after", "look after": not a temporal bound. */
const NOT_TEMPORAL_BEFORE = /\b(?:named|look|looks|looked|looking|went|go|goes|chase|chased|modelled|modeled|shortly|soon|immediately|just|right)\s+$/i;

/**
 * Whether the clause ties the focus to an event it follows without a time ("After Sulík failed…,
 * the PM apologised", "In a statement following the attack, X blamed"): a fronted phrase, closed
 * by a comma before the focus (called only when no timex dates the clause). "shortly after" and the like
 * are left out (they mean the scene just told).
 */
export function uncountedBound(text: string, clause: Span, focus: Span): boolean {
  const before = text.slice(clause.start, focus.start);
  const re = /\b(?:after|following)\s+(?!all\b)/gi;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (NOT_TEMPORAL_BEFORE.test(before.slice(Math.max(0, m.index - 14), m.index))) continue;
    // "Following the vote, a spokesperson indicated…": a clause opened by a bound on a happening
    // the narrative just told (a short definite noun phrase) is the scene's follow-on, not an act
    // at an untold time — unlike a bound inside a phrase of its own ("In a statement following
    // the attack, …") or on a clause ("After Sulík failed to procure kits, …")
    if (!/\S/.test(before.slice(0, m.index)) && DEFINITE_NP_TO_COMMA.test(before.slice(m.index + m[0].length))) continue;
    // a fronted bound, closed by a comma before the focus: the focus is not the anchor itself
    // ("told reporters after [the meeting]")
    if (before.indexOf(',', m.index) >= 0) return true;
  }
  return false;
}
