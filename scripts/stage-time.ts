// Times pipeline stages alone on the Wikinews bench corpus: the documents are run up to the first named
// stage once, then the named stages (consecutive ones, in pipeline order) run over all of them
// `rounds` times, each stage timed apart. The first pass is reported apart because it pays what a stage
// builds lazily on first use (the events stage's per-lemma dictionary frames) and the code's warm-up,
// as the bench's single pass does; the later passes show the steady cost. CPU milliseconds
// (process.cpuUsage): on a shared machine the wall clock is mostly other jobs' load. Run it in two
// checkouts alternately to compare them.
//   npx tsx scripts/stage-time.ts <stage>[,<stage>…] [rounds]      e.g. events 5, quotes,events 3
import { createDoc, type Doc } from '../src/core/doc.js';
import { hasShared } from '../src/core/paths.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { wikinews } from '../bench/corpora.js';

const [names = 'events', roundsArg = '5'] = process.argv.slice(2);
if (!hasShared()) {
  console.log('stage-time: ../shared is absent; nothing to run.');
} else {
  const pipeline = defaultPipeline();
  // the bench's warm-up: resources and models load on first use, outside the timed passes
  pipeline.run(createDoc('Warm-up: the minister said on Monday that talks would resume.', { published: '2025-01-01' }));
  const wanted = names.split(',');
  const at = wanted.map((n) => pipeline.stages.findIndex((s) => s.name === n));
  if (at.some((i) => i < 0)) throw new Error(`no stage "${wanted[at.indexOf(-1)]}" (stages: ${pipeline.stages.map((s) => s.name).join(', ')})`);
  if (at.some((i, k) => k > 0 && i !== at[k - 1]! + 1)) throw new Error('the stages must be consecutive, in pipeline order');
  const docs: { doc: Doc; published: string | null }[] = wikinews().map((a) => {
    let doc = createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
    const ctx = { published: a.published, options: {} };
    for (const s of pipeline.stages.slice(0, at[0])) doc = s.run(doc, ctx);
    return { doc, published: a.published };
  });
  const passes: number[][] = wanted.map(() => []);
  for (let r = 0; r < Number(roundsArg); r++) {
    const spent = wanted.map(() => 0);
    for (const d of docs) {
      let doc = d.doc;
      const ctx = { published: d.published, options: {} };
      at.forEach((i, k) => {
        const c = process.cpuUsage();
        doc = pipeline.stages[i]!.run(doc, ctx);
        const u = process.cpuUsage(c);
        spent[k]! += (u.user + u.system) / 1000;
      });
    }
    spent.forEach((ms, k) => passes[k]!.push(ms));
  }
  wanted.forEach((name, k) => {
    const ps = passes[k]!;
    const warm = ps.slice(1).sort((a, b) => a - b);
    const median = warm.length ? warm[Math.floor(warm.length / 2)]! : NaN;
    console.log(`${name}: first pass ${ps[0]!.toFixed(0)} ms CPU; later passes ${ps.slice(1).map((x) => x.toFixed(0)).join(' / ')} (median ${median.toFixed(0)})`);
  });
}
