// The HTTP API in-process (hono app.request) over a fixture store: every route, response shapes
// checked against the same zod schemas the OpenAPI document is generated from, pagination, the
// token-guarded POST /articles, and bad requests that must get a 4xx JSON error, never a crash.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { NewsgraphError } from '../../src/core/errors.js';
import { createApp } from '../../src/server/app.js';
import * as S from '../../src/server/schemas.js';
import { makeDoc } from '../../src/store/fixtures.js';
import type { Store } from '../../src/store/store.js';
import { fixtureStore } from './helpers.js';

let store: Store;
let dir: string;
let app: Hono;
const TOKEN = 'test-token-123456';

beforeAll(async () => {
  ({ store, dir } = await fixtureStore());
  app = createApp({
    store,
    token: TOKEN,
    maxBodyBytes: 10_000,
    extract: (a) => {
      if (a.text.includes('EXPLODE')) throw new NewsgraphError('E050', 'the fixture extractor refuses this text');
      return { ...makeDoc({ id: a.id ?? 'posted', url: a.url, title: a.title, published: a.published, text: a.text }), source: a.source };
    },
  });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await app.request(path);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: type.startsWith('application/json') ? await res.json() : await res.text() };
};
const expectError = async (path: string, status: number, code: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  expect(res.status, path).toBe(status);
  const body = await res.json();
  expect(S.ErrorBody.parse(body).error.code, path).toBe(code);
  return body.error.message as string;
};

describe('read API', () => {
  it('serves an OpenAPI 3.1 document generated from the schema module, covering every route', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const r of S.ROUTES) expect(body.paths[r.path]?.[r.method], `${r.method} ${r.path}`).toBeDefined();
    const events = body.paths['/events'].get;
    expect(events.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['actor', 'dyad', 'cameo', 'plover', 'quad', 'from', 'to', 'limit', 'offset']));
    expect(events.responses['200'].content['application/json'].schema.properties.items.type).toBe('array');
    expect(body.paths['/articles'].post.security).toEqual([{ bearer: [] }]);
  });

  it('lists and pages articles', async () => {
    const first = await get('/articles?limit=2');
    const page = S.Pages.articles.parse(first.body);
    expect(page.items.map((a) => a.id)).toEqual(['a3', 'a2']);
    expect(page.next_offset).toBe(2);
    const last = S.Pages.articles.parse((await get('/articles?limit=2&offset=2')).body);
    expect(last.next_offset).toBeNull();
    expect(S.Pages.articles.parse((await get('/articles?from=2025-03-10')).body).total).toBe(2);
  });

  it('returns an article with all layers, and 404 for an unknown id', async () => {
    const a = S.ArticleFull.parse((await get('/articles/a1')).body);
    expect(a.quotes[0]!.text).toBe('we will not retreat from the talks.');
    expect(a.events.map((v) => v.cameo)).toEqual(['051', '112']);
    expect(a.timexes[0]!.value).toBe('2025-03-03');
    const msg = await expectError('/articles/nope', 404, 'E041');
    expect(msg).toContain('nope');
  });

  it('searches articles and quotes', async () => {
    const hits = S.Pages.hits.parse((await get('/articles/search?q=grain')).body);
    expect(hits.items.map((h) => h.id)).toEqual(['a2']);
    expect(hits.items[0]!.snippet).toContain('[[grain]]');
    const q = S.Pages.quotes.parse((await get('/quotes?q=hungry')).body);
    expect(q.items.map((x) => x.text)).toEqual(['Our neighbours are hungry and we will help,']);
  });

  it('finds quotes by speaker, speaker name and date range', async () => {
    const bySpeaker = S.Pages.quotes.parse((await get('/quotes?speaker=person-anna-berg')).body);
    expect(bySpeaker.total).toBe(3);
    expect(S.Pages.quotes.parse((await get('/quotes?speaker_name=Vik')).body).items.map((x) => x.text)).toEqual(['stands ready']);
    expect(S.Pages.quotes.parse((await get('/quotes?speaker=person-anna-berg&from=2025-03-04&to=2025-03-31')).body).total).toBe(2);
  });

  it('returns actors with roles over time, their quotes and their events by side', async () => {
    const a = S.ActorFull.parse((await get('/actors/person-anna-berg')).body);
    expect(a.roles.map((r) => r.role)).toEqual(['Defence Minister', 'Prime Minister']);
    expect(S.Pages.quotes.parse((await get('/actors/person-anna-berg/quotes')).body).total).toBe(3);
    const asSource = S.Pages.events.parse((await get('/actors/gpe-vestria/events?as=source')).body);
    expect(asSource.items.map((v) => v.cameo)).toEqual(['190', '057']);
    const asTarget = S.Pages.events.parse((await get('/actors/gpe-vestria/events?as=target')).body);
    expect(asTarget.total).toBe(4);
    expect(S.Pages.actors.parse((await get('/actors?type=PERSON')).body).total).toBe(2);
    await expectError('/actors/person-nobody', 404, 'E041');
    await expectError('/actors/person-nobody/quotes', 404, 'E041');
  });

  it('filters events by dyad, CAMEO, PLOVER, quad class and date', async () => {
    const ev = async (qs: string) => S.Pages.events.parse((await get(`/events?${qs}`)).body).items.map((v) => `${v.article}/${v.id}`);
    expect(await ev('dyad=gpe-vestria,gpe-norland')).toEqual(['a1/v1', 'a1/v2', 'a2/v2', 'a2/v1']);
    expect(await ev('cameo=05')).toEqual(['a1/v1', 'a3/v1']);
    expect(await ev('plover=ASSAULT')).toEqual(['a2/v2']);
    expect(await ev('quad=4')).toEqual(['a2/v2']);
    expect(await ev('from=2025-03-20&to=2025-03-20')).toEqual(['a3/v1', 'a3/v2']);
  });

  it('aggregates timelines and the network', async () => {
    const t = S.TimelineOut.parse((await get('/timeline?dyad=gpe-norland,gpe-vestria&bucket=week')).body);
    expect(t.buckets.map((b) => [b.period, b.cooperation, b.conflict, b.goldstein])).toEqual([
      ['2025-W10', 1, 1, 1.4],
      ['2025-W11', 1, 1, -2.6],
    ]);
    const n = S.NetworkOut.parse((await get('/network?limit=3')).body);
    expect(n.edges.length).toBe(3);
  });

  it('exports events as CSV, JSONL, GDELT-style TSV and PLOVER JSON', async () => {
    const csv = await get('/export/events?format=csv&actor=gpe-kessel');
    expect(csv.type).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^article,event,day,date,cameo/);
    expect(lines.length).toBe(4);
    const jsonl = await get('/export/events?format=jsonl&quad=4');
    expect((jsonl.body as string).trim().split('\n').map((l) => JSON.parse(l).cameo)).toEqual(['190']);
    const tsv = await get('/export/events?format=gdelt&quad=4');
    expect(tsv.type).toContain('tab-separated');
    expect((tsv.body as string).trim().split('\n').length).toBe(1);
    expect(tsv.body as string).toContain('190');
    const plover = await get('/export/events?format=plover&plover=AID');
    expect(Array.isArray(plover.body)).toBe(true);
    expect((plover.body as unknown[]).length).toBe(1);
  });

  it('serves the web app and its vendored libraries, and nothing outside them', async () => {
    const home = await get('/');
    expect(home.type).toContain('text/html');
    expect(home.body).toContain('/web/app.js');
    expect((await app.request('/')).headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await get('/web/app.js')).type).toContain('javascript');
    expect((await get('/vendor/chart.js')).status).toBe(200);
    expect((await get('/vendor/cytoscape.js')).status).toBe(200);
    for (const p of ['/web/..%2F..%2Fpackage.json', '/web/../package.json', '/vendor/..%2Fpackage.json', '/web/nope.js']) {
      expect((await app.request(p)).status, p).toBe(404);
    }
  });
});

describe('bad requests', () => {
  it('rejects malformed dates with 400 E042 naming the parameter', async () => {
    for (const d of ['2025-02-30', '2025-13-01', 'yesterday', "2025-01-01' OR 1=1 --", '2025-1-1', '2023-02-29']) {
      const msg = await expectError(`/events?from=${encodeURIComponent(d)}`, 400, 'E042');
      expect(msg).toContain('from');
    }
    await expectError('/quotes?to=03/06/2025', 400, 'E042');
    expect((await app.request('/events?from=2024-02-29')).status).toBe(200);
  });

  it('rejects bad paging and filter values', async () => {
    await expectError('/articles?limit=0', 400, 'E042');
    await expectError(`/articles?limit=${S.MAX_LIMIT + 1}`, 400, 'E042');
    await expectError('/articles?limit=ten', 400, 'E042');
    await expectError('/articles?offset=-1', 400, 'E042');
    await expectError('/events?quad=5', 400, 'E042');
    await expectError('/events?cameo=0x1', 400, 'E042');
    await expectError('/events?dyad=only-one', 400, 'E042');
    await expectError('/timeline?bucket=year', 400, 'E042');
    await expectError('/export/events?format=xml', 400, 'E042');
    await expectError('/articles/search', 400, 'E042');
    await expectError(`/articles/search?q=${'x'.repeat(501)}`, 400, 'E042');
  });

  it('treats SQL- and FTS-looking strings as plain data', async () => {
    const nasty = ["'; DROP TABLE articles; --", '" OR 1=1 --', 'grain" NEAR(x', 'title:*', '%', '\\', "Robert'); DELETE FROM quotes;--"];
    for (const s of nasty) {
      const e = encodeURIComponent(s);
      expect((await app.request(`/articles/search?q=${e}`)).status, s).toBe(200);
      expect((await app.request(`/quotes?q=${e}`)).status, s).toBe(200);
      expect(S.Pages.quotes.parse(await (await app.request(`/quotes?speaker_name=${e}`)).json()).total, s).toBe(0);
      expect((await app.request(`/actors?q=${e}`)).status, s).toBe(200);
      await expectError(`/articles/${e}`, 404, 'E041');
      expect(S.Pages.events.parse(await (await app.request(`/events?actor=${e}`)).json()).total, s).toBe(0);
    }
    expect(S.StatsOut.parse((await get('/stats')).body).counts).toMatchObject({ articles: 4, quotes: 4, events: 7 });
  });

  it('answers unknown routes and methods with JSON 404', async () => {
    await expectError('/nope', 404, 'E041');
    await expectError('/events', 404, 'E041', { method: 'DELETE' });
  });

  it('maps an unexpected store failure to 500 without leaking internals, and keeps serving', async () => {
    const broken = new Proxy(store, {
      get: (t, k) => (k === 'listEvents' ? async () => { throw new Error('SQLITE_CORRUPT: secret detail'); } : Reflect.get(t, k)),
    });
    const app2 = createApp({ store: broken });
    const res = await app2.request('/events');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe('E040');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect((await app2.request('/articles')).status).toBe(200);
  });
});

describe('POST /articles', () => {
  const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
    app.request('/articles', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

  it('is refused on a read-only server', async () => {
    const ro = createApp({ store });
    const res = await ro.request('/articles', { method: 'POST', body: '{"text":"x"}', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('E043');
  });

  it('requires the bearer token', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token-000' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
      const res = await post({ text: 'Kessel praised Norland.' }, headers);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('E043');
    }
    expect(S.StatsOut.parse((await get('/stats')).body).counts.articles).toBe(4);
  });

  it('rejects oversized, malformed and invalid bodies', async () => {
    let res = await post({ text: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('E044');
    res = await post('{"text": "unterminated');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('E005');
    for (const bad of [{}, { text: '' }, { text: 'ok', published: 'last week' }, { text: 'ok', extra: 1 }, { articles: [] }, [1, 2]]) {
      res = await post(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect((await res.json()).error.code).toBe('E042');
    }
  });

  it('extracts and stores articles, deduplicates, and reports per-article failures', async () => {
    let res = await post({ id: 'p1', text: 'Kessel praised Norland for its help.', title: 'Posted', url: 'https://news.example/p1', published: '2025-04-01' });
    expect(res.status).toBe(200);
    expect(S.IngestOut.parse(await res.json())).toMatchObject({ inserted: 1, duplicates: 0, ids: ['p1'] });
    expect(S.ArticleFull.parse((await get('/articles/p1')).body).title).toBe('Posted');
    res = await post({ articles: [{ text: 'Kessel praised Norland for its help.' }, { text: 'EXPLODE now' }] });
    const r = S.IngestOut.parse(await res.json());
    expect(r).toMatchObject({ inserted: 0, duplicates: 1 });
    expect(r.failures).toEqual([{ index: 1, code: 'E050', message: expect.stringContaining('refuses') }]);
    res = await post({ text: 'EXPLODE again' });
    expect(res.status).toBe(422);
  });
});
