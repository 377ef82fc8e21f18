// The ingest loop: input items → (skip what is stored) → extraction on the worker pool → batches
// written in one transaction each. Because every batch commits atomically and dedup is by URL and
// content hash, a run killed at any moment keeps what it committed and a rerun only does the rest.
// Library code: progress goes to a callback, never to the terminal.
import type { InputItem } from '../io/read-inputs.js';
import { contentHash, normaliseUrl } from '../store/keys.js';
import type { BatchItem, Store } from '../store/store.js';
import { WorkerPool } from './pool.js';

export interface IngestOptions {
  readonly workers: number;
  /** articles per transaction */
  readonly batchSize?: number;
  /** also commit a partial batch after this many milliseconds */
  readonly flushMs?: number;
  readonly timeoutMs?: number;
  /** re-extract articles that failed in an earlier run (default: skip them, so a rerun changes nothing) */
  readonly retryFailed?: boolean;
  readonly extractor?: string;
  readonly onProgress?: (p: IngestProgress) => void;
  /** called once for each input that failed in this run (reading or extraction), so the caller can name it */
  readonly onFailure?: (f: { readonly source: string; readonly code: string; readonly message: string }) => void;
}

export interface IngestProgress {
  /** input items finished (stored, skipped or failed) */
  readonly processed: number;
  readonly inserted: number;
  readonly duplicates: number;
  readonly alreadyStored: number;
  readonly errors: number;
}

export interface IngestSummary extends IngestProgress {
  readonly read: number;
  /** failures recorded by an earlier run and skipped this time */
  readonly skippedFailed: number;
  readonly extracted: number;
  readonly batches: number;
  readonly elapsedMs: number;
  /** summed worker time spent in extraction */
  readonly extractMs: number;
  readonly workers: number;
}

export async function runIngest(store: Store, items: Iterable<InputItem>, opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const batchSize = opts.batchSize ?? 100;
  const flushMs = opts.flushMs ?? 2000;
  const c = { read: 0, processed: 0, inserted: 0, duplicates: 0, alreadyStored: 0, errors: 0, skippedFailed: 0, extracted: 0, batches: 0, extractMs: 0 };
  const progress = () => opts.onProgress?.({ processed: c.processed, inserted: c.inserted, duplicates: c.duplicates, alreadyStored: c.alreadyStored, errors: c.errors });

  let batch: BatchItem[] = [];
  let lastFlush = performance.now();
  const flush = async () => {
    lastFlush = performance.now();
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    const r = await store.writeBatch(b);
    c.batches++;
    c.inserted += r.inserted;
    c.duplicates += r.duplicates;
    c.errors += r.errors;
    progress();
  };
  const maybeFlush = async () => {
    if (batch.length >= batchSize || (batch.length > 0 && performance.now() - lastFlush >= flushMs)) await flush();
  };

  // seen in this run but maybe not committed yet: same text or URL twice in the input
  const runHashes = new Set<string>();
  const runUrls = new Set<string>();
  let pool: WorkerPool | null = null;
  const inFlight = new Set<Promise<void>>();
  try {
    for (const item of items) {
      c.read++;
      if (!item.ok) {
        const key = `input:${item.source}`;
        if (!opts.retryFailed && (await store.seen({ hash: key })) === 'failed') c.skippedFailed++;
        else {
          batch.push({ kind: 'error', key, source: item.source, code: item.error.code, message: item.error.message });
          opts.onFailure?.({ source: item.source, code: item.error.code, message: item.error.message });
        }
        c.processed++;
        progress();
        await maybeFlush();
        continue;
      }
      const a = item.article;
      const hash = contentHash(a.text);
      const url = normaliseUrl(a.url);
      if (runHashes.has(hash) || (url && runUrls.has(url))) {
        c.duplicates++;
        c.processed++;
        progress();
        continue;
      }
      const seen = await store.seen({ hash, url });
      if (seen === 'stored' || (seen === 'failed' && !opts.retryFailed)) {
        if (seen === 'stored') c.alreadyStored++;
        else c.skippedFailed++;
        c.processed++;
        progress();
        continue;
      }
      runHashes.add(hash);
      if (url) runUrls.add(url);
      pool ??= new WorkerPool({ size: opts.workers, timeoutMs: opts.timeoutMs ?? 120_000, ...(opts.extractor ? { extractor: opts.extractor } : {}) });
      const p: Promise<void> = pool.run(a).then((r) => {
        c.extractMs += r.ms;
        c.processed++;
        if (r.ok) {
          c.extracted++;
          batch.push({ kind: 'doc', doc: r.doc });
        } else {
          batch.push({ kind: 'error', key: hash, source: a.source, code: r.code, message: r.message });
          opts.onFailure?.({ source: a.source, code: r.code, message: r.message });
        }
        progress();
      });
      inFlight.add(p);
      // the race below observes a rejection; this derived promise must not become an unhandled one
      void p.finally(() => inFlight.delete(p)).catch(() => undefined);
      // back-pressure: a few articles queued per worker, no more, so memory stays flat on big inputs
      while (inFlight.size >= pool.size * 3) {
        await Promise.race(inFlight);
        await maybeFlush();
      }
      await maybeFlush();
    }
    while (inFlight.size) {
      await Promise.race(inFlight);
      await maybeFlush();
    }
    await flush();
  } finally {
    if (pool) await pool.close();
  }
  return {
    ...c,
    elapsedMs: performance.now() - t0,
    workers: opts.workers,
  };
}
