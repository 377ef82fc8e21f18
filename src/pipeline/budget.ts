// The per-article time budget (E051), for an extraction run in the calling thread. Worker threads
// enforce it by terminating the worker (src/ingest/pool.ts); `newsgraph extract` runs a single
// article and, since session 17, a whole batch here, one article after another, rather than in a
// worker (a worker re-imports the whole pipeline and loads the models again — ~0.1 CPU-s per run,
// 35–45 MB for a batch — and every result crosses threads by structured clone). Synchronous code
// cannot be interrupted by a timer, but V8 can terminate a script run through node:vm with a
// timeout, and everything it calls with it: each article's extraction is called from a one-line
// script in an empty context (made once per process). What a cut-off run leaves half-built (a lazily
// loaded model, a cache) must not be trusted afterwards: extract sends the rest of its batch to a
// worker. The budget bounds time only: an article that exhausts the heap here ends the process, which
// no code in it can catch (extract's header: what is kept, who names the article, --resume).
import { createContext, Script, type Context } from 'node:vm';

/** The message of an article over its budget (E051), the same from a worker and from this thread. */
export function budgetExceededMessage(timeoutMs: number): string {
  return `extraction took longer than ${timeoutMs} ms (the per-article time budget); skipped`;
}

export type BudgetResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly ms: number };

// made on first use: a process that never runs a budgeted call never compiles it
let call: Script | undefined;
let context: (Context & { run?: () => unknown }) | undefined;

/**
 * Runs f in this thread; cut off after timeoutMs (ok: false). Errors thrown by f propagate.
 * timeoutMs must be a positive whole number (0 means no budget: call f directly).
 */
export function runWithinBudget<T>(f: () => T, timeoutMs: number): BudgetResult<T> {
  context ??= createContext({});
  call ??= new Script('run()', { filename: 'newsgraph-budget' });
  // process.hrtime, not performance.now: the global `performance` loads node's perf_hooks modules on
  // first use, ~4 ms of CPU in a cold extract of one article (2026-12-07)
  const t0 = process.hrtime.bigint();
  context.run = f;
  try {
    return { ok: true, value: call.runInContext(context, { timeout: timeoutMs }) as T };
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { ok: false, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
    throw e;
  } finally {
    context.run = undefined;
  }
}
