// Runs the Store conformance suite against PostgreSQL (a fresh database per test on the run's
// throwaway cluster, see pg-global-setup.ts), plus PostgreSQL specifics: migrations applied once
// even when several processes open the store at the same moment, and concurrent writers of the
// same articles ending with one copy. Skipped, saying why, when PostgreSQL is not installed.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { runStoreConformance } from '../../src/store/conformance.js';
import { sampleDocs } from '../../src/store/fixtures.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { openStore } from '../../src/store/open.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runIngest } from '../../src/ingest/run.js';
import type { InputItem } from '../../src/io/read-inputs.js';
import { repoRoot } from '../../src/core/paths.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshDatabase, pgTitle, pgUrl } from './pg-test.js';

if (pgUrl) runStoreConformance('postgres', async () => openPostgresStore(await freshDatabase(), { poolSize: 4 }));

describe.skipIf(!pgUrl)(pgTitle('PostgreSQL specifics'), () => {
  it('is selected by a postgres:// --db value and migrates once under concurrent opens', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(url, { poolSize: 2 })));
    expect(stores.map((s) => s.backend)).toEqual(['postgres', 'postgres', 'postgres', 'postgres']);
    expect(await stores[0]!.schemaVersion()).toBe(PG_MIGRATIONS.length);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = (await c.query('SELECT version FROM schema_version ORDER BY version')).rows.map((r) => r.version);
    await c.end();
    expect(rows).toEqual(PG_MIGRATIONS.map((m) => m.version));
    for (const s of stores) await s.close();
  });

  it('stores one copy when concurrent batches write the same articles', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 3 }, () => openPostgresStore(url, { poolSize: 2 })));
    const batch = sampleDocs().map((doc) => ({ kind: 'doc' as const, doc }));
    const results = await Promise.all(stores.map((s) => s.writeBatch([...batch].reverse())));
    expect(results.reduce((n, r) => n + r.inserted, 0)).toBe(4);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(8);
    const single = await openPostgresStore(await freshDatabase(), { poolSize: 1 });
    await single.writeBatch(batch);
    expect(await stores[0]!.counts()).toEqual(await single.counts());
    for (const s of [...stores, single]) await s.close();
  });

  it('ingests on worker threads without the queue, as into SQLite, and a rerun adds nothing', async () => {
    const extractor = pathToFileURL(join(repoRoot, 'test/store/fixture-extractor.ts')).href;
    const names = ['Norland', 'Vestria', 'Kessel'];
    const items: InputItem[] = Array.from({ length: 30 }, (_, i) => ({
      ok: true,
      article: { id: `t${i}`, text: `Report ${i}: ${names[i % 3]} met ${names[(i + 1) % 3]}.`, title: null, url: `https://news.example/t/${i % 27}`, published: '2025-03-05', source: `t:${i}` },
    }));
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pgingest-'));
    const lite = openSqliteStore(join(dir, 'ref.db'));
    await runIngest(lite, items, { workers: 2, batchSize: 7, extractor });
    const post = await openStore(await freshDatabase());
    const first = await runIngest(post, items, { workers: 2, batchSize: 7, extractor });
    expect(first).toMatchObject({ inserted: 27, duplicates: 3 });
    expect(await post.counts()).toEqual(await lite.counts());
    const again = await runIngest(post, items, { workers: 2, batchSize: 7, extractor });
    expect(again).toMatchObject({ inserted: 0, extracted: 0 });
    expect(await post.counts()).toEqual(await lite.counts());
    await lite.close();
    await post.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the database, without its password, when it cannot connect', async () => {
    const u = new URL(pgUrl!);
    u.pathname = '/no_such_db';
    u.password = 'secret-pw';
    await expect(openStore(u.toString())).rejects.toThrow(/E040.*no_such_db/);
    await expect(openStore(u.toString())).rejects.not.toThrow(/secret-pw/);
  });
});
