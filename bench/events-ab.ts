// In-process A/B of the events stage of two builds on the Wikinews bench corpus, for speed work that
// must leave the events output byte-identical (issue 13: "the events stage stays under 15% of pipeline
// time"). The docs are run once through each build's own stages before `events`; then the events stage of
// the base build and of this build (head) are timed alternately on those docs (per doc, the order
// switching every doc and round), ≥ 6 rounds — the
// stage is pure Doc → Doc (withLayers returns a new Doc), so the docs are reused as they are. Round 1
// is reported on its own: it includes each build's first-use work (lazy dictionary frames, memo
// warm-up), which the bench pays too, since it runs each corpus once per process. The steady rounds
// are reported as medians. Each round also times this build's other stages once on fresh docs, so the
// events share of the whole pipeline can be read directly. Times are CPU (user + system, process-wide)
// and wall; on a shared machine CPU time is the steadier of the two.
// Blind spot: optimising compiles run on V8's background threads and their CPU is the process's, so it
// lands on whichever build's doc is timed while they run — about evenly on both. A change in compile
// cost (session 17: extractEvents cut into per-sentence and per-token functions, 1.4 → 0.65 s of
// TurboFan compiles in the first pass) reads ≈ 1.0 here; measure it in separate processes
// (bench/stage-cpu.ts --root, alternating builds, or `npm run bench` pairs).
// The events layer's JSON must be identical between base and head on every doc (exit 1 otherwise).
// `--stage quotes` times another stage the same way (the stage's own layers are the ones compared; for
// `--stage segment` its paragraphs, sentences and tokens): issue 14's cost line, the quotes stage under 10%
// of pipeline time, is read with it.
// Usage (under the timing lock): npx tsc -p tsconfig.bench.json && (cd BASE && npx tsc -p tsconfig.bench.json) &&
//   flock /tmp/ng-timing.lock node --max-semi-space-size=8 --interrupt-budget=540672
//   dist/bench/bench/events-ab.js --base BASE [--rounds 6] [--stage events]
// `--stage-only`: no run of the whole pipeline per round (the share columns then read 100%): a quicker
// A/B of the stage alone, for iterating on a speed change; the share needs the full run.
// BASE is a checkout built with `npm run build && npx tsc -p tsconfig.bench.json` (its dist/bench is used),
// or a compiled tree holding src/pipeline/default.js.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../src/core/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { applyHeapPolicy } from '../src/pipeline/heap-policy.js';
import { wikinews } from './corpora.js';
import { arg, type StageLike } from './stage-harness.js';


/** The compiled tree of a checkout (its dist/bench, else dist) or the tree itself. */
function compiledRoot(dir: string): string {
  for (const cand of [dir, join(dir, 'dist', 'bench'), join(dir, 'dist')]) if (existsSync(join(cand, 'src', 'pipeline', 'default.js')) || existsSync(join(cand, 'pipeline', 'default.js'))) return cand;
  throw new Error(`no compiled pipeline under ${dir} (run npm run build && npx tsc -p tsconfig.bench.json there)`);
}

const baseArg = arg('base', '');
if (!baseArg) {
  console.error('usage: node dist/bench/bench/events-ab.js --base DIR [--rounds N] [--stage NAME] [--stage-only]');
  process.exit(2);
}
const baseRoot = compiledRoot(resolve(baseArg));
const baseDefault = existsSync(join(baseRoot, 'src', 'pipeline', 'default.js')) ? join(baseRoot, 'src', 'pipeline', 'default.js') : join(baseRoot, 'pipeline', 'default.js');
const rounds = Math.max(6, Number(arg('rounds', '6')));
/** the stage timed, and the layer it assigns (compared between the builds) */
const stageName = arg('stage', 'events');
const stageOnly = process.argv.includes('--stage-only');
/** the layers compared: the stage's own (`--stage segment` assigns three: paragraphs, sentences, tokens);
 * a token sub-layer (pos, lemma, parse: the syntax stage) is compared as the tokens */
let compared: string[] = [stageName];
const layerOf = (doc: Doc) => JSON.stringify(compared.map((k) => (doc as unknown as Record<string, unknown>)[k]));

applyHeapPolicy();
const head = defaultPipeline();
const base = ((await import(pathToFileURL(baseDefault).href)) as { defaultPipeline: () => { stages: readonly StageLike[] } }).defaultPipeline();
const baseDoc = ((await import(pathToFileURL(join(baseDefault, '..', '..', 'core', 'doc.js')).href)) as { createDoc: typeof createDoc }).createDoc;
const eventsOf = (p: { stages: readonly StageLike[] }) => {
  const s = p.stages.find((x) => x.name === stageName);
  if (!s) throw new Error(`no ${stageName} stage`);
  return s;
};
const headEvents = eventsOf(head);
{
  const assigns = (headEvents as { assigns?: readonly string[] }).assigns ?? [stageName];
  const docKeys = new Set(['paragraphs', 'sentences', 'tokens', 'entities', 'roleObservations', 'timexes', 'timeFrames', 'quotes', 'events', 'dates']);
  compared = assigns.filter((k) => docKeys.has(k));
  if (!compared.length) compared = ['tokens'];
}
const baseEvents = eventsOf(base);
const ei = head.stages.findIndex((s) => s.name === stageName);

const articles = wikinews();
if (!articles.length) throw new Error('no Wikinews bench corpus under ../shared/data/wikinews');
const ctxOf = (published: string | null) => ({ published, options: {} as Record<string, never> });
const fresh = (a: (typeof articles)[number]) => createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
const docs = articles.map((a) => {
  let doc = fresh(a);
  for (const stage of head.stages.slice(0, ei)) doc = stage.run(doc, ctxOf(a.published));
  return { doc, published: a.published };
});
// the base build's own docs, run to its events stage by its own stages: what earlier stages leave in
// a build's caches keyed by the doc or its token arrays (the lower-cased forms, src/core/lower-forms.ts)
// is there for that build's events stage only — on the head's docs the base would rebuild them in
// round 1, and an A/A run of one commit against itself read 0.89 there (steady rounds ≈ 1.0)
const bi = base.stages.findIndex((s) => s.name === stageName);
const baseDocs = articles.map((a) => {
  let doc = baseDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
  for (const stage of base.stages.slice(0, bi)) doc = stage.run(doc, ctxOf(a.published));
  return doc;
});

/** tokens of the head's output docs (round 1): the segment stage's input docs have none yet */
let headTokens = 0;
const baseOut: string[] = [];
const headOut: string[] = [];
interface Timing {
  cpu: number;
  wall: number;
}
/** One round: every doc through the base and the head events stage, in alternating order per doc
 * (so a change of the machine's load within the round falls on both builds alike). */
function timeRound(r: number, keep: boolean): { base: Timing; head: Timing } {
  const t = { base: { cpu: 0, wall: 0 }, head: { cpu: 0, wall: 0 } };
  const one = (which: 'base' | 'head', i: number) => {
    const stage = which === 'base' ? baseEvents : headEvents;
    const doc = which === 'base' ? baseDocs[i]! : docs[i]!.doc;
    const c = process.cpuUsage();
    const w = performance.now();
    const out = stage.run(doc, ctxOf(docs[i]!.published));
    t[which].wall += performance.now() - w;
    const d = process.cpuUsage(c);
    t[which].cpu += (d.user + d.system) / 1000;
    if (keep) (which === 'base' ? baseOut : headOut)[i] = layerOf(out);
    if (r === 0 && which === 'head') headTokens += out.tokens.length;
  };
  for (let i = 0; i < docs.length; i++) {
    if ((i + r) % 2 === 0) (one('base', i), one('head', i));
    else (one('head', i), one('base', i));
  }
  return t;
}
/**
 * This build's whole pipeline on fresh docs, per stage (CPU ms). The base events stage runs on the
 * same docs beside it, untimed: head's events code then runs no more often than base's (more calls
 * would mean more JIT feedback and warmer memos for head alone).
 */
function timeStages(): Map<string, number> {
  const cpu = new Map<string, number>(head.stages.map((s) => [s.name, 0]));
  for (const a of articles) {
    let doc = fresh(a);
    for (const stage of head.stages) {
      if (stage === headEvents) baseEvents.run(doc, ctxOf(a.published));
      const c = process.cpuUsage();
      doc = stage.run(doc, ctxOf(a.published));
      const d = process.cpuUsage(c);
      cpu.set(stage.name, cpu.get(stage.name)! + (d.user + d.system) / 1000);
    }
  }
  return cpu;
}

const rows: { base: Timing; head: Timing; others: number; inPipeline: number }[] = [];
let mismatch = 0;
for (let r = 0; r < rounds; r++) {
  const check = r === 0 || r === rounds - 1;
  const { base: b, head: h } = timeRound(r, check);
  if (check) for (let i = 0; i < docs.length; i++) if (baseOut[i] !== headOut[i]) (mismatch++, mismatch <= 5 && console.log(`${stageName} differ on ${articles[i]!.id} (round ${r + 1})`));
  const stages = stageOnly ? new Map([[stageName, h.cpu]]) : timeStages();
  let others = 0;
  for (const [name, ms] of stages) if (name !== stageName) others += ms;
  rows.push({ base: b, head: h, others, inPipeline: stages.get(stageName)! });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const share = (events: number, others: number) => events / (events + others);
console.log(`${stageName} A/B: ${articles.length} Wikinews articles, ${headTokens} tokens, ${rounds} rounds; base ${baseRoot}`);
console.log(`round   base cpu  head cpu  head/base   base wall  head wall   other stages cpu  head ${stageName} share (in-pipeline run)`);
rows.forEach((x, r) =>
  console.log(
    `${String(r + 1).padStart(5)} ${x.base.cpu.toFixed(0).padStart(9)} ${x.head.cpu.toFixed(0).padStart(9)} ${(x.head.cpu / x.base.cpu).toFixed(3).padStart(10)} ${x.base.wall.toFixed(0).padStart(11)} ${x.head.wall.toFixed(0).padStart(10)} ${x.others.toFixed(0).padStart(18)}  ${pct(share(x.head.cpu, x.others))} (${pct(share(x.inPipeline, x.others))})`,
  ),
);
const first = rows[0]!;
const steady = rows.slice(1);
const mb = median(steady.map((x) => x.base.cpu));
const mh = median(steady.map((x) => x.head.cpu));
const mo = median(steady.map((x) => x.others));
console.log(`first round (incl. first-use builds): base ${first.base.cpu.toFixed(0)} ms, head ${first.head.cpu.toFixed(0)} ms CPU, head/base ${(first.head.cpu / first.base.cpu).toFixed(3)}`);
console.log(
  `steady median (rounds 2–${rounds}): base ${mb.toFixed(0)} ms, head ${mh.toFixed(0)} ms CPU, head/base ${(mh / mb).toFixed(3)} (median of per-round ratios ${median(steady.map((x) => x.head.cpu / x.base.cpu)).toFixed(3)}); ` +
    `wall base ${median(steady.map((x) => x.base.wall)).toFixed(0)} head ${median(steady.map((x) => x.head.wall)).toFixed(0)} ms`,
);
console.log(`${stageName} share of the pipeline: head ${pct(share(mh, mo))}, base ${pct(share(mb, mo))} (steady medians, other stages of this build ${mo.toFixed(0)} ms CPU)`);
console.log(mismatch ? `${stageName.toUpperCase()} OUTPUT DIFFERS on ${mismatch} doc-rounds` : `${stageName} output identical on all ${docs.length} docs (rounds 1 and ${rounds})`);
process.exit(mismatch ? 1 : 0);
