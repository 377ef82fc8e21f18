// The exactly-once experiment, shared by the queue test (small, fixture extractor) and the full
// measurement (test/store/exactly-once-run.ts: real pipeline, ≥ 500 articles): N worker processes
// drain the queue while a chaos loop SIGKILLs a random one at random moments and starts a
// replacement, until the queue is empty and every worker has exited on its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { repoRoot } from '../../src/core/paths.js';

export interface ChaosOptions {
  readonly db: string;
  readonly workers: number;
  readonly concurrency: number;
  readonly kills: number;
  /** random pause between kills (ms) */
  readonly killEveryMs: readonly [number, number];
  readonly env?: Record<string, string>;
  readonly extractor?: string;
  readonly log?: (line: string) => void;
}

export interface ChaosResult {
  readonly kills: number;
  /** jobs that were started more than once (their first run was killed or expired) */
  readonly retriedJobs: number;
  readonly elapsedMs: number;
  readonly exitCodes: readonly (number | null)[];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function startWorker(o: ChaosOptions): ChildProcess {
  const args = ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'worker', '--db', o.db, '--concurrency', String(o.concurrency), '--exit-when-idle', '6', '--no-progress', '--json'];
  if (o.extractor) args.push('--extractor', o.extractor);
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => o.log?.(`worker ${child.pid}: ${d.toString().trim()}`));
  child.stderr!.on('data', (d: Buffer) => o.log?.(`worker ${child.pid} stderr: ${d.toString().trim()}`));
  return child;
}

async function queueLeft(client: pg.Client): Promise<number> {
  const r = await client.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'newsgraph-ingest%' AND state < 'completed'`);
  return r.rows[0].n;
}

async function activeJobs(client: pg.Client): Promise<number> {
  const r = await client.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'newsgraph-ingest' AND state = 'active'`);
  return r.rows[0].n;
}

export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: o.db });
  await client.connect();
  const live = new Set<ChildProcess>();
  const exitCodes: (number | null)[] = [];
  const add = () => {
    const w = startWorker(o);
    live.add(w);
    w.once('exit', (code, signal) => {
      live.delete(w);
      if (signal !== 'SIGKILL') exitCodes.push(code);
    });
  };
  try {
    for (let i = 0; i < o.workers; i++) add();
    let kills = 0;
    while (kills < o.kills) {
      const [lo, hi] = o.killEveryMs;
      await sleep(lo + Math.random() * (hi - lo));
      if ((await queueLeft(client)) === 0) break;
      // kill while jobs are in hand (not while the replacements are still starting up)
      for (let i = 0; i < 100 && !(await activeJobs(client)); i++) await sleep(100);
      const victims = [...live];
      const victim = victims[Math.floor(Math.random() * victims.length)];
      if (!victim) break;
      victim.kill('SIGKILL');
      kills++;
      o.log?.(`chaos: SIGKILL worker ${victim.pid} (kill ${kills})`);
      add();
    }
    // let the survivors drain the queue (killed workers' jobs come back after their timeout)
    while (live.size) await sleep(250);
    // a worker can exit idle while a killed one's job is still waiting to expire: start one more round
    while ((await queueLeft(client)) > 0) {
      add();
      while (live.size) await sleep(250);
    }
    const retried = await client.query(
      `SELECT count(*)::int AS n FROM (SELECT retry_count FROM pgboss.job WHERE name = 'newsgraph-ingest'
       UNION ALL SELECT retry_count FROM pgboss.archive WHERE name = 'newsgraph-ingest') j WHERE retry_count > 0`,
    );
    return { kills, retriedJobs: retried.rows[0].n, elapsedMs: performance.now() - t0, exitCodes };
  } finally {
    for (const w of live) w.kill('SIGKILL');
    await client.end();
  }
}
