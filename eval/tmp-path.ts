// Where evaluation scripts write their prediction and cache files: a /tmp folder per checkout, so
// evaluations run from two worktrees at once (parallel engineers) never read each other's files.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function evalTmp(name: string): string {
  const dir = join(tmpdir(), `newsgraph-${basename(process.cwd())}`);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
