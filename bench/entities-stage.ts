// Time of the entities stage alone on the Wikinews benchmark articles (295), per token, for
// checking that a new NER model or a speed change does not make the stage slower: every article is
// segmented and parsed once, then the entities stage runs over all of them ROUNDS times and the
// fastest round counts, in CPU time of this process (other jobs share the machine, so wall time says
// little). `--hash`: also a sha256 of the stage's output (entities and role observations of every
// article, last round), so a speed change can be checked for identical output in the same run
// (scripts/contract-output-hash.ts is the proof over every layer and corpus). `--reuters N` adds the
// first N Reuters stories. NEWSGRAPH_NER_MODEL=base picks another NER model.
// Usage: npx tsx bench/entities-stage.ts [rounds] [--hash] [--reuters N]
//   or compiled: npx tsc -p tsconfig.bench.json && node dist/bench/bench/entities-stage.js [rounds] [--hash]
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDoc, type Doc } from '../src/core/doc.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { syntaxStage } from '../src/stages/syntax/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { loadNerModel } from '../src/stages/entities/ner-model.js';
import { reuters, wikinews } from './corpora.js';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const hashing = args.includes('--hash');
const ri = args.indexOf('--reuters');
const articles = [...wikinews(), ...(ri >= 0 ? reuters(Number(args[ri + 1] ?? 0)) : [])];
const parsed: Array<{ doc: Doc; ctx: { published: string | null; options: Record<string, never> } }> = articles.map((a) => {
  const ctx = { published: a.published, options: {} };
  return { doc: syntaxStage.run(segmentStage.run(createDoc(a.text, { id: a.id, published: a.published }), ctx), ctx), ctx };
});
const tokens = parsed.reduce((n, p) => n + p.doc.tokens.length, 0);
const t0 = performance.now();
const model = loadNerModel();
const loadMs = performance.now() - t0;
entitiesStage.run(parsed[0]!.doc, parsed[0]!.ctx); // warm-up (lexicons, caches)
let best = Infinity;
const perRound: string[] = [];
let hash = '';
for (let r = 0; r < rounds; r++) {
  const h = hashing && r === rounds - 1 ? createHash('sha256') : null;
  const t = process.cpuUsage();
  for (const p of parsed) {
    const out = entitiesStage.run(p.doc, p.ctx);
    h?.update(JSON.stringify([out.entities, out.roleObservations]) + '\n');
  }
  const used = process.cpuUsage(t);
  const ms = (used.user + used.system) / 1000;
  perRound.push(((1000 * ms) / tokens).toFixed(2));
  best = Math.min(best, ms);
  if (h) hash = h.digest('hex');
}
console.log(`entities stage: ${articles.length} articles, ${tokens} tokens; best of ${rounds}: ${best.toFixed(0)} ms CPU (${((1000 * best) / tokens).toFixed(2)} µs/token; rounds ${perRound.join(' ')}); NER model ${model ? model.meta.trainedOn.length + ' corpora' : 'absent'}, load ${loadMs.toFixed(0)} ms${hashing ? `; output sha256 ${hash}` : ''}`);
