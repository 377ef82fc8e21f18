// The whole pipeline over the Wikinews bench corpus, for a CPU profile of the stages as the bench runs
// them (same heap policy, same documents, compiled): `npx tsc -p tsconfig.bench.json && node
// --cpu-prof --cpu-prof-dir /tmp/prof dist/bench/bench/pipeline-profile.js [rounds]`, then
// `npx tsx scripts/cpu-profile-stage.ts /tmp/prof/<file>.cpuprofile runQuotes` sums the self time
// under one stage's function. Prints the per-stage seconds so a profiled run can be checked
// against the bench's shares. `--alloc FILE`: instead of a CPU profile, a sampled record of every
// allocation (collected objects included) written as a .heapprofile, to read where the garbage comes from.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { createDoc } from '../src/core/doc.js';
import { hasShared } from '../src/core/paths.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { applyHeapPolicy } from '../src/pipeline/heap-policy.js';
import { toContract } from '../src/io/write-json.js';
import { wikinews } from './corpora.js';

applyHeapPolicy();
if (!hasShared()) {
  console.log('pipeline-profile: ../shared is absent; nothing to run.');
} else {
  const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? '1');
  const ai = process.argv.indexOf('--alloc');
  const allocFile = ai > 0 ? process.argv[ai + 1] : undefined;
  const session = allocFile ? new Session() : null;
  const post = (method: string, params?: object) =>
    new Promise<unknown>((ok, fail) => session!.post(method, params ?? {}, (e: Error | null, r: unknown) => (e ? fail(e) : ok(r))));
  if (session) {
    session.connect();
    await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  const pipeline = defaultPipeline();
  pipeline.run(createDoc('Warm-up: the minister said on Monday that talks would resume.', { published: '2025-01-01' }));
  const articles = wikinews();
  const stageSeconds: Record<string, number> = Object.fromEntries(pipeline.stages.map((s) => [s.name, 0]));
  // CPU seconds per stage too: on a shared machine the wall clock is mostly other jobs' load
  const stageCpu: Record<string, number> = Object.fromEntries(pipeline.stages.map((s) => [s.name, 0]));
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
      const ctx = { published: a.published, options: {} };
      for (const stage of pipeline.stages) {
        const s = performance.now();
        const c = process.cpuUsage();
        doc = stage.run(doc, ctx);
        stageSeconds[stage.name]! += (performance.now() - s) / 1000;
        const d = process.cpuUsage(c);
        stageCpu[stage.name]! += (d.user + d.system) / 1e6;
      }
      toContract(doc);
    }
  }
  if (session) {
    const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: unknown };
    writeFileSync(allocFile!, JSON.stringify(profile));
  }
  for (const [what, secs] of [['wall', stageSeconds], ['CPU', stageCpu]] as const) {
    const total = Object.values(secs).reduce((a, b) => a + b, 0);
    console.log(`${what}: ` + Object.entries(secs).map(([k, v]) => `${k} ${v.toFixed(3)} (${((100 * v) / total).toFixed(1)}%)`).join(', '));
  }
}
