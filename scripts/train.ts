// `npm run train`: rebuilds every shipped model from ../shared/data/ud (EWT + GUM train; dev sets
// only choose epochs), reproducibly (fixed seed): the word clusters (from GloVe vectors, for the
// models that use them) first, then the sentence-boundary classifier, the tagger and lemmatizer, the dependency parser (trained on
// jackknifed tags) and the NER model (the open NER corpora of scripts/train-ner.ts). Prints
// per-step timings and model sizes. Then the derived copies of models/derived/ (scripts/build-tables.ts).
import { readdirSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { hasShared, modelPath } from '../src/core/paths.js';
import { trainTagger } from './train-tagger.js';
import { trainParser } from './train-parser.js';
import { trainNer } from './train-ner.js';
import { trainClusters } from './train-clusters.js';
import { trainSentences } from './train-sentences.js';
import { buildTables } from './build-tables.js';

const SEED = 20251125;

async function main(): Promise<void> {
  if (!hasShared()) {
    console.error('train: ../shared (UD treebanks) is not present; nothing to train');
    process.exitCode = 1;
    return;
  }
  const log = (l: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)}s] ${l}`);
  const t0 = performance.now();
  const clusters = await trainClusters({ seed: SEED, log });
  log(`word clusters derived in ${clusters.seconds.toFixed(0)}s (${clusters.words} words)`);
  const sentences = await trainSentences({ seed: SEED, log });
  log(`sentence-boundary classifier trained in ${sentences.seconds.toFixed(0)}s`);
  const tagger = await trainTagger({ seed: SEED, log });
  log(`tagger + lemmatizer trained in ${tagger.seconds.toFixed(0)}s`);
  const parser = await trainParser({ seed: SEED, log });
  log(`parser trained in ${parser.seconds.toFixed(0)}s`);
  const tn = performance.now();
  const ner = await trainNer({ seed: SEED, log });
  log(`ner trained in ${((performance.now() - tn) / 1000).toFixed(0)}s (${ner.sentences} sentences)`);
  buildTables(log);
  let total = 0;
  // the shipped files (models/derived/ is a build output, not shipped)
  for (const f of readdirSync(modelPath())) {
    if (statSync(modelPath(f)).isDirectory()) continue;
    const size = statSync(modelPath(f)).size;
    total += size;
    log(`models/${f}: ${(size / 1e6).toFixed(2)} MB`);
  }
  log(`done in ${((performance.now() - t0) / 60000).toFixed(1)} min; models/ ${(total / 1e6).toFixed(1)} MB`);
}

await main();
