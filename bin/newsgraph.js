#!/bin/sh
':' //; exec node --max-semi-space-size=8 --min-semi-space-size=8 --initial-old-space-size=128 --interrupt-budget=540672 --no-turbo-inline-array-builtins "$0" "$@"
// The two lines above are read by sh and by node alike. sh: ":" does nothing, then node runs this file
// with the V8 flags below. node: the first line is a hashbang and the second the string ':' and a
// comment. The flags used to sit in a "#!/usr/bin/env -S node …" line, but Linux before 5.1 reads only
// 127 characters of a "#!" line and cuts the rest silently, and the flags had outgrown that
// (session 21). bin/relaunch.js `shebangFlags` is their one reader; it reads both forms.
// The young generation at 8 MB semi-spaces (V8: 16 MB): a document's garbage dies young, and the
// compiled bench's peak RSS fell 312 → 295 MB at the same speed (2026-12-05, quiet machine; 4 MB gave
// 269 MB but cost Wikinews 40% more CPU in scavenges). `npm run bench` runs with the same flag;
// `node [flags] bin/newsgraph.js` chooses its own. The young generation starts at that size and the
// old one at 128 MB (V8 starts both small and grows them in steps): loading the models and tables
// of a cold `extract` (~75 MB that live to the end) then runs 8-9 scavenges and no full collection
// instead of 13-14 and 2, ~7% of its CPU time (seed article, 9 runs each, 2026-12-06); peak RSS of the
// one article unchanged (~145 MB).
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs through `prepare`) when it
// is current, else the TypeScript source through tsx. Compiled start-up skips ~0.3 s of transpiling;
// the bundled copy of the compiled CLI (dist/bundle/, scripts/bundle-cli.ts) another ~0.1 s of loading
// modules one by one; for `extract`, its own CommonJS file in the bundle (extract-cli.cjs) another
// ~0.1 CPU-s of linking the chunks. The staleness check (any src/**/*.ts newer than the build) keeps a developer who
// edited the source from silently running old code. NEWSGRAPH_SOURCE=1 forces the source.
// A V8 startup snapshot of `extract` with every model loaded and one warm-up document run was tried
// (2026-12-06): a 75 MB blob whose deserialisation (~0.25 CPU-s) and second node process (~0.1) cost
// what it saved, and V8 keeps no optimised code in it, so it was removed (see the session-7 notes).
// Session 21 measured it again on node 20.20 without the warm-up document (scripts/snapshot-probe.ts,
// eval/cold-start-21.md), started straight from the blob (no second process counted): the evaluated
// bundle alone (7.5 MB blob), with the tables and lexicons loaded (11.7 MB), with every model a
// snapshot can hold (38.9 MB; WebAssembly does not exist while one is built, so the parser and the
// NER MLP still load at run time) — CPU median 0.55 / 0.56 / 0.65 s against 0.50 s for this bin,
// 9 alternating runs. Deserialising the tables' Maps and strings costs what building them does (the
// blobs' start alone: +0.03 / +0.08 / +0.17 CPU-s over node's own), and the bundle's functions in a
// blob compile again lazily, without the code cache below.
// extract-cli.cjs runs with a V8 code cache made after a run (bin/code-cache.js): the bytecode of
// every function the run compiled, ~85 ms CPU of a cold extract (2026-12-06).
// Tiering for a short run. --interrupt-budget=540672 (8× V8's default): a function runs 8× longer in
// the interpreter before V8 compiles it with TurboFan. A cold extract of one article optimised
// hundreds of functions it then ran a few more times — 0.77 → 0.585 CPU-s median (seed article, 8
// alternating runs each, 2026-12-06: 4× 0.60, 16× 0.585, 32× 0.62, --no-opt 0.63); a long run still
// optimises its hot code after a few more iterations. A long batch gains
// more: `extract` of issue 19's side-by-side (595 articles, one thread, semi-space flags as above), 3 rounds
// each at load 4-6 (2026-12-07): median CPU 24.4 s at V8's default budget, 19.0 at 4×, 17.4 at 8×, 17.3
// at 16×, 17.8 at 32× (optimising on thin type feedback early costs a long run more than it saves).
// --no-turbo-inline-array-builtins: TurboFan does not inline map/filter/forEach… and their callbacks.
// Inlined, `map` hands out holey arrays where the builtin returns packed ones, so one call site makes
// two elements kinds and its readers deopt ("wrong map", session 20). Session 21 (issue 19): the
// compiled Wikinews bench (295 articles, whole pipeline) took less CPU with the flag in all 7
// alternating pairs (CPU-s without / with: 16.76 / 14.09, 17.05 / 15.67, 15.71 / 15.64, 15.56 /
// 15.19, 14.39 / 12.05, 17.48 / 14.49, 14.84 / 13.06; median ratio 1.14); cold start of the seed
// unchanged (CPU medians 0.57 / 0.57 and 0.61 / 0.60 s in two alternating runs of 7 and 11;
// eval/tagparse-speed-21.md).
// `node bin/newsgraph.js` runs without any of these flags; for `extract` it starts node again with
// them (bin/relaunch.js: ~0.05 CPU-s for the second process against ~0.2 CPU-s saved on one article).
// NO V8 flag is set at run time here. Session 8 also set --no-regexp-tier-up with v8.setFlagsFromString
// (a regular expression compiled to machine code at once); that crashed node with SIGSEGV in short
// runs — the flaky CLI test of sessions 11 and 12. Arms, `serve` refusing a missing database, 800
// runs each, 4 at a time on a loaded 2-core machine (2026-12-06, session 13): regexp flag set at run
// time + heap policy at run time 9 crashes; neither at run time 0; only the heap policy at run time
// (src/pipeline/heap-policy.ts) 0; only the regexp flag at run time 16. Session 12 had blamed the
// interrupt budget (6 crashes in 1,150 runs with both it and the regexp flag at run time). The
// regexp flag gave no measurable gain any more: cold extract of the seed article, 12 alternating runs,
// median 0.625 CPU-s without it, 0.645 with it on the command line.
// CommonJS (bin/package.json: "type": "commonjs"), not an ES module: an ES entry point made node load
// its ES-module loader and an ES facade of each built-in it imported (fs, url, path, module, vm), ~25 ms
// CPU of a cold extract, and extract itself runs CommonJS (extract-cli.cjs). The other commands are
// ES modules, imported dynamically as before.
// (No 'use strict' directive: the sh line's ':' is this file's first statement, and a directive only
// counts before any other; nothing here relies on strict mode.)
const { existsSync, readFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const compiled = join(root, 'dist', 'cli', 'main.js');
const bundled = join(root, 'dist', 'bundle', 'main.js');
const extractCli = join(root, 'dist', 'bundle', 'extract-cli.cjs');

/** Newest modification time (ms) of the non-test .ts files under dir; 0 when there are none. */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

// The list of sources the build wrote (scripts/bundle-cli.ts: dist/bundle/sources.json): stat-ing the
// listed files costs ~3 ms CPU where walking src/ with readdir cost ~10-15 (2026-12-07). It stands for
// the walk only while no directory of it changed since the listing (a file added, removed or renamed
// changes its directory's modification time); else, or without a list, the bin walks src/ as before.
const sourceList = join(root, 'dist', 'bundle', 'sources.json');
/** a directory changed this shortly before the listing may have changed during it (coarse file clocks) */
const LIST_SLACK_MS = 2000;

/** newestSource(src) from the build's list of sources, or null when the list may not hold every source now */
function newestListedSource(src) {
  let list;
  try {
    list = JSON.parse(readFileSync(sourceList, 'utf8'));
  } catch {
    return null;
  }
  if (!list || typeof list.listedAt !== 'number' || !Array.isArray(list.dirs) || !Array.isArray(list.files)) return null;
  const before = list.listedAt - LIST_SLACK_MS;
  let newest = 0;
  try {
    for (const d of list.dirs) if (!(statSync(join(src, d)).mtimeMs < before)) return null;
    for (const f of list.files) newest = Math.max(newest, statSync(join(src, f)).mtimeMs);
  } catch {
    return null; // a listed directory or file is gone
  }
  return newest;
}

/** The bundle, else the compiled CLI, whichever is current (built after the last source edit); null for none. */
function currentBuild(newest) {
  if (process.env.NEWSGRAPH_SOURCE === '1') return null;
  const built = [bundled, compiled].filter((f) => existsSync(f));
  return built.find((f) => newest <= statSync(f).mtimeMs) ?? null;
}

/** file URL of an absolute path, for import() (node:url only on the paths that import ES modules) */
const href = (file) => require('node:url').pathToFileURL(file).href;

async function main() {
  // plain `node bin/newsgraph.js extract` runs again with the shebang's V8 flags (bin/relaunch.js);
  // that child ends with its parent
  if (process.argv[2] === 'extract') {
    const relaunch = require('./relaunch.js');
    if (!relaunch.endWithParent() && (await relaunch.relaunchWithShebangFlags(__filename))) return;
  }
  const src = join(root, 'src');
  const newest = existsSync(src) ? (newestListedSource(src) ?? newestSource(src)) : 0;
  const build = currentBuild(newest);
  if (build === bundled && process.argv[2] === 'extract' && existsSync(extractCli)) {
    // with its V8 code cache (bin/code-cache.js), written after the first run of this build
    const { requireWithCodeCache } = require('./code-cache.js');
    const cli = requireWithCodeCache(extractCli);
    const { flagsChanged } = await cli.exports.runExtractCli(process.argv);
    cli.save(flagsChanged);
  } else if (build) {
    await import(href(build));
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(href(join(root, 'src', 'cli', 'main.ts')));
  }
}

// a failure ends the process as an uncaught error of an ES module's top-level await did
main().catch((e) => {
  process.exitCode = 1;
  throw e;
});
