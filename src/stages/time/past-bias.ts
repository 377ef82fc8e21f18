// News convention for dates written without a year or week: in a past-tense clause the most
// recent such date at or before publication ("said on Monday" → the Monday before), in a
// future-tense clause the next one at or after it ("will meet on Monday"), and otherwise the
// nearest one with ties going to the past, because news mostly reports what already happened.
import { daysFromCivil, isValidDate, isoWeekday } from './calendar.js';
import type { Reference } from './reference.js';
import type { Tense } from './tense.js';

/** A past reading further back than this, with a future reading within NEAR, is implausible. */
const STALE_DAYS = 270;
const NEAR_DAYS = 90;
const STALE_MONTHS = 8;
const NEAR_MONTHS = 3;

/** Year for a month-day written without one ("Feb. 28", "Dec. 30"). */
export function yearForMonthDay(m: number, d: number, ref: Reference, tense: Tense): number | null {
  const options: { y: number; days: number }[] = [];
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) if (isValidDate(y, m, d)) options.push({ y, days: daysFromCivil(y, m, d) });
  if (!options.length) return null;
  if (tense === 'past') {
    const past = options.filter((o) => o.days <= ref.days);
    const next = options.find((o) => o.days > ref.days);
    const best = past[past.length - 1];
    // a date most of a year back is written with its year; without one, a past-tense clause
    // around a date in the coming weeks ("ordered that ballots be accepted until April 13") is
    // about that coming date
    if (best && next && ref.days - best.days > STALE_DAYS && next.days - ref.days <= NEAR_DAYS) return next.y;
    return best ? best.y : options[0]!.y;
  }
  if (tense === 'future') {
    const fut = options.filter((o) => o.days >= ref.days);
    return fut.length ? fut[0]!.y : options[options.length - 1]!.y;
  }
  let best = options[0]!;
  for (const o of options) {
    const dist = Math.abs(o.days - ref.days);
    const bestDist = Math.abs(best.days - ref.days);
    if (dist < bestDist || (dist === bestDist && o.days < best.days)) best = o;
  }
  return best.y;
}

/**
 * Year for a part of a year written without one: a month ("in October"), a quarter or a season,
 * given the month it starts in. Without a future tense the most recent one is meant.
 */
export function yearForPart(startMonth: number, ref: Reference, tense: Tense): number {
  if (tense === 'future') return startMonth >= ref.m ? ref.y : ref.y + 1;
  if (startMonth <= ref.m) return ref.y;
  // same plausibility as for days: "until June" in April is this June, not last year's
  const monthsBack = ref.m + 12 - startMonth;
  const monthsAhead = startMonth - ref.m;
  return monthsBack > STALE_MONTHS && monthsAhead <= NEAR_MONTHS ? ref.y : ref.y - 1;
}

/**
 * Day number of a weekday. dir -1 "last Monday" (strictly before), +1 "next Monday" (strictly
 * after), 0 "this Monday" (the same ISO week), null: by tense — the last such day up to publication
 * for the past, the next one from publication for the future (both include the day itself).
 */
export function dayForWeekday(wd: number, ref: Reference, tense: Tense, dir: -1 | 0 | 1 | null): number {
  const today = isoWeekday(ref.days);
  const back = (today - wd + 7) % 7; // days since the last such weekday (0 = today)
  const ahead = (wd - today + 7) % 7; // days until the next one (0 = today)
  if (dir === -1) return ref.days - (back === 0 ? 7 : back);
  if (dir === 1) return ref.days + (ahead === 0 ? 7 : ahead);
  if (dir === 0) return ref.days - today + wd;
  // a future "on Monday" written on a Monday is that day: papers say "next Monday" for the other
  if (tense === 'future') return ref.days + ahead;
  if (tense === 'past') return ref.days - back;
  // no tense: the nearest, preferring the past on ties
  return back <= ahead ? ref.days - back : ref.days + ahead;
}
