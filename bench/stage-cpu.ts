// CPU time per token of each pipeline stage (process.cpuUsage around every stage call), per bench
// corpus, for comparing builds — e.g. issue 12's cost line, "NER + coreference no more per token than
// at filing": the same compiled runner measures this checkout or another build's compiled tree
// (`--root <checkout>/dist/bench`, built with that checkout's `npx tsc -p tsconfig.bench.json`), so both
// get the same node flags, heap policy, corpora and clock. The bench's per-stage figures are wall time,
// which on a shared machine is mostly other jobs' load.
// Usage: npx tsc -p tsconfig.bench.json && node --max-semi-space-size=8 --interrupt-budget=540672
//   dist/bench/bench/stage-cpu.js [--root DIR] [--reuters 3000] [--only wikinews|reuters]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyHeapPolicy } from '../src/pipeline/heap-policy.js';
import type { Doc } from '../src/core/doc.js';
import type { BenchArticle } from './corpora.js';
import { arg, type StageLike } from './stage-harness.js';


const root = resolve(arg('root', join(import.meta.dirname, '..')));
const load = async <T>(rel: string) => (await import(pathToFileURL(join(root, rel)).href)) as T;
const { createDoc } = await load<{ createDoc: (text: string, meta: object) => Doc }>('src/core/doc.js');
const { defaultPipeline } = await load<{ defaultPipeline: () => { stages: StageLike[]; run(doc: Doc): Doc } }>('src/pipeline/default.js');
const { wikinews, reuters } = await load<{ wikinews: () => BenchArticle[]; reuters: (n: number) => BenchArticle[] }>('bench/corpora.js');

// the CLI's heap policy, for every build measured (older builds had none; the comparison is of the code)
applyHeapPolicy();
const pipeline = defaultPipeline();
pipeline.run(createDoc('Warm-up: the minister said on Monday that talks would resume.', { published: '2025-01-01' }));

function runCorpus(name: string, articles: BenchArticle[]): void {
  const cpu: Record<string, number> = Object.fromEntries(pipeline.stages.map((s) => [s.name, 0]));
  let tokens = 0;
  const c0 = process.cpuUsage();
  for (const a of articles) {
    let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
    const ctx = { published: a.published, options: {} as Record<string, never> };
    for (const stage of pipeline.stages) {
      const c = process.cpuUsage();
      doc = stage.run(doc, ctx);
      const d = process.cpuUsage(c);
      cpu[stage.name]! += d.user + d.system;
    }
    tokens += doc.tokens.length;
  }
  const all = process.cpuUsage(c0);
  const perToken = (us: number) => (us / tokens).toFixed(2);
  console.log(
    `${name}: ${articles.length} articles, ${tokens} tokens, ${Math.round(tokens / ((all.user + all.system) / 1e6))} tok/CPU-s; µs/token: ` +
      Object.entries(cpu).map(([k, v]) => `${k} ${perToken(v)}`).join(', '),
  );
}

const only = arg('only', '');
if (!only || only === 'wikinews') runCorpus('wikinews', wikinews());
if (!only || only === 'reuters') runCorpus(`reuters (${arg('reuters', '3000')})`, reuters(Number(arg('reuters', '3000'))));
console.log(`build ${root}; peak RSS ${Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024)} MB`);
