// The explorer filters of the API (issue 17) over the fixture store: each filter is checked
// against the unfiltered list filtered here by the same meaning (so nothing is pinned by hand),
// sorts, the quote export, unknown parameters refused by name, errors naming field and value,
// a batch with one bad item storing the good ones, CAMEO names and the rule catalogue.
// test/store/api-backends.test.ts repeats these requests on PostgreSQL and compares the answers.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import * as S from '../../src/server/schemas.js';
import { makeDoc } from '../../src/store/fixtures.js';
import type { EventOut, QuoteOut, Store } from '../../src/store/store.js';
import { fixtureStore } from './helpers.js';
import { hasGazetteer } from '../helpers/browser.js';

let store: Store;
let dir: string;
let app: Hono;
const TOKEN = 'filters-token-123456';

beforeAll(async () => {
  ({ store, dir } = await fixtureStore());
  app = createApp({
    store,
    token: TOKEN,
    cacheTtlMs: 0,
    extract: (a) => ({ ...makeDoc({ id: a.id ?? 'posted', url: a.url, title: a.title, published: a.published, text: a.text }), source: a.source }),
  });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function json<T = unknown>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = await res.json();
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  return body as T;
}
const events = async (qs: string) => (await json<{ items: EventOut[]; total: number }>(`/events?limit=500&${qs}`)).items;
const ids = (vs: readonly { article: string; id: string }[]) => vs.map((v) => `${v.article}/${v.id}`).sort();

describe('event filters', () => {
  let all: EventOut[];
  beforeAll(async () => {
    all = await events('');
    expect(all.length).toBeGreaterThan(4);
  });

  const cases: [string, (v: EventOut) => boolean][] = [
    ['source_country=NRL', (v) => v.source.actor_code?.startsWith('NRL') ?? false],
    ['target_country=vst', (v) => v.target.actor_code?.startsWith('VST') ?? false],
    ['source_code=NRLGOV', (v) => v.source.actor_code?.startsWith('NRLGOV') ?? false],
    ['target_code=KSL', (v) => v.target.actor_code?.startsWith('KSL') ?? false],
    ['root=19', (v) => v.root === '19'],
    ['cameo=05', (v) => v.cameo.startsWith('05')],
    ['plover=AID', (v) => v.plover === 'AID'],
    ['quad=1', (v) => v.quad === 1],
    ['modality=asserted', (v) => v.modality === 'asserted'],
    ['modality=future', (v) => v.modality === 'future'],
    ['text=grain', (v) => [v.evidence.text, v.source.name, v.target.name, v.article_title].some((s) => s?.toLowerCase().includes('grain'))],
    ['from=2025-03-11&to=2025-03-12', (v) => v.day !== null && v.day >= '2025-03-11' && v.day <= '2025-03-12'],
    ['source_country=NRL&quad=2', (v) => (v.source.actor_code?.startsWith('NRL') ?? false) && v.quad === 2],
  ];
  for (const [qs, keep] of cases) {
    it(`filters by ${qs}`, async () => {
      const got = await events(qs);
      expect(ids(got)).toEqual(ids(all.filter(keep)));
    });
  }

  it('every filter narrows something and keeps something on the fixture (the cases are not vacuous)', () => {
    const informative = cases.filter(([, keep]) => {
      const n = all.filter(keep).length;
      return n > 0 && n < all.length;
    });
    expect(informative.length).toBeGreaterThanOrEqual(8);
  });

  it('sorts by any column, ascending and descending, with stable paging', async () => {
    const byG = await events('sort=-goldstein');
    expect(byG.map((v) => v.goldstein)).toEqual([...all.map((v) => v.goldstein)].sort((a, b) => b - a));
    const byCameo = await events('sort=cameo');
    expect(byCameo.map((v) => v.cameo)).toEqual([...all.map((v) => v.cameo)].sort());
    const desc = await events('sort=-date');
    const dates = desc.map((v) => v.day ?? '');
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    const p1 = (await json<{ items: EventOut[] }>('/events?sort=-date&limit=2&offset=0')).items;
    const p2 = (await json<{ items: EventOut[] }>('/events?sort=-date&limit=2&offset=2')).items;
    expect(ids([...p1, ...p2])).toEqual(ids(desc.slice(0, 4)));
  });

  it('applies the filters to the timeline and the network quad filter', async () => {
    const t = await json<{ buckets: { events: number }[] }>('/timeline?bucket=day&source_country=NRL');
    expect(t.buckets.reduce((n, b) => n + b.events, 0)).toBe(all.filter((v) => v.source.actor_code?.startsWith('NRL') && v.day).length);
    const net = await json<{ edges: { quad: number }[] }>('/network?quad=4');
    expect(net.edges.length).toBeGreaterThan(0);
    expect(net.edges.every((e) => e.quad === 4)).toBe(true);
  });
});

describe('quote filters and the quote export', () => {
  it('filters by kind and sorts by speaker and date', async () => {
    const all = (await json<{ items: QuoteOut[] }>('/quotes?limit=500')).items;
    const direct = (await json<{ items: QuoteOut[] }>('/quotes?kind=direct&limit=500')).items;
    expect(ids(direct)).toEqual(ids(all.filter((q) => q.kind === 'direct')));
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBeLessThan(all.length);
    const bySpeaker = (await json<{ items: QuoteOut[] }>('/quotes?sort=-speaker&limit=500')).items.map((q) => q.speaker.name ?? '');
    expect(bySpeaker.filter(Boolean)).toEqual([...bySpeaker.filter(Boolean)].sort().reverse());
  });

  it('exports quotes as CSV and JSON Lines with article URL and publication date', async () => {
    const csv = await (await app.request('/export/quotes?format=csv&speaker=person-anna-berg')).text();
    const [head, ...rows] = csv.trim().split('\r\n');
    expect(head!.split(',')).toEqual(expect.arrayContaining(['text', 'speaker_name', 'article_url', 'published']));
    const listed = (await json<{ items: QuoteOut[] }>('/quotes?speaker=person-anna-berg')).items;
    expect(rows.length).toBe(listed.length);
    const res = await app.request('/export/quotes?format=jsonl&kind=direct');
    expect(res.headers.get('content-type')).toContain('ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as QuoteOut);
    expect(lines.every((q) => q.kind === 'direct' && 'article_url' in q && 'published' in q)).toBe(true);
  });

  it('exports events as CSV with article URL and publication date columns', async () => {
    const csv = await (await app.request('/export/events?format=csv')).text();
    const head = csv.split('\r\n')[0]!.split(',');
    expect(head.slice(-2)).toEqual(['article_url', 'published']);
  });
});

describe('honest errors', () => {
  it('refuses unknown query parameters with 400, naming them', async () => {
    for (const path of ['/events?country=RUS', '/quotes?speakr=x', '/timeline?bucket=day&granularity=x', '/network?quadd=1', '/export/events?fmt=csv', '/actors?name=x', '/cameo?x=1']) {
      const body = await json<{ error: { code: string; message: string } }>(path, 400);
      expect(body.error.code, path).toBe('E042');
      const name = [...new URL(path, 'http://x').searchParams.keys()].find((k) => k !== 'bucket')!;
      expect(body.error.message, path).toContain(`"${name}"`);
    }
  });

  it('names the field and the value that failed validation', async () => {
    const cases: [string, string, string][] = [
      ['/events?quad=7', 'quad', '"7"'],
      ['/events?source_country=Russia', 'source_country', '"Russia"'],
      ['/events?root=1', 'root', '"1"'],
      ['/events?sort=colour', 'sort', '"colour"'],
      ['/quotes?kind=rumour', 'kind', '"rumour"'],
      ['/events?from=2025-02-30', 'from', '"2025-02-30"'],
    ];
    for (const [path, field, value] of cases) {
      const { error } = await json<{ error: { message: string } }>(path, 400);
      expect(error.message, path).toContain(`"${field}"`);
      expect(error.message, path).toContain(`found ${value}`);
    }
  });

  it('stores the good items of a batch and reports each bad one by index, field and value', async () => {
    const post = (body: unknown) =>
      app.request('/articles', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
    const res = await post({ articles: [
      { id: 'ok-1', text: 'Norland met Vestria on Monday.', published: '2025-05-01' },
      { id: 'bad-1', published: '2025-05-01' },
      { id: 'bad-2', text: 'x', published: 'yesterday' },
    ] });
    expect(res.status).toBe(200);
    const body = S.IngestOut.parse(await res.json());
    expect(body.inserted).toBe(1);
    expect(body.ids).toEqual(['ok-1']);
    expect(body.failures.map((f) => [f.index, f.code])).toEqual([[1, 'E042'], [2, 'E042']]);
    expect(body.failures[0]!.message).toContain('"articles.1.text"');
    expect(body.failures[1]!.message).toContain('"articles.2.published"');
    expect(body.failures[1]!.message).toContain('found "yesterday"');
    expect((await json<{ id: string }>('/articles/ok-1')).id).toBe('ok-1');
    await json('/articles/bad-1', 404);
    const none = await post({ articles: [{ id: 'bad-3' }] });
    expect(none.status).toBe(422);
  });
});

describe('words for codes and rules', () => {
  it('names CAMEO codes from the one CAMEO table', async () => {
    const { codes } = await json<{ codes: { code: string; name: string; quad: number }[] }>('/cameo');
    expect(codes.find((c) => c.code === '162')?.name).toMatch(/^Reduce or stop .*aid$/);
    expect(codes.length).toBeGreaterThan(250);
  });

  it('explains a composite rule part by part, with the frame evidence for event rules', async () => {
    const r = await json<{ parts: { id: string; description: string | null; evidence: Record<string, string> }[] }>(`/rules/${encodeURIComponent('events:sign-v-057+reciprocal')}`);
    expect(r.parts[0]).toMatchObject({ id: 'events:sign-v-057', evidence: { cue: 'sign (verb)', cameo: '057 Sign formal agreement' } });
    expect(r.parts[0]!.description).toContain('CAMEO 057');
    expect(r.parts[1]!.id).toBe('events:reciprocal');
    const q = await json<{ parts: { description: string | null; evidence: Record<string, string> }[] }>(`/rules/${encodeURIComponent('quotes:according-to-initial')}`);
    expect(q.parts[0]!.description).toBeTruthy();
    expect(q.parts[0]!.evidence.code).toMatch(/^src\/stages\/quotes\/.+\.ts:\d+$/);
  });
});

describe.skipIf(!hasGazetteer)('map', () => {
  it('puts events without a place on their source (else target) country and draws country outlines', async () => {
    const all = await events('');
    const m = await json<{ points: { kind: string; country: string | null; events: number }[]; unplaced: number; total: number }>('/map');
    expect(m.total).toBe(all.length);
    const placed = m.points.reduce((n, p) => n + p.events, 0);
    expect(placed + m.unplaced).toBe(all.length);
    // the fixture's countries are invented (NRL, VST, KSL): none is on a real map
    expect(m.points.every((p) => p.kind === 'country')).toBe(true);
    const shapes = await json<{ features: { id: string | null }[] }>('/map/countries');
    expect(shapes.features.length).toBeGreaterThan(150);
    expect(shapes.features.map((f) => f.id)).toEqual(expect.arrayContaining(['RUS', 'USA', 'FRA']));
  });
});
