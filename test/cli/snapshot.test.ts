// The startup snapshot of extract (bin/snapshot.js): used only while every file under data/ and
// models/ is as it was when it was built, with the same node, flags and environment; otherwise the
// ordinary path. And from the snapshot, extract prints what the ordinary path prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputStamps, newestSource, nodeIdentity, usableSnapshot, type SnapshotManifest } from '../../bin/snapshot.js';
import { repoRoot } from '../../src/core/paths.js';

const FLAGS = ['--max-semi-space-size=8'];

/** A package root with one data file, one model file and a snapshot built from them. */
function fakeRoot() {
  const root = mkdtempSync(join(tmpdir(), 'ng-snapshot-'));
  mkdirSync(join(root, 'data', 'actors'), { recursive: true });
  mkdirSync(join(root, 'models'), { recursive: true });
  mkdirSync(join(root, 'dist', 'snapshot'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}');
  writeFileSync(join(root, 'data', 'actors', 'countries.tsv'), '# source: test\nname\n');
  writeFileSync(join(root, 'models', 'tagger.bin'), 'model bytes');
  const blob = join(root, 'dist', 'snapshot', 'newsgraph.blob');
  writeFileSync(blob, 'heap');
  const manifest: SnapshotManifest = {
    root,
    node: nodeIdentity(),
    flags: FLAGS,
    builtFrom: Date.now(),
    blob: { size: 4, mtimeMs: statSync(blob).mtimeMs },
    inputs: inputStamps(root),
  };
  writeFileSync(join(root, 'dist', 'snapshot', 'manifest.json'), JSON.stringify(manifest));
  return { root, blob };
}

const run = (over: Partial<Parameters<typeof usableSnapshot>[1]> = {}) => ({
  argv: ['node', 'bin/newsgraph.js', 'extract', 'a.txt'],
  env: {},
  execArgv: [],
  newestSource: 0,
  ...over,
});

describe('bin/snapshot.js: when extract may start from the snapshot', () => {
  it('uses a snapshot made from the files as they are, for extract only', () => {
    const { root, blob } = fakeRoot();
    expect(usableSnapshot(root, run())).toEqual({ blob, flags: FLAGS });
    expect(usableSnapshot(root, run({ execArgv: FLAGS }))).toEqual({ blob, flags: FLAGS });
    expect(usableSnapshot(root, run({ argv: ['node', 'bin/newsgraph.js', 'parse', 'a.txt'] }))).toBeNull();
  });

  it('falls back when a model file is touched (a retrained or corrupted model is read itself: E021 stays)', () => {
    const { root } = fakeRoot();
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'models', 'tagger.bin'), later, later);
    expect(usableSnapshot(root, run())).toBeNull();
  });

  it('falls back when a data file is rewritten or added, or the source is newer', () => {
    const edited = fakeRoot();
    writeFileSync(join(edited.root, 'data', 'actors', 'countries.tsv'), '# source: test\nname\nFrance\n');
    expect(usableSnapshot(edited.root, run())).toBeNull();
    const added = fakeRoot();
    writeFileSync(join(added.root, 'data', 'actors', 'user.tsv'), '# source: me\nname\n');
    expect(usableSnapshot(added.root, run())).toBeNull();
    const { root } = fakeRoot();
    expect(usableSnapshot(root, run({ newestSource: Date.now() + 60_000 }))).toBeNull();
  });

  it('falls back for other node flags, NODE_OPTIONS, the resources variables and NEWSGRAPH_SNAPSHOT=0', () => {
    const { root } = fakeRoot();
    expect(usableSnapshot(root, run({ execArgv: ['--trace-gc'] }))).toBeNull();
    for (const k of ['NODE_OPTIONS', 'NEWSGRAPH_ACTORS', 'NEWSGRAPH_NER_MODEL', 'NEWSGRAPH_SOURCE']) {
      expect(usableSnapshot(root, run({ env: { [k]: '1' } }))).toBeNull();
    }
    expect(usableSnapshot(root, run({ env: { NEWSGRAPH_SNAPSHOT: '0' } }))).toBeNull();
  });

  it('falls back for another blob or another node binary', () => {
    const other = fakeRoot();
    writeFileSync(other.blob, 'other heap');
    expect(usableSnapshot(other.root, run())).toBeNull();
    const { root } = fakeRoot();
    const m = JSON.parse(readFileSync(join(root, 'dist', 'snapshot', 'manifest.json'), 'utf8')) as SnapshotManifest;
    writeFileSync(join(root, 'dist', 'snapshot', 'manifest.json'), JSON.stringify({ ...m, node: { ...m.node, version: 'v0.0.0' } }));
    expect(usableSnapshot(root, run())).toBeNull();
  });
});

const bin = join(repoRoot, 'bin', 'newsgraph.js');
const built = usableSnapshot(repoRoot, run({ newestSource: newestSource(join(repoRoot, 'src')) })) !== null;

describe.skipIf(!built)('extract from the snapshot (after `npm run build`)', () => {
  it('prints what the ordinary path prints, byte for byte, and the same errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-snapshot-run-'));
    writeFileSync(join(dir, 'a.txt'), 'The U.N. envoy said on Monday that talks in Geneva would resume.\n"We are ready," she told reporters. Rebels attacked the town.\n');
    for (const args of [['extract', join(dir, 'a.txt'), '--published', '2025-03-10'], ['extract', join(dir, 'missing.txt')], ['extract', join(dir, 'a.txt'), '--format', 'xml']]) {
      const snap = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
      const plain = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEWSGRAPH_SNAPSHOT: '0' } });
      expect(snap.status).toBe(plain.status);
      expect(snap.stdout).toBe(plain.stdout);
      expect(snap.stderr).toBe(plain.stderr);
    }
  }, 240_000);
});
