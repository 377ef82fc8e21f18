// `npm run eval:seed`: the seed article through the full pipeline, scored like `score.py seed`.
// Writes the prediction to /tmp/newsgraph-<checkout>/newsgraph-seed.json so the reference scorer can be run on it too.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { analyze } from '../src/index.js';
import { scoreSeed, seedSummary, type SeedGold } from './seed-score.js';
import { evalTmp } from './tmp-path.js';

export function evalSeed(verbose = false) {
  const articlePath = sharedPath('examples', 'seed', 'article.txt');
  if (!existsSync(articlePath)) {
    console.log('eval:seed: ../shared/examples/seed is absent (skipped)');
    return null;
  }
  const gold = JSON.parse(readFileSync(sharedPath('examples', 'seed', 'gold.json'), 'utf8')) as SeedGold & { article: { published: string } };
  const doc = analyze(readFileSync(articlePath, 'utf8'), { id: 'seed', published: gold.article.published, source: articlePath });
  writeFileSync(evalTmp('newsgraph-seed.json'), JSON.stringify(doc));
  const r = scoreSeed(doc, gold);
  if (verbose) console.log(JSON.stringify(r, null, 1));
  console.log(seedSummary(r));
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) evalSeed(process.argv.includes('--verbose'));
