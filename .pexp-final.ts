import { trainParser } from './scripts/train-parser.js';
const t0 = Date.now();
await trainParser({ seed: 20251125, log: (l) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${l}`), out: '/tmp/pexp/final.bin' });
