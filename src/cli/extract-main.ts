// `newsgraph extract` alone, as one CommonJS file (scripts/bundle-cli.ts: dist/bundle/extract-cli.cjs),
// which bin/newsgraph.js runs for `extract`: the program with only that command, no top-level await.
// A cold extract paid ~0.1 CPU-s of its ~0.95 for loading the ES-module bundle (its chunks linked
// one by one, commander's CommonJS read through the ES-module interop); the CommonJS file is one
// compile (2026-12-06, seed article, 7 alternating runs under load: 0.86 CPU-s median against 0.97).
import { registerExtract } from './commands/extract.js';
import { newsgraphProgram } from './program.js';
import { heapPolicyApplied } from '../pipeline/heap-policy.js';

/**
 * Runs `newsgraph extract …`; argv as process.argv (node, script, 'extract', …). Resolves to whether
 * the run changed V8 flags (a batch applies the heap policy): bin/code-cache.js then writes no cache.
 */
export async function runExtractCli(argv: readonly string[]): Promise<{ flagsChanged: boolean }> {
  const program = newsgraphProgram();
  registerExtract(program);
  await program.parseAsync([...argv]);
  return { flagsChanged: heapPolicyApplied() };
}
