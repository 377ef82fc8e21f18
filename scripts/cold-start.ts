// Cold start of `newsgraph extract` (issue 19), measured as the acceptance states it: whole processes
// of the built bin on the seed article, through its shebang and as `node bin/newsgraph.js`, runs
// alternating with a base checkout (another worktree, built) so both see the same machine load;
// medians of wall and CPU seconds (user + system, from /usr/bin/time) and the largest peak RSS. It
// first checks that both checkouts print byte-identical output (stdout and stderr) for the seed and
// a few Wikinews articles (one article per input, the in-process path of extract).
//   npx tsx scripts/cold-start.ts [--base ../other-checkout] [--runs 7]
// Run both builds first (`npm run build`); under the CPU lock when the machine is shared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, sharedPath } from '../src/core/paths.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** One process: `<checkout>/bin/newsgraph.js extract <input>` through its shebang, or as `node <bin>`. */
function run(checkout: string, input: string, viaNode: boolean): Run {
  const bin = join(checkout, 'bin', 'newsgraph.js');
  const cmd = viaNode ? [process.execPath, bin] : [bin];
  const timed = existsSync(TIME);
  const stats = join(tmpdir(), `ng-cold-${process.pid}.time`);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-o', stats, '-f', '%U %S %M', ...cmd, 'extract', input], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd[0]!, [...cmd.slice(1), 'extract', input], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  const [user, sys, rss] = timed ? readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number) : [NaN, NaN, NaN];
  return { wall, cpu: user! + sys!, rssMb: rss! / 1024, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The seed article and the first few Wikinews 2020 articles, each as its own one-row CSV file. */
function inputs(count = 5): string[] {
  const out = [sharedPath('examples', 'seed', 'article.txt')].filter((f) => existsSync(f));
  const csv = sharedPath('data', 'wikinews', 'wikinews_2020.csv');
  if (!existsSync(csv)) return out;
  const text = readFileSync(csv, 'utf8');
  // RFC 4180 records: a newline ends one only outside quotes
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && records.length <= count; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === '\n' && !quoted) {
      records.push(text.slice(start, i));
      start = i + 1;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ng-cold-'));
  records.slice(1).forEach((rec, i) => {
    const f = join(dir, `wikinews-${i}.csv`);
    writeFileSync(f, `${records[0]}\n${rec}\n`);
    out.push(f);
  });
  return out;
}

const base = arg('base') ? resolve(arg('base')!) : null;
const runs = Number(arg('runs') ?? 7);
const checkouts = base ? [['base', base] as const, ['this', repoRoot] as const] : [['this', repoRoot] as const];

const all = inputs();
let same = true;
for (const input of all) {
  const outs = checkouts.flatMap(([, c]) => [run(c, input, false), run(c, input, true)]);
  const ok = outs.every((o) => o.stdout === outs[0]!.stdout && o.stderr === outs[0]!.stderr);
  same &&= ok;
  console.log(`${ok ? 'identical' : 'DIFFERENT'}  ${outs[0]!.stdout.length} bytes  ${input}`);
}

const seed = all[0]!;
const rows = new Map<string, Run[]>();
for (let i = 0; i < runs; i++) {
  for (const [name, c] of checkouts) {
    for (const viaNode of [false, true]) {
      const key = `${name} ${viaNode ? 'node bin/newsgraph.js' : 'shebang'}`;
      rows.set(key, [...(rows.get(key) ?? []), run(c, seed, viaNode)]);
    }
  }
}
console.log(`\n${runs} alternating runs of the seed (${seed}); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const [key, rs] of rows) {
  const w = rs.map((r) => r.wall);
  console.log(`${key.padEnd(28)} wall median ${median(w).toFixed(3)} s (${Math.min(...w).toFixed(2)}–${Math.max(...w).toFixed(2)}), CPU median ${median(rs.map((r) => r.cpu)).toFixed(3)} s, peak RSS ${Math.max(...rs.map((r) => r.rssMb)).toFixed(0)} MB`);
}
if (!same) process.exitCode = 1;
