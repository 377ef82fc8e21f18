// `npm run test:reliability`: bad inputs, fuzzed articles, streamed input, kill -9 ingest trials,
// API load and security probes, each printing its figures; exit code 1 when an acceptance figure
// is missed. Heavy by design (minutes): not part of `npm test`.
//   --only bad,fuzz,stream,kill,api   sections (default all)
//   --fuzz N (10000)  --trials N (5)  --stream-gb X (1)  --db PATH  --articles N (2000)
//   --rate N (500)  --seconds N (10)
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from '../../test/reliability/fuzz-run.js';
import { apiLoad, buildDatabase } from './api-load.js';
import { badInputs } from './bad-inputs.js';
import { killTrials } from './kill-trials.js';
import { streams } from './stream.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'bad,fuzz,stream,kill,api' },
    fuzz: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '15' },
    trials: { type: 'string', default: '5' },
    'stream-gb': { type: 'string', default: '1' },
    db: { type: 'string', default: join(tmpdir(), 'newsgraph-reliability.db') },
    articles: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '10' },
  },
});
const only = new Set(values.only.split(','));
const log = (s: string) => process.stdout.write(s + '\n');
const failures: string[] = [];
const check = (ok: boolean, what: string) => (ok ? undefined : failures.push(what));

if (only.has('bad')) {
  log('bad inputs (newsgraph extract, one process each; limits: 30 s, 600 MB):');
  const rows = await badInputs(log);
  for (const r of rows) check(r.ok, `bad input: ${r.name}`);
}
if (only.has('fuzz')) {
  const n = Number(values.fuzz);
  log(`fuzz: ${n} seeded articles (seed ${values.seed}) through the pipeline, contract checked:`);
  const r = runFuzz(n, Number(values.seed), (d) => process.stdout.write(`  … ${d}\r`));
  log(`  ${r.articles} articles (${(r.chars / 1e6).toFixed(1)} M chars) in ${(r.totalMs / 1000).toFixed(0)} s: ${r.crashes.length} crashes, ${r.violations.length} contract violations; slowest ${r.slowest.id} ${r.slowest.ms.toFixed(0)} ms (${r.slowest.chars} chars)`);
  for (const c of r.crashes.slice(0, 3)) log(`  crash ${c.id}: ${c.error.split('\n').slice(0, 3).join(' | ')}`);
  for (const v of r.violations.slice(0, 3)) log(`  violation ${v.id}: ${JSON.stringify(v.violations[0])}`);
  check(r.crashes.length === 0 && r.violations.length === 0, 'fuzz: crashes or contract violations');
  check(r.slowest.ms < 2000, `fuzz: slowest article ${r.slowest.ms.toFixed(0)} ms ≥ 2 s`);
}
if (only.has('stream')) {
  log(`streams (generated input, never stored in the repository):`);
  const r = await streams(Number(values['stream-gb']) * 1e9, log);
  check(r.ok, 'streams: peak RSS over 600 MB');
}
if (only.has('kill')) {
  log('kill -9 ingest trials:');
  const r = await killTrials(Number(values.trials), log);
  check(r.ok, 'kill trials: lost or duplicated articles');
}
if (only.has('api')) {
  log(`API (loopback), database of ${values.articles} articles:`);
  await buildDatabase(values.db, Number(values.articles), log);
  const r = await apiLoad(values.db, Number(values.rate), Number(values.seconds), log);
  check(r.steady.p99 <= 100, `API: p99 ${r.steady.p99.toFixed(0)} ms at ${values.rate} req/s`);
  check(r.duringPost.p99 <= 100, `API: read p99 ${r.duringPost.p99.toFixed(0)} ms during a 2 MB POST`);
  for (const p of r.probes) check(p.ok, `probe: ${p.name}`);
}
log(failures.length ? `\nreliability: ${failures.length} figure(s) missed:\n  ${failures.join('\n  ')}` : '\nreliability: all figures met');
process.exitCode = failures.length ? 1 : 0;
