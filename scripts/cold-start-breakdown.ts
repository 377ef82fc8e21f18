// Where a cold `extract` spends its CPU (issue 19), row by row: node's own start, the bundle's
// compile and evaluation with its code cache, each model or table's first load, each stage's first
// run (its loads apart), the entities stage's steps. A cpu profile of a cold run cannot give these
// rows: the profiler's own cost doubles the run (0.76 s of samples for a ~0.45 s run, session 21)
// and makes the small rows noise. So this copies the built extract-cli.cjs to
// dist/bundle/extract-marks.cjs with every function named in ROWS wrapped in a marker that sums
// the process's CPU time (user + system, process.cpuUsage) between its entry and return, minus its
// marked callees (each row is self time), and the stage loop's calls likewise; runs it N times as
// the bin runs extract (the shebang's V8 flags, a code cache of its own written by a first run);
// checks the output is the bin's, byte for byte; prints the median of each row.
//   npx tsx scripts/cold-start-breakdown.ts [--runs 7] [--input FILE] [--mark fn=row,fn2=row2]
// --mark adds rows for other top-level functions of the bundle (a look inside a row; their self time
// leaves the row of their marked caller).
// Build first (`npm run build`); under the timing lock (`flock /tmp/ng-timing.lock …`). The
// production bundle is not changed: the copy is a separate file, rebuilt by each run of this script.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, sharedPath } from '../src/core/paths.js';
import { BUNDLE_DIR, EXTRACT_CLI, shebangFlags } from './bundle-cli.js';

/** bundle function name → the row its self time is counted in */
export const ROWS: Readonly<Record<string, string>> = {
  getSentenceModel: 'load: sentence model',
  getLemmatizer: 'load: lemmatizer',
  defaultWordClusters: 'load: word clusters',
  getTagger: 'load: tagger (+ MLP)',
  getParser: 'load: parser (+ MLP, relabeller)',
  loadKbTables: 'load: knowledge-base tables',
  defaultLexicon: 'load: NER lexicon',
  loadNerMlp: 'load: NER MLP',
  loadNerModel: 'load: NER model (the rest)',
  loadEventLexicon: 'load: events lexicon',
  loadQuoteLexicon: 'load: quotes lexicon',
  toContract: 'contract document',
  checkContract: 'contract check',
  nameCandidates: 'entities: name candidates (gazetteer, merge)',
  tagSentence: 'entities: NER model tagging',
  clusterNames: 'entities: clusters',
  toEntities: 'entities: entity records',
  splitTitles: 'entities: split titles',
  sectorGroups: 'entities: sector groups',
  nationalityGroups: 'entities: nationality groups',
};

/** the stage loop of src/pipeline/pipeline.ts as esbuild writes it (one per bundle) */
const STAGE_CALL = 'd = stage.run(d, full);';

/** The prelude: the marker (globalThis.__ngMark) and the table it prints on exit to stderr as "<ms> ms  <row>" lines. */
const PRELUDE = `(() => {
  const rows = new Map();
  const open = [];
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
  globalThis.__ngMark = (row, f) => {
    const frame = { inner: 0 };
    open.push(frame);
    const t0 = cpu();
    try { return f(); } finally {
      const ms = cpu() - t0;
      open.pop();
      if (open.length) open[open.length - 1].inner += ms;
      rows.set(row, (rows.get(row) ?? 0) + ms - frame.inner);
    }
  };
  globalThis.__ngMarkRows = rows;
  process.on('exit', () => {
    const lines = [...rows].map(([row, ms]) => ms.toFixed(2) + ' ms  ' + row);
    require('node:fs').writeSync(2, lines.join('\\n') + '\\n');
  });
})();
`;

/**
 * The bundle source with each `function <name>(` of `rows` (a top-level declaration at a line's
 * start) renamed <name>__unmarked and a wrapper of the old name that calls it under the marker, and
 * the stage loop's calls marked "stage <name>". Throws when a name or the stage loop is not found
 * (the bundle changed: update ROWS).
 */
export function instrumentBundle(source: string, rows: Readonly<Record<string, string>> = ROWS): string {
  let out = source;
  for (const [name, row] of Object.entries(rows)) {
    const decl = new RegExp(`^(async )?function(\\*?) ${name}\\(`, 'm');
    const m = decl.exec(out);
    if (!m) throw new Error(`cold-start-breakdown: no top-level function ${name} in the bundle`);
    const [, isAsync = '', star = ''] = m;
    // a generator's work happens as it is iterated: its row counts only its creation, so none are marked
    if (isAsync || star) throw new Error(`cold-start-breakdown: ${name} is ${isAsync ? 'async' : 'a generator'}; only plain functions can be marked`);
    const wrapper = `function ${name}(...args) { return globalThis.__ngMark(${JSON.stringify(row)}, () => ${name}__unmarked(...args)); }\n`;
    out = `${out.slice(0, m.index)}${wrapper}function ${name}__unmarked(${out.slice(m.index + m[0].length)}`;
  }
  if (!out.includes(STAGE_CALL)) throw new Error('cold-start-breakdown: the stage loop of src/pipeline/pipeline.ts is not in the bundle');
  out = out.replace(STAGE_CALL, 'd = globalThis.__ngMark("stage " + stage.name + " (first run)", () => stage.run(d, full));');
  return PRELUDE + out;
}

/** "<ms> ms  <row>" lines (any order, other lines ignored) → row → ms */
export function parseMarks(stderr: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of stderr.split('\n')) {
    const m = /^\s*(\d+(?:\.\d+)?) ms {2}(.+)$/.exec(line);
    if (m) rows.set(m[2]!, (rows.get(m[2]!) ?? 0) + Number(m[1]));
  }
  return rows;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** rows of several runs → [row, median, min, max], largest median first (a row missing from a run counts 0 there) */
export function medianRows(runs: readonly Map<string, number>[]): [string, number, number, number][] {
  const names = new Set(runs.flatMap((r) => [...r.keys()]));
  return [...names]
    .map((row): [string, number, number, number] => {
      const xs = runs.map((r) => r.get(row) ?? 0);
      return [row, median(xs), Math.min(...xs), Math.max(...xs)];
    })
    .sort((a, b) => b[1] - a[1]);
}

/** the runner: loads the marked copy as bin/newsgraph.js loads extract-cli.cjs (bin/code-cache.js), adds node's start and the bundle's load */
const TOTAL = 'TOTAL process CPU at exit';
const RUNNER = `'use strict';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
const atMain = cpu();
const { requireWithCodeCache } = require(process.env.NG_CODE_CACHE_JS);
const t0 = cpu();
const cli = requireWithCodeCache(process.env.NG_MARKED_BUNDLE);
const loaded = cpu() - t0;
let ran = 0;
process.on('exit', () => require('node:fs').writeSync(2, [
  atMain.toFixed(2) + ' ms  node start (to the main script)',
  loaded.toFixed(2) + ' ms  bundle read, compiled, evaluated (code cache ' + (cli.usedCache ? 'used' : 'not used') + ')',
  (cpu() - ran).toFixed(2) + ' ms  after the run: code cache check, exit',
  cpu().toFixed(2) + ' ms  TOTAL process CPU at exit',
].join('\\n') + '\\n'));
cli.exports.runExtractCli(process.argv.slice(0, 2).concat(['extract'], process.argv.slice(2))).then(() => { ran = cpu(); cli.save(false); });
`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argOf = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const runs = Number(argOf('runs') ?? 7);
  const input = argOf('input') ?? sharedPath('examples', 'seed', 'article.txt');
  const bundle = join(BUNDLE_DIR, EXTRACT_CLI);
  if (!existsSync(bundle)) throw new Error('cold-start-breakdown: no dist/bundle/extract-cli.cjs — run `npm run build` first');
  // beside extract-cli.cjs: the bundle finds the repository from its own directory
  const marked = join(BUNDLE_DIR, 'extract-marks.cjs');
  const extra = Object.fromEntries((argOf('mark') ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  writeFileSync(marked, instrumentBundle(readFileSync(bundle, 'utf8'), { ...ROWS, ...extra }));
  const runner = join(BUNDLE_DIR, 'extract-marks-runner.cjs');
  writeFileSync(runner, RUNNER);
  const env = { ...process.env, NG_CODE_CACHE_JS: join(repoRoot, 'bin', 'code-cache.js'), NG_MARKED_BUNDLE: marked };
  const flags = shebangFlags();
  const expected = spawnSync(join(repoRoot, 'bin', 'newsgraph.js'), ['extract', input], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  // the first run writes the marked copy's code cache, as the build does for extract-cli.cjs
  const first = spawnSync(process.execPath, [...flags, runner, input], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  if (first.stdout !== expected) throw new Error('cold-start-breakdown: the marked copy printed other output than bin/newsgraph.js');
  const all: Map<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [...flags, runner, input], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`cold-start-breakdown: run ${i + 1} failed: ${r.stderr}`);
    const rows = parseMarks(r.stderr);
    // what no row holds: unmarked code (the CLI, reading the input, writing the output), the work of
    // V8's helper threads (GC, compilers) outside the marked calls
    const total = rows.get(TOTAL) ?? 0;
    rows.set('other (unmarked code, helper threads outside the rows)', total - [...rows].reduce((n, [row, ms]) => (row === TOTAL ? n : n + ms), 0));
    all.push(rows);
  }
  console.log(`${runs} cold runs of ${input}, CPU ms (user + system of the process), self time per row; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  for (const [row, med, lo, hi] of medianRows(all)) {
    if (med >= 0.5) console.log(`${med.toFixed(1).padStart(7)} ms  (${lo.toFixed(1)}–${hi.toFixed(1)})  ${row}`);
  }
}
