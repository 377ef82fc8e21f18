// A clock time written before its day ("at 4 p.m. on April 13", "8 a.m., Monday") takes that
// day instead of the one inferred from earlier text; the pass runs after resolution because the
// day is only known once the date after it is resolved.
import type { Timex } from '../../core/doc.js';

const GAP = /^[^\S\n]*,?[^\S\n]*(?:on[^\S\n]+)?$/;

export function dayAfterTime(text: string, timexes: readonly Timex[]): Timex[] {
  const out = [...timexes];
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1]!;
    if (t.type !== 'TIME' || !t.inferred?.includes('date') || !t.value) continue;
    if (next.type !== 'DATE' || next.granularity !== 'day' || !next.value) continue;
    if (next.start - t.end > 12 || !GAP.test(text.slice(t.end, next.start))) continue;
    const clock = t.value.slice(t.value.indexOf('T'));
    out[i] = { ...t, value: next.value + clock, inferred: t.inferred.filter((x) => x !== 'date'), anchor: `timex:${i + 1}` };
  }
  return out;
}
