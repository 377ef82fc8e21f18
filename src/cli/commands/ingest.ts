// `newsgraph ingest PATH…`: read articles (files, directories, JSONL, HTML, CSV, RSS/Atom, '-'),
// extract them on worker threads and store them in SQLite or PostgreSQL (--db), with a progress bar
// and a summary. Rerunning on the same input changes nothing; a killed run resumes where its last
// batch committed. With --queue (PostgreSQL) it only enqueues jobs for `newsgraph worker`s.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { isNewsgraphError, NewsgraphError } from '../../core/errors.js';
import { intOption } from '../int-option.js';
import { readInputs } from '../../io/read-inputs.js';
import { normalizeInputDate } from '../../io/published.js';
import { runIngest, type IngestSummary } from '../../ingest/run.js';
import { enqueueInputs } from '../../queue/enqueue.js';
import { openQueue } from '../../queue/queue.js';
import { describeDb, isPostgresUrl, openStore } from '../../store/open.js';
import { openPostgresStore, PostgresStore } from '../../store/postgres/index.js';
import type { Counts, Store } from '../../store/store.js';

export interface IngestCliOptions {
  db: string;
  workers?: string;
  batchSize?: string;
  published?: string;
  timeoutMs?: string;
  retryFailed?: boolean;
  progress?: boolean;
  json?: boolean;
  extractor?: string;
  queue?: boolean;
  perJob?: string;
}

export function dbSize(path: string): number {
  return [path, `${path}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);
}

/** Bytes the store takes: the SQLite file (+ WAL), or the PostgreSQL database's size. */
export async function storeBytes(store: Store, db: string): Promise<number> {
  if (store instanceof PostgresStore) {
    return Number((await store.pool.query('SELECT pg_database_size(current_database()) AS b')).rows[0].b);
  }
  return dbSize(resolve(db));
}

/** Ingests paths into the database; prints progress to stderr and the summary to stdout. */
export interface IngestFailure {
  readonly source: string;
  readonly code: string;
  readonly message: string;
}

export async function ingestPaths(
  paths: readonly string[],
  opts: IngestCliOptions,
): Promise<{ summary: IngestSummary; counts: Counts; bytes: number; failures: readonly IngestFailure[] }> {
  const workers = intOption(opts.workers, 'workers', 1) ?? Math.max(1, Math.min(availableParallelism(), 8));
  const published = opts.published ? normalizeInputDate(opts.published, '--published') ?? undefined : undefined;
  const readOpts = { ...(published ? { published } : {}) };
  // a first, cheap pass counts the articles so the bar can show a percentage and an ETA; standard
  // input is streamed once, never held whole, so it goes uncounted
  let total = 0;
  if (!paths.includes('-')) for (const _ of readInputs(paths, readOpts)) total++;

  const store = await openStore(opts.db);
  const showBar = opts.progress !== false && process.stderr.isTTY === true;
  const bar = showBar
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'ingest [{bar}] {percentage}% | {value}/{total} | {rate} articles/s | ETA {eta_formatted} | new {inserted} dup {dups} err {errors}',
          etaBuffer: 200,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const t0 = performance.now();
  let lastLine = 0;
  bar?.start(total, 0, { rate: '0.0', inserted: 0, dups: 0, errors: 0 });
  const failures: IngestFailure[] = [];
  try {
    const summary = await runIngest(store, readInputs(paths, readOpts), {
      workers,
      ...(opts.batchSize ? { batchSize: intOption(opts.batchSize, 'batch-size', 1)! } : {}),
      ...(opts.timeoutMs ? { timeoutMs: intOption(opts.timeoutMs, 'timeout-ms', 0)! } : {}),
      retryFailed: opts.retryFailed ?? false,
      onFailure: (f) => failures.push(f),
      ...(opts.extractor ? { extractor: pathToFileURL(resolve(opts.extractor)).href } : {}),
      onProgress: (p) => {
        const secs = (performance.now() - t0) / 1000;
        // without a terminal (CI, logs) a line every 10 s instead of a bar
        if (!bar && opts.progress !== false && secs - lastLine >= 10) {
          lastLine = secs;
          const rate = p.processed / Math.max(secs, 0.001);
          const eta = rate > 0 ? Math.round((total - p.processed) / rate) : 0;
          process.stderr.write(`ingest: ${p.processed}/${total} (${Math.round((100 * p.processed) / Math.max(total, 1))}%) ${rate.toFixed(1)} articles/s, ETA ${eta} s, ${p.inserted} new, ${p.errors} errors\n`);
        }
        bar?.update(p.processed, {
          rate: (p.processed / Math.max(secs, 0.001)).toFixed(1),
          inserted: p.inserted,
          dups: p.duplicates + p.alreadyStored,
          errors: p.errors,
        });
      },
    });
    bar?.stop();
    const counts = await store.counts();
    return { summary, counts, bytes: await storeBytes(store, opts.db), failures };
  } finally {
    bar?.stop();
    await store.close();
  }
}

export function formatSummary(s: IngestSummary, counts: Counts, dbPath: string, bytes = dbSize(dbPath)): string {
  const secs = s.elapsedMs / 1000;
  const mb = (bytes / 1e6).toFixed(1);
  return [
    `read ${s.read} input items in ${secs.toFixed(1)} s with ${s.workers} worker${s.workers === 1 ? '' : 's'}: ` +
      `${s.inserted} new, ${s.alreadyStored} already stored, ${s.duplicates} duplicates, ${s.errors} errors` +
      (s.skippedFailed ? `, ${s.skippedFailed} earlier failures skipped` : ''),
    `throughput ${(s.extracted / Math.max(secs, 0.001)).toFixed(1)} articles/s extracted ` +
      `(${s.extracted ? (s.extractMs / s.extracted).toFixed(0) : 0} ms/article in workers), ${s.batches} batches committed`,
    `database ${dbPath} (${mb} MB): ${counts.articles} articles, ${counts.actors} actors, ${counts.mentions} mentions, ` +
      `${counts.quotes} quotes, ${counts.events} events, ${counts.timexes} time expressions, ${counts.ingest_errors} recorded errors`,
  ].join('\n');
}

/** `ingest --queue`: enqueue jobs for the workers; returns the enqueue summary and queue size. */
async function enqueuePaths(paths: readonly string[], opts: IngestCliOptions): Promise<void> {
  if (!isPostgresUrl(opts.db)) throw new NewsgraphError('E042', '--queue needs a PostgreSQL --db (postgres://user@host/db): the job queue lives in PostgreSQL');
  const published = opts.published ? normalizeInputDate(opts.published, '--published') ?? undefined : undefined;
  const readOpts = { ...(published ? { published } : {}) }; // standard input is streamed
  const store = await openPostgresStore(opts.db.trim(), { poolSize: 2 });
  const boss = await openQueue(opts.db.trim()).catch(async (e) => {
    await store.close();
    throw e;
  });
  try {
    const s = await enqueueInputs(store, boss, readInputs(paths, readOpts), {
      // 10 articles a job: the queue's own cost per job (fetch, completion) is then ~0.1 of an article's
      // extraction instead of about as much as the writes (measured: 0.7 vs 5 ms database CPU per article)
      perJob: intOption(opts.perJob, 'per-job', 1) ?? 10,
      retryFailed: opts.retryFailed ?? false,
      onProgress: (p) => {
        if (opts.progress !== false && process.stderr.isTTY) process.stderr.write(`enqueue: ${p.read} read, ${p.queued} articles in ${p.jobs} jobs\r`);
      },
    });
    if (opts.progress !== false && process.stderr.isTTY) process.stderr.write('\n');
    const out = { ...s, db: describeDb(opts.db) };
    process.stdout.write(
      opts.json
        ? JSON.stringify(out) + '\n'
        : `read ${s.read} input items in ${(s.elapsedMs / 1000).toFixed(1)} s: queued ${s.queued} articles in ${s.jobs} jobs, ` +
            `${s.alreadyStored} already stored, ${s.duplicates} duplicates, ${s.errors} bad inputs recorded` +
            (s.skippedFailed ? `, ${s.skippedFailed} earlier failures skipped` : '') +
            `\nstart workers with: newsgraph worker --db ${describeDb(opts.db)}   (progress: newsgraph status --db …)\n`,
    );
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles on worker threads and store them (rerunnable, resumable); --queue: enqueue them for workers')
    .argument('<paths...>', 'files or directories (.txt .html .json .jsonl .csv .xml/.rss/.atom), or - for JSONL on stdin')
    .addOption(new Option('--db <path|url>', 'SQLite database file, or postgres://user@host/db').env('NEWSGRAPH_DB').default('./newsgraph.db'))
    .addOption(new Option('--workers <n>', 'extraction worker threads (default: cores, at most 8)').env('NEWSGRAPH_WORKERS'))
    .option('--queue', 'PostgreSQL only: enqueue jobs for `newsgraph worker` processes instead of extracting here')
    .addOption(new Option('--per-job <n>', 'with --queue: articles per job (default 10)').env('NEWSGRAPH_PER_JOB'))
    .option('--batch-size <n>', 'articles per transaction (default 100)')
    .option('--published <date>', 'publication date for articles that carry none (YYYY-MM-DD)')
    .option('--timeout-ms <n>', 'give up on one article after this long (default 120000; 0 = never)')
    .option('--retry-failed', 're-extract articles that failed in an earlier run')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the summary as JSON')
    .addOption(new Option('--extractor <module>', 'a module exporting extractForStore(article) to use instead of the pipeline (tests)').hideHelp())
    .action(async (paths: string[], opts: IngestCliOptions) => {
      try {
        if (opts.queue) return await enqueuePaths(paths, opts);
        const { summary, counts, bytes, failures } = await ingestPaths(paths, opts);
        const db = describeDb(opts.db);
        process.stdout.write(opts.json ? JSON.stringify({ ...summary, counts, db, db_bytes: bytes, failures }) + '\n' : formatSummary(summary, counts, db, bytes) + '\n');
        // every failed input by name: a count alone cannot be acted on
        for (const f of failures) process.stderr.write(`failed: ${f.source}: ${f.message.startsWith(f.code) ? f.message : `${f.code} ${f.message}`}\n`);
        if (failures.length) {
          process.stderr.write(`newsgraph ingest: ${failures.length} input${failures.length === 1 ? '' : 's'} failed (listed above; recorded in the database, see GET /ingest-errors)\n`);
          process.exitCode = 1;
        }
      } catch (e) {
        process.stderr.write(`newsgraph ingest: ${isNewsgraphError(e) ? e.message : (e as Error).stack ?? String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
