// `npm run test:mutation [-- --deltas=1,-1,2 --layers=quotes.cue,timexes]`: runs the span and golden
// test files for real, once per mutation, with the contract writer wrapped so that it shifts the
// offsets of one layer (start, end or both, by each delta; default ±1), and prints a table of which
// test files turned red. A control run without mutation must be green, every mutant run red; the
// exit code is 1 otherwise. The same mutations are checked in-process by test/contract/mutation.test.ts
// on every `npm test`; this script proves it through the test files themselves.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/core/paths.js';
import { ANNOTATION_LAYERS } from '../test/helpers/contract-spans.js';

/** The test files under test, with the column name each gets in the table (failed tests of each). */
const FILES: readonly [string, string][] = [
  ['test/contract/golden.test.ts', 'golden'],
  ['test/seed.test.ts', 'seed'],
  ['test/articles/articles.test.ts', 'articles'],
];
const CONFIG = 'test/contract/vitest.mutation.config.ts';
const EDGES = ['start', 'end', 'both'] as const;

function option(name: string): string | undefined {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a?.slice(name.length + 3);
}

interface RunResult {
  /** failed tests by column */
  failed: Record<string, number>;
  /** failed span-check tests ("… consistent with the input text") over all files */
  spanFailed: number;
  total: number;
  shifted: number;
  seconds: number;
}

interface JsonReport {
  numTotalTests: number;
  testResults: { name: string; assertionResults: { status: string; title: string }[] }[];
}

function runOnce(spec: string | null, dir: string): RunResult {
  const out = join(dir, 'report.json');
  const log = join(dir, 'shifted.log');
  rmSync(out, { force: true });
  rmSync(log, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_MUTATION_LOG: log };
  if (spec) env.NEWSGRAPH_MUTATION = spec;
  else delete env.NEWSGRAPH_MUTATION;
  const t0 = Date.now();
  const vitest = join(repoRoot, 'node_modules', '.bin', 'vitest');
  const r = spawnSync(vitest, ['run', '--config', CONFIG, '--reporter=json', `--outputFile=${out}`, ...FILES.map(([f]) => f)], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  });
  if (!existsSync(out)) throw new Error(`vitest wrote no report for ${spec ?? 'the control run'}:\n${r.stderr.slice(-2000)}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
  const failed: Record<string, number> = {};
  for (const [file, col] of FILES) {
    const res = report.testResults.find((t) => t.name.endsWith(file));
    if (!res) throw new Error(`no result for ${file} (${spec ?? 'control'}): did it fail to load?\n${r.stderr.slice(-2000)}`);
    failed[col] = res.assertionResults.filter((a) => a.status === 'failed').length;
  }
  const spanFailed = report.testResults
    .flatMap((t) => t.assertionResults)
    .filter((a) => a.status === 'failed' && a.title.includes('consistent with the input text')).length;
  const shifted = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).reduce((n, x) => n + Number(x), 0) : 0;
  return { failed, spanFailed, total: report.numTotalTests, shifted, seconds: (Date.now() - t0) / 1000 };
}

function main(): void {
  const deltas = (option('deltas') ?? '1,-1').split(',').map((d) => Number(d));
  const layers = option('layers')?.split(',') ?? [...ANNOTATION_LAYERS];
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-mutation-'));
  const specs: (string | null)[] = [null];
  for (const layer of layers) for (const edge of EDGES) for (const d of deltas) specs.push(`${layer}:${edge}:${d > 0 ? '+' : ''}${d}`);

  const cols = FILES.map(([, c]) => c);
  const header = ['mutation', 'spans shifted', ...cols.map((c) => `${c} failed`), 'of which span checks', 'result'];
  const rows: string[][] = [];
  let bad = 0;
  process.stdout.write(`${specs.length} runs of ${FILES.map(([f]) => f).join(', ')}\n`);
  for (const spec of specs) {
    const r = runOnce(spec, dir);
    const anyFailed = cols.some((c) => r.failed[c]! > 0);
    let result: string;
    if (spec === null) result = anyFailed ? 'RED (control must be green!)' : 'green (control)';
    else if (r.shifted === 0) result = 'nothing to shift';
    else result = anyFailed ? 'RED (caught)' : 'GREEN (missed!)';
    if ((spec === null && anyFailed) || (spec !== null && r.shifted > 0 && !anyFailed)) bad++;
    const row = [spec ?? '(none: control)', String(r.shifted), ...cols.map((c) => `${r.failed[c]}`), String(r.spanFailed), result];
    rows.push(row);
    process.stderr.write(`${row.join('  ')}  (${r.total} tests, ${r.seconds.toFixed(1)} s)\n`);
  }
  rmSync(dir, { recursive: true, force: true });

  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n`);
  const mutants = rows.length - 1;
  const caught = rows.filter((r) => r.at(-1) === 'RED (caught)').length;
  process.stdout.write(`\n${caught} of ${mutants} mutations turned the tests red; ${bad === 0 ? 'control green: OK' : `${bad} problem(s)`}\n`);
  process.exitCode = bad === 0 ? 0 : 1;
}

main();
