// A CPU profile of one pipeline stage alone on the Wikinews bench corpus: the docs are run to the stage
// once (unprofiled), then the stage is run on them `--rounds` times with the profiler on, so the
// profile holds the stage's own work at a useful sample count — a profile of the whole pipeline
// (pipeline-profile.ts) spends 90% of its samples on other stages, and charges the stage for the
// per-token-array caches it shares with a later stage (lower-cased forms, the events stage's repaired
// tree), which the rounds after the first find filled. Writes a .cpuprofile for
// scripts/cpu-profile-summary.ts. Usage (timing lock): npx tsc -p tsconfig.bench.json &&
//   node --max-semi-space-size=8 --interrupt-budget=540672 dist/bench/bench/stage-profile.js
//   --stage quotes --rounds 8 --out /tmp/quotes.cpuprofile [--interval 200] [--cold]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { createDoc } from '../src/core/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { applyHeapPolicy } from '../src/pipeline/heap-policy.js';
import { wikinews } from './corpora.js';
import { arg } from './stage-harness.js';

const stageName = arg('stage', 'quotes');
const rounds = Number(arg('rounds', '8'));
const out = arg('out', `/tmp/${stageName}.cpuprofile`);
const interval = Number(arg('interval', '200'));

applyHeapPolicy();
const pipeline = defaultPipeline();
const si = pipeline.stages.findIndex((s) => s.name === stageName);
if (si < 0) throw new Error(`no ${stageName} stage`);
const stage = pipeline.stages[si]!;
const ctxOf = (published: string | null) => ({ published, options: {} as Record<string, never> });
const docs = wikinews().map((a) => {
  let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
  for (const s of pipeline.stages.slice(0, si)) doc = s.run(doc, ctxOf(a.published));
  return { doc, published: a.published };
});
// one unprofiled round: first-use work (lazy tables, the shared caches) out of the profile — unless
// `--cold`: then the profile starts at the stage's first run, as the bench sees it (each corpus run once
// per process: lazy tables, JIT warm-up and the first fills of the memos are most of that pass)
const cold = process.argv.includes('--cold');
if (!cold) for (const d of docs) stage.run(d.doc, ctxOf(d.published));

const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((ok, fail) => session.post(method, params ?? {}, (e: Error | null, r: unknown) => (e ? fail(e) : ok(r))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval });
await post('Profiler.start');
const c = process.cpuUsage();
const w = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) stage.run(d.doc, ctxOf(d.published));
const cpu = process.cpuUsage(c);
const wall = performance.now() - w;
const { profile } = (await post('Profiler.stop')) as { profile: unknown };
writeFileSync(out, JSON.stringify(profile));
console.log(`${stageName}: ${docs.length} docs × ${rounds} rounds, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall; profile ${out}`);
