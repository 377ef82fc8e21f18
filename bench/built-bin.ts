// What the whole-process harnesses (side-by-side.ts, warm-up.ts) need to know about the built bin:
// the V8 flags of its shebang line (read from the file, so a harness cannot drift from what the
// installed `newsgraph` command runs) and whether the build is current (bin/newsgraph.js runs the
// TypeScript source through tsx when a source is newer than the build: a harness would time tsx's loader).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest non-test .ts file under dir (the rule of bin/newsgraph.js's staleness check). */
export function newestSource(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const n = e.isDirectory() ? newestSource(p) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? { file: p, mtimeMs: statSync(p).mtimeMs } : null;
    if (n && n.mtimeMs > newest.mtimeMs) newest = n;
  }
  return newest;
}

/** The node flags of a bin's shebang line (`#!/usr/bin/env -S node --flag …`), or null when it has no such line. */
export function shebangFlags(file: string): string[] | null {
  const line = readFileSync(file, 'utf8').split('\n', 1)[0]!;
  const m = /^#!\S*env -S node((?: --\S+)*)\s*$/.exec(line);
  return m ? m[1]!.trim().split(/\s+/).filter(Boolean) : null;
}

/** Why the build under root cannot be timed (missing, or older than a source file), or null when it can. */
export function buildProblem(root: string): string | null {
  const bundle = join(root, 'dist', 'bundle', 'main.js');
  if (!existsSync(bundle)) return 'newsgraph is not built: run `npm run build` first';
  const stale = newestSource(join(root, 'src'));
  return stale.mtimeMs > statSync(bundle).mtimeMs ? `the build is older than ${stale.file}: run \`npm run build\` first` : null;
}
