// bin/newsgraph.js decides whether the build is current (no source edited after it) from the list of
// sources the build wrote (dist/bundle/sources.json) while no listed directory changed since, and
// walks src/ otherwise. A copy of the bin in a made-up checkout: dist/bundle/main.js and
// dist/cli/main.js print which one ran; the bundle is older than the compiled CLI.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';

const now = Date.now() / 1000;
const at = (file: string, secondsAgo: number) => utimesSync(file, now - secondsAgo, now - secondsAgo);

/** a checkout with src/a.ts (300 s old), the bundle built 100 s ago, the compiled CLI 50 s ago */
function checkout(list: { dirs: string[]; files: string[] } | null): string {
  const root = mkdtempSync(join(tmpdir(), 'ng-source-list-'));
  for (const d of ['bin', 'src', 'dist/bundle', 'dist/cli']) mkdirSync(join(root, d), { recursive: true });
  for (const f of ['newsgraph.js', 'code-cache.js', 'package.json']) copyFileSync(join(repoRoot, 'bin', f), join(root, 'bin', f));
  writeFileSync(join(root, 'src', 'a.ts'), 'export {};\n');
  writeFileSync(join(root, 'src', 'a.test.ts'), 'export {};\n');
  at(join(root, 'src', 'a.ts'), 300);
  at(join(root, 'src', 'a.test.ts'), 300);
  writeFileSync(join(root, 'dist', 'bundle', 'main.js'), 'console.log("bundle");\n');
  writeFileSync(join(root, 'dist', 'cli', 'main.js'), 'console.log("compiled");\n');
  if (list) writeFileSync(join(root, 'dist', 'bundle', 'sources.json'), JSON.stringify({ listedAt: Date.now(), ...list }));
  at(join(root, 'dist', 'bundle', 'main.js'), 100);
  at(join(root, 'dist', 'cli', 'main.js'), 50);
  at(join(root, 'src'), 300);
  return root;
}

const ran = (root: string) => spawnSync(process.execPath, [join(root, 'bin', 'newsgraph.js'), '--version'], { encoding: 'utf8' }).stdout.trim();

describe('bin/newsgraph.js source check', () => {
  it('runs the bundle when no source is newer, with or without the list', () => {
    expect(ran(checkout({ dirs: [''], files: ['a.ts'] }))).toBe('bundle');
    expect(ran(checkout(null))).toBe('bundle');
  });

  it('takes the newest source from the list while its directories are unchanged', () => {
    // a listed file the walk skips (a test file), edited after the bundle: only the list sees it
    const root = checkout({ dirs: [''], files: ['a.ts', 'a.test.ts'] });
    at(join(root, 'src', 'a.test.ts'), 75);
    at(join(root, 'src'), 300);
    expect(ran(root)).toBe('compiled');
  });

  it('sees a source edited in place after the build through the list', () => {
    const root = checkout({ dirs: [''], files: ['a.ts'] });
    at(join(root, 'src', 'a.ts'), 75);
    expect(ran(root)).toBe('compiled');
  });

  it('walks src/ when a directory changed after the listing (a file added the list does not name)', () => {
    const root = checkout({ dirs: [''], files: ['a.ts'] });
    writeFileSync(join(root, 'src', 'b.ts'), 'export {};\n');
    at(join(root, 'src', 'b.ts'), 75); // src/ itself now changed: its modification time is now
    expect(ran(root)).toBe('compiled');
  });

  it('walks src/ when a listed file is gone', () => {
    const root = checkout({ dirs: [''], files: ['a.ts', 'gone.ts'] });
    writeFileSync(join(root, 'src', 'c.ts'), 'export {};\n');
    at(join(root, 'src', 'c.ts'), 75);
    at(join(root, 'src'), 300); // the directory looks unchanged: only the missing file sends the bin to the walk
    expect(ran(root)).toBe('compiled');
  });
});
