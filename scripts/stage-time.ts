// Times one pipeline stage alone on the Wikinews bench corpus: the documents are run up to the stage
// once, then the stage runs over all of them `rounds` times. The first pass is reported apart because
// it pays what a stage builds lazily on first use (the events stage's per-lemma dictionary frames),
// as the bench's single pass does; the later passes show the steady cost. CPU milliseconds
// (process.cpuUsage): on a shared machine the wall clock is mostly other jobs' load. Run it in two
// checkouts alternately to compare them.
//   npx tsx scripts/stage-time.ts <stage> [rounds]      e.g. events 5, quotes 5, time 5
import { createDoc, type Doc } from '../src/core/doc.js';
import { hasShared } from '../src/core/paths.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { wikinews } from '../bench/corpora.js';

const [name = 'events', roundsArg = '5'] = process.argv.slice(2);
if (!hasShared()) {
  console.log('stage-time: ../shared is absent; nothing to run.');
} else {
  const pipeline = defaultPipeline();
  // the bench's warm-up: resources and models load on first use, outside the timed passes
  pipeline.run(createDoc('Warm-up: the minister said on Monday that talks would resume.', { published: '2025-01-01' }));
  const at = pipeline.stages.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no stage "${name}" (stages: ${pipeline.stages.map((s) => s.name).join(', ')})`);
  const stage = pipeline.stages[at]!;
  const docs: { doc: Doc; published: string | null }[] = wikinews().map((a) => {
    let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
    const ctx = { published: a.published, options: {} };
    for (const s of pipeline.stages.slice(0, at)) doc = s.run(doc, ctx);
    return { doc, published: a.published };
  });
  const passes: number[] = [];
  for (let r = 0; r < Number(roundsArg); r++) {
    const c = process.cpuUsage();
    for (const d of docs) stage.run(d.doc, { published: d.published, options: {} });
    const u = process.cpuUsage(c);
    passes.push((u.user + u.system) / 1000);
  }
  const warm = passes.slice(1).sort((a, b) => a - b);
  const median = warm.length ? warm[Math.floor(warm.length / 2)]! : NaN;
  console.log(`${name}: first pass ${passes[0]!.toFixed(0)} ms CPU; later passes ${passes.slice(1).map((x) => x.toFixed(0)).join(' / ')} (median ${median.toFixed(0)})`);
}
