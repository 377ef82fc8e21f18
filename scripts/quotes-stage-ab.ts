// Times the quotes stage alone on the Wikinews bench corpus with each named quotes option off in turn
// (docs are run to the quotes stage once, then the stage is timed on them, alternating, 3 rounds).
// Usage: npx tsx scripts/quotes-stage-ab.ts [option …]
import { performance } from 'node:perf_hooks';
import { createDoc } from '../src/core/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { wikinews } from '../bench/corpora.js';

const pipeline = defaultPipeline();
const qi = pipeline.stages.findIndex((s) => s.name === 'quotes');
const quotes = pipeline.stages[qi]!;
const docs = wikinews().map((a) => {
  let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
  const ctx = { published: a.published, options: {} };
  for (const stage of pipeline.stages.slice(0, qi)) doc = stage.run(doc, ctx);
  return { doc, published: a.published };
});
const variants: [string, Record<string, unknown>][] = [['all on', {}], ...process.argv.slice(2).map((o): [string, Record<string, unknown>] => [`${o} off`, { [o]: false }])];
const times = new Map<string, number[]>(variants.map(([n]) => [n, []]));
for (let round = 0; round < 4; round++) {
  for (const [name, options] of variants) {
    const t = performance.now();
    for (const d of docs) quotes.run(d.doc, { published: d.published, options });
    if (round > 0) times.get(name)!.push(performance.now() - t);
  }
}
for (const [name, ts] of times) console.log(`${name.padEnd(32)} ${ts.map((x) => x.toFixed(0)).join(' / ')} ms`);
