// `npm run bench`: throughput and memory of the whole extraction over a fixed corpus
// (Wikinews 2019–2020 + the first N Reuters-21578 stories), with the time spent in each stage.
// Usage: npm run bench [-- --reuters 3000 --only wikinews|reuters --no-parse --heap-default --json out.json]
// `npm run bench` measures the compiled code (tsconfig.bench.json → dist/bench/), as the installed CLI
// runs it; `npm run bench:source` runs the TypeScript through tsx, whose loader thread adds ~40 MB of
// RSS and some CPU that users of the built package never pay.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createDoc } from '../src/core/doc.js';
import { hasShared } from '../src/core/paths.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { applyHeapPolicy, HEAP_GROWING_PERCENT } from '../src/pipeline/heap-policy.js';
import { toContract } from '../src/io/write-json.js';
import { reuters, wikinews, type BenchArticle } from './corpora.js';
import { arg } from './cli-args.js';

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

interface CorpusResult {
  corpus: string;
  articles: number;
  tokens: number;
  chars: number;
  seconds: number;
  /** CPU seconds of the process over the run (user + system): on a shared machine wall time is
   * mostly other jobs' load, CPU time much less so */
  cpuSeconds: number;
  articlesPerSec: number;
  tokensPerSec: number;
  tokensPerCpuSec: number;
  stageSeconds: Record<string, number>;
  counts: { entities: number; quotes: number; timexes: number; events: number };
  failures: number;
}

function runCorpus(name: string, articles: BenchArticle[]): CorpusResult {
  const pipeline = defaultPipeline();
  const stageSeconds: Record<string, number> = Object.fromEntries(pipeline.stages.map((s) => [s.name, 0]));
  const counts = { entities: 0, quotes: 0, timexes: 0, events: 0 };
  let tokens = 0;
  let chars = 0;
  let failures = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    try {
      let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
      const ctx = { published: a.published, options: {} };
      for (const stage of pipeline.stages) {
        const s = performance.now();
        doc = stage.run(doc, ctx);
        stageSeconds[stage.name]! += (performance.now() - s) / 1000;
      }
      const out = toContract(doc);
      tokens += out.tokens.length;
      chars += a.text.length;
      counts.entities += out.entities.length;
      counts.quotes += out.quotes.length;
      counts.timexes += out.timexes.length;
      counts.events += out.events.length;
    } catch (e) {
      failures++;
      if (failures <= 3) process.stderr.write(`bench: ${a.id}: ${(e as Error).message}\n`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  for (const k of Object.keys(stageSeconds)) stageSeconds[k] = Math.round(stageSeconds[k]! * 1000) / 1000;
  return {
    corpus: name,
    articles: articles.length,
    tokens,
    chars,
    seconds: Math.round(seconds * 100) / 100,
    cpuSeconds: Math.round(cpuSeconds * 100) / 100,
    articlesPerSec: Math.round((articles.length / seconds) * 10) / 10,
    tokensPerSec: Math.round(tokens / seconds),
    tokensPerCpuSec: Math.round(tokens / cpuSeconds),
    stageSeconds,
    counts,
    failures,
  };
}

async function main() {
  // the CLI's heap policy (src/cli/main.ts), so the peak RSS is the one users see; --heap-default measures V8's own
  if (!process.argv.includes('--heap-default')) applyHeapPolicy();
  if (!hasShared()) {
    console.log('bench: ../shared is absent; nothing to measure (skipped).');
    return;
  }
  const only = arg('only', '');
  const nReuters = Number(arg('reuters', '3000'));
  const results: CorpusResult[] = [];
  // warm-up: model loading is lazy; keep it out of the throughput figures
  defaultPipeline().run(createDoc('Warm-up: the minister said on Monday that talks would resume.', { published: '2025-01-01' }));
  if (!only || only === 'wikinews') results.push(runCorpus('wikinews', wikinews()));
  if (!only || only === 'reuters') results.push(runCorpus(`reuters (${nReuters})`, reuters(nReuters)));
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(`code: ${import.meta.url.endsWith('.ts') ? 'TypeScript source through tsx (npm run bench:source)' : 'compiled (dist/bench, as the built CLI runs)'}; node ${process.version}; heap growing ${process.argv.includes('--heap-default') ? "V8's default" : `${HEAP_GROWING_PERCENT}% (src/pipeline/heap-policy.ts)`}; node flags: ${process.execArgv.join(' ') || 'none'}`);
  console.log('corpus'.padEnd(18), 'articles', 'tokens'.padStart(9), 'seconds'.padStart(8), 'art/s'.padStart(7), 'tok/s'.padStart(8), 'CPU-s'.padStart(7), 'tok/CPU-s'.padStart(9), ' per-stage seconds (wall)');
  for (const r of results) {
    console.log(
      r.corpus.padEnd(18),
      String(r.articles).padStart(8),
      String(r.tokens).padStart(9),
      String(r.seconds).padStart(8),
      String(r.articlesPerSec).padStart(7),
      String(r.tokensPerSec).padStart(8),
      String(r.cpuSeconds).padStart(7),
      String(r.tokensPerCpuSec).padStart(9),
      ' ' + Object.entries(r.stageSeconds).map(([k, v]) => `${k} ${v}`).join(', '),
    );
    console.log(''.padEnd(18), `found: ${r.counts.entities} entities, ${r.counts.quotes} quotes, ${r.counts.timexes} timexes, ${r.counts.events} events; ${r.failures} failures`);
  }
  console.log(`peak RSS: ${mb(rss)} MB`);
  // the parser's own tag+parse benchmark (bench/parse.ts), when present
  if (process.argv.includes('--no-parse')) return writeJson(results, rss);
  try {
    const { benchParse, printParseBench } = await import('./parse.js');
    console.log('\ntag + parse alone (bench/parse.ts):');
    const r = await benchParse({ rounds: 2 });
    if (r) printParseBench(r);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  writeJson(results, rss);
}

function writeJson(results: CorpusResult[], rss: number): void {
  const json = arg('json', '');
  if (json) writeFileSync(json, JSON.stringify({ results, peakRssMB: mb(rss) }, null, 2));
}

await main();
