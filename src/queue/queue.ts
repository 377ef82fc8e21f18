// The ingest job queue on PostgreSQL, with pg-boss (its tables live in the `pgboss` schema of the
// newsgraph database). One job carries one article or a small batch; jobs that keep failing (a
// worker killed mid-job, a database error) are retried a bounded number of times, then moved to a
// dead-letter queue whose jobs the workers turn into recorded ingest errors (visible in the API).
// Settings come from flags or NEWSGRAPH_* environment variables (see queueSettings).
import PgBoss from 'pg-boss';
import { NewsgraphError } from '../core/errors.js';
import { wholeNumber } from '../core/whole-number.js';
import type { InputArticle } from '../io/read-inputs.js';
import { redact } from '../store/postgres/index.js';

export const INGEST_QUEUE = 'newsgraph-ingest';
export const DEAD_QUEUE = 'newsgraph-ingest-dead';

export interface IngestJob {
  readonly articles: readonly InputArticle[];
}

export interface QueueSettings {
  /** seconds a fetched job may stay unfinished before it counts as lost and is retried */
  readonly jobTimeoutS: number;
  /** retries of a lost or failed job before it is dead-lettered */
  readonly retries: number;
  /** how often (s) the queue's maintenance expires lost jobs (pg-boss runs it on one worker at a time) */
  readonly maintenanceS: number;
}

/** An integer setting from the environment (the one whole-number reader: "1e2" or "0x10" is refused). */
const envInt = (name: string, fallback: number, min: number): number => {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : wholeNumber(raw, name, min);
};

/** Defaults, overridden by NEWSGRAPH_JOB_TIMEOUT_S, NEWSGRAPH_JOB_RETRIES and NEWSGRAPH_QUEUE_MAINTENANCE_S. */
export function queueSettings(): QueueSettings {
  return {
    jobTimeoutS: envInt('NEWSGRAPH_JOB_TIMEOUT_S', 600, 1),
    retries: envInt('NEWSGRAPH_JOB_RETRIES', 5, 0),
    maintenanceS: envInt('NEWSGRAPH_QUEUE_MAINTENANCE_S', 30, 1),
  };
}

export interface OpenQueueOptions {
  /** run pg-boss maintenance (expiring lost jobs) in this process: workers do, `ingest --queue` need not */
  readonly supervise?: boolean;
  readonly settings?: QueueSettings;
}

/** Starts pg-boss on the database (creating its schema and our two queues once) and returns it. */
export async function openQueue(url: string, opts: OpenQueueOptions = {}): Promise<PgBoss> {
  const s = opts.settings ?? queueSettings();
  const boss = new PgBoss({
    connectionString: url,
    max: 3,
    application_name: 'newsgraph-queue',
    supervise: opts.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: s.maintenanceS,
    // finished jobs stay queryable (status throughput) for a day before pg-boss archives them
    archiveCompletedAfterSeconds: 86_400,
  });
  boss.on('error', (e: Error) => process.stderr.write(`newsgraph queue: ${e.message}\n`));
  try {
    await boss.start();
    if (!(await boss.getQueue(DEAD_QUEUE))) await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retryLimit: 0 }).catch(ignoreExists);
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      await boss
        .createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: s.retries, expireInSeconds: s.jobTimeoutS, deadLetter: DEAD_QUEUE, retryDelay: 1 })
        .catch(ignoreExists);
    } else {
      await boss.updateQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: s.retries, expireInSeconds: s.jobTimeoutS, deadLetter: DEAD_QUEUE, retryDelay: 1 });
    }
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new NewsgraphError('E040', `cannot start the job queue on ${redact(url)}: ${(e as Error).message}`, redact(url));
  }
  return boss;
}

/** Two processes creating the same queue at once: the loser's unique violation is no error. */
function ignoreExists(e: unknown): void {
  if ((e as { code?: string }).code !== '23505') throw e;
}
