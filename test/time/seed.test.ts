// The seed article (../shared/examples/seed, published 2025-03-07): every date expression of the
// reference reading with its value, and every quote's date — once on whatever quotes our quotes
// stage finds, and once on quotes built by hand from the reference reading, so the dating logic
// is checked even while the quotes stage is in progress. Skipped when ../shared is absent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { sharedPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import type { StageContext } from '../../src/stages/stage.js';
import { datingStage } from '../../src/stages/dating/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { eventsStage } from '../../src/stages/events/index.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { timeStage } from '../../src/stages/time/index.js';
import { datedDoc, quote, timeDoc } from './helpers.js';
import { missingShared, sharedPresent } from '../helpers/shared.js';

const dir = sharedPath('examples', 'seed');
const present = sharedPresent(dir);

interface GoldDate { text: string; value: string; occurrence?: number }
interface GoldQuote { content: string; cue: string; date?: string; optional?: boolean }

const norm = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

describe.skipIf(!present)(present ? 'seed article: time and dating' : `seed article: time and dating (${missingShared(dir)})`, () => {
  const text = present ? readFileSync(`${dir}/article.txt`, 'utf8') : '';
  const gold = present ? (JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as { article: { published: string }; dates: GoldDate[]; quotes: GoldQuote[] }) : null;
  const published = gold?.article.published ?? null;
  const nth = (s: string, occurrence = 1) => {
    let i = -1;
    for (let k = 0; k < occurrence; k++) i = text.indexOf(s, i + 1);
    return { start: i, end: i + s.length };
  };
  /** the occurrence of the cue nearest to the content */
  const cueNear = (cue: string, content: { start: number; end: number }) => {
    let best = -1;
    for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
      const dist = (j: number) => (j < content.start ? content.start - j : j - content.end);
      if (best < 0 || dist(i) < dist(best)) best = i;
    }
    return best;
  };

  it('finds every date expression with its value', () => {
    const doc = timeDoc(text, published);
    for (const d of gold!.dates) {
      if (d.text === 'Today') continue; // needs the quote date: below
      const span = nth(d.text, d.occurrence);
      const t = doc.timexes.find((x) => x.start < span.end && span.start < x.end);
      expect(t, `a timex over "${d.text}"`).toBeDefined();
      if (d.text === 'In recent days') {
        expect(t!.value).toBe('PAST_REF');
        expect(t!.range?.to).toBe(published);
      } else expect(t!.value).toBe(d.value);
    }
  });

  it('dates hand-built quotes as the reference reading does, and anchors "Today" in the quote', () => {
    const doc = datedDoc(text, (t) => ({
      quotes: gold!.quotes.filter((q) => !q.optional).map((q, i) => {
        const hand = quote(t, `q${i + 1}`, q.content, null);
        const c = hand.content[0]!;
        const cueAt = cueNear(q.cue, c);
        return { ...hand, cue: { start: cueAt, end: cueAt + q.cue.length } };
      }),
    }), published);
    gold!.quotes.filter((q) => !q.optional).forEach((q, i) => {
      expect({ quote: q.content.slice(0, 30), date: doc.quotes[i]!.date }).toEqual({ quote: q.content.slice(0, 30), date: q.date });
    });
    const today = doc.timexes.find((x) => text.slice(x.start, x.end) === 'Today');
    expect(today?.value).toBe(gold!.dates.find((d) => d.text === 'Today')!.value);
    expect(today?.anchor).toMatch(/^quote:/);
  });

  it('gives the quotes our quotes stage finds the reference dates', () => {
    const ctx: StageContext = { published, options: {} };
    let doc: Doc;
    try {
      doc = defaultPipeline().run(createDoc(text, { published }), ctx);
    } catch {
      // the syntax models may not be built yet: the rest of the pipeline runs without tags
      doc = [segmentStage, entitiesStage, timeStage, quotesStage, eventsStage, datingStage].reduce((d, s) => s.run(d, ctx), createDoc(text, { published }));
    }
    for (const g of gold!.quotes.filter((q) => q.date)) {
      const ng = norm(g.content).split(' ');
      const match = doc.quotes.find((q) => {
        const nc = new Set(norm(q.content.map((c) => text.slice(c.start, c.end)).join(' ')).split(' '));
        return ng.filter((w) => nc.has(w)).length / ng.length >= 0.8;
      });
      if (match) expect({ quote: g.content.slice(0, 30), date: doc.dates.quotes.get(match.id)?.date?.slice(0, 10) }).toEqual({ quote: g.content.slice(0, 30), date: g.date });
    }
  });
});
