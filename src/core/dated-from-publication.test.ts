// datedFromPublication (doc.ts) walks a date's anchor chain to the publication date: through timexes
// and through the quotes whose day a timex inside them was re-anchored to. A chain that comes back to
// a quote it passed (a quote dated by a timex inside it, re-anchored to that quote's day — found by the
// contract fuzzer) ends without reaching the publication date instead of recursing without end.
import { describe, expect, it } from 'vitest';
import { createDoc, datedFromPublication, type DatedBy, type Doc, type Timex } from './doc.js';

const text = 'On Monday at 3 p.m. she said "we met on Monday at 3 p.m." and left.';
const timex = (start: number, end: number, anchor: string): Timex => ({ start, end, type: 'DATE', value: '2025-08-04', anchor, rule: 'test' });

function doc(timexes: Timex[], quotes: [string, DatedBy][]): Doc {
  return { ...createDoc(text, { published: '2025-08-10' }), timexes, dates: { quotes: new Map(quotes), events: new Map(), timexes: new Map() } };
}

describe('datedFromPublication', () => {
  it('follows timex and quote anchors to the publication date', () => {
    const d = doc([timex(3, 9, 'published'), timex(38, 44, 'quote:q1'), timex(48, 54, 'timex:1')], [['q1', { date: '2025-08-04', source: 'clause', timex: 0 }]]);
    expect(datedFromPublication(d, { date: '2025-08-04T15:00', source: 'clause', timex: 2 })).toBe(true);
    expect(datedFromPublication(d, { date: '2025-08-04', source: 'published' })).toBe(true);
    expect(datedFromPublication(d, { date: null, source: 'none' })).toBe(false);
  });

  it('ends on a quote → timex → same quote cycle instead of overflowing the stack', () => {
    // q1 is dated by "3 p.m." (timex 2) anchored on "Monday" (timex 1), which sits inside q1 and was
    // re-anchored to q1's own day
    const d = doc([timex(3, 9, 'published'), timex(38, 44, 'quote:q1'), timex(48, 54, 'timex:1')], [['q1', { date: '2025-08-04T15:00', source: 'clause', timex: 2 }]]);
    expect(datedFromPublication(d, d.dates.quotes.get('q1'))).toBe(false);
    expect(datedFromPublication(d, { date: '2025-08-04T15:00', source: 'sentence', timex: 2 })).toBe(false);
  });
});
