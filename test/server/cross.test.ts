// The API across articles over a SQLite store holding the cross-article fixture corpus: stories,
// event clusters, what was said about a cluster, and "quotes by X about Y"; responses checked
// against the zod schemas the OpenAPI document is generated from.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { CROSS_ROUTES, ClusterOut, StoryOut } from '../../src/server/cross-routes.js';
import * as S from '../../src/server/schemas.js';
import { GDELT_COLUMNS } from '../../src/io/export-gdelt.js';
import { crossDocs } from '../../src/store/fixtures.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

let store: Store;
let app: Hono;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cross-api-'));

beforeAll(async () => {
  store = openSqliteStore(join(dir, 'cross.db'));
  await store.writeBatch(crossDocs().map((doc) => ({ kind: 'doc', doc })));
  app = createApp({ store });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

describe('API across articles', () => {
  it('documents every cross route in the OpenAPI document', async () => {
    const { body } = await get('/openapi.json');
    for (const r of CROSS_ROUTES) expect(body.paths[r.path]?.[r.method], r.path).toBeDefined();
    expect(body.paths['/quotes'].get.parameters.map((p: { name: string }) => p.name)).toContain('about');
  });

  it('lists stories with their copies and counts', async () => {
    const { status, body } = await get('/stories');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    for (const s of body.items) StoryOut.parse(s);
    const one = await get('/stories?article=s0-0');
    expect(one.body.items[0]).toMatchObject({ id: 'a0-1', num_articles: 3, num_sources: 3 });
    expect((await get('/stories?min_articles=3')).body.total).toBe(3);
    expect((await get('/stories?min_articles=1')).body.total).toBe(7);
  });

  it('lists event clusters filterable like /events, one by id, and 404 for an unknown one', async () => {
    const all = await get('/clusters?limit=500');
    expect(all.status).toBe(200);
    for (const c of all.body.items) ClusterOut.parse(c);
    const meet = await get('/clusters?actor=gpe-norland&cameo=036&from=2025-04-03&to=2025-04-03');
    expect(meet.body.items).toHaveLength(1);
    expect(meet.body.items[0]).toMatchObject({ num_articles: 2, num_sources: 4, num_mentions: 2 });
    const id = meet.body.items[0].id;
    expect((await get(`/clusters/${id}`)).body).toEqual(meet.body.items[0]);
    expect((await get('/clusters/c0000')).status).toBe(404);
    expect((await get('/clusters?min_articles=2')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await get('/clusters?source=gpe-vestria&target=gpe-norland')).body.total).toBe(0);
    expect((await get('/clusters?cameo=x')).status).toBe(400);
    expect((await get('/clusters?min_articles=0')).status).toBe(400);
  });

  it('answers "quotes by X about Y" and "what was said about this cluster"', async () => {
    const byAbout = await get('/quotes?speaker=gpe-norland&about=gpe-vestria');
    expect(byAbout.status).toBe(200);
    expect(byAbout.body.items.map((q: { article: string }) => q.article).sort()).toEqual(['a0-1', 'm0-2', 's0-0']);
    for (const q of byAbout.body.items) {
      S.QuoteOut.parse(q);
      expect(q.about.actors.map((a: { id: string }) => a.id)).toContain('gpe-vestria');
    }
    expect((await get('/quotes?speaker=gpe-vestria&about=gpe-norland')).body.total).toBe(0);
    const acc = (await get('/clusters?article=s0-0&cameo=112')).body.items[0];
    const said = await get(`/clusters/${acc.id}/quotes`);
    expect(said.status).toBe(200);
    expect(said.body.total).toBe(3);
    expect(said.body.items.every((q: { about: { events: string[] } }) => q.about.events.includes('v1'))).toBe(true);
    expect((await get('/clusters/c0000/quotes')).status).toBe(404);
  });

  it('exports a cluster as one GDELT event with NumMentions/NumSources/NumArticles, DATEADDED and a stable id', async () => {
    const res = await app.request('/export/events?format=gdelt&actor=gpe-norland&cameo=036&from=2025-04-03&to=2025-04-03');
    const rows = (await res.text()).trim().split('\n').map((l) => l.split('\t'));
    // four reports (three copies of one story and another outlet's story) of one meeting: one row
    expect(rows).toHaveLength(1);
    const col = (name: string) => rows[0]![GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])];
    expect(rows[0]).toHaveLength(GDELT_COLUMNS.length);
    expect([col('NumMentions'), col('NumSources'), col('NumArticles')]).toEqual(['2', '4', '2']);
    expect(col('DATEADDED')).toBe('20250403000000');
    // the id is the cluster's, whichever member is exported
    const again = await (await app.request('/export/events?format=gdelt&article=z-other')).text();
    expect(again.split('\t')[0]).toBe(col('GLOBALEVENTID'));
    // an event of no cluster across stories keeps its own counts
    const single = (await (await app.request('/export/events?format=gdelt&article=s3-0&cameo=112')).text()).trim().split('\t');
    expect(single[GDELT_COLUMNS.indexOf('NumArticles')]).toBe('1');
  });
});
