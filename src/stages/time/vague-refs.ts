// Vague references keep their TIMEX3 reference value (PAST_REF, PRESENT_REF, FUTURE_REF) and, when
// the lexicon gives a reach ("recent days": back P7D), a range ending (or starting) at publication,
// so "In recent days, X happened" can be placed on a timeline without inventing a day.
import { addMonths, daysFromCivil, daysInMonth, fmtDay } from './calendar.js';
import type { VagueEntry } from './lexicon.js';
import type { Reference } from './reference.js';

/** Shifts a day number by a simple TIMEX3 duration (P7D, P1M, P6M, P5Y); null if not simple. */
export function shiftByDuration(days: number, ref: Reference, duration: string, sign: 1 | -1): number | null {
  const m = /^P(\d+)([DWMY])$/.exec(duration);
  if (!m) return null;
  const n = Number(m[1]) * sign;
  switch (m[2]) {
    case 'D': return days + n;
    case 'W': return days + 7 * n;
    default: {
      const months = m[2] === 'Y' ? 12 * n : n;
      const t = addMonths(ref.y, ref.m, months);
      return daysFromCivil(t.y, t.m, Math.min(ref.d, daysInMonth(t.y, t.m)));
    }
  }
}

export function vagueRange(entry: VagueEntry, ref: Reference | null): { from: string; to: string } | undefined {
  if (!ref) return undefined;
  if (entry.back) {
    const from = shiftByDuration(ref.days, ref, entry.back, -1);
    if (from !== null) return { from: fmtDay(from), to: fmtDay(ref.days) };
  }
  if (entry.ahead) {
    const to = shiftByDuration(ref.days, ref, entry.ahead, 1);
    if (to !== null) return { from: fmtDay(ref.days), to: fmtDay(to) };
  }
  return undefined;
}
