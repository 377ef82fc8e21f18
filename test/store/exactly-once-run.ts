// The full exactly-once measurement (not part of `npm test`: minutes of CPU with the real pipeline).
//   [NEWSGRAPH_PER_JOB=10] npx tsx test/store/exactly-once-run.ts postgres://…/empty_db corpus.jsonl reference.db [workers] [kills]
// reference.db: an uninterrupted `newsgraph ingest corpus.jsonl --db reference.db` (SQLite).
// Enqueues the corpus, runs the workers under random SIGKILLs (queue-chaos.ts), then compares the
// per-table row counts with the reference and checks that enqueuing again queues nothing.
import { readInputs } from '../../src/io/read-inputs.js';
import { enqueueInputs } from '../../src/queue/enqueue.js';
import { openQueue } from '../../src/queue/queue.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runChaos } from './queue-chaos.js';

const [db, corpus, reference, workers = '3', kills = '6'] = process.argv.slice(2);
if (!db || !corpus || !reference) throw new Error('usage: exactly-once-run.ts DB_URL CORPUS.jsonl REFERENCE.db [workers] [kills]');
const env = { NEWSGRAPH_JOB_TIMEOUT_S: '20', NEWSGRAPH_QUEUE_MAINTENANCE_S: '2', NEWSGRAPH_JOB_RETRIES: '30' };
Object.assign(process.env, env);
const store = await openPostgresStore(db, { poolSize: 2 });
const boss = await openQueue(db);
const queued = await enqueueInputs(store, boss, readInputs([corpus]), { perJob: Number(process.env.NEWSGRAPH_PER_JOB) || 1 });
console.log('enqueued', JSON.stringify(queued));
const chaos = await runChaos({
  db, workers: Number(workers), concurrency: 1, kills: Number(kills), killEveryMs: [3000, 9000], env,
  log: (l) => { if (l.startsWith('chaos') || l.includes('"pid"')) console.log(l); },
});
console.log('chaos', JSON.stringify(chaos));
const got = await store.counts();
const lite = openSqliteStore(reference, { readonly: true });
const want = await lite.counts();
await lite.close();
console.log('postgres ', JSON.stringify(got));
console.log('sqlite   ', JSON.stringify(want));
console.log('equal per table:', JSON.stringify(got) === JSON.stringify(want));
const again = await enqueueInputs(store, boss, readInputs([corpus]));
console.log('re-enqueue', JSON.stringify(again), 'counts unchanged:', JSON.stringify(await store.counts()) === JSON.stringify(got));
await boss.stop({ graceful: false, wait: true });
await store.close();
