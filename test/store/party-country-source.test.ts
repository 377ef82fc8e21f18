// An event party's country_source ("story": the country in its actor code is the article's story
// country, not one the text gives it; refine-actors.ts withStoryCountry) survives every path a record
// takes after extraction, as the event's target_source does: POST /articles (the real pipeline as the
// extractor) → SQLite and PostgreSQL → GET /articles/:id, /events, the JSONL and PLOVER exports. And a
// database stored before the field (schema version 7) upgrades to it without losing a row.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { toContract } from '../../src/io/write-json.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { createApp } from '../../src/server/app.js';
import * as S from '../../src/server/schemas.js';
import { sampleDocs } from '../../src/store/fixtures.js';
import { PG_MIGRATIONS, migratePg } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store, StoreDoc } from '../../src/store/store.js';
import { freshDatabase, pgTitle, pgUrl } from './pg-test.js';

const hasParser = existsSync(modelPath('parser.bin'));
const SENTENCE = 'On Friday, Indian officials arrested a man in connection with the death of an elephant.';
const TOKEN = 'party-country-token-1234';
const NEW_COLUMNS = ['source_country_source', 'target_country_source'];
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-partysource-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const extract = (a: { id?: string; text: string; title: string | null; url: string | null; published: string | null; source: string }): StoreDoc => ({
  ...toContract(defaultPipeline().run(createDoc(a.text, { id: a.id ?? 'posted', title: a.title, url: a.url, published: a.published ?? '2024-03-01' }))),
  source: a.source,
});

/** POSTs the sentence through the API with the real pipeline, then reads it back every way the API serves it. */
async function roundTrip(store: Store): Promise<void> {
  const app = createApp({ store, token: TOKEN, maxBodyBytes: 10_000, extract, jobAfterMs: 60_000 });
  const posted = await app.request('/articles', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'elephant', text: SENTENCE, published: '2024-03-01' }),
  });
  expect(posted.status, await posted.clone().text()).toBeLessThan(300);

  const article = S.ArticleFull.parse(await (await app.request('/articles/elephant')).json());
  expect(article.events.map((v) => [v.source.actor_code, v.cameo, v.target.actor_code, v.source.country_source, v.target.country_source]))
    .toEqual([['INDGOV', '173', 'INDCVL', null, 'story']]);

  const listed = (await (await app.request('/events?article=elephant')).json()) as { items: unknown[] };
  const [event] = listed.items.map((v) => S.EventOut.parse(v));
  expect([event!.source.country_source, event!.target.country_source]).toEqual([null, 'story']);

  const jsonl = (await (await app.request('/export/events?format=jsonl&article=elephant')).text()).trim().split('\n').map((l) => JSON.parse(l));
  expect(jsonl.map((v) => v.target.country_source)).toEqual(['story']);

  const plover = (await (await app.request('/export/events?format=plover&article=elephant')).json()) as { source: object[]; target: object[] }[];
  expect(plover.map((r) => [r.source, r.target])).toEqual([[
    [expect.not.objectContaining({ country_source: expect.anything() })],
    [expect.objectContaining({ code: 'IND', sector: 'CVL', country_source: 'story' })],
  ]]);
  await app.close();
}

describe.skipIf(!hasParser)('an event party\'s country_source from extraction to the API', () => {
  it('the pipeline marks the story-country target', () => {
    const doc = extract({ id: 'elephant', text: SENTENCE, title: null, url: null, published: '2024-03-01', source: 't' });
    expect(doc.events.map((v) => [v.target.actor_code, v.target.country_source ?? null, v.source.country_source ?? null])).toEqual([['INDCVL', 'story', null]]);
  });

  it('survives SQLite and the API', async () => {
    const store = openSqliteStore(join(dir, `rt${n++}.db`));
    try {
      await roundTrip(store);
    } finally {
      await store.close();
    }
  });

  it.skipIf(!pgUrl)(pgTitle('survives PostgreSQL and the API'), async () => {
    const store = await openPostgresStore(await freshDatabase(), { poolSize: 2 });
    try {
      await roundTrip(store);
    } finally {
      await store.close();
    }
  });
});

/** after migrating a version-7 store: its events read country_source null, a newly written story carries 'story' */
async function expectOldRowsNullNewRowsStory(again: Store, story: () => StoreDoc): Promise<void> {
  const old = await again.getArticle(sampleDocs()[1]!.id);
  expect(old!.events.length).toBeGreaterThan(0);
  expect(old!.events.every((v) => v.source.country_source === null && v.target.country_source === null)).toBe(true);
  expect((await again.writeBatch([{ kind: 'doc', doc: story() }])).inserted).toBe(1);
  expect((await again.getArticle('later'))!.events.every((v) => v.target.country_source === 'story')).toBe(true);
}

describe('a database stored before the field upgrades to it', () => {
  const story = (): StoreDoc => {
    const d = sampleDocs()[1]!;
    return { ...d, id: 'later', url: null, text: `${d.text} It was stored later.`, events: d.events.map((v) => ({ ...v, target: { ...v.target, country_source: 'story' as const } })) };
  };

  it('SQLite: version 7 rows keep their place, the new columns read as null, new rows carry the field', async () => {
    // a genuine version-7 schema, to compare the downgraded file with
    const v7 = new Database(':memory:');
    migrate(v7, MIGRATIONS.filter((m) => m.version <= 7));
    const v7Columns = v7.prepare("SELECT name FROM pragma_table_info('events')").pluck().all();
    v7.close();
    expect(v7Columns).not.toEqual(expect.arrayContaining(NEW_COLUMNS));

    // stored with today's store, then taken back to version 7 exactly: the columns migration 8 adds dropped
    const path = join(dir, `old${n++}.db`);
    const s = openSqliteStore(path);
    await s.writeBatch(sampleDocs().map((doc) => ({ kind: 'doc', doc })));
    const before = await s.counts();
    await s.close();
    const db = new Database(path);
    for (const c of NEW_COLUMNS) db.exec(`ALTER TABLE events DROP COLUMN ${c}`);
    db.exec('DELETE FROM schema_version WHERE version > 7');
    expect(db.prepare("SELECT name FROM pragma_table_info('events')").pluck().all()).toEqual(v7Columns);
    db.close();

    const again = openSqliteStore(path);
    try {
      expect(await again.schemaVersion()).toBe(MIGRATIONS.length);
      expect(await again.counts()).toEqual(before);
      await expectOldRowsNullNewRowsStory(again, story);
    } finally {
      await again.close();
    }
  });

  it.skipIf(!pgUrl)(pgTitle('PostgreSQL: version 7 rows keep their place, the new columns read as null, new rows carry the field'), async () => {
    const columns = async (c: pg.Client) =>
      (await c.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position")).rows.map((r) => r.column_name);
    const v7 = new pg.Client({ connectionString: await freshDatabase() });
    await v7.connect();
    await migratePg(v7, PG_MIGRATIONS.filter((m) => m.version <= 7));
    const v7Columns = await columns(v7);
    await v7.end();
    expect(v7Columns).not.toEqual(expect.arrayContaining(NEW_COLUMNS));

    const url = await freshDatabase();
    const s = await openPostgresStore(url, { poolSize: 2 });
    await s.writeBatch(sampleDocs().map((doc) => ({ kind: 'doc', doc })));
    const before = await s.counts();
    await s.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const col of NEW_COLUMNS) await c.query(`ALTER TABLE events DROP COLUMN ${col}`);
    await c.query('DELETE FROM schema_version WHERE version > 7');
    expect(await columns(c)).toEqual(v7Columns);
    await c.end();

    const again = await openPostgresStore(url, { poolSize: 2 });
    try {
      expect(await again.schemaVersion()).toBe(PG_MIGRATIONS.length);
      expect(await again.counts()).toEqual(before);
      await expectOldRowsNullNewRowsStory(again, story);
    } finally {
      await again.close();
    }
  });
});
