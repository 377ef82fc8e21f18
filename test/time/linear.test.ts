// Linear time on pathological input: a 2 MB paragraph dense with time expressions and quote
// marks, and the dating stage with 10,000 quotes and 10,000 events in one 2 MB "sentence".
// Quadrupling the input must not cost anywhere near sixteen times as much.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createDoc, withLayers, type Doc, type NewsEvent, type Quote } from '../../src/core/doc.js';
import { datingStage } from '../../src/stages/dating/index.js';
import { timeStage } from '../../src/stages/time/index.js';

const UNIT = 'On Monday, the minister said on March 6 that "talks will resume in two weeks" and every Tuesday after. ';
const ctx = { published: '2025-03-07', options: {} };

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function quotesAndEvents(text: string, n: number): { quotes: Quote[]; events: NewsEvent[] } {
  const quotes: Quote[] = [];
  const events: NewsEvent[] = [];
  for (let k = 0, i = text.indexOf('"'); k < n && i >= 0; k++) {
    const j = text.indexOf('"', i + 1);
    const cue = text.lastIndexOf('said', i);
    quotes.push({ id: `q${k}`, kind: 'direct', content: [{ start: i + 1, end: j }], cue: { start: cue, end: cue + 4 }, speaker: { entity: null, name: null, mention: null }, addressee: null, rule: 'test' });
    events.push({ id: `v${k}`, cameo: '010', root: '01', plover: null, quad: 1, goldstein: 0, source: { entity: null, actor_code: null, mention: null }, target: { entity: null, actor_code: null, mention: null }, location: null, negated: false, modality: 'asserted', evidence: { start: i + 1, end: i + 6 }, rule: 'test' });
    i = text.indexOf('"', j + 1);
  }
  return { quotes, events };
}

describe('linear time', () => {
  it('time stage: 2 MB costs about four times 0.5 MB, not sixteen', () => {
    const small = UNIT.repeat(Math.ceil(500_000 / UNIT.length));
    const big = UNIT.repeat(Math.ceil(2_000_000 / UNIT.length));
    timeStage.run(createDoc(UNIT.repeat(200)), ctx); // warm up
    const [ds, ts] = timed(() => timeStage.run(createDoc(small, ctx), ctx));
    const [db, tb] = timed(() => timeStage.run(createDoc(big, ctx), ctx));
    expect(db.timexes.length).toBeGreaterThan(3.9 * ds.timexes.length);
    expect(tb / ts).toBeLessThan(9);
    expect(tb).toBeLessThan(30_000);
  }, 120_000);

  it('dating stage: 10,000 quotes and events in one 2 MB sentence', () => {
    const text = UNIT.repeat(Math.ceil(2_000_000 / UNIT.length));
    const timed1: Doc = timeStage.run(createDoc(text, ctx), ctx);
    const { quotes, events } = quotesAndEvents(text, 10_000);
    const doc = withLayers(timed1, { quotes, events }, ['quotes', 'events']);
    const [d, t] = timed(() => datingStage.run(doc, ctx));
    expect(d.dates.quotes.size).toBe(quotes.length);
    expect([...d.dates.quotes.values()].every((q) => q.date === '2025-03-06' && q.source === 'clause')).toBe(true);
    expect(d.dates.events.size).toBe(events.length);
    expect([...d.dates.events.values()].every((v) => v.source === 'quote-anchor')).toBe(true);
    expect(t).toBeLessThan(15_000);
  }, 120_000);
});
