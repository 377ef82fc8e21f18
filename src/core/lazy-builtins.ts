// Node built-in modules that only some paths need, loaded on first use. Each costs ~4 ms of a cold
// start when imported at the top (node:zlib 3.8, node:v8 4.0, node:worker_threads 3.9 ms CPU in a
// fresh process, 2026-12-06), and a single-article `extract` uses none of them: the gzipped models are
// read from their derived copies, no worker starts, no V8 flag changes. A static import would load
// them in every process that loads the bundle (esbuild hoists its requires to the top).
import { createRequire } from 'node:module';

const nodeRequire = createRequire(import.meta.url);

export const zlib = (): typeof import('node:zlib') => nodeRequire('node:zlib') as typeof import('node:zlib');
export const v8 = (): typeof import('node:v8') => nodeRequire('node:v8') as typeof import('node:v8');
export const workerThreads = (): typeof import('node:worker_threads') => nodeRequire('node:worker_threads') as typeof import('node:worker_threads');
