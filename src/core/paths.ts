// Where the repository's data/ and models/ are, whether running from src/ (tsx) or dist/ (built),
// and where ../shared is for evaluation, tests and training (NEWSGRAPH_SHARED overrides it).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('newsgraph: cannot find the package root (package.json + data/)');
}

export const repoRoot = findRoot();
export const dataPath = (...parts: string[]) => join(repoRoot, 'data', ...parts);
export const modelPath = (...parts: string[]) => join(repoRoot, 'models', ...parts);
export const sharedRoot = resolve(process.env.NEWSGRAPH_SHARED ?? join(repoRoot, '..', 'shared'));
export const sharedPath = (...parts: string[]) => join(sharedRoot, ...parts);
export const hasShared = () => existsSync(sharedRoot);
