// TIMEX3 duration values: P3Y, P18M, PT30M, P2.5Y, PXY. Decades and centuries are written in
// years ("a decade" → P10Y), which is how news annotation (and our users' tools) compare them.
import type { Unit } from './frame.js';

export function durationValue(n: number | 'X', unit: Unit): string {
  const num = (k: number) => (Number.isInteger(k) ? String(k) : String(Math.round(k * 100) / 100));
  if (n === 'X') {
    switch (unit) {
      case 'S': return 'PTXS';
      case 'MIN': return 'PTXM';
      case 'H': return 'PTXH';
      case 'DE': return 'PXDE';
      case 'CE': return 'PXCE';
      case 'WE': return 'PXWE';
      default: return `PX${unit}`;
    }
  }
  switch (unit) {
    case 'S': return `PT${num(n)}S`;
    case 'MIN': return `PT${num(n)}M`;
    case 'H': return `PT${num(n)}H`;
    case 'DE': return `P${num(n * 10)}Y`;
    case 'CE': return `P${num(n * 100)}Y`;
    case 'WE': return `P${num(n)}WE`;
    default: return `P${num(n)}${unit}`;
  }
}

/** Granularity word for a unit (Timex.granularity). */
export function unitGranularity(unit: Unit): string {
  return { S: 'second', MIN: 'minute', H: 'hour', D: 'day', W: 'week', WE: 'weekend', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century' }[unit];
}
