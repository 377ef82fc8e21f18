// Trains the quotes stage's accept model (models/quote-accept.json) on the PolNeAR train split
// (../shared/eval/polnear/train; dev only measures, the test split is never read): the default
// pipeline up to the quotes stage on every train article, the rules' candidate attributions
// (findAttributions), each labelled by whether its content or its cue matches a gold attribution
// exactly (the scorer's trimming, eval/quotes.ts). Logistic regression (accept-train.ts); the drop
// threshold is chosen on out-of-fold scores (5 folds by article) for the sum of the content and cue
// exact F1, then the model is refit on all of train. Deterministic (seeded). Run last in
// `npm run train`: its features read the tagger, parser and NER outputs.
//   npx tsx scripts/train-quote-accept.ts [--upstream FILE]  (FILE: eval/quotes.ts --split train --cache's v8 file)
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDoc, defaultPipeline } from '../src/index.js';
import type { Doc } from '../src/core/doc.js';
import { hasShared, modelPath } from '../src/core/paths.js';
import { defaultResources } from '../src/stages/resources.js';
import { findAttributions } from '../src/stages/quotes/index.js';
import { attributionFeatures, isFiltered, mentionTypes, nestingFlags, QUOTE_ACCEPT_KIND } from '../src/stages/quotes/accept-model.js';
import { chooseThreshold, exactF1At, scoreAll, trainAccept, type AcceptExample, type ScoredCandidate } from '../src/stages/quotes/accept-train.js';
import { loadSplit, trimRange } from '../eval/quotes.js';

export interface TrainQuoteAcceptOptions {
  seed?: number;
  log?: (s: string) => void;
  /** a v8-serialised array of the train docs as they reach the quotes stage (eval/quotes.ts --cache) */
  upstream?: string;
  write?: boolean;
}

export const QUOTE_ACCEPT_FILE = 'quote-accept.json';
/** scripts/train.ts's seed: the standalone run writes the same file */
const TRAIN_SEED = 20251125;
const FOLDS = 5;

type Range = readonly [number, number];
const key = (rs: readonly Range[]) => rs.map((r) => `${r[0]},${r[1]}`).sort().join(';');

function upstreamDocs(inputs: readonly { id: string; text: string; published?: string | null }[], file: string | undefined): Doc[] {
  if (file && existsSync(file)) return deserialize(readFileSync(file)) as Doc[];
  const stages = defaultPipeline().stages;
  const qi = stages.findIndex((s) => s.name === 'quotes');
  return inputs.map((d) => {
    let doc = createDoc(d.text, { id: d.id, published: d.published ?? null });
    for (const stage of stages.slice(0, qi)) doc = stage.run(doc, { published: doc.meta.published, options: {} });
    return doc;
  });
}

/** The labelled candidates of every train article, grouped by article. */
export function acceptExamples(upstream?: string): { byDoc: AcceptExample[][]; gold: number } {
  const { inputs, golds } = loadSplit('train');
  const docs = upstreamDocs(inputs, upstream);
  const lex = defaultResources().lexicons.quotes;
  const goldById = new Map(golds.map((g) => [g.id, g]));
  let gold = 0;
  const byDoc = docs.map((doc) => {
    const g = goldById.get(doc.id);
    const text = doc.text;
    const tr = (rs: readonly Range[]) => key(rs.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]));
    const gContent = new Set((g?.attributions ?? []).map((a) => tr(a.content)));
    const gCue = new Set((g?.attributions ?? []).map((a) => tr(a.cue)));
    gold += g?.attributions.length ?? 0;
    const { v, atts } = findAttributions(doc, { published: doc.meta.published, options: {} }, lex);
    const { cueInside, holdsCue } = nestingFlags(atts);
    const ments = mentionTypes(v);
    return atts.map((a, i) => {
      const contentExact = gContent.has(tr(a.content.map((c) => [c.start, c.end] as Range)));
      const cueExact = a.cue !== null && gCue.has(tr([[a.cue.start, a.cue.end]]));
      return { features: attributionFeatures(v, a, cueInside[i]!, holdsCue[i]!, ments), label: contentExact || cueExact, filtered: isFiltered(v, a), contentExact, cueExact };
    });
  });
  return { byDoc, gold };
}

export async function trainQuoteAccept(opts: TrainQuoteAcceptOptions = {}): Promise<{ seconds: number; features: number; threshold: number }> {
  const t0 = performance.now();
  const log = opts.log ?? ((s: string) => console.log(s));
  const seed = opts.seed ?? TRAIN_SEED;
  const { byDoc, gold } = acceptExamples(opts.upstream);
  const all = byDoc.flat();
  log(`quote-accept: ${byDoc.length} train articles, ${all.length} candidates (${all.filter((e) => e.filtered).length} the model may drop), ${gold} gold attributions; examples in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  // out-of-fold scores: each article scored by a model that never saw it
  const oof: ScoredCandidate[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = byDoc.filter((_, i) => i % FOLDS !== k).flat();
    const held = byDoc.filter((_, i) => i % FOLDS === k).flat();
    oof.push(...scoreAll(trainAccept(train, { seed: seed + k }), held));
  }
  const threshold = chooseThreshold(oof, gold);
  const before = exactF1At(oof, gold, -Infinity);
  const after = exactF1At(oof, gold, threshold);
  const dropped = oof.filter((c) => c.filtered && c.score < threshold);
  log(
    `quote-accept: out of fold on train, threshold ${threshold.toFixed(3)} drops ${dropped.length} (${dropped.filter((c) => c.contentExact).length} content-exact, ${dropped.filter((c) => c.cueExact).length} cue-exact): ` +
      `content exact F1 ${before.content.toFixed(4)} → ${after.content.toFixed(4)}, cue ${before.cue.toFixed(4)} → ${after.cue.toFixed(4)}`,
  );
  const model = trainAccept(all, { seed });
  const top = [...model.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 25);
  log(`quote-accept: ${model.weights.size} weighted features; strongest ${top.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
  if (opts.write !== false) {
    const path = modelPath(QUOTE_ACCEPT_FILE);
    const json = {
      kind: QUOTE_ACCEPT_KIND,
      source: 'PolNeAR train (../shared/eval/polnear/train), scripts/train-quote-accept.ts',
      seed,
      bias: model.bias,
      threshold: Number.isFinite(threshold) ? Math.round(threshold * 1e4) / 1e4 : -1e9,
      weights: [...model.weights],
    };
    writeFileSync(path, JSON.stringify(json) + '\n');
    log(`quote-accept: wrote ${path} (${(statSync(path).size / 1e3).toFixed(0)} kB)`);
  }
  return { seconds: (performance.now() - t0) / 1000, features: model.weights.size, threshold };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!hasShared()) {
    console.error('train-quote-accept: ../shared (PolNeAR) is not present');
    process.exitCode = 1;
  } else {
    const argv = process.argv.slice(2);
    const i = argv.indexOf('--upstream');
    const r = await trainQuoteAccept({ upstream: i >= 0 ? argv[i + 1] : undefined, write: !argv.includes('--dry-run') });
    console.log(`done in ${r.seconds.toFixed(1)}s: ${r.features} features, threshold ${r.threshold.toFixed(3)}`);
  }
}
