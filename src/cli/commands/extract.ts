// `newsgraph extract [paths…]`: articles in, contract JSON out — one object for one article,
// JSON Lines for several. A bad article is reported on stderr as one line naming it and skipped;
// the others are still processed and the failures are summarised at the end (exit code 1).
// Bounded on any input: inputs are streamed, output waits for the reader (back-pressure), every
// article runs under a time budget (E051 and on to the next) and its contract is checked before it
// is written (E052).
// Where articles run: in this thread under a vm timeout (src/pipeline/budget.ts) unless --workers asks
// for more than one thread; then on a pool of worker threads. A batch used to run on one worker
// thread by default, which cost the whole-process run of issue 19's side-by-side (595 articles) a
// second isolate that loaded the code and models again (~40 MB peak RSS) and a structured clone of
// every contract document across threads (~0.8 s); output byte-identical either way. Once an article
// is cut off here, what the cut-off run left half-built (a lazily loaded model, a cache) is not
// trusted: the rest of the batch goes to a worker thread.
// An article that exhausts the heap in this thread ends the process (V8 aborts; nothing can catch
// it). What was written stays written: each document goes out with one blocking write before the next
// article starts. Under `node bin/newsgraph.js` the relaunch parent names the article (E053;
// src/cli/relaunch-parent.ts); `--resume FILE` (src/cli/resume.ts) then goes on after the documents
// already in FILE, running the articles left over on a worker thread until one succeeds: the one that
// exhausted the heap fails there alone (E050, named) and the rest run in this thread again.
import type { Command } from 'commander';
import { NewsgraphError } from '../../core/errors.js';
import { extractContract } from '../../ingest/extract-contract.js';
import { failureOf } from '../../ingest/failure.js';
import { WorkerPool } from '../../ingest/pool.js';
import { budgetExceededMessage, runWithinBudget } from '../../pipeline/budget.js';
import { stdoutWriter, type OutputStream } from '../../io/fd-writer.js';
import { DEFAULT_LIMITS, type InputLimits } from '../../io/limits.js';
import { readInputs, type InputArticle } from '../../io/read-inputs.js';
import { validatePublishedOption } from '../../io/published.js';
import type { ContractDoc } from '../../io/write-json.js';
import { formatters, type OutputFormat } from '../formats.js';
import { intOption } from '../int-option.js';
import { applyHeapPolicy } from '../../pipeline/heap-policy.js';
import { contentId } from '../../io/content-id.js';
import { announceArticle, orphaned, ORPHAN_EXIT } from '../relaunch-parent.js';
import { writtenIds } from '../resume.js';

export interface ExtractOptions {
  published?: string;
  format: string;
  pretty?: boolean;
  /** per-article time budget in ms (default 60000); 0 = no budget, extract in this thread */
  timeoutMs?: string;
  workers?: string;
  splitLong?: boolean;
  maxTextChars?: string;
  maxHtmlBytes?: string;
  maxHtmlDepth?: string;
  /** the JSON Lines output of an earlier run: skip the articles whose documents it holds */
  resume?: string;
}

export interface ExtractIo {
  readonly out: OutputStream;
  readonly err: (line: string) => void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, quotes, time expressions and events; print contract JSON')
    .argument('[paths...]', 'files or directories (.txt .html .json .jsonl .csv, RSS/Atom), or - for JSONL on stdin', ['-'])
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)')
    .option('--format <format>', `output format: ${Object.keys(formatters).join(', ')}`, 'json')
    .option('--pretty', 'indent JSON output')
    .option('--timeout-ms <n>', `time budget per article; over it the article fails with E051 (default ${DEFAULT_TIMEOUT_MS}; 0 = none, in-process)`)
    .option('--workers <n>', 'extraction threads (default 1: this thread; more: worker threads; output keeps the input order)')
    .option('--split-long', 'process a text over --max-text-chars in parts of whole paragraphs instead of refusing it (E009)')
    .option('--max-text-chars <n>', `largest article text after extraction (default ${DEFAULT_LIMITS.maxTextChars})`)
    .option('--max-html-bytes <n>', `largest HTML page (default ${DEFAULT_LIMITS.maxHtmlBytes})`)
    .option('--max-html-depth <n>', `HTML nesting kept; deeper tags are flattened (default ${DEFAULT_LIMITS.maxHtmlDepth})`)
    .option('--resume <file>', 'go on after a stopped run: skip the articles whose documents FILE (its JSON Lines output) holds; append to FILE')
    .action(async (paths: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(paths, opts);
    });
}

/** Resolves once `out` can take more (or is gone: a closed pipe ends the run, not the process). */
function drained(out: OutputStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}

export function limitsFrom(opts: Pick<ExtractOptions, 'maxTextChars' | 'maxHtmlBytes' | 'maxHtmlDepth'>): InputLimits {
  return {
    ...DEFAULT_LIMITS,
    maxTextChars: intOption(opts.maxTextChars, 'max-text-chars', 1, DEFAULT_LIMITS.maxTextChars),
    maxHtmlBytes: intOption(opts.maxHtmlBytes, 'max-html-bytes', 1, DEFAULT_LIMITS.maxHtmlBytes),
    maxHtmlDepth: intOption(opts.maxHtmlDepth, 'max-html-depth', 1, DEFAULT_LIMITS.maxHtmlDepth),
  };
}

export async function runExtract(paths: string[], opts: ExtractOptions, io: ExtractIo = { out: stdoutWriter(), err: (l) => process.stderr.write(l + '\n') }): Promise<number> {
  const { out, err } = io;
  let published: string | undefined;
  let timeoutMs: number;
  let workers: number;
  let limits: InputLimits;
  let done: Set<string> | null = null;
  try {
    if (opts.published !== undefined) published = validatePublishedOption(opts.published);
    if (!(opts.format in formatters)) {
      throw new NewsgraphError('E042', `--format expects one of ${Object.keys(formatters).join(', ')}, found "${opts.format}"`);
    }
    timeoutMs = intOption(opts.timeoutMs, 'timeout-ms', 0, DEFAULT_TIMEOUT_MS);
    workers = intOption(opts.workers, 'workers', 1, 1);
    limits = limitsFrom(opts);
    if (opts.resume !== undefined) {
      if (opts.format !== 'json' || opts.pretty) throw new NewsgraphError('E042', `--resume reads JSON Lines output: it needs --format json without --pretty, found --format ${opts.format}${opts.pretty ? ' --pretty' : ''}`);
      done = writtenIds(opts.resume);
    }
  } catch (e) {
    err(`newsgraph extract: ${(e as Error).message}`);
    return 2;
  }
  const format = formatters[opts.format as OutputFormat];
  let outClosed = false;
  const onOutError = () => (outClosed = true);
  out.on('error', onOutError);
  out.on('close', onOutError);
  // the worker pool starts with the first article that needs it (none while articles run in this thread)
  let pool: WorkerPool<ContractDoc> | null = null;
  const workerPool = () => (pool ??= new WorkerPool<ContractDoc>({ size: workers, timeoutMs, output: 'contract' }));
  // as from a worker: a coded error as it is, anything else E050 with where it was thrown (src/ingest/failure.ts)
  const failure = (e: unknown) => ({ ok: false as const, ...failureOf(e) });
  /** an article was cut off in this thread: later ones go to a worker (see the header) */
  let cutOff = false;
  /** resuming: the articles left over run on a worker until one succeeds (see the header) */
  let isolate = done !== null;
  const extractOne = async (a: InputArticle, only: boolean): Promise<{ ok: true; doc: ContractDoc } | { ok: false; code: string; message: string }> => {
    if (!only) applyHeapPolicy(); // a batch: see src/pipeline/heap-policy.ts (idempotent)
    if (!isolate && (timeoutMs === 0 || only || (workers === 1 && !cutOff))) {
      announceArticle(a.source);
      try {
        if (timeoutMs === 0) return { ok: true, doc: extractContract(a) };
        const r = runWithinBudget(() => extractContract(a), timeoutMs);
        if (!r.ok) cutOff = true;
        return r.ok ? { ok: true, doc: r.value } : { ok: false, code: 'E051', message: budgetExceededMessage(timeoutMs) };
      } catch (e) {
        return failure(e);
      }
    }
    const r = await workerPool().run(a);
    if (r.ok) isolate = false;
    return r.ok ? { ok: true, doc: r.doc } : { ok: false, code: r.code, message: r.message };
  };

  let ok = 0;
  let skipped = 0;
  const failures: { source: string; code: string }[] = [];
  let first = true;
  const write = async (source: string, r: Awaited<ReturnType<typeof extractOne>>) => {
    if (!r.ok) {
      failures.push({ source, code: r.code });
      // one line naming the article and the code (a coded error's message starts with its code and names its input)
      err(`newsgraph extract: ${r.message.startsWith(r.code) ? r.message : `${source}: ${r.code} ${r.message}`}`);
      return;
    }
    const text = format(r.doc, { pretty: !!opts.pretty, first });
    first = false;
    ok++;
    if (text && !outClosed && !out.write(text)) await drained(out);
  };
  // articles in flight, in input order: output order never depends on which worker finishes first
  const pending: { source: string; result: Promise<Awaited<ReturnType<typeof extractOne>>> }[] = [];
  const items = readInputs(paths, { ...(published ? { published } : {}), limits, ...(opts.splitLong ? { splitLong: true } : {}) });
  try {
    // standard input is streamed: no looking ahead there (an article is not held back for the next line)
    for (const { item, only } of markOnly(items, !paths.includes('-'))) {
      if (outClosed) break;
      // `node bin/newsgraph.js extract` whose waiting parent was killed: stop (bin/relaunch.js)
      if (orphaned()) return ORPHAN_EXIT;
      if (!item.ok) {
        pending.push({ source: item.source, result: Promise.resolve({ ok: false, code: item.error.code, message: item.error.message }) });
      } else if (done?.has(item.article.id ?? contentId(item.article.text))) {
        skipped++;
      } else {
        pending.push({ source: item.article.source, result: extractOne(item.article, only) });
      }
      while (pending.length >= workers * 2 || (!pool && pending.length)) {
        const head = pending.shift()!;
        await write(head.source, await head.result);
      }
    }
    while (pending.length) {
      const head = pending.shift()!;
      await write(head.source, await head.result);
    }
  } finally {
    await (pool as WorkerPool<ContractDoc> | null)?.close();
    out.off('error', onOutError);
    out.off('close', onOutError);
  }
  if (skipped) err(`newsgraph extract: ${skipped} article(s) skipped: already in ${opts.resume}`);
  if (failures.length) {
    const byCode = new Map<string, number>();
    for (const f of failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    err(`newsgraph extract: ${ok} article(s) done, ${failures.length} failed (${[...byCode].map(([c, n]) => `${c} ×${n}`).join(', ')})`);
    return 1;
  }
  if (ok === 0 && skipped === 0) {
    err('newsgraph extract: no articles found in the given inputs');
    return 1;
  }
  return 0;
}

/**
 * The items, each marked `only` when it is the one item of the inputs (known by reading one item
 * ahead; with lookahead false, as for a stream, no item is).
 */
function* markOnly<T>(items: Iterable<T>, lookahead: boolean): Generator<{ item: T; only: boolean }> {
  if (!lookahead) {
    for (const item of items) yield { item, only: false };
    return;
  }
  const it = items[Symbol.iterator]();
  const first = it.next();
  if (first.done) return;
  const second = it.next();
  yield { item: first.value, only: !!second.done };
  if (second.done) return;
  yield { item: second.value, only: false };
  for (let n = it.next(); !n.done; n = it.next()) yield { item: n.value, only: false };
}
