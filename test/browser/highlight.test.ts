// The web app's span highlighter (src/web/highlight.js, a browser ES module with no DOM use):
// overlapping layers become flat segments that cover the text exactly, in linear-ish time.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain browser ES module without type declarations
import { annotationsOf, segments } from '../../src/web/highlight.js';
import { sampleDocs } from '../../src/store/fixtures.js';

type Seg = { start: number; end: number; anns: number[] };

describe('segments', () => {
  it('cuts overlapping spans into flat segments that cover the text in order', () => {
    const anns = [
      { i: 0, start: 2, end: 10 },
      { i: 1, start: 5, end: 7 },
      { i: 2, start: 7, end: 12 },
      { i: 3, start: 4, end: 4 }, // empty: ignored
      { i: 4, start: 18, end: 99 }, // past the end: clipped
    ];
    const segs: Seg[] = segments(20, anns);
    expect(segs.map((s) => [s.start, s.end, [...s.anns].sort()])).toEqual([
      [0, 2, []], [2, 5, [0]], [5, 7, [0, 1]], [7, 10, [0, 2]], [10, 12, [2]], [12, 18, []], [18, 20, [4]],
    ]);
  });

  it('stays fast on 10,000 nested and overlapping spans', () => {
    const anns = Array.from({ length: 10_000 }, (_, i) => ({ i, start: i * 3, end: i * 3 + 7 }));
    const t0 = performance.now();
    const segs: Seg[] = segments(40_000, anns);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(segs[0]!.start).toBe(0);
    expect(segs.at(-1)!.end).toBe(40_000);
    for (let k = 1; k < segs.length; k++) expect(segs[k]!.start).toBe(segs[k - 1]!.end);
  });
});

describe('annotationsOf', () => {
  it('turns every layer of an article into annotations carrying their rule', () => {
    const d = sampleDocs()[1]!;
    const article = {
      ...d,
      entities: d.entities.map((e) => ({ ...e, actor: `x-${e.id}`, mentions: e.mentions.map((m) => ({ ...m, title: (m as { title?: unknown }).title ?? null })) })),
      quotes: d.quotes,
      events: d.events.map((v) => ({ ...v, source: { ...v.source, name: 'A' }, target: { ...v.target, name: 'B' } })),
    };
    const anns = annotationsOf(article) as { layer: string; rule: string; start: number; end: number }[];
    const layers = new Set(anns.map((a) => a.layer));
    expect([...layers].sort()).toEqual(['cue', 'entity', 'event', 'quote', 'role', 'timex']);
    for (const a of anns) {
      expect(a.rule).toMatch(/^[a-z]+:/);
      expect(a.end).toBeGreaterThan(a.start);
    }
  });

  it("explains an event party whose country is the story's: \"country from the story\"", () => {
    const text = 'Officials arrested a man.';
    const party = (name: string, code: string, country_source: string | null) => ({ entity: null, actor: null, name, actor_code: code, mention: null, country_source });
    const article = {
      text, entities: [], quotes: [], timexes: [],
      events: [{
        id: 'v1', cameo: '173', root: '17', plover: null, quad: 4, goldstein: -5, date: null, date_source: null, modality: 'asserted', negated: false,
        location: null, target_source: null, evidence: { start: 10, end: 24, text: 'arrested a man' }, rule: 'events:test',
        source: party('Officials', 'INDGOV', null), target: party('a man', 'INDCVL', 'story'),
      }],
    };
    const [event] = annotationsOf(article) as { detail: [string, string][] }[];
    expect(event!.detail).toContainEqual(['target country', 'INDCVL: country from the story']);
    expect(event!.detail.some(([k]) => k === 'source country')).toBe(false);
  });
});
