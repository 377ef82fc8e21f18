// Queue throughput on this machine (not part of `npm test`):
//   [NEWSGRAPH_PER_JOB=10] npx tsx test/store/bench-queue.ts ADMIN_URL PGDATA corpus.jsonl 1 2 4
// For each worker-process count: a fresh database, the corpus enqueued one article per job, N
// `newsgraph worker --concurrency 1` processes until the queue is empty. Reports articles/s (first
// job start to last completion, from pg-boss's timestamps), the CPU seconds of the workers and of
// the PostgreSQL server (postmaster + backends, from /proc), and the database's share of all CPU
// used, plus the load average (NEWSGRAPH_BENCH_EXTRACTOR=test/store/replay-extractor.ts with
// NEWSGRAPH_REPLAY=docs.jsonl times the queue and store alone, without the pipeline's CPU) so the figures can be read against what else ran on the machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { repoRoot } from '../../src/core/paths.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { enqueueInputs } from '../../src/queue/enqueue.js';
import { openQueue } from '../../src/queue/queue.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';

const [admin, pgdata, corpus, ...counts] = process.argv.slice(2);
if (!admin || !pgdata || !corpus) throw new Error('usage: bench-queue.ts ADMIN_URL PGDATA CORPUS.jsonl N…');
const TICK = 100; // USER_HZ

/** utime+stime (+ reaped children's) of a process, in seconds */
function cpuOf(pid: number | 'self', children = true): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // fields after "pid (comm) ": state=0 … utime=11 stime=12 cutime=13 cstime=14
    return (Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0)) / TICK;
  } catch {
    return 0;
  }
}
function serverCpu(): number {
  const master = Number(readFileSync(join(pgdata!, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let sum = cpuOf(master);
  for (const d of readFileSync('/proc/' + master + '/task/' + master + '/children', 'utf8').trim().split(/\s+/).filter(Boolean)) sum += cpuOf(Number(d), false);
  return sum;
}

for (const n of counts.map(Number)) {
  const name = `bench_${n}_${Date.now().toString(36)}`;
  const a = new pg.Client({ connectionString: admin });
  await a.connect();
  await a.query(`CREATE DATABASE ${name}`);
  await a.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const db = u.toString();
  const store = await openPostgresStore(db, { poolSize: 2 });
  const boss = await openQueue(db);
  const q = await enqueueInputs(store, boss, readInputs([corpus]), { perJob: Number(process.env.NEWSGRAPH_PER_JOB) || 1 });
  await boss.stop({ graceful: false, wait: true });
  const load0 = loadavg()[0]!;
  const s0 = serverCpu();
  const w0 = cpuOf('self');
  const t0 = performance.now();
  const results: Record<string, number>[] = [];
  await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve) => {
    const extra = process.env.NEWSGRAPH_BENCH_EXTRACTOR ? ['--extractor', process.env.NEWSGRAPH_BENCH_EXTRACTOR] : [];
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'worker', '--db', db, '--concurrency', '1', '--exit-when-idle', '2', '--no-progress', '--json', ...extra],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', () => {
      try { results.push(JSON.parse(out)); } catch { /* reported below as missing */ }
      resolve();
    });
  })));
  const wall = (performance.now() - t0) / 1000;
  const server = serverCpu() - s0;
  const workers = cpuOf('self') - w0;
  const span = (await store.pool.query(`SELECT extract(epoch FROM max(completed_on) - min(started_on)) AS s, count(*)::int AS n
    FROM (SELECT started_on, completed_on FROM pgboss.job WHERE name = 'newsgraph-ingest' AND state = 'completed'
          UNION ALL SELECT started_on, completed_on FROM pgboss.archive WHERE name = 'newsgraph-ingest') j`)).rows[0];
  const c = await store.counts();
  await store.close();
  const secs = Number(span.s);
  console.log(JSON.stringify({
    workers: n, articles: q.queued, stored: c.articles, jobs: span.n, seconds: +secs.toFixed(1), articles_per_s: +(q.queued / secs).toFixed(2),
    wall_s: +wall.toFixed(1), worker_cpu_s: +workers.toFixed(1), db_server_cpu_s: +server.toFixed(1),
    db_share_of_cpu: +(server / (server + workers)).toFixed(3), db_commit_wall_share: +(results.reduce((x, r) => x + (r.dbMs ?? 0), 0) / results.reduce((x, r) => x + (r.elapsedMs ?? 1), 0)).toFixed(3),
    load_before: +load0.toFixed(2), load_after: +loadavg()[0]!.toFixed(2),
  }));
}
