// `npm run eval`: every evaluation on ../shared in turn (each is also its own npm script), then the
// last line of each — its summary — together at the end.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared } from '../src/core/paths.js';

const EVALS = ['seed', 'tokenize', 'parse', 'entities', 'time', 'quotes', 'events', 'cross'];

if (!hasShared()) {
  console.log('eval: ../shared is absent; nothing to evaluate (skipped).');
} else {
  const summaries: string[] = [];
  for (const name of EVALS) {
    const file = join(import.meta.dirname, `${name}.ts`);
    if (!existsSync(file)) {
      summaries.push(`${name}: (no evaluation yet)`);
      continue;
    }
    console.log(`\n=== eval:${name}`);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(r.stdout);
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    summaries.push(`${name} (${Math.round((Date.now() - t0) / 1000)} s): ${r.status === 0 ? last : `FAILED (exit ${r.status})`}`);
  }
  console.log('\n=== summary');
  for (const s of summaries) console.log(s);
}
