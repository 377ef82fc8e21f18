// Whether `newsgraph extract` can start from the startup snapshot (dist/snapshot/, built by
// `npm run build` through scripts/build-snapshot.ts): a V8 heap saved after every model and table
// was loaded and the pipeline had run once on a warm-up text, so a cold extract skips loading them
// (src/cli/snapshot.ts). The snapshot holds what the files under data/ and models/ said when it was
// built; it is used only while all of them are as they were then (same names, sizes, modification
// times: any write, a retrained, corrupted or added file, changes one), with the node binary, the
// flags, the build and the environment it was made for. Anything else — or any doubt — and the
// caller takes the ordinary path, which reads the files themselves (a corrupt model: E021 as ever).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOT_DIR = ['dist', 'snapshot'];
export const SNAPSHOT_BLOB = 'newsgraph.blob';
export const SNAPSHOT_MANIFEST = 'manifest.json';

/** Environment variables the resources read when the pipeline is built (src/stages/resources.ts) or that change node itself. */
export const SNAPSHOT_BLOCKING_ENV = ['NEWSGRAPH_ACTORS', 'NEWSGRAPH_NER_MODEL', 'NEWSGRAPH_SOURCE', 'NODE_OPTIONS'];

/** The node flags in the first line of bin/newsgraph.js (`#!/usr/bin/env -S node <flags>`); the snapshot is built and run with them. */
export function shebangFlags(root) {
  const first = readFileSync(join(root, 'bin', 'newsgraph.js'), 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\S*env -S node((?:\s+--\S+)*)\s*$/.exec(first);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

/** [path relative to root, size, modification time in ms] of every file under data/ and models/, and package.json, sorted. */
export function inputStamps(root) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else {
        const st = statSync(join(root, r));
        out.push([r, st.size, st.mtimeMs]);
      }
    }
  };
  walk('data');
  walk('models');
  const pkg = statSync(join(root, 'package.json'));
  out.push(['package.json', pkg.size, pkg.mtimeMs]);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** What identifies the node binary a snapshot is tied to (a snapshot from another V8 fails to load). */
export function nodeIdentity() {
  const st = statSync(process.execPath);
  return { version: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath, size: st.size, mtimeMs: st.mtimeMs };
}

/** Newest modification time (ms) of the non-test .ts files under dir; 0 when there are none (the build is current when newer). */
export function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The snapshot to start `argv` (process.argv) from, as { blob, flags }, or null for the ordinary
 * path. `newestSource`: modification time of the newest source file (0 without src/); `execArgv`
 * the node flags this process was started with (none, or the shebang's: other flags are the
 * user's choice, and V8 refuses a snapshot made under other flags).
 */
export function usableSnapshot(root, { argv, env, execArgv, newestSource }) {
  try {
    if (argv[2] !== 'extract' || env.NEWSGRAPH_SNAPSHOT === '0') return null;
    if (SNAPSHOT_BLOCKING_ENV.some((k) => env[k] !== undefined && env[k] !== '')) return null;
    const dir = join(root, ...SNAPSHOT_DIR);
    const manifest = JSON.parse(readFileSync(join(dir, SNAPSHOT_MANIFEST), 'utf8'));
    if (execArgv.length && !same(execArgv, manifest.flags)) return null;
    if (manifest.root !== root || !same(manifest.node, nodeIdentity())) return null;
    const blob = join(dir, SNAPSHOT_BLOB);
    const st = statSync(blob);
    if (st.size !== manifest.blob.size || st.mtimeMs !== manifest.blob.mtimeMs || newestSource > manifest.builtFrom) return null;
    if (!same(inputStamps(root), manifest.inputs)) return null;
    return { blob, flags: manifest.flags };
  } catch {
    return null; // no snapshot, or an unreadable one: the ordinary path
  }
}
