#!/usr/bin/env -S node --max-semi-space-size=8 --min-semi-space-size=8 --initial-old-space-size=128
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
// `extract` starts from a startup snapshot when `npm run build:snapshot` made one and it is current
// (bin/snapshot.js decides; NEWSGRAPH_SNAPSHOT=0 turns it off): a second node process that skips
// loading the models and tables. Opt-in: on the seed article it cost as much CPU as it saved
// (2026-12-06, see scripts/build-snapshot.ts); without dist/snapshot/ nothing of it is loaded.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { newestSource, SNAPSHOT_DIR, SNAPSHOT_MANIFEST, usableSnapshot } from './snapshot.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const compiled = join(root, 'dist', 'cli', 'main.js');
const bundled = join(root, 'dist', 'bundle', 'main.js');
const extractCli = join(root, 'dist', 'bundle', 'extract-cli.cjs');

/** The bundle, else the compiled CLI, whichever is current (built after the last source edit); null for none. */
function currentBuild(newest) {
  if (process.env.NEWSGRAPH_SOURCE === '1') return null;
  const built = [bundled, compiled].filter((f) => existsSync(f));
  return built.find((f) => newest <= statSync(f).mtimeMs) ?? null;
}

/** The startup snapshot to run this command from, or null (none built, or not usable for it). */
function snapshotFor(newest) {
  if (process.argv[2] !== 'extract' || !existsSync(join(root, ...SNAPSHOT_DIR, SNAPSHOT_MANIFEST))) return null;
  return usableSnapshot(root, { argv: process.argv, env: process.env, execArgv: process.execArgv, newestSource: newest });
}

/** Runs this command from the snapshot in a child process and exits as it did; false when it could not start. */
async function runFromSnapshot({ blob, flags }) {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, [...flags, '--snapshot-blob', blob, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.error) return false;
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 1;
  return true;
}

const src = join(root, 'src');
const newest = existsSync(src) ? newestSource(src) : 0;
const build = currentBuild(newest);
const snapshot = build === bundled ? snapshotFor(newest) : null;
if (snapshot && (await runFromSnapshot(snapshot))) {
  // done: the child wrote the output
} else if (build === bundled && process.argv[2] === 'extract' && existsSync(extractCli)) {
  await createRequire(import.meta.url)(extractCli).runExtractCli(process.argv);
} else if (build) {
  await import(pathToFileURL(build).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
