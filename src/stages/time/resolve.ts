// Turns a frame into a TIMEX3 value with its granularity, the parts that were inferred rather
// than written, and what it was resolved against ('absolute', 'published', 'timex:<i>',
// 'unresolved'). Relative frames need the publication date; without one they stay null and
// 'unresolved' — the machine clock is never consulted.
import { addMonths, civilFromDays, daysFromCivil, daysInMonth, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDate, isoWeekday, pad } from './calendar.js';
import type { Anchor, AnchorTracker, Point } from './anchor-earlier.js';
import { durationValue, unitGranularity } from './durations.js';
import type { Frame, Unit } from './frame.js';
import { dayForWeekday, yearForMonthDay, yearForPart } from './past-bias.js';
import type { Reference } from './reference.js';
import type { Tense } from './tense.js';
import { vagueRange } from './vague-refs.js';

export interface Resolved {
  readonly value: string | null;
  readonly granularity?: string;
  readonly inferred: readonly string[];
  readonly anchor: string;
  readonly range?: { readonly from: string; readonly to: string };
  /** the calendar point this value denotes, for later anchoring */
  readonly point?: Point;
}

export interface ResolveContext {
  readonly ref: Reference | null;
  readonly tense: Tense;
  readonly anchors: AnchorTracker;
  readonly paragraph: number;
  /**
   * whether a day anchor ending at `anchorEnd` is quoted and the quotation closes before the
   * expression being resolved (see quoted-anchor.ts); absent: nothing is quoted
   */
  readonly quotedBefore?: (anchorEnd: number) => boolean;
}

const UNRESOLVED = (granularity?: string, inferred: string[] = []): Resolved => ({ value: null, granularity, inferred, anchor: 'unresolved' });
const PART_START: Record<string, number> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, H2: 7, SP: 3, SU: 6, FA: 9, WI: 12 };

function dayResolved(days: number, anchor: string, inferred: string[], granularity = 'day'): Resolved {
  const c = civilFromDays(days);
  return { value: fmtDay(days), granularity, inferred, anchor, point: { y: c.y, m: c.m, days } };
}

/** A point shifted by n units, formatted at the unit's precision. */
function shifted(base: Point, n: number, unit: Unit, anchor: string, inferred: string[]): Resolved | null {
  const k = Math.round(n);
  switch (unit) {
    case 'S': case 'MIN': case 'H': case 'D':
      if (base.days === undefined) return null;
      // hours and minutes ago: the day is known, the time of day is not, so none is written
      return dayResolved(base.days + (unit === 'D' ? k : 0), anchor, unit === 'D' ? inferred : [...inferred, 'time of day']);
    case 'W': case 'WE': {
      if (base.days === undefined) return null;
      const d = base.days + 7 * k;
      const c = civilFromDays(d);
      return { value: fmtWeek(d) + (unit === 'WE' ? '-WE' : ''), granularity: unit === 'WE' ? 'weekend' : 'week', inferred, anchor, point: { y: c.y } };
    }
    case 'M': {
      if (base.m === undefined) return null;
      const t = addMonths(base.y, base.m, k);
      return { value: fmtMonth(t.y, t.m), granularity: 'month', inferred, anchor, point: { y: t.y, m: t.m } };
    }
    case 'Q': {
      if (base.m === undefined) return null;
      const q = Math.floor((base.m - 1) / 3) + k;
      const y = base.y + Math.floor(q / 4);
      return { value: `${fmtYear(y)}-Q${(((q % 4) + 4) % 4) + 1}`, granularity: 'quarter', inferred, anchor, point: { y } };
    }
    case 'Y':
      return { value: fmtYear(base.y + k), granularity: 'year', inferred, anchor, point: { y: base.y + k } };
    case 'DE':
      return { value: String(Math.floor((base.y + 10 * k) / 10)), granularity: 'decade', inferred, anchor };
    case 'CE':
      return { value: String(Math.floor((base.y + 100 * k) / 100)), granularity: 'century', inferred, anchor };
  }
}

const refPoint = (ref: Reference): Point => ({ y: ref.y, m: ref.m, days: ref.days });

export function resolveFrame(frame: Frame, ctx: ResolveContext): Resolved {
  const { ref, tense } = ctx;
  switch (frame.k) {
    case 'date': {
      const { y, m, d } = frame;
      if (y !== undefined && m !== undefined && d !== undefined) {
        if (!isValidDate(y, m, d)) return { value: null, granularity: 'day', inferred: [], anchor: 'absolute' };
        return dayResolved(daysFromCivil(y, m, d), 'absolute', []);
      }
      if (y !== undefined && m !== undefined) return { value: fmtMonth(y, m), granularity: 'month', inferred: [], anchor: 'absolute', point: { y, m } };
      if (y !== undefined) return { value: fmtYear(y), granularity: 'year', inferred: [], anchor: 'absolute', point: { y } };
      if (m !== undefined && d !== undefined) {
        if (!ref) return UNRESOLVED('day', ['year']);
        const yy = yearForMonthDay(m, d, ref, tense);
        if (yy === null) return { value: null, granularity: 'day', inferred: ['year'], anchor: 'published' };
        return dayResolved(daysFromCivil(yy, m, d), 'published', ['year']);
      }
      if (m !== undefined) {
        if (!ref) return UNRESOLVED('month', ['year']);
        const yy = yearForPart(m, ref, tense);
        return { value: fmtMonth(yy, m), granularity: 'month', inferred: ['year'], anchor: 'published', point: { y: yy, m } };
      }
      return UNRESOLVED();
    }
    case 'prefix':
      return { value: frame.prefix, granularity: frame.unit === 'DE' ? 'decade' : 'century', inferred: [], anchor: 'absolute' };
    case 'relday':
      if (!ref) return UNRESOLVED('day');
      return dayResolved(ref.days + frame.offset, 'published', []);
    case 'weekday': {
      if (!ref) return UNRESOLVED('day', ['week']);
      return dayResolved(dayForWeekday(frame.wd, ref, tense, frame.dir), 'published', ['week']);
    }
    case 'relunit': {
      if (!ref) return UNRESOLVED(unitGranularity(frame.unit));
      let offset = frame.offset;
      // "the weekend" in a past-tense clause written Monday to Friday is the one just gone
      if (frame.byTense && offset === 0 && tense === 'past' && isoWeekday(ref.days) <= 5) offset = -1;
      return shifted(refPoint(ref), offset, frame.unit, 'published', []) ?? UNRESOLVED();
    }
    case 'relmonth': {
      if (!ref) return UNRESOLVED('month', ['year']);
      let y = ref.y;
      if (frame.dir === -1 && frame.m >= ref.m) y--;
      if (frame.dir === 1 && frame.m <= ref.m) y++;
      return { value: fmtMonth(y, frame.m), granularity: 'month', inferred: ['year'], anchor: 'published', point: { y, m: frame.m } };
    }
    case 'ago': {
      if (!ref) return UNRESOLVED(unitGranularity(frame.unit));
      return shifted(refPoint(ref), frame.dir * frame.n, frame.unit, 'published', []) ?? UNRESOLVED();
    }
    case 'anchored': {
      if (frame.narrative) return sameDay(ctx, ANCHOR_PARAGRAPHS);
      const a = anchorFor(frame.unit, ctx);
      if (a) {
        const r = shifted(a.point, frame.dir * frame.n, frame.unit, `timex:${a.index}`, []);
        if (r) return r;
      }
      // no time in focus: "that day", "the day" are the day of writing (market reports: "for
      // the day"), as a reader takes them
      if (frame.n === 0 || frame.dir === 0) return ref ? (shifted(refPoint(ref), 0, frame.unit, 'published', ['anchor: no earlier time in the text']) ?? UNRESOLVED()) : UNRESOLVED(unitGranularity(frame.unit));
      // but "the next day" of an undated event is not publication's next day: it stays
      // unresolved, with the stretch of recent past (or near future) it must lie in
      return { ...UNRESOLVED(unitGranularity(frame.unit), ['anchor: no earlier time in the text']), ...(ref ? { range: unknownAnchorRange(ref, ctx.tense) } : {}) };
    }
    case 'duration':
      return { value: durationValue(frame.n, frame.unit), granularity: unitGranularity(frame.unit), inferred: [], anchor: 'absolute' };
    case 'set':
      return { value: frame.value, granularity: setGranularity(frame.value), inferred: [], anchor: 'absolute' };
    case 'vague': {
      const range = vagueRange(frame.entry, ref);
      return { value: frame.entry.value, granularity: 'vague', inferred: [], anchor: ref ? 'published' : 'unresolved', ...(range ? { range } : {}) };
    }
    case 'time': {
      const hhmm = `T${pad(frame.h)}:${pad(frame.min)}${frame.zone ?? ''}`;
      const day = frame.day ? resolveFrame(frame.day, ctx) : sameDay(ctx);
      if (day.value === null || day.point?.days === undefined) return { value: null, granularity: 'minute', inferred: ['date'], anchor: 'unresolved' };
      return { value: fmtDay(day.point.days) + hhmm, granularity: 'minute', inferred: frame.day ? day.inferred : [...day.inferred, 'date'], anchor: day.anchor };
    }
    case 'monthweek': {
      const d = resolveFrame(frame.date, ctx);
      if (d.point === undefined || d.value === null) return { value: null, granularity: 'week', inferred: d.inferred, anchor: d.anchor };
      let days: number;
      if (frame.which === 'of') {
        if (d.point.days === undefined) return { value: null, granularity: 'week', inferred: d.inferred, anchor: d.anchor };
        days = d.point.days;
      } else {
        const m = d.point.m ?? 1;
        // the week most of which lies in the month: the one holding its 4th day, or its 4th-last
        days = frame.which === 'first' ? daysFromCivil(d.point.y, m, 4) : daysFromCivil(d.point.y, m, daysInMonth(d.point.y, m) - 3);
      }
      return { value: fmtWeek(days), granularity: 'week', inferred: d.inferred, anchor: d.anchor, point: { y: d.point.y } };
    }
    case 'partofday': {
      const day = resolveFrame(frame.day, ctx);
      if (day.value === null || day.point?.days === undefined) return { value: null, granularity: 'part-of-day', inferred: day.inferred, anchor: day.anchor };
      return { value: `${fmtDay(day.point.days)}T${frame.part}`, granularity: 'part-of-day', inferred: day.inferred, anchor: day.anchor, point: day.point };
    }
    case 'yearpart': {
      const start = PART_START[frame.part] ?? 1;
      let y: number;
      let inferred: string[] = [];
      let anchor = 'absolute';
      if (frame.year) {
        const yr = resolveFrame(frame.year, ctx);
        if (yr.point === undefined) return { value: null, granularity: 'year-part', inferred: yr.inferred, anchor: yr.anchor };
        y = yr.point.y;
        anchor = yr.anchor;
      } else {
        if (!ref) return UNRESOLVED('year-part', ['year']);
        y = yearForPart(start, ref, tense);
        inferred = ['year'];
        anchor = 'published';
      }
      if (frame.d !== undefined && /^\d\d$/.test(frame.part)) {
        const m = Number(frame.part);
        if (!isValidDate(y, m, frame.d)) return { value: null, granularity: 'day', inferred, anchor };
        return dayResolved(daysFromCivil(y, m, frame.d), anchor, inferred);
      }
      return { value: `${fmtYear(y)}-${frame.part}`, granularity: /^Q/.test(frame.part) ? 'quarter' : /^H/.test(frame.part) ? 'half-year' : /^\d\d$/.test(frame.part) ? 'month' : 'season', inferred, anchor, point: { y } };
    }
  }
}

/** How many paragraphs back "the next day", "a week later" may find the time they count from. */
export const ANCHOR_PARAGRAPHS = 3;

/**
 * The time an anchored expression counts from: the latest earlier one precise enough, within a
 * few paragraphs (a narrative does not jump back further without saying so), and for a day in a
 * past clause not one after publication ("the same day" after "his next court appearance on
 * April 5" is the day of the attack told before it).
 */
function anchorFor(unit: Unit, ctx: ResolveContext): Anchor | null {
  const near = (a: Anchor) => ctx.paragraph - a.paragraph <= ANCHOR_PARAGRAPHS;
  if (unit === 'S' || unit === 'MIN' || unit === 'H' || unit === 'D' || unit === 'W' || unit === 'WE') {
    if (!ctx.anchors.find(unit)) return null; // a later month or year ended the day in focus
    for (const a of ctx.anchors.recentDays()) {
      if (!near(a)) return null;
      if (ctx.tense === 'past' && ctx.ref && a.point.days !== undefined && a.point.days > ctx.ref.days) continue;
      return a;
    }
    return null;
  }
  const a = ctx.anchors.find(unit);
  return a && near(a) ? a : null;
}

/** Where an anchored expression with no time to count from may lie: the month up to publication
 * (past or unknown tense), or the month after it (future). */
function unknownAnchorRange(ref: Reference, tense: Tense): { from: string; to: string } {
  const month = addMonths(ref.y, ref.m, tense === 'future' ? 1 : -1);
  const other = daysFromCivil(month.y, month.m, Math.min(ref.d, daysInMonth(month.y, month.m)));
  return tense === 'future' ? { from: fmtDay(ref.days), to: fmtDay(other) } : { from: fmtDay(other), to: fmtDay(ref.days) };
}

/** How many paragraphs back the day of a clock time may be set: news tells an event over a few. */
export const CLOCK_DAY_PARAGRAPHS = 2;

/**
 * The day of a clock time written without one: the latest earlier day of the narrative (the same
 * paragraph or the two before it), skipping one after publication when the clause is past ("the
 * attack began at 13:40" after "on Friday … his next court appearance on April 5" is Friday's),
 * and not a day inside a quotation the clock stands after; else publication.
 */
function sameDay(ctx: ResolveContext, reach = CLOCK_DAY_PARAGRAPHS): Resolved {
  for (const a of ctx.anchors.recentDays()) {
    if (ctx.paragraph - a.paragraph > reach) break;
    if (a.point.days === undefined) continue;
    if (ctx.tense === 'past' && ctx.ref && a.point.days > ctx.ref.days) continue;
    if (ctx.paragraph === a.paragraph && ctx.quotedBefore?.(a.end)) continue;
    return dayResolved(a.point.days, `timex:${a.index}`, []);
  }
  if (ctx.ref) return dayResolved(ctx.ref.days, 'published', []);
  return UNRESOLVED('day');
}

/** Granularity of a set value: "XXXX-WXX-2" recurs by day, "P1W" by week, "PT1H" by hour. */
function setGranularity(value: string): string {
  if (/^XXXX-WXX-\d$/.test(value)) return 'day';
  const m = /^PT?[\dX.]+([A-Z]+)$/.exec(value);
  if (!m) return 'vague';
  const time = value.startsWith('PT');
  return ({ S: 'second', M: time ? 'minute' : 'month', H: 'hour', D: 'day', W: 'week', Q: 'quarter', Y: 'year' } as Record<string, string>)[m[1]!] ?? 'vague';
}
