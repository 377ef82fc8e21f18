// What `newsgraph status` reports about the queue: jobs per state, articles waiting, throughput over
// the last minute and ten minutes (from completion times), the oldest waiting job, and the
// dead-letter queue. Read straight from pg-boss's tables (schema pgboss), so it needs no running
// pg-boss instance and costs one query.
import type pg from 'pg';
import { DEAD_QUEUE, INGEST_QUEUE } from './queue.js';

export interface QueueStatus {
  /** jobs waiting to run (created or waiting to be retried) */
  readonly queued: number;
  readonly queuedArticles: number;
  readonly active: number;
  readonly retrying: number;
  readonly completed: number;
  readonly failed: number;
  /** dead-lettered jobs not yet recorded as ingest errors */
  readonly dead: number;
  readonly articlesLastMinute: number;
  readonly articlesLast10Minutes: number;
  /** seconds the oldest waiting job has waited */
  readonly oldestQueuedS: number | null;
}

export async function queueStatus(db: pg.Pool | pg.ClientBase): Promise<QueueStatus | null> {
  const has = await db.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`);
  if (!has.rows[0]?.ok) return null;
  const { rows } = await db.query(
    `WITH j AS (
       SELECT name, state, data, completed_on, created_on FROM pgboss.job WHERE name = ANY($1::text[])
       UNION ALL
       SELECT name, state, data, completed_on, created_on FROM pgboss.archive WHERE name = ANY($1::text[]) AND completed_on > now() - interval '10 minutes'
     )
     SELECT
       count(*) FILTER (WHERE name = $2 AND state IN ('created', 'retry')) AS queued,
       coalesce(sum(jsonb_array_length(data->'articles')) FILTER (WHERE name = $2 AND state IN ('created', 'retry')), 0) AS queued_articles,
       count(*) FILTER (WHERE name = $2 AND state = 'active') AS active,
       count(*) FILTER (WHERE name = $2 AND state = 'retry') AS retrying,
       count(*) FILTER (WHERE name = $2 AND state = 'completed') AS completed,
       count(*) FILTER (WHERE name = $2 AND state = 'failed') AS failed,
       count(*) FILTER (WHERE name = $3 AND state < 'completed') AS dead,
       coalesce(sum(jsonb_array_length(data->'articles')) FILTER (WHERE name = $2 AND state = 'completed' AND completed_on > now() - interval '1 minute'), 0) AS last1,
       coalesce(sum(jsonb_array_length(data->'articles')) FILTER (WHERE name = $2 AND state = 'completed' AND completed_on > now() - interval '10 minutes'), 0) AS last10,
       extract(epoch FROM now() - min(created_on) FILTER (WHERE name = $2 AND state IN ('created', 'retry'))) AS oldest
     FROM j`,
    [[INGEST_QUEUE, DEAD_QUEUE], INGEST_QUEUE, DEAD_QUEUE],
  );
  const r = rows[0] as Record<string, unknown>;
  return {
    queued: Number(r.queued),
    queuedArticles: Number(r.queued_articles),
    active: Number(r.active),
    retrying: Number(r.retrying),
    completed: Number(r.completed),
    failed: Number(r.failed),
    dead: Number(r.dead),
    articlesLastMinute: Number(r.last1),
    articlesLast10Minutes: Number(r.last10),
    oldestQueuedS: r.oldest === null ? null : Math.round(Number(r.oldest)),
  };
}
