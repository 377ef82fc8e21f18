// Durability: `newsgraph ingest` killed with SIGKILL at random moments, then rerun to completion;
// every article must be stored exactly once and no batch half-written. Uses the fast fixture
// extractor (test/store/fixture-extractor.ts, slowed a little) so a trial takes seconds.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../src/core/paths.js';
import { mulberry32 } from '../../src/nlp/random.js';
import { BIN } from './measure.js';

export interface KillReport {
  readonly trials: number;
  readonly articles: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly killedMidRun: number;
  readonly ok: boolean;
}

function ingest(input: string, db: string, killAfterMs: number | null): Promise<'killed' | 'done'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--workers', '2', '--batch-size', '10', '--no-progress', '--extractor', join(repoRoot, 'test', 'store', 'fixture-extractor.ts')], {
      stdio: 'ignore',
      env: { ...process.env, NEWSGRAPH_FIXTURE_DELAY_MS: '15' },
    });
    let killed = false;
    const timer = killAfterMs === null ? null : setTimeout(() => ((killed = child.kill('SIGKILL')), undefined), killAfterMs);
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve(killed ? 'killed' : 'done');
    });
  });
}

export async function killTrials(trials: number, log: (s: string) => void): Promise<KillReport> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-kill-'));
  const n = 400;
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `k${i}`, text: `Article ${i}: Norland and Kessel met in Vestria on day ${i}.`, url: `https://news.example/k${i}` })).join('\n') + '\n');
  const db = join(dir, 'k.db');
  const rand = mulberry32(915);
  let killedMidRun = 0;
  try {
    for (let t = 0; t < trials; t++) {
      if ((await ingest(input, db, 1500 + Math.floor(rand() * 2500))) === 'killed') killedMidRun++;
    }
    await ingest(input, db, null);
    const sql = new Database(db, { readonly: true });
    const stored = Number((sql.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
    const distinct = Number((sql.prepare('SELECT count(DISTINCT id) AS n FROM articles').get() as { n: number }).n);
    sql.close();
    const r = { trials, articles: n, stored, duplicates: stored - distinct, killedMidRun, ok: stored === n && distinct === n };
    log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${trials} kill -9 trials (${killedMidRun} killed mid-run), then a rerun: ${stored}/${n} stored, ${r.duplicates} duplicated`);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
