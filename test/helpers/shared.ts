// The tests that read ../shared (the evaluation corpora and the seed article, never copied into the
// repository; src/core/paths.ts, NEWSGRAPH_SHARED overrides where it is) ask here whether an input is
// there. A clone outside the workplace has no ../shared: those tests skip, and a warning names the
// missing input. CI always has ../shared, so there a skip would hide a failure: when
// NEWSGRAPH_REQUIRE_SHARED=1 (.ci/run sets it) or CI is set, a missing input throws instead, failing
// the test file that needs it (and test/shared-guard.test.ts fails when ../shared itself is missing).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { sharedRoot } from '../../src/core/paths.js';

/** Whether this run must have ../shared: NEWSGRAPH_REQUIRE_SHARED=1, or CI set (NEWSGRAPH_REQUIRE_SHARED=0 opts out). */
export function sharedRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NEWSGRAPH_REQUIRE_SHARED === '1') return true;
  if (env.NEWSGRAPH_REQUIRE_SHARED === '0') return false;
  return !!env.CI && env.CI !== 'false' && env.CI !== '0';
}

/** An input of ../shared as a message names it: ../shared/examples/seed/article.txt */
export const sharedName = (path: string): string => ['../shared', relative(sharedRoot, path)].filter(Boolean).join('/');

/** Why a test that needs the input at `path` (a sharedPath) is skipped. */
export const missingShared = (path: string): string => `skipped: ${sharedName(path)} is not here (no ${sharedRoot})`;

const warned = new Set<string>();

/**
 * Whether the input at `path` (a sharedPath) is here. When it is not: throws where ../shared is
 * required (sharedRequired), else warns once naming it and what the tests do without it
 * (`without`), and the caller skips what needs it.
 */
export function sharedPresent(path: string, without = 'the tests that need it are skipped'): boolean {
  if (existsSync(path)) return true;
  if (sharedRequired()) {
    throw new Error(`${sharedName(path)} is missing (${path}), and this run requires ../shared (NEWSGRAPH_REQUIRE_SHARED=1 or CI): a test that needs it would be skipped and could hide a failure`);
  }
  if (!warned.has(path)) {
    warned.add(path);
    console.warn(`${sharedName(path)} is not here (no ${sharedRoot}): ${without}`);
  }
  return false;
}
