// The quote list's sorted pages must be index walks: a sort of every quote per request was the
// slowest read under the API load (issue 15). Checked on the query plan of the very ORDER BY the
// store emits, so a change to orderBy() or to the migrations that loses the index fails here.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { orderBy, QUOTE_SORTS } from '../../src/store/filter-sql.js';
import { migrate } from '../../src/store/sqlite/migrations.js';

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
