// `npm run build:snapshot` (opt-in, after `npm run build`): the startup snapshot of `newsgraph
// extract` (dist/snapshot/, a build output like dist/bundle: ~75 MB, not in git; rebundling removes
// it). Not part of the default build: measured on the seed article (2026-12-06, loaded machine, 9
// alternating runs each) it cost as much as it saved — 0.93 CPU-s median against 0.94, wall the
// same, peak RSS 230 MB against 140. Loading the 75 MB heap costs ~0.25 CPU-s (two thirds of it the
// models' typed arrays, copied from the blob) and the second node process ~0.1: about what it
// saves in reading and indexing files; the pipeline's first run still runs unoptimised code (V8
// keeps no compiled code in a snapshot). What would make it pay: a heap without the models' arrays
// (read from their files after the start), and one node process instead of two. src/cli/snapshot.ts, compiled by tsc, is bundled
// with the packages it uses into one CommonJS script (Node 20 snapshots one script: no ES modules,
// no top-level await) and run under `node --build-snapshot` with the node flags of bin/newsgraph.js
// (V8 refuses a snapshot under other flags). The manifest beside it records what bin/snapshot.js
// checks before using it: the node binary, the flags, the build time, the blob, and the size and
// modification time of every file under data/ and models/ — taken before and after the build, so
// a file written meanwhile leaves no snapshot. Without esbuild or dist/ (or when node fails to
// build it) there is no snapshot and extract takes the ordinary path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../src/core/paths.js';
import { inputStamps, nodeIdentity, shebangFlags, SNAPSHOT_BLOB, SNAPSHOT_BLOCKING_ENV, SNAPSHOT_DIR, SNAPSHOT_MANIFEST, type SnapshotManifest } from '../bin/snapshot.js';

export const SNAPSHOT_PATH = join(repoRoot, ...SNAPSHOT_DIR);
const ENTRY = join(repoRoot, 'dist', 'cli', 'snapshot.js');
/** the bundle bin/newsgraph.js runs: module URLs in the snapshot point there (the worker pool starts ./worker.js beside it) */
const BUNDLE_MAIN = join(repoRoot, 'dist', 'bundle', 'main.js');

/** Builds dist/snapshot/; returns the blob's size in bytes, or null with the reason when there is none. */
export async function buildSnapshot(): Promise<{ bytes: number } | { skipped: string }> {
  rmSync(SNAPSHOT_PATH, { recursive: true, force: true });
  if (!existsSync(ENTRY) || !existsSync(BUNDLE_MAIN)) return { skipped: 'no dist/cli/snapshot.js or dist/bundle' };
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return { skipped: 'no esbuild' };
  }
  const builtFrom = Date.now();
  mkdirSync(SNAPSHOT_PATH, { recursive: true });
  const script = join(SNAPSHOT_PATH, 'entry.cjs');
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [ENTRY],
    outfile: script,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import.meta does not exist in CommonJS: module URLs are the bundle's (src/core/paths.ts finds
    // the repository from there; src/ingest/pool.ts its worker)
    define: { 'import.meta.url': '__newsgraphModuleUrl' },
    banner: { js: `var __newsgraphModuleUrl = ${JSON.stringify(pathToFileURL(BUNDLE_MAIN).href)};` },
    logLevel: 'error',
  });
  const flags = shebangFlags(repoRoot);
  const env = { ...process.env };
  for (const k of [...SNAPSHOT_BLOCKING_ENV, 'NEWSGRAPH_SNAPSHOT']) delete env[k];
  const before = inputStamps(repoRoot);
  const tmp = join(SNAPSHOT_PATH, `${SNAPSHOT_BLOB}.tmp`);
  const r = spawnSync(process.execPath, [...flags, '--snapshot-blob', tmp, '--build-snapshot', script], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !existsSync(tmp)) {
    rmSync(SNAPSHOT_PATH, { recursive: true, force: true });
    return { skipped: `node --build-snapshot failed (${r.signal ?? `exit ${r.status}`}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}` };
  }
  if (JSON.stringify(inputStamps(repoRoot)) !== JSON.stringify(before)) {
    rmSync(SNAPSHOT_PATH, { recursive: true, force: true });
    return { skipped: 'a file under data/ or models/ changed while the snapshot was built' };
  }
  const blob = join(SNAPSHOT_PATH, SNAPSHOT_BLOB);
  renameSync(tmp, blob);
  const st = statSync(blob);
  const manifest: SnapshotManifest = { root: repoRoot, node: nodeIdentity(), flags, builtFrom, blob: { size: st.size, mtimeMs: st.mtimeMs }, inputs: before };
  writeFileSync(join(SNAPSHOT_PATH, SNAPSHOT_MANIFEST), JSON.stringify(manifest, null, 1) + '\n');
  return { bytes: st.size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const r = await buildSnapshot();
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log('bytes' in r ? `dist/snapshot: ${(r.bytes / 1e6).toFixed(1)} MB in ${secs} s` : `dist/snapshot: skipped (${r.skipped}); extract starts without it`);
}
