// The quote list's sorted pages must be index walks: a sort of every quote per request was the
// slowest read under the API load (issue 15). Checked on the query plan of the very ORDER BY the
// store emits, so a change to orderBy() or to the migrations that loses the index fails here.
// Also: the quote_about table (migration 6) filled for quotes stored before it existed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { orderBy, QUOTE_SORTS } from '../../src/store/filter-sql.js';
import { crossDocs } from '../../src/store/fixtures.js';
import { actorId } from '../../src/store/keys.js';
import { migrate } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

describe('SQLite quote list order', () => {
  const db = new Database(':memory:');
  migrate(db);
  const plan = (sort: string | undefined) =>
    (db.prepare(`EXPLAIN QUERY PLAN SELECT q.*, a.id FROM quotes q JOIN articles a ON a.seq = q.article_seq ${orderBy(QUOTE_SORTS, sort, 'q.seq')} LIMIT 20 OFFSET 40`).all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');

  for (const sort of [undefined, 'date', '-date', 'speaker', '-speaker']) {
    it(`walks an index for sort=${sort ?? '(default)'}`, () => {
      const p = plan(sort);
      expect(p).not.toMatch(/TEMP B-TREE/);
      expect(p).toMatch(/USING INDEX quotes_(day|speaker)_order/);
    });
  }

  it('still sorts for a key without an index (the check can fail)', () => {
    expect(plan('kind')).toMatch(/TEMP B-TREE/);
  });
});

describe('SQLite quote_about (migration 6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-about-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is filled from quotes written before the migration, and by the trigger after it', async () => {
    const file = join(dir, 'old.db');
    const vestria = actorId('GPE', 'Vestria');
    const s = await openSqliteStore(file);
    await s.writeBatch(crossDocs().map((doc) => ({ kind: 'doc' as const, doc })));
    const expected = (await s.listQuotes({ limit: 1000, offset: 0, about: vestria })).items.map((q) => q.id);
    await s.close();
    expect(expected.length).toBeGreaterThan(0);

    // turn the file back into a version-5 store whose quotes predate quote_about
    const db = new Database(file);
    db.exec('DROP TRIGGER quote_about_insert; DROP TRIGGER quote_about_delete; DROP TABLE quote_about; ' +
      // and undo the later migrations, so that all of 6 onwards is applied again
      'ALTER TABLE entities DROP COLUMN country_source; ALTER TABLE entities DROP COLUMN kb_id; ALTER TABLE entities DROP COLUMN country_evidence; ALTER TABLE quotes DROP COLUMN speaker_reason; ALTER TABLE events DROP COLUMN target_source; ' +
      'ALTER TABLE events DROP COLUMN source_country_source; ALTER TABLE events DROP COLUMN target_country_source; ' +
      'DELETE FROM schema_version WHERE version >= 6;');
    db.close();
    const again = await openSqliteStore(file);
    expect((await again.listQuotes({ limit: 1000, offset: 0, about: vestria })).items.map((q) => q.id)).toEqual(expected);
    await again.close();
  });
});
