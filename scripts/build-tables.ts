// `npm run build` (and the end of `npm run train`): the derived copies of the gzipped models in
// models/derived/ — the NER weights dense and the word-cluster index ready-built, read as zero-copy
// views at start-up (src/nlp/derived-tables.ts) — and of the lemmatizer's JSON model, its lemma list
// as a ready-built word index (src/nlp/utf8-word-index.ts). A build output like dist/: not in git, rebuilt from
// the shipped models in about a second; without it every model still loads, only slower.
// Then every model file is checksummed once here, so that reading it does not have to be
// (models/derived/verified.json, src/nlp/model-io.ts), the tagger's also structure-checked (its
// loader then skips that scan), and the data tables read at every start are parsed into
// models/derived/data/ (src/core/derived-data.ts: each copy stale once its file changes).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeDerivedNerWeights } from '../src/stages/entities/ner-model.js';
import { writeDerivedLemmaTables } from '../src/nlp/lemmatizer.js';
import { wordClustersPath, writeDerivedWordClusters } from '../src/nlp/word-clusters.js';
import { stampVerifiedModels } from '../src/nlp/model-io.js';
import { writeDerivedTsv } from '../src/core/data-loader.js';
import { dataPath, modelPath } from '../src/core/paths.js';
import { checkTaggerModel, TAGGER_KIND } from '../src/nlp/tagger.js';
import { writeDerivedPhoenixAgents, writeDerivedPhoenixGroups, writeDerivedPhoenixPeople } from '../src/kb/phoenix.js';
import { writeDerivedDictionaryIndex } from '../src/stages/events/lexicon.js';

export function buildTables(log: (line: string) => void = console.log): void {
  const t0 = performance.now();
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  if (existsSync(wordClustersPath())) log(`models/derived/word-clusters.bin: ${mb(writeDerivedWordClusters())}`);
  const ner = writeDerivedNerWeights();
  if (ner) log(`models/derived/ner-weights.bin: ${mb(ner)}`);
  const lemma = writeDerivedLemmaTables();
  if (lemma) log(`models/derived/lemma.bin: ${mb(lemma)}`);
  let tables = 0;
  let bytes = 0;
  for (const name of tsvFiles()) {
    const n = writeDerivedTsv(name);
    if (n) (tables++, (bytes += n));
  }
  bytes += writeDerivedPhoenixGroups();
  bytes += writeDerivedPhoenixAgents();
  bytes += writeDerivedPhoenixPeople();
  bytes += writeDerivedDictionaryIndex();
  log(`models/derived/data: ${tables} TSV tables, the Phoenix people index and the CAMEO dictionary's lists and lemma index; models/derived/phoenix-*.bin: the Phoenix groups and agent nouns packed; ${mb(bytes)}`);
  // the tagger's scan of its packed rows runs here once instead of at every start (src/nlp/tagger.ts)
  const { stamped, failed } = stampVerifiedModels(modelPath(), { [TAGGER_KIND]: checkTaggerModel });
  log(`models/derived/verified.json: ${stamped.length} model files checksummed${failed.length ? `; FAILED (read will fail with E021): ${failed.join(', ')}` : ''}`);
  log(`derived tables built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The .tsv files under data/, relative to it. */
function tsvFiles(sub = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dataPath(sub), { withFileTypes: true })) {
    const rel = sub ? join(sub, e.name) : e.name;
    if (e.isDirectory()) out.push(...tsvFiles(rel));
    else if (e.name.endsWith('.tsv')) out.push(rel);
  }
  return out.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildTables();
