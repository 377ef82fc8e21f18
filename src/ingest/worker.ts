// Worker-thread entry: receives articles, answers with store-ready documents or a coded failure.
// The extractor module is configurable (workerData.extractor) so tests can inject failures; by
// default it is ./extract.js. A throw never kills the worker: it becomes a failure message.
import { parentPort, workerData } from 'node:worker_threads';
import { isNewsgraphError } from '../core/errors.js';
import type { InputArticle } from '../io/read-inputs.js';
import type { StoreDoc } from '../store/store.js';

export interface WorkRequest {
  readonly seq: number;
  readonly article: InputArticle;
}
export type WorkResult =
  | { readonly seq: number; readonly ok: true; readonly doc: StoreDoc; readonly ms: number }
  | { readonly seq: number; readonly ok: false; readonly code: string; readonly message: string; readonly ms: number };

const data = (workerData ?? {}) as { extractor?: string };
const mod = (await import(data.extractor ?? new URL(import.meta.url.endsWith('.ts') ? './extract.ts' : './extract.js', import.meta.url).href)) as {
  extractForStore: (a: InputArticle) => StoreDoc;
};

parentPort!.on('message', (req: WorkRequest) => {
  const t0 = performance.now();
  try {
    const doc = mod.extractForStore(req.article);
    parentPort!.postMessage({ seq: req.seq, ok: true, doc, ms: performance.now() - t0 } satisfies WorkResult);
  } catch (e) {
    const code = isNewsgraphError(e) ? e.code : 'E050';
    // an unexpected error keeps where it happened, so a recorded failure can be traced to a stage
    const where = !isNewsgraphError(e) && e instanceof Error ? /\n\s+at [^\n]*?\(?([^\s()]+:\d+:\d+)\)?/.exec(e.stack ?? '')?.[1] : undefined;
    const message = (e instanceof Error ? e.message : String(e)) + (where ? ` (at ${where.replace(/^file:\/\//, '')})` : '');
    parentPort!.postMessage({ seq: req.seq, ok: false, code, message, ms: performance.now() - t0 } satisfies WorkResult);
  }
});
parentPort!.postMessage({ ready: true });
