// `ingest --queue`: reads the inputs and enqueues them as jobs instead of extracting them here.
// Articles already stored (same URL or content hash) or failed before are skipped, bad input items
// are recorded as ingest errors at once, and the rest go in as jobs of `perJob` articles, inserted
// many jobs per statement. Enqueuing twice is harmless: the store deduplicates when jobs run.
import type PgBoss from 'pg-boss';
import type { InputArticle, InputItem } from '../io/read-inputs.js';
import { contentHash, normaliseUrl } from '../store/keys.js';
import type { PostgresStore } from '../store/postgres/index.js';
import type { BatchItem } from '../store/store.js';
import { INGEST_QUEUE, type IngestJob } from './queue.js';

export interface EnqueueOptions {
  /** articles per job (default 1) */
  readonly perJob?: number;
  readonly retryFailed?: boolean;
  readonly onProgress?: (p: EnqueueSummary) => void;
}

export interface EnqueueSummary {
  readonly read: number;
  readonly jobs: number;
  readonly queued: number;
  readonly alreadyStored: number;
  readonly duplicates: number;
  readonly skippedFailed: number;
  /** bad input items, recorded as ingest errors */
  readonly errors: number;
  readonly elapsedMs: number;
}

export async function enqueueInputs(store: PostgresStore, boss: PgBoss, items: Iterable<InputItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const perJob = Math.max(1, opts.perJob ?? 1);
  const c = { read: 0, jobs: 0, queued: 0, alreadyStored: 0, duplicates: 0, skippedFailed: 0, errors: 0 };
  const summary = (): EnqueueSummary => ({ ...c, elapsedMs: performance.now() - t0 });
  const hashes = new Set<string>();
  const urls = new Set<string>();
  let job: InputArticle[] = [];
  let pending: { name: string; data: IngestJob }[] = [];
  let errors: BatchItem[] = [];

  const flushJobs = async () => {
    if (job.length) pending.push({ name: INGEST_QUEUE, data: { articles: job } });
    job = [];
    if (!pending.length) return;
    await boss.insert(pending);
    c.jobs += pending.length;
    pending = [];
    opts.onProgress?.(summary());
  };
  let candidates: { article: InputArticle; hash: string; url: string | null }[] = [];
  const sortCandidates = async () => {
    if (!candidates.length) return;
    const { stored, failed } = await store.seenMany(candidates);
    for (const { article, hash, url } of candidates) {
      if (stored.has(hash) || (url && stored.has(url))) c.alreadyStored++;
      else if (failed.has(hash) && !opts.retryFailed) c.skippedFailed++;
      else {
        job.push(article);
        c.queued++;
        if (job.length >= perJob) {
          pending.push({ name: INGEST_QUEUE, data: { articles: job } });
          job = [];
        }
      }
    }
    candidates = [];
    // a few hundred jobs per INSERT: one round trip, and memory stays flat on big inputs
    if (pending.length >= 500) await flushJobs();
  };
  const flushErrors = async () => {
    if (!errors.length) return;
    c.errors += (await store.writeBatch(errors)).errors;
    errors = [];
  };

  for (const item of items) {
    c.read++;
    if (!item.ok) {
      const key = `input:${item.source}`;
      if (!opts.retryFailed && (await store.seen({ hash: key })) === 'failed') c.skippedFailed++;
      else errors.push({ kind: 'error', key, source: item.source, code: item.error.code, message: item.error.message });
      if (errors.length >= 200) await flushErrors();
      continue;
    }
    const a = item.article;
    const hash = contentHash(a.text);
    const url = normaliseUrl(a.url);
    if (hashes.has(hash) || (url && urls.has(url))) {
      c.duplicates++;
      continue;
    }
    hashes.add(hash);
    if (url) urls.add(url);
    candidates.push({ article: a, hash, url });
    // what is stored or failed is asked for 500 articles at a time: one round trip, not one per article
    if (candidates.length >= 500) await sortCandidates();
  }
  await sortCandidates();
  await flushJobs();
  await flushErrors();
  return summary();
}
