// Issue 19's first-pass question: `newsgraph extract` of the side-by-side's batch (595 articles:
// Wikinews 2019–2020 and the first 300 Reuters-21578 stories) run --passes times in ONE process with
// the bin's shebang flags (bench/warm-up-driver.cjs): what the first pass costs beyond the next ones,
// split into the main thread and the other threads (V8's concurrent TurboFan compiles and GC helpers),
// with the collections each pass made. --trace adds V8's --trace-opt --trace-deopt and prints per
// pass the TurboFan compiles (how long, how much of it recompiling a function thrown out before) and
// the functions whose compiles cost most, with their deopts and reasons (bench/warm-up-trace.ts).
// --sites (implies --trace; V8's --trace-deopt-verbose) adds every deopt's source position: deopts per
// stage and pass, and the sites by reason with their module and source line (session 20: most "wrong
// map" sites were arrays of two elements kinds, src/core/object-arrays.ts).
//   npm run build && npx tsx bench/warm-up.ts [--passes 2] [--rounds 1] [--trace] [--sites] [--top 30]
//     [--input FILE.jsonl] [--flags "--extra --v8-flags"] [--cpu K]
// Time under the timing lock; rounds are separate processes (the machine's load changes between
// them: compare passes within a process). Session 18 (load 4, 3 runs): first pass 16.0–16.4 CPU-s, the
// second 13.5–13.7; the other threads 3.3 s against 2.1–2.2 s.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProblem, shebangFlags } from './built-bin.js';
import { arg, fail } from './cli-args.js';
import { extractJsonl, reuters, wikinews } from './corpora.js';
import { areaOf, bundleModules, summariseTrace, type WarmUpTrace } from './warm-up-trace.js';

interface DriverPass {
  cpu: number;
  mainThread: number;
  otherThreads: number;
  gc: Record<string, { count: number; ms: number }>;
}
interface DriverResult {
  loadCpu: number;
  usedCodeCache: boolean;
  exitCode: number;
  passes: DriverPass[];
}

const root = fileURLToPath(new URL('..', import.meta.url));

const gcText = (gc: DriverPass['gc']) =>
  Object.entries(gc)
    .sort()
    .map(([k, v]) => `${k} ${v.count} (${v.ms.toFixed(0)} ms)`)
    .join(', ');

function printTrace(t: WarmUpTrace, top: number): void {
  for (const [i, p] of t.passes.entries()) {
    console.log(`  pass ${i + 1}: ${p.compiles} TurboFan compiles, ${p.compileMs.toFixed(0)} ms (${p.compileMs ? ((100 * p.repeatMs) / p.compileMs).toFixed(0) : 0}% recompiling a function compiled before), ${p.deopts} deopts`);
  }
  console.log(`  the ${top} functions whose compiles took longest (ms per pass; compiles per pass; deopts: reasons):`);
  for (const f of t.functions.slice(0, top)) {
    const reasons = [...f.reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n}× ${r}`).join('; ');
    console.log(`    ${f.compileMs.map((x) => x.toFixed(0).padStart(5)).join(' ')}  ${f.compiles.join('/').padEnd(6)} ${f.name}${f.osr ? ` (${f.osr} OSR)` : ''}${reasons ? ` — deopts ${reasons}` : ''}`);
  }
}

/** Deopts per stage and pass, then each site (bundle positions read back to their module and line). */
function printSites(t: WarmUpTrace): void {
  const bundle = join(root, 'dist', 'bundle', 'extract-cli.cjs');
  const source = readFileSync(bundle, 'utf8');
  const moduleAt = bundleModules(source);
  const lines = source.split('\n');
  const perArea = new Map<string, number[]>();
  for (const s of t.sites) {
    const area = s.file === bundle ? areaOf(moduleAt(s.line)) : s.file;
    const n = perArea.get(area) ?? t.passes.map(() => 0);
    n[s.pass]!++;
    perArea.set(area, n);
  }
  console.log(`  deopts with a position (${t.sites.length}) per stage or area, per pass:`);
  for (const [area, n] of [...perArea].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) console.log(`    ${n.map((x) => String(x).padStart(4)).join(' ')}  ${area}`);
  console.log('  sites, by reason (pass, function thrown out, module:line of the innermost position, source):');
  for (const s of [...t.sites].sort((a, b) => a.reason.localeCompare(b.reason) || a.pass - b.pass)) {
    const where = s.file === bundle ? `${moduleAt(s.line)}:${s.line}` : `${s.file}:${s.line}`;
    const text = s.file === bundle ? (lines[s.line - 1] ?? '').trim().slice(0, 90) : '';
    console.log(`    p${s.pass + 1} ${s.reason.slice(0, 44).padEnd(44)} ${s.fn.padEnd(24)} ${where}  ${text}`);
  }
}

function main(): void {
  const passes = Number(arg('passes', '2'));
  const rounds = Number(arg('rounds', '1'));
  const top = Number(arg('top', '30'));
  const sites = process.argv.includes('--sites');
  const trace = sites || process.argv.includes('--trace');
  const cpu = arg('cpu', '0');
  const extra = arg('flags', '').split(/\s+/).filter(Boolean);
  const problem = buildProblem(root);
  if (problem) fail('E_WARM_UP_BUILD', problem);
  const flags = shebangFlags(join(root, 'bin', 'newsgraph.js'));
  if (!flags) fail('E_WARM_UP_BIN', 'bin/newsgraph.js names no node flags (a "#!/usr/bin/env -S node --flags…" line, or "#!/bin/sh" and its exec line)');

  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-warm-up-'));
  try {
    let input = arg('input', '');
    if (!input) {
      const articles = [...wikinews(), ...reuters(300)];
      if (articles.length === 0) fail('E_WARM_UP_CORPUS', 'no articles: ../shared/data/wikinews and ../shared/data/reuters21578 are missing (or give --input)');
      input = join(dir, 'texts.jsonl');
      writeFileSync(input, extractJsonl(articles));
    }
    const v8 = [...flags, ...extra, ...(trace ? ['--trace-opt', sites ? '--trace-deopt-verbose' : '--trace-deopt'] : [])];
    console.log(`extract of ${input}, ${passes} passes in one process, ${rounds} round(s), one core (taskset -c ${cpu}); node ${v8.join(' ')}`);
    for (let r = 0; r < rounds; r++) {
      const out = join(dir, 'result.json');
      const stdout = join(dir, 'stdout.txt');
      const fd = openSync(trace ? stdout : '/dev/null', 'w');
      const run = spawnSync('taskset', ['-c', cpu, process.execPath, ...v8, join(root, 'bench', 'warm-up-driver.cjs'), root, input, String(passes), out], {
        cwd: root,
        stdio: ['ignore', fd, 'inherit'],
        env: { ...process.env, MARK: trace ? '1' : '' },
      });
      closeSync(fd);
      if (run.status !== 0) fail('E_WARM_UP_RUN', `the driver failed (exit ${run.status}, signal ${run.signal})`);
      const res = JSON.parse(readFileSync(out, 'utf8')) as DriverResult;
      console.log(`round ${r + 1}: code loaded in ${res.loadCpu.toFixed(2)} CPU-s (code cache ${res.usedCodeCache ? 'used' : 'not used'}), extract exit ${res.exitCode}`);
      for (const [i, p] of res.passes.entries()) {
        console.log(`  pass ${i + 1}: ${p.cpu.toFixed(2)} CPU-s — main thread ${p.mainThread.toFixed(2)}, other threads ${p.otherThreads.toFixed(2)}; GC: ${gcText(p.gc)}`);
      }
      if (trace) {
        // the extract output shares standard output with V8's trace: keep the trace lines only
        const lines = readFileSync(stdout, 'utf8').split('\n').filter((l) => l.startsWith('[') || l.startsWith('@@PASS ') || l.includes(';;; deoptimize at <'));
        const t = summariseTrace(lines);
        printTrace(t, top);
        if (sites) printSites(t);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
