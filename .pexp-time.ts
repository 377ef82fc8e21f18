// timing run of `npm run train` without overwriting models/ (tagger write:false, parser to /tmp)
import { performance } from 'node:perf_hooks';
import { trainTagger } from './scripts/train-tagger.js';
import { trainParser } from './scripts/train-parser.js';
const t0 = performance.now();
const log = (l: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)}s] ${l}`);
const tg = await trainTagger({ seed: 20251125, log, write: false });
log(`tagger + lemmatizer trained in ${tg.seconds.toFixed(0)}s`);
const p = await trainParser({ seed: 20251125, log, out: '/tmp/pexp/timing-parser.bin' });
log(`parser trained in ${p.seconds.toFixed(0)}s; total ${((performance.now() - t0) / 60000).toFixed(1)} min`);
