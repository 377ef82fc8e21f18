// A small pool of extraction workers (node:worker_threads), one article in flight per worker.
// Running from TypeScript source (tsx), workers are started with tsx's loader; from the built
// dist/ they load worker.js directly. A worker that crashes is replaced and its article failed
// with E050; one that exceeds the per-article time budget is replaced and its article failed with
// E051, so one pathological article never stalls a run (ingest, extract, or the server's POST).
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../core/lazy-builtins.js';
import type { InputArticle } from '../io/read-inputs.js';
import { budgetExceededMessage } from '../pipeline/budget.js';
import type { ContractDoc } from '../io/write-json.js';
import type { BatchResult, StoreDoc } from '../store/store.js';
import type { WorkResult } from './worker.js';

export interface PoolOptions {
  readonly size: number;
  /** milliseconds one article may take before its worker is replaced */
  readonly timeoutMs: number;
  /** module URL exporting extractForStore (tests inject failures with it) */
  readonly extractor?: string;
  /** 'store' (default): store documents; 'contract': contract documents with tokens (extract) */
  readonly output?: 'store' | 'contract';
  /** a SQLite path: workers store each document themselves and answer with its BatchResult */
  readonly writeTo?: string;
  /** a nice value (Linux) for the worker threads, e.g. 10 so the server's request thread comes first */
  readonly nice?: number;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: { seq: number; resolve: (r: WorkResult<never>) => void; timer: NodeJS.Timeout | null; t0: number } | null;
}

const fromSource = import.meta.url.endsWith('.ts');

/**
 * Starts a worker on worker.ts/js. From TypeScript source, `execArgv: ['--import', 'tsx']` does not
 * reach worker threads on Node 20 (ERR_UNKNOWN_FILE_EXTENSION), so a tiny eval'd bootstrap
 * registers tsx's loader inside the worker, then imports the worker module.
 */
function startWorker(extractor: string | undefined, output: 'store' | 'contract', writeTo: string | undefined, nice: number | undefined): Worker {
  const workerData = { extractor, output, writeTo, nice };
  // a TypeScript extractor module (tests inject one) needs tsx's loader even from the built code
  const needsTsx = fromSource || (extractor?.endsWith('.ts') ?? false);
  const { Worker } = workerThreads(); // loaded with the first worker (src/core/lazy-builtins.ts)
  if (!needsTsx) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const target = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export class WorkerPool<T extends StoreDoc | ContractDoc | BatchResult = StoreDoc> {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private seq = 0;
  private closed = false;
  private startFailures = 0;
  private failFatal!: (e: Error) => void;
  /** rejects when workers cannot even start (a broken install), instead of respawning forever */
  private readonly fatal = new Promise<never>((_, reject) => (this.failFatal = reject));

  constructor(private readonly opts: PoolOptions) {
    this.fatal.catch(() => undefined); // observed through run()
    for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
    for (const s of this.slots) void s.ready.then(() => this.release(s));
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const worker = startWorker(this.opts.extractor, this.opts.output ?? 'store', this.opts.writeTo, this.opts.nice);
    let markReady!: () => void;
    let isReady = false;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (markReady = r)), busy: null };
    worker.on('message', (m: WorkResult<never> | { ready: true }) => {
      if ('ready' in m) {
        isReady = true;
        return markReady();
      }
      const b = slot.busy;
      if (!b || b.seq !== m.seq) return;
      if (b.timer) clearTimeout(b.timer);
      slot.busy = null;
      b.resolve(m);
      this.release(slot);
    });
    const die = (why: string) => {
      if (this.closed) return;
      if (!isReady && ++this.startFailures >= 3) {
        this.failFatal(new Error(`extraction workers fail to start: ${why}`));
        return;
      }
      const b = slot.busy;
      slot.busy = null;
      if (b) {
        if (b.timer) clearTimeout(b.timer);
        b.resolve({ seq: b.seq, ok: false, code: 'E050', message: why, ms: performance.now() - b.t0 });
      }
      this.replace(slot);
    };
    worker.on('error', (e) => die(`worker crashed: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) die(`worker exited with code ${code}`);
    });
    return slot;
  }

  private replace(old: Slot): void {
    const i = this.slots.indexOf(old);
    if (i < 0) return;
    const j = this.idle.indexOf(old);
    if (j >= 0) this.idle.splice(j, 1);
    void old.worker.terminate();
    const fresh = this.spawn();
    this.slots[i] = fresh;
    void fresh.ready.then(() => this.release(fresh));
  }

  private release(slot: Slot): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  private acquire(): Promise<Slot> {
    const s = this.idle.shift();
    if (s) return Promise.resolve(s);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Extracts one article on the next free worker. Never rejects: failures come back as ok:false. */
  async run(article: InputArticle): Promise<WorkResult<T>> {
    const slot = await Promise.race([this.acquire(), this.fatal]);
    const seq = ++this.seq;
    return new Promise<WorkResult<T>>((resolve) => {
      const t0 = performance.now();
      const timer =
        this.opts.timeoutMs > 0
          ? setTimeout(() => {
              slot.busy = null;
              resolve({ seq, ok: false, code: 'E051', message: budgetExceededMessage(this.opts.timeoutMs), ms: performance.now() - t0 });
              this.replace(slot);
            }, this.opts.timeoutMs)
          : null;
      slot.busy = { seq, resolve, timer, t0 };
      slot.worker.postMessage({ seq, article });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
