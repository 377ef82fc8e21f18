// Runs the Store conformance suite against SQLite (a fresh file per test), plus SQLite specifics:
// versioned migrations and data surviving a reopen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreConformance } from '../../src/store/conformance.js';
import { sampleDocs } from '../../src/store/fixtures.js';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreConformance('sqlite', () => openSqliteStore(join(dir, `c${n++}.db`)));

describe('SQLite specifics', () => {
  it('applies migrations in order once and records them in schema_version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toBe(1);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const rows = db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(rows).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });

  it('keeps committed data across a reopen and in read-only mode', async () => {
    const path = join(dir, 'reopen.db');
    const s = openSqliteStore(path);
    await s.writeBatch(sampleDocs().map((doc) => ({ kind: 'doc', doc })));
    await s.close();
    const again = openSqliteStore(path);
    expect((await again.counts()).articles).toBe(4);
    await again.close();
    const ro = openSqliteStore(path, { readonly: true });
    expect((await ro.searchArticles({ q: 'grain', limit: 5, offset: 0 })).total).toBe(1);
    await expect(ro.writeBatch([])).rejects.toThrow(/read-only/);
    await ro.close();
  });
});
