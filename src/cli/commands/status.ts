// `newsgraph status --db …`: what is stored (row counts, recorded failures) and, on PostgreSQL, the
// job queue: depth, jobs running, throughput over the last minute and ten minutes, failures.
import { Option, type Command } from 'commander';
import { isNewsgraphError } from '../../core/errors.js';
import { queueStatus, type QueueStatus } from '../../queue/status.js';
import { describeDb, openStore } from '../../store/open.js';
import { PostgresStore } from '../../store/postgres/index.js';
import type { Counts, IngestErrorOut } from '../../store/store.js';

interface StatusOptions {
  db: string;
  json?: boolean;
  errors?: string;
}

export function formatStatus(db: string, counts: Counts, queue: QueueStatus | null, errors: readonly IngestErrorOut[]): string {
  const lines = [
    `database ${db}: ${counts.articles} articles, ${counts.actors} actors, ${counts.mentions} mentions, ${counts.quotes} quotes, ` +
      `${counts.events} events, ${counts.timexes} time expressions, ${counts.ingest_errors} recorded failures`,
  ];
  if (queue) {
    lines.push(
      `queue: ${queue.queued} jobs waiting (${queue.queuedArticles} articles${queue.oldestQueuedS !== null ? `, oldest ${queue.oldestQueuedS} s` : ''}), ` +
        `${queue.active} running, ${queue.retrying} to retry, ${queue.completed} done (last day), ${queue.failed} failed after retries, ${queue.dead} failures not yet recorded`,
      `throughput: ${(queue.articlesLastMinute / 60).toFixed(2)} articles/s over the last minute, ${(queue.articlesLast10Minutes / 600).toFixed(2)} over ten minutes`,
    );
  } else lines.push('queue: none (SQLite, or no `ingest --queue` yet)');
  for (const e of errors) lines.push(`  failed ${e.at} ${e.code} ${e.source}: ${e.message}`);
  return lines.join('\n');
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('row counts, recorded failures and (PostgreSQL) queue depth, throughput and failures')
    .addOption(new Option('--db <path|url>', 'SQLite database file, or postgres://user@host/db').env('NEWSGRAPH_DB').default('./newsgraph.db'))
    .option('--errors <n>', 'how many recent failures to list', '5')
    .option('--json', 'print as JSON')
    .action(async (opts: StatusOptions) => {
      try {
        const store = await openStore(opts.db, { readonly: true, poolSize: 1 });
        try {
          const counts = await store.counts();
          const queue = store instanceof PostgresStore ? await queueStatus(store.pool) : null;
          const errors = (await store.listErrors({ limit: Math.max(0, Number(opts.errors) || 0), offset: 0 })).items;
          const db = describeDb(opts.db);
          process.stdout.write(opts.json ? JSON.stringify({ db, counts, queue, errors }) + '\n' : formatStatus(db, counts, queue, errors) + '\n');
        } finally {
          await store.close();
        }
      } catch (e) {
        process.stderr.write(`newsgraph status: ${isNewsgraphError(e) ? e.message : (e as Error).stack ?? String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
