// The pg-boss job queue end to end, on the run's throwaway PostgreSQL cluster:
// - exactly once: 3 worker processes, SIGKILLed at random moments at least 5 times and replaced,
//   end with the same per-table row counts as an uninterrupted SQLite ingest of the same input;
//   enqueuing the same input again queues nothing and changes nothing;
// - an article whose extraction fails is recorded (visible through listErrors) and not retried;
// - a job that keeps failing is retried a bounded number of times, then recorded as an error.
// The fixture extractor stands in for the pipeline (fast, deterministic; a delay per article makes
// the kills land mid-job). Skipped, saying why, without PostgreSQL.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { repoRoot } from '../../src/core/paths.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { runIngest } from '../../src/ingest/run.js';
import { enqueueInputs } from '../../src/queue/enqueue.js';
import { DEAD_QUEUE, INGEST_QUEUE, openQueue } from '../../src/queue/queue.js';
import { queueStatus } from '../../src/queue/status.js';
import { QueueWorker } from '../../src/queue/worker.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase, pgTitle, pgUrl } from './pg-test.js';
import { runChaos, startWorker } from './queue-chaos.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const extractorPath = join(repoRoot, 'test/store/fixture-extractor.ts');
const extractor = pathToFileURL(extractorPath).href;
const PLACES = ['Norland', 'Vestria', 'Kessel'];

/** n articles as JSONL, plus one the extractor fails on, one duplicate text, and a broken input file */
function writeInputs(n: number): string[] {
  const text = (i: number) => `Story ${i}: ${PLACES[i % 3]} met ${PLACES[(i + 1) % 3]}${i % 4 === 0 ? ` and ${PLACES[(i + 2) % 3]}` : ''} on day ${i}.`;
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({
    id: `q${i}`, url: `https://news.example/q/${i}`, published: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`, text: text(i),
  }));
  lines.push(JSON.stringify({ id: 'fails', text: 'This one says FAIL-ME and the extractor throws.' }));
  lines.push(JSON.stringify({ id: 'dup', text: `  ${text(3)}`, url: null }));
  const jsonl = join(dir, `in-${n}.jsonl`);
  writeFileSync(jsonl, lines.join('\n') + '\n');
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "text": ');
  return [jsonl, broken];
}

/** Stories and event clusters with their counts and members (what the cross update stores). */
async function crossSnapshot(s: Store) {
  const all = { limit: 500, offset: 0 };
  const clusters: unknown[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await s.listClusters({ ...all, offset });
    clusters.push(...page.items.map((c) => ({ ...c, members: c.members.map((m) => `${m.article}#${m.event}`) })));
    if (offset + 500 >= page.total) break;
  }
  const stories = (await s.listStories({ ...all, minArticles: 1 })).total;
  return { clusters, stories };
}

const env = { NEWSGRAPH_JOB_TIMEOUT_S: '3', NEWSGRAPH_QUEUE_MAINTENANCE_S: '1', NEWSGRAPH_JOB_RETRIES: '30', NEWSGRAPH_FIXTURE_DELAY_MS: '50' };

describe.skipIf(!pgUrl)(pgTitle('job queue (pg-boss)'), () => {
  it('3 workers killed at random ≥ 5 times store exactly what an uninterrupted SQLite ingest stores; re-enqueue adds nothing', async () => {
    const paths = writeInputs(240);
    const lite = openSqliteStore(join(dir, 'reference.db'));
    await runIngest(lite, readInputs(paths), { workers: 2, extractor });
    const expected = await lite.counts();
    const expectedCross = await crossSnapshot(lite);
    expect(expectedCross.clusters.length).toBeGreaterThan(0);
    await lite.close();
    expect(expected.articles).toBe(240);

    const db = await freshDatabase('queue');
    Object.assign(process.env, { NEWSGRAPH_JOB_TIMEOUT_S: env.NEWSGRAPH_JOB_TIMEOUT_S, NEWSGRAPH_JOB_RETRIES: env.NEWSGRAPH_JOB_RETRIES });
    const store = await openPostgresStore(db, { poolSize: 2 });
    const boss = await openQueue(db);
    const queued = await enqueueInputs(store, boss, readInputs(paths));
    expect(queued).toMatchObject({ read: 243, queued: 241, jobs: 241, duplicates: 1, errors: 1 });

    const chaos = await runChaos({ db, workers: 3, concurrency: 2, kills: 5, killEveryMs: [700, 1500], env, extractor: extractorPath });
    expect(chaos.kills).toBeGreaterThanOrEqual(5);
    // the kills landed on jobs in flight, which were then run again
    expect(chaos.retriedJobs).toBeGreaterThan(0);
    expect(chaos.exitCodes.every((c) => c === 0)).toBe(true);
    expect(await store.counts()).toEqual(expected);
    // stories and event clusters were updated in the jobs' transactions: the same as the reference
    expect(await crossSnapshot(store)).toEqual(expectedCross);
    const status = (await queueStatus(store.pool))!;
    expect(status).toMatchObject({ queued: 0, active: 0, failed: 0, dead: 0 });
    expect((await store.listErrors({ limit: 10, offset: 0 })).items.map((e) => e.code).sort()).toEqual(['E005', 'E050']);

    const again = await enqueueInputs(store, boss, readInputs(paths));
    expect(again).toMatchObject({ queued: 0, jobs: 0, alreadyStored: 240, skippedFailed: 2 });
    expect(await store.counts()).toEqual(expected);
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }, 240_000);

  it('a worker sent SIGTERM commits the jobs in hand and exits cleanly, leaving none running', async () => {
    const paths = writeInputs(60);
    const db = await freshDatabase('term');
    const store = await openPostgresStore(db, { poolSize: 2 });
    const boss = await openQueue(db);
    await enqueueInputs(store, boss, readInputs(paths));
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    const count = async (state: string) =>
      (await c.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = $2`, [INGEST_QUEUE, state])).rows[0].n as number;
    const w = startWorker({ db, workers: 1, concurrency: 2, kills: 0, killEveryMs: [0, 0], env: { ...env, NEWSGRAPH_FIXTURE_DELAY_MS: '100' }, extractor: extractorPath });
    const exited = new Promise<number | null>((r) => w.once('exit', (code) => r(code)));
    for (let i = 0; i < 300 && (await count('active')) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await count('active')).toBeGreaterThan(0);
    w.kill('SIGTERM');
    expect(await exited).toBe(0);
    // nothing left half-done: no job active, and every completed job's articles are stored
    expect(await count('active')).toBe(0);
    const done = await count('completed');
    expect(done).toBeGreaterThan(0);
    expect(await count('created')).toBeGreaterThan(0);
    const c2 = await store.counts();
    expect(c2.articles + c2.ingest_errors - 1).toBe(done); // the broken input file was recorded at enqueue
    await c.end();
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }, 60_000);

  it('retries a job whose commit keeps failing a bounded number of times, then records it as a failure', async () => {
    const db = await freshDatabase('retry');
    const settings = { jobTimeoutS: 60, retries: 2, maintenanceS: 60 };
    const store = await openPostgresStore(db, { poolSize: 2 });
    const boss = await openQueue(db, { settings });
    await boss.insert([{ name: INGEST_QUEUE, data: { articles: [{ id: 'x1', text: 'Norland met Vestria.', title: null, url: null, published: null, source: 'x1' }] } }]);
    // the store rejects every write: the commit fails, pg-boss retries, then dead-letters the job
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    await c.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$`);
    await c.query('CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse()');
    const worker = new QueueWorker(store, boss, { concurrency: 1, extractor, exitWhenIdleMs: 4000, pollMs: 100 });
    const stats = await worker.run();
    expect(stats.failedCommits).toBe(3); // the first run and two retries
    expect(stats.deadLettered).toBe(1);
    const errors = (await store.listErrors({ limit: 10, offset: 0 })).items;
    expect(errors).toEqual([expect.objectContaining({ source: 'x1', code: 'E050', message: expect.stringMatching(/gave up after 2 retries: commit failed: .*disk full/) })]);
    expect(await queueStatus(store.pool)).toMatchObject({ queued: 0, active: 0, failed: 1, dead: 0 });
    const dead = await c.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [DEAD_QUEUE]);
    expect(dead.rows[0].n).toBe(1);
    await c.end();
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }, 60_000);
});
