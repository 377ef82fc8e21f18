// Ingest end to end: worker-thread extraction into SQLite. Re-ingesting adds nothing; a failing or
// hanging article is recorded in ingest_errors and skipped; and a run killed with SIGKILL halfway,
// then rerun, ends with exactly the counts of an uninterrupted run. The fixture extractor stands in
// for the pipeline so the counts do not depend on other stages' progress.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/core/errors.js';
import { repoRoot } from '../../src/core/paths.js';
import type { InputItem } from '../../src/io/read-inputs.js';
import { runIngest } from '../../src/ingest/run.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const extractor = pathToFileURL(join(repoRoot, 'test/store/fixture-extractor.ts')).href;

const article = (i: number, text?: string): InputItem => ({
  ok: true,
  article: { id: `n${i}`, text: text ?? `Story ${i}: Norland praised Vestria and Kessel watched, day ${i}.`, title: `Story ${i}`, url: `https://news.example/n/${i}`, published: '2025-03-05', source: `test:${i}` },
});

describe('runIngest', () => {
  it('stores articles, records failures, skips duplicates, and a rerun changes nothing', async () => {
    const items: InputItem[] = [
      ...Array.from({ length: 12 }, (_, i) => article(i)),
      article(100, 'This one says FAIL-ME and the extractor throws.'),
      { ok: false, source: 'broken.json', error: new NewsgraphError('E005', 'broken.json: invalid JSON') },
      { ok: true, article: { ...(article(3) as { article: { text: string } }).article, id: 'copy', url: null, title: 'copy', published: null, source: 'copy', text: (article(3) as { ok: true; article: { text: string } }).article.text } },
    ];
    const store = openSqliteStore(join(dir, 'run.db'));
    const first = await runIngest(store, items, { workers: 2, batchSize: 4, extractor });
    expect(first).toMatchObject({ read: 15, inserted: 12, duplicates: 1, errors: 2, alreadyStored: 0 });
    const counts = await store.counts();
    expect(counts).toMatchObject({ articles: 12, events: 12, ingest_errors: 2 });
    const errors = (await store.listErrors({ limit: 10, offset: 0 })).items;
    expect(errors.map((e) => e.code).sort()).toEqual(['E005', 'E050']);
    expect(errors.find((e) => e.code === 'E050')!.message).toContain('asked to fail');

    const again = await runIngest(store, items, { workers: 2, batchSize: 4, extractor });
    expect(again).toMatchObject({ inserted: 0, alreadyStored: 13, errors: 0, skippedFailed: 2, extracted: 0 });
    expect(await store.counts()).toEqual(counts);
    await store.close();
  });

  it('gives up on an article that hangs, records it, and finishes the rest', async () => {
    const store = openSqliteStore(join(dir, 'hang.db'));
    const items = [article(1), article(2, 'HANG-ME forever'), article(3), article(4)];
    const r = await runIngest(store, items, { workers: 1, batchSize: 2, timeoutMs: 1500, extractor });
    expect(r).toMatchObject({ inserted: 3, errors: 1 });
    expect((await store.listErrors({ limit: 5, offset: 0 })).items[0]!.message).toMatch(/longer than 1500 ms/);
    await store.close();
  }, 60_000);
});

describe('newsgraph ingest (child process)', () => {
  const N = 240;
  const input = join(dir, 'kill.jsonl');
  writeFileSync(input, Array.from({ length: N }, (_, i) => JSON.stringify((article(i) as { article: object }).article)).join('\n') + '\n');

  const ingest = (db: string) =>
    spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src/cli/main.ts'), 'ingest', input, '--db', db,
      '--workers', '2', '--batch-size', '8', '--no-progress', '--json', '--extractor', join(repoRoot, 'test/store/fixture-extractor.ts')], {
      cwd: repoRoot,
      env: { ...process.env, NEWSGRAPH_FIXTURE_DELAY_MS: '25' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const finish = (child: ReturnType<typeof ingest>) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code, out, err }));
    });
  const tableCounts = (db: string): Record<string, unknown> & { articles: number } => {
    const d = new Database(db, { readonly: true });
    const c = Object.fromEntries(['articles', 'entities', 'mentions', 'events', 'actors', 'actor_roles', 'ingest_errors', 'articles_fts'].map((t) => [t, d.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));
    const dupIds = d.prepare('SELECT count(*) FROM (SELECT hash FROM articles GROUP BY hash HAVING count(*) > 1)').pluck().get();
    const actorMentions = d.prepare('SELECT sum(n_mentions) FROM actors').pluck().get();
    d.close();
    return { ...c, articles: Number(c.articles), dupIds, actorMentions };
  };

  it('a run killed with SIGKILL halfway, then rerun, ends with the counts of an uninterrupted run', async () => {
    const whole = join(dir, 'whole.db');
    const r1 = await finish(ingest(whole));
    expect(r1.code, r1.err).toBe(0);
    const expected = tableCounts(whole);
    expect(expected.articles).toBe(N);

    const killed = join(dir, 'killed.db');
    const child = ingest(killed);
    const done = finish(child);
    // wait until some batches are committed, then kill -9 mid-run
    let committed = 0;
    for (let i = 0; i < 2400 && committed < 40; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(killed)) continue;
      try {
        const d = new Database(killed, { readonly: true });
        committed = Number(d.prepare('SELECT count(*) FROM articles').pluck().get());
        d.close();
      } catch {
        // the schema may not exist yet
      }
    }
    child.kill('SIGKILL');
    const k = await done;
    expect(k.code).toBeNull(); // killed by the signal, not finished
    const partial = tableCounts(killed).articles;
    expect(partial).toBeGreaterThanOrEqual(40);
    expect(partial).toBeLessThan(N);

    const r2 = await finish(ingest(killed));
    expect(r2.code, r2.err).toBe(0);
    const summary = JSON.parse(r2.out);
    expect(summary.alreadyStored).toBe(partial);
    expect(summary.inserted).toBe(N - partial);
    expect(tableCounts(killed)).toEqual(expected);
  }, 300_000);
});
