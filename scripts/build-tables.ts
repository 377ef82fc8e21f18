// `npm run build` (and the end of `npm run train`): the derived copies of the gzipped models in
// models/derived/ — the NER weights dense and the word-cluster index ready-built, read as zero-copy
// views at start-up (src/nlp/derived-tables.ts). A build output like dist/: not in git, rebuilt from
// the shipped models in about a second; without it every model still loads, only slower.
// Then every model file is checksummed once here, so that reading it does not have to be
// (models/derived/verified.json, src/nlp/model-io.ts).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { writeDerivedNerWeights } from '../src/stages/entities/ner-model.js';
import { wordClustersPath, writeDerivedWordClusters } from '../src/nlp/word-clusters.js';
import { stampVerifiedModels } from '../src/nlp/model-io.js';

export function buildTables(log: (line: string) => void = console.log): void {
  const t0 = performance.now();
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  if (existsSync(wordClustersPath())) log(`models/derived/word-clusters.bin: ${mb(writeDerivedWordClusters())}`);
  const ner = writeDerivedNerWeights();
  if (ner) log(`models/derived/ner-weights.bin: ${mb(ner)}`);
  const { stamped, failed } = stampVerifiedModels();
  log(`models/derived/verified.json: ${stamped.length} model files checksummed${failed.length ? `; FAILED (read will fail with E021): ${failed.join(', ')}` : ''}`);
  log(`derived tables built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildTables();
