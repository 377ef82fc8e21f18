// The HTTP API over both backends: the same fixture documents in SQLite and in PostgreSQL, and every
// route (with each filter, paging, bad requests and the token-guarded POST) must answer the same —
// status and JSON body — on both. test/server/api.test.ts pins the answers themselves on SQLite;
// equality here carries them over to PostgreSQL. Only what is backend-specific by nature is set
// aside: /stats names the backend and its schema version, search snippets come from FTS5 vs ts_headline (both must mark
// the hit) and rank hits by different relevance formulas, and error timestamps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { crossDocs, makeDoc, sampleDocs } from '../../src/store/fixtures.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase, pgTitle, pgUrl } from './pg-test.js';

const TOKEN = 'parity-token-123456';
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-parity-'));
const stores: Store[] = [];
let lite: Hono;
let post: Hono;

const appFor = (store: Store) =>
  createApp({
    store,
    token: TOKEN,
    maxBodyBytes: 10_000,
    extract: (a) => ({ ...makeDoc({ id: a.id ?? 'posted', url: a.url, title: a.title, published: a.published, text: a.text }), source: a.source }),
  });

beforeAll(async () => {
  if (!pgUrl) return;
  const s1 = openSqliteStore(join(dir, 'parity.db'));
  const s2 = await openPostgresStore(await freshDatabase(), { poolSize: 4 });
  stores.push(s1, s2);
  for (const s of stores) {
    await s.writeBatch(sampleDocs().map((doc) => ({ kind: 'doc', doc })));
    // across articles: stories and event clusters, in chunks (each batch updates them incrementally)
    const cross = crossDocs();
    for (let i = 0; i < cross.length; i += 4) await s.writeBatch(cross.slice(i, i + 4).map((doc) => ({ kind: 'doc', doc })));
    await s.writeBatch([{ kind: 'error', key: 'k1', source: 'broken.json', code: 'E005', message: 'broken.json: invalid JSON' }]);
  }
  lite = appFor(s1);
  post = appFor(s2);
});
afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** status + body, with what is backend-specific by nature replaced by a marker */
async function answer(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const res = await app.request(path, init);
  const type = res.headers.get('content-type') ?? '';
  let body: unknown = type.includes('json') && !path.includes('format=jsonl') ? await res.json() : await res.text();
  body = JSON.parse(JSON.stringify(body), (k, v) => {
    if (k === 'snippet' && typeof v === 'string') return /\[\[[^\]]+\]\]/.test(v) ? '<marked snippet>' : v;
    if (k === 'at' && typeof v === 'string') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(v) ? '<timestamp>' : v;
    if (k === 'backend' || k === 'schema_version') return '<backend>';
    return v;
  });
  // relevance is each engine's own (FTS5 bm25 vs ts_rank): the same hits, in either order
  if (path.startsWith('/articles/search') && body && typeof body === 'object' && Array.isArray((body as { items?: unknown }).items)) {
    (body as { items: { id: string }[] }).items.sort((x, y) => (x.id < y.id ? -1 : 1));
  }
  return { status: res.status, body };
}

const READS = [
  '/stats', '/articles', '/articles?limit=2&offset=2', '/articles?from=2025-03-10', '/articles?from=2025-03-10&to=2025-03', '/articles/a1', '/articles/a2', '/articles/nope',
  '/articles/search?q=grain', '/articles/search?q=retreat%20talks', '/articles/search?q=gra*', '/articles/search?q=%22fisheries%20accord%22',
  '/articles/search?q=NEAR(talks', '/articles/search', '/quotes', '/quotes?q=hungry', '/quotes?speaker=person-anna-berg', '/quotes?speaker_name=Vik',
  '/quotes?speaker_name=%25', '/quotes?speaker=person-anna-berg&from=2025-03-04&to=2025-03-31', '/quotes?article=a2', '/quotes?to=03/06/2025',
  '/actors', '/actors?q=vest', '/actors?type=PERSON', '/actors?limit=2&offset=1', '/actors/person-anna-berg', '/actors/person-tomas-vik', '/actors/gpe-norland',
  '/actors/person-nobody', '/actors/person-anna-berg/quotes', '/actors/gpe-vestria/events?as=source', '/actors/gpe-vestria/events?as=target', '/actors/gpe-vestria/events',
  '/events', '/events?actor=gpe-vestria', '/events?source=gpe-vestria', '/events?target=gpe-kessel', '/events?dyad=gpe-vestria,gpe-norland', '/events?cameo=05',
  '/events?cameo=190', '/events?plover=aid', '/events?quad=3', '/events?article=a2', '/events?from=2025-03-11&to=2025-03-12', '/events?limit=2&offset=1', '/events?quad=5',
  '/timeline', '/timeline?bucket=day&dyad=gpe-norland,gpe-vestria', '/timeline?bucket=month&source=gpe-vestria', '/timeline?bucket=day&cameo=05&quad=1',
  '/timeline?bucket=week&article=a3', '/timeline?plover=AID', '/timeline?bucket=year', '/network', '/network?limit=3', '/network?actor=gpe-kessel',
  '/export/events?format=csv&actor=gpe-kessel', '/export/events?format=jsonl&quad=4', '/export/events?format=gdelt&quad=4', '/export/events?format=plover&plover=AID',
  '/ingest-errors', '/nope',
  // the explorer filters and sorts (issue 17), unknown parameters and named errors
  '/events?source_country=NRL', '/events?target_country=vst', '/events?source_code=NRLGOV', '/events?target_code=KSL', '/events?root=19', '/events?modality=asserted',
  '/events?modality=future', '/events?text=grain', '/events?location=Nowhere', '/events?sort=-goldstein', '/events?sort=cameo&limit=3&offset=1', '/events?sort=-date',
  '/events?sort=source', '/events?sort=-target', '/quotes?kind=direct', '/quotes?sort=-speaker', '/quotes?sort=-date&limit=2', '/timeline?bucket=day&source_country=NRL',
  '/network?quad=4', '/export/quotes?format=csv', '/export/quotes?format=jsonl&kind=direct', '/export/events?format=csv&root=19&sort=-date',
  '/events?country=RUS', '/quotes?speakr=x', '/events?quad=7', '/events?source_country=Russia', '/quotes?kind=rumour', '/cameo', '/rules/events%3Asign-v-057%2Breciprocal',
];

describe.skipIf(!pgUrl)(pgTitle('HTTP API: SQLite and PostgreSQL answer alike'), () => {
  it('answers every read route the same on both backends', async () => {
    for (const path of READS) {
      const [a, b] = await Promise.all([answer(lite, path), answer(post, path)]);
      expect(b, path).toEqual(a);
    }
    const hits = await answer(post, '/articles/search?q=grain');
    expect(JSON.stringify(hits.body)).toContain('<marked snippet>');
  });

  it('answers the routes across articles the same on both backends', async () => {
    const clusters = (await answer(lite, '/clusters?limit=500')).body as { items: { id: string }[] };
    expect(clusters.items.length).toBeGreaterThan(10);
    const paths = ['/stories', '/stories?min_articles=1&limit=3&offset=2', '/stories?article=s0-0', '/stories?from=2025-04-10',
      '/clusters?limit=500', '/clusters?actor=gpe-norland', '/clusters?cameo=11&from=2025-04-05', '/clusters?min_articles=2', '/clusters?article=z-other',
      '/clusters?source=gpe-kessel&limit=2&offset=1', '/clusters/nope', '/quotes?about=gpe-vestria', '/quotes?speaker=gpe-norland&about=gpe-vestria',
      ...clusters.items.slice(0, 8).flatMap((c) => [`/clusters/${c.id}`, `/clusters/${c.id}/quotes`])];
    for (const path of paths) expect(await answer(post, path), path).toEqual(await answer(lite, path));
  });

  it('accepts POST /articles alike, then reads back the same', async () => {
    const body = JSON.stringify({ articles: [
      { id: 'p1', text: 'Kessel met Vestria in Norland on Monday.', url: 'https://news.example/p1', published: '2025-04-01' },
      { id: 'p2', text: 'Kessel met Vestria in Norland on Monday.', url: null },
      { id: 'a1', text: 'A different article that reuses the id a1.' },
    ] });
    const init = () => ({ method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
    const [a, b] = await Promise.all([answer(lite, '/articles', init()), answer(post, '/articles', init())]);
    expect(b).toEqual(a);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ inserted: 2, duplicates: 1 });
    // a batch with bad items: the good one is stored on both, the bad ones reported alike
    const partial = JSON.stringify({ articles: [{ id: 'p3', text: 'Vestria met Kessel on Friday.', published: '2025-04-04' }, { id: 'p4' }, { text: 'x', published: 'soon' }] });
    const pinit = () => ({ method: 'POST', body: partial, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
    const [pa, pb] = await Promise.all([answer(lite, '/articles', pinit()), answer(post, '/articles', pinit())]);
    expect(pb).toEqual(pa);
    expect(pa.body).toMatchObject({ inserted: 1, ids: ['p3'] });
    expect((pa.body as { failures: { index: number }[] }).failures.map((f) => f.index)).toEqual([1, 2]);
    const unauth = { method: 'POST', body, headers: { 'content-type': 'application/json' } };
    expect(await answer(post, '/articles', unauth)).toEqual(await answer(lite, '/articles', unauth));
    for (const path of ['/stats', '/articles', '/articles/p1', '/articles/search?q=kessel']) {
      expect(await answer(post, path), path).toEqual(await answer(lite, path));
    }
  });
});
