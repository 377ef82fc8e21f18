// The Wikinews time dev set (eval/wikinews-dev, README-time.md): its gold is built from snippets
// that must each occur once, the built files are up to date with the annotations, and the
// quote-date scoring counts what README-time.md says it counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedPath } from '../src/core/paths.js';
import { sameAtPrecision, scoreQuoteDates, type GoldQuoteDate } from '../eval/time.js';
import { buildTimeGold, locate } from '../eval/wikinews-dev/timex-build.js';
import { loadTimeArticles } from '../eval/wikinews-dev/time-articles.js';
import { missingShared, sharedPresent } from './helpers/shared.js';

const dir = join(repoRoot, 'eval', 'wikinews-dev');
const wikinews = sharedPath('data', 'wikinews');
const articles = sharedPresent(wikinews) ? loadTimeArticles() : null;

describe.skipIf(!articles)(articles ? 'Wikinews time gold' : `Wikinews time gold (${missingShared(wikinews)})`, () => {
  // built only where the articles are (a skipped describe's body still runs when tests are collected)
  const built = articles ? buildTimeGold(readFileSync(join(dir, 'timex.src.txt'), 'utf8'), articles) : { timexes: [], quotes: [] };
  const lines = (f: string) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

  it('is the build of timex.src.txt (rebuild with timex-build.ts after editing it)', () => {
    expect(lines('timex.jsonl')).toEqual(JSON.parse(JSON.stringify(built.timexes)));
    expect(lines('quote-dates.jsonl')).toEqual(JSON.parse(JSON.stringify(built.quotes)));
  });

  it('points at the text it names in the article the pipeline reads', () => {
    const text = new Map(articles!.map((a) => [a.id, a.text]));
    for (const t of built.timexes) expect(text.get(t.id)!.slice(t.start, t.end)).toBe(t.text);
    for (const q of built.quotes) expect(text.get(q.id)!.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    expect(new Set(built.timexes.map((t) => t.id)).size).toBeGreaterThanOrEqual(30);
  });

  it('dates an assumed attribution on the publication date', () => {
    const published = new Map(articles!.map((a) => [a.id, a.published]));
    for (const q of built.quotes.filter((x) => x.assumed)) expect(q.date).toBe(published.get(q.id));
  });
});

describe('snippet location', () => {
  const text = 'Trump said on Friday he can. Pence said on Friday the US is in crisis.';
  it('finds the marked span of a unique snippet', () => {
    expect(locate(text, 'Pence said on [Friday]', 'x')).toEqual({ start: 43, end: 49 });
    expect(text.slice(43, 49)).toBe('Friday');
  });
  it('refuses a repeated or missing snippet', () => {
    expect(() => locate(text, 'said on [Friday]', 'x')).toThrow(/more than once/);
    expect(() => locate(text, 'said on [Monday]', 'x')).toThrow(/not found/);
  });
});

describe('quote-date scoring', () => {
  it('compares at the gold precision', () => {
    expect(sameAtPrecision('2019-01-04', '2019-01-04')).toBe(true);
    expect(sameAtPrecision('2019-01-04TMO', '2019-01-04')).toBe(true);
    expect(sameAtPrecision('2019-01-04', '2019-01')).toBe(true);
    expect(sameAtPrecision('2019', '2019-01-04')).toBe(false);
    expect(sameAtPrecision('2019-01-04', '2019')).toBe(true);
    expect(sameAtPrecision('2019-02-04', '2019-01')).toBe(false);
    expect(sameAtPrecision('PAST_REF', '2019-01-04')).toBe(false);
    expect(sameAtPrecision(null, '2019-01-04')).toBe(false);
    // the weekend of ISO week 31 of 2019 is 3–4 August; week 31 runs from 29 July
    expect(sameAtPrecision('2019-W31-WE', '2019-08')).toBe(true);
    expect(sameAtPrecision('2019-W31', '2019-08')).toBe(false);
    expect(sameAtPrecision('2019-W31', '2019')).toBe(true);
    expect(sameAtPrecision('2019-W31-WE', '2019-08-03')).toBe(false);
  });

  it('matches attributions by overlapping cues and counts the unmatched apart', () => {
    const g = (start: number, date: string, basis: string): GoldQuoteDate => ({ id: 'a', cue: { start, end: start + 4, text: 'said' }, speaker: 'X', date, precision: 'day', basis, assumed: basis === 'assumed' });
    const s = scoreQuoteDates([
      {
        gold: [g(10, '2019-01-04', 'stated'), g(50, '2019-01-07', 'assumed'), g(90, '2019-01-07', 'assumed')],
        pred: [
          { cue: { start: 10, end: 14 }, date: '2019-01-04' },
          { cue: { start: 48, end: 52 }, date: '2019-01-04' },
          { cue: null, date: '2019-01-07' },
        ],
      },
    ]);
    expect(s).toEqual({ gold: 3, matched: 2, right: 1, byBasis: { stated: { gold: 1, matched: 1, right: 1 }, assumed: { gold: 2, matched: 1, right: 0 } } });
  });
});
