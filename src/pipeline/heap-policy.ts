// How far V8 lets the heap grow past what survived the last full collection. A pipeline run
// allocates a lot that dies with its document (tokens, features, parse states) and keeps ~75 MB
// of models, lexicons and caches; on a machine with several GB, V8 lets the old generation grow to
// up to 4× the live size before collecting it, so the process's peak RSS was mostly dead documents.
// 30% growth keeps the peak of the Wikinews bench ~30 MB lower (269–271 MB against 289–316, compiled
// loop, 2026-12-05) for about the same CPU time (more, smaller major collections; fewer pages touched).
// The flag is process-wide and read at each collection, so it also holds for the worker threads
// (extract batches, ingest, serve); NODE_OPTIONS or a command-line --heap-growing-percent wins.
// Setting a V8 flag after start-up can crash node (Node's documentation says so; --no-regexp-tier-up set
// that way did, bin/newsgraph.js). This one showed no crash: `serve` refusing a missing database, 800
// runs 4 at a time on a loaded machine with only this flag set at run time, 0 crashes against 16 with
// only the regexp flag (2026-12-06). It is read at each collection, not by the compilers.
import { v8 } from '../core/lazy-builtins.js';

export const HEAP_GROWING_PERCENT = 30;

/** the growing factor already set in this process (extract applies the policy once a batch starts) */
let appliedPercent = -1;

/** Applies the newsgraph heap policy to this process unless the user chose a growing factor. */
export function applyHeapPolicy(percent = HEAP_GROWING_PERCENT): void {
  if (appliedPercent === percent) return;
  appliedPercent = percent;
  const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--heap[-_]growing[-_]percent/.test(a));
  if (!chosen) v8().setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** Whether this process changed a V8 flag at run time (bin/code-cache.js: V8 stamps a code cache with the flags). */
export function heapPolicyApplied(): boolean {
  return appliedPercent !== -1;
}
