// `newsgraph worker --db postgres://… [--concurrency N]`: a stateless queue worker. Run as many as
// you like, on any machines that reach the database; each pulls jobs, extracts on N threads and
// commits results with the jobs' completion. SIGTERM/SIGINT finish the jobs in hand, then exit;
// SIGKILL loses nothing (unfinished jobs are retried elsewhere). Progress lines go to stderr.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { isNewsgraphError, NewsgraphError } from '../../core/errors.js';
import { intOption } from '../int-option.js';
import { openQueue } from '../../queue/queue.js';
import { QueueWorker, type WorkerStats } from '../../queue/worker.js';
import { describeDb, isPostgresUrl } from '../../store/open.js';
import { openPostgresStore } from '../../store/postgres/index.js';

interface WorkerCliOptions {
  db: string;
  concurrency?: string;
  timeoutMs?: string;
  exitWhenIdle?: string;
  json?: boolean;
  progress?: boolean;
  extractor?: string;
}

export function formatWorkerStats(s: WorkerStats): string {
  const secs = s.elapsedMs / 1000;
  return (
    `${s.articles} articles in ${s.jobs} jobs in ${secs.toFixed(1)} s (${(s.articles / Math.max(secs, 0.001)).toFixed(1)} articles/s): ` +
    `${s.inserted} new, ${s.duplicates} duplicates, ${s.errors} errors, ${s.deadLettered} given up; ` +
    `database ${(s.dbMs / 1000).toFixed(1)} s (${((100 * s.dbMs) / Math.max(s.elapsedMs, 1)).toFixed(0)}% of wall time), ` +
    `extraction ${(s.extractMs / 1000).toFixed(1)} thread-s` + (s.failedCommits || s.lostJobs ? `, ${s.failedCommits} failed commits, ${s.lostJobs} jobs taken over` : '')
  );
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('pull ingest jobs from the PostgreSQL queue, extract and store them (run any number, anywhere)')
    .addOption(new Option('--db <url>', 'postgres://user@host/db (the store and the queue)').env('NEWSGRAPH_DB').makeOptionMandatory())
    .addOption(new Option('--concurrency <n>', 'extraction threads in this process (default: cores, at most 8)').env('NEWSGRAPH_CONCURRENCY'))
    .addOption(new Option('--timeout-ms <n>', 'give up on one article after this long (default 120000)').env('NEWSGRAPH_TIMEOUT_MS'))
    .addOption(new Option('--exit-when-idle <seconds>', 'exit once the queue has been empty this long (backfills, tests)').env('NEWSGRAPH_EXIT_WHEN_IDLE'))
    .option('--json', 'print the final figures as JSON')
    .option('--no-progress', 'no progress lines')
    .addOption(new Option('--extractor <module>', 'a module exporting extractForStore(article) to use instead of the pipeline (tests)').hideHelp())
    .action(async (opts: WorkerCliOptions) => {
      try {
        if (!isPostgresUrl(opts.db)) throw new NewsgraphError('E042', `newsgraph worker needs a PostgreSQL --db (postgres://user@host/db), found "${opts.db}"`);
        const concurrency = intOption(opts.concurrency, 'concurrency', 1) ?? Math.max(1, Math.min(availableParallelism(), 8));
        const idle = intOption(opts.exitWhenIdle, 'exit-when-idle', 0);
        const timeoutMs = intOption(opts.timeoutMs, 'timeout-ms', 0);
        const store = await openPostgresStore(opts.db.trim(), { poolSize: 2, applicationName: 'newsgraph-worker' });
        const boss = await openQueue(opts.db.trim(), { supervise: true });
        let lastLine = 0;
        const worker = new QueueWorker(store, boss, {
          concurrency,
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          ...(idle !== undefined ? { exitWhenIdleMs: idle * 1000 } : {}),
          ...(opts.extractor ? { extractor: pathToFileURL(resolve(opts.extractor)).href } : {}),
          onError: (m) => process.stderr.write(`worker ${process.pid}: ${m}\n`),
          onProgress: (s) => {
            if (opts.progress === false || s.elapsedMs - lastLine < 10_000) return;
            lastLine = s.elapsedMs;
            process.stderr.write(`worker ${process.pid}: ${formatWorkerStats(s)}\n`);
          },
        });
        const stop = () => worker.stop();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        if (opts.progress !== false) process.stderr.write(`worker ${process.pid}: ${concurrency} threads on ${describeDb(opts.db)}\n`);
        const stats = await worker.run();
        await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        await store.close();
        process.stdout.write(opts.json ? JSON.stringify({ pid: process.pid, concurrency, ...stats }) + '\n' : `worker ${process.pid}: ${formatWorkerStats(stats)}\n`);
      } catch (e) {
        process.stderr.write(`newsgraph worker: ${isNewsgraphError(e) ? e.message : (e as Error).stack ?? String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
