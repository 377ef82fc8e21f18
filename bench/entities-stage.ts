// Time of the entities stage alone on the Wikinews benchmark articles (295), per token, for
// checking that a new NER model does not make the stage slower: every article is segmented and
// parsed once, then the entities stage runs over all of them ROUNDS times and the fastest round
// counts, in CPU time of this process (other jobs share the machine, so wall time says little).
// NEWSGRAPH_NER_MODEL=base picks another NER model.
// Usage: npx tsx bench/entities-stage.ts [rounds]
import { performance } from 'node:perf_hooks';
import { createDoc, type Doc } from '../src/core/doc.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { syntaxStage } from '../src/stages/syntax/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { loadNerModel } from '../src/stages/entities/ner-model.js';
import { wikinews } from './corpora.js';

const rounds = Number(process.argv[2] ?? 3);
const articles = wikinews();
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
for (let r = 0; r < rounds; r++) {
  const t = process.cpuUsage();
  for (const p of parsed) entitiesStage.run(p.doc, p.ctx);
  const used = process.cpuUsage(t);
  best = Math.min(best, (used.user + used.system) / 1000);
}
console.log(`entities stage: ${articles.length} articles, ${tokens} tokens; best of ${rounds}: ${best.toFixed(0)} ms CPU (${((1000 * best) / tokens).toFixed(2)} µs/token); NER model ${model ? model.meta.trainedOn.length + ' corpora' : 'absent'}, load ${loadMs.toFixed(0)} ms`);
