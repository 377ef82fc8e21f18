// What the whole-process harnesses (side-by-side.ts, warm-up.ts) need to know about the built bin:
// the V8 flags of its shebang line (read from the file, so a harness cannot drift from what the
// installed `newsgraph` command runs) and whether the build is current (bin/newsgraph.js runs the
// TypeScript source through tsx when a source is newer than the build: a harness would time tsx's loader).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../src/core/paths.js';

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

// bin/relaunch.js reads the flags for the bin itself; the bench uses that one reader. The bench is
// compiled to dist/bench, where a relative import of bin/ would not resolve: it is required by its
// path from the repository root (CommonJS, bin/package.json).
const relaunch = createRequire(import.meta.url)(join(repoRoot, 'bin', 'relaunch.js')) as { shebangFlags(file: string): string[] | null };

/** The node flags a bin starts node with (its shebang, or the exec line after "#!/bin/sh"), or null when it names none. */
export function shebangFlags(file: string): string[] | null {
  return relaunch.shebangFlags(file);
}

/** Why the build under root cannot be timed (missing, or older than a source file), or null when it can. */
export function buildProblem(root: string): string | null {
  const bundle = join(root, 'dist', 'bundle', 'main.js');
  if (!existsSync(bundle)) return 'newsgraph is not built: run `npm run build` first';
  const stale = newestSource(join(root, 'src'));
  return stale.mtimeMs > statSync(bundle).mtimeMs ? `the build is older than ${stale.file}: run \`npm run build\` first` : null;
}
