// Checks that `newsgraph extract` prints the same bytes from the startup snapshot as from the
// ordinary path (bin/newsgraph.js with NEWSGRAPH_SNAPSHOT=0): the seed article and Wikinews
// articles from ../shared, each extracted alone, as a cold run is. Needs `npm run build`.
// `npx tsx scripts/check-snapshot.ts [how many Wikinews articles, default 24]`; exit 1 on a difference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newestSource, usableSnapshot } from '../bin/snapshot.js';
import { wikinews } from '../bench/corpora.js';
import { repoRoot, sharedPath } from '../src/core/paths.js';

const bin = join(repoRoot, 'bin', 'newsgraph.js');
const argv = ['node', bin, 'extract'];
if (!usableSnapshot(repoRoot, { argv, env: process.env, execArgv: [], newestSource: newestSource(join(repoRoot, 'src')) })) {
  console.error('check-snapshot: no current snapshot (run `npm run build`; unset NEWSGRAPH_SNAPSHOT/NODE_OPTIONS)');
  process.exit(2);
}
const want = Number(process.argv[2] ?? 24);
const articles = wikinews();
const step = Math.max(1, Math.floor(articles.length / Math.max(1, want)));
const dir = mkdtempSync(join(tmpdir(), 'ng-check-snapshot-'));
const inputs: { name: string; args: string[] }[] = [{ name: 'seed', args: [sharedPath('examples', 'seed', 'article.txt'), '--published', '2025-03-07'] }];
for (let i = 0; i < articles.length && inputs.length <= want; i += step) {
  const a = articles[i]!;
  const file = join(dir, `${a.id}.jsonl`); // one line: extracted alone, in the process's own thread
  writeFileSync(file, JSON.stringify(a) + '\n');
  inputs.push({ name: a.id, args: [file] });
}
let differ = 0;
for (const { name, args } of inputs) {
  const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [bin, 'extract', ...args], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const snap = run(process.env);
  const plain = run({ ...process.env, NEWSGRAPH_SNAPSHOT: '0' });
  const same = snap.status === plain.status && snap.stdout === plain.stdout && snap.stderr === plain.stderr;
  if (!same) {
    differ++;
    console.log(`DIFFERENT ${name}: exit ${snap.status}/${plain.status}, stdout ${snap.stdout.length}/${plain.stdout.length} chars`);
  }
}
console.log(`check-snapshot: ${inputs.length - differ} of ${inputs.length} documents byte-identical (snapshot vs ordinary path)`);
process.exit(differ ? 1 : 0);
