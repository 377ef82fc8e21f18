// Worker-thread entry: receives articles, answers with store-ready documents or a coded failure.
// The extractor module is configurable (workerData.extractor) so tests can inject failures; by
// default it is ./extract.js. A throw never kills the worker: it becomes a failure message.
// workerData.output 'contract' makes it answer with contract documents (`extract`) instead.
// Either way the output contract is checked here (E052) before a document leaves the worker.
// workerData.writeTo (a SQLite path) makes the worker also store the document itself and answer
// with the BatchResult: the server's thread then neither copies nor writes a 2 MB article (a 2 s
// synchronous write there stalled every reader).
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { failureOf } from './failure.js';
import { checkContract } from '../io/contract-check.js';
import type { InputArticle } from '../io/read-inputs.js';
import type { ContractDoc } from '../io/write-json.js';
import type { BatchResult, StoreDoc } from '../store/store.js';

export interface WorkRequest {
  readonly seq: number;
  readonly article: InputArticle;
}
export type WorkResult<T = StoreDoc> =
  | { readonly seq: number; readonly ok: true; readonly doc: T; readonly ms: number }
  | { readonly seq: number; readonly ok: false; readonly code: string; readonly message: string; readonly ms: number };

const data = (workerData ?? {}) as { extractor?: string; output?: 'store' | 'contract'; writeTo?: string; nice?: number };
if (data.nice) {
  // Linux: this thread only (its id from /proc/thread-self), so a long extraction yields the CPU
  // to the server's request thread on a busy machine; elsewhere, no change
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), data.nice);
  } catch {
    // not Linux, or not permitted: run at normal priority
  }
}
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const run: (a: InputArticle) => StoreDoc | ContractDoc =
  data.output === 'contract'
    ? ((await import(new URL(`./extract-contract${ext}`, import.meta.url).href)) as { extractContract: (a: InputArticle) => ContractDoc }).extractContract
    : await (async () => {
        const mod = (await import(data.extractor ?? new URL(`./extract${ext}`, import.meta.url).href)) as { extractForStore: (a: InputArticle) => StoreDoc };
        return (a: InputArticle) => {
          const doc = mod.extractForStore(a);
          checkContract(doc, a.source);
          return doc;
        };
      })();

const store = data.writeTo ? (await import(`../store/sqlite/index${ext}`)).openSqliteStore(data.writeTo) : null;

parentPort!.on('message', async (req: WorkRequest) => {
  const t0 = performance.now();
  try {
    const doc = run(req.article);
    if (store) {
      const written: BatchResult = await store.writeBatch([{ kind: 'doc', doc: doc as StoreDoc }]);
      parentPort!.postMessage({ seq: req.seq, ok: true, doc: written, ms: performance.now() - t0 } satisfies WorkResult<BatchResult>);
      return;
    }
    parentPort!.postMessage({ seq: req.seq, ok: true, doc, ms: performance.now() - t0 } satisfies WorkResult);
  } catch (e) {
    // an unexpected error keeps where it happened, so a recorded failure can be traced to a stage
    const { code, message } = failureOf(e);
    parentPort!.postMessage({ seq: req.seq, ok: false, code, message, ms: performance.now() - t0 } satisfies WorkResult);
  }
});
parentPort!.postMessage({ ready: true });
