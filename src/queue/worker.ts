// `newsgraph worker`: pulls ingest jobs from the queue, extracts their articles on a pool of worker
// threads, and commits each group of finished jobs in ONE transaction with their results: the rows
// (writeBatchOn) and the jobs' completion (pg-boss complete on the same client). So a worker killed
// at any moment either committed both or neither; an unfinished job expires and is retried by any
// worker, and the store's deduplication makes even a late double delivery write nothing twice.
// Extraction failures are recorded as ingest errors and their jobs completed (retrying would fail
// again); a failed commit fails the jobs in pg-boss, which retries them a bounded number of times
// and then dead-letters them; dead-lettered jobs become recorded ingest errors here.
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { InputArticle } from '../io/read-inputs.js';
import { WorkerPool } from '../ingest/pool.js';
import { contentHash } from '../store/keys.js';
import type { PostgresStore } from '../store/postgres/index.js';
import type { BatchItem } from '../store/store.js';
import { DEAD_QUEUE, INGEST_QUEUE, type IngestJob } from './queue.js';

export interface WorkerOptions {
  /** extraction threads in this process; also how many jobs are committed together at most */
  readonly concurrency: number;
  /** per-article extraction timeout (ms) */
  readonly timeoutMs?: number;
  readonly extractor?: string;
  /** return once the queue has stayed empty this long (ms); by default run until stop() */
  readonly exitWhenIdleMs?: number;
  /** how long to wait before asking an empty queue again (ms) */
  readonly pollMs?: number;
  readonly onProgress?: (s: WorkerStats) => void;
  /** problems the worker survives (a failed commit is retried through the queue), for the log */
  readonly onError?: (message: string) => void;
}

export interface WorkerStats {
  readonly jobs: number;
  readonly articles: number;
  readonly inserted: number;
  readonly duplicates: number;
  readonly errors: number;
  readonly deadLettered: number;
  /** commits that failed (the jobs go back to the queue) or found their jobs taken over */
  readonly failedCommits: number;
  readonly lostJobs: number;
  /** summed extraction time in the threads (ms) */
  readonly extractMs: number;
  /** wall time spent in commit transactions (ms) */
  readonly dbMs: number;
  readonly elapsedMs: number;
}

type Fetched = PgBoss.JobWithMetadata<IngestJob>;
interface Finished {
  readonly job: Fetched;
  readonly items: BatchItem[];
  readonly articles: number;
}

class LostJobs extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Completes jobs with pg-boss's own statement, run on our transaction's client (its `db` option).
 * At run time pg-boss 10 takes (name, ids, data, options); its typings list the options third,
 * where they would be taken for the output data and the completion would run outside our transaction.
 */
async function completeOn(boss: PgBoss, name: string, ids: readonly string[], client: pg.ClientBase): Promise<number> {
  const complete = boss.complete.bind(boss) as unknown as (n: string, i: string[], data: null, o: { db: PgBoss.Db }) => Promise<{ affected: number }>;
  const db: PgBoss.Db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) as Promise<{ rows: unknown[] }> };
  return (await complete(name, [...ids], null, { db })).affected;
}

const failureMessage = (output: unknown): string => {
  const o = output as { value?: { message?: string }; message?: string } | null;
  return o?.value?.message ?? o?.message ?? 'the job was lost or failed repeatedly';
};

export class QueueWorker {
  private stopping = false;
  private readonly t0 = performance.now();
  private readonly s = { jobs: 0, articles: 0, inserted: 0, duplicates: 0, errors: 0, deadLettered: 0, failedCommits: 0, lostJobs: 0, extractMs: 0, dbMs: 0 };

  constructor(
    private readonly store: PostgresStore,
    private readonly boss: PgBoss,
    private readonly opts: WorkerOptions,
  ) {}

  stats(): WorkerStats {
    return { ...this.s, elapsedMs: performance.now() - this.t0 };
  }

  /** Finish the jobs in hand, commit them, and return from run(). */
  stop(): void {
    this.stopping = true;
  }

  async run(): Promise<WorkerStats> {
    const size = Math.max(1, this.opts.concurrency);
    const pool = new WorkerPool({ size, timeoutMs: this.opts.timeoutMs ?? 120_000, ...(this.opts.extractor ? { extractor: this.opts.extractor } : {}) });
    const inFlight = new Set<Promise<void>>();
    let finished: Finished[] = [];
    let idleSince: number | null = null;
    let lastCommit = performance.now();
    const want = size * 2; // a job waiting per thread keeps the threads busy while a commit runs
    try {
      for (;;) {
        let fetched = 0;
        // refill in bulk once half the jobs in hand are done: one fetch per several jobs, not per job
        if (!this.stopping && inFlight.size <= want - size) {
          const jobs = (await this.boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: want - inFlight.size, includeMetadata: true })) as Fetched[];
          fetched = jobs.length;
          for (const job of jobs) {
            const p: Promise<void> = this.extractJob(pool, job).then((f) => void finished.push(f));
            inFlight.add(p);
            void p.finally(() => inFlight.delete(p)).catch(() => undefined);
          }
          if (!jobs.length && !inFlight.size) {
            // a database hiccup here must not end the worker: the dead letters wait for the next round
            fetched = await this.drainDeadLetters().catch((e: Error) => {
              this.opts.onError?.(`recording given-up jobs failed: ${e.message}`);
              return 0;
            });
          }
        }
        // a commit per few jobs, not per job: fewer WAL flushes; at most ~250 ms of work is redone after a kill
        const due = finished.length >= Math.max(size, 4) || (finished.length > 0 && (inFlight.size === 0 || performance.now() - lastCommit > 250));
        if (due) {
          const group = finished;
          finished = [];
          await this.commit(group);
          lastCommit = performance.now();
        }
        if (inFlight.size === 0 && finished.length === 0) {
          if (this.stopping) break;
          if (fetched === 0) {
            idleSince ??= performance.now();
            if (this.opts.exitWhenIdleMs !== undefined && performance.now() - idleSince >= this.opts.exitWhenIdleMs) break;
            await sleep(this.opts.pollMs ?? 1000);
          } else idleSince = null;
          continue;
        }
        idleSince = null;
        if (inFlight.size >= want || fetched === 0 || this.stopping) await Promise.race([...inFlight, sleep(50)]);
      }
    } finally {
      await pool.close();
    }
    return this.stats();
  }

  private async extractJob(pool: WorkerPool, job: Fetched): Promise<Finished> {
    const articles = (job.data?.articles ?? []) as readonly InputArticle[];
    const items = await Promise.all(
      articles.map(async (a): Promise<BatchItem> => {
        const r = await pool.run(a);
        this.s.extractMs += r.ms;
        return r.ok ? { kind: 'doc', doc: r.doc } : { kind: 'error', key: contentHash(a.text), source: a.source, code: r.code, message: r.message };
      }),
    );
    return { job, items, articles: articles.length };
  }

  /** Rows and completion of a group of jobs in one transaction; one job at a time if some were taken over. */
  private async commit(group: readonly Finished[]): Promise<void> {
    const ids = group.map((f) => f.job.id);
    const t = performance.now();
    try {
      const r = await this.store.transaction(async (client) => {
        const written = await this.store.writeBatchOn(client, group.flatMap((f) => f.items));
        const done = await completeOn(this.boss, INGEST_QUEUE, ids, client);
        // a job that expired while we worked belongs to the queue again: keep nothing of this attempt
        if (done !== ids.length) throw new LostJobs(`${ids.length - done} of ${ids.length} jobs no longer ours`);
        return written;
      });
      this.s.dbMs += performance.now() - t;
      this.s.jobs += group.length;
      this.s.articles += group.reduce((n, f) => n + f.articles, 0);
      this.s.inserted += r.inserted;
      this.s.duplicates += r.duplicates;
      this.s.errors += r.errors;
      this.opts.onProgress?.(this.stats());
    } catch (e) {
      this.s.dbMs += performance.now() - t;
      if (e instanceof LostJobs) {
        if (group.length > 1) {
          for (const f of group) await this.commit([f]);
        } else this.s.lostJobs++;
        return;
      }
      this.s.failedCommits++;
      const message = `commit failed: ${(e as Error).message}`;
      this.opts.onError?.(`${message} (${ids.length} jobs back to the queue)`);
      // (the typings allow data only with a single id; pg-boss accepts it with a list)
      const fail = this.boss.fail.bind(this.boss) as (name: string, ids: string[], data: object) => Promise<unknown>;
      await fail(INGEST_QUEUE, ids, { message }).catch(() => undefined);
    }
  }

  /** Jobs that ran out of retries: their articles become recorded ingest errors, in one transaction each batch. */
  private async drainDeadLetters(): Promise<number> {
    const jobs = (await this.boss.fetch<IngestJob>(DEAD_QUEUE, { batchSize: 20, includeMetadata: true })) as Fetched[];
    if (!jobs.length) return 0;
    const t = performance.now();
    await this.store.transaction(async (client) => {
      const items: BatchItem[] = [];
      for (const job of jobs) {
        const message = `gave up after ${job.retryLimit ?? '?'} retries: ${failureMessage(job.output)}`;
        for (const a of job.data?.articles ?? []) {
          const hash = contentHash(a.text);
          // stored meanwhile by another copy of the article: nothing failed
          const stored = await client.query('SELECT 1 FROM articles WHERE hash = $1', [hash]);
          if (!stored.rowCount) items.push({ kind: 'error', key: hash, source: a.source, code: 'E050', message });
        }
      }
      const r = await this.store.writeBatchOn(client, items);
      await completeOn(this.boss, DEAD_QUEUE, jobs.map((j) => j.id), client);
      this.s.deadLettered += r.errors;
    });
    this.s.dbMs += performance.now() - t;
    return jobs.length;
  }
}
