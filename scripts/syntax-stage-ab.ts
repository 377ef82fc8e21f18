// Times compiled builds of the syntax chain against each other in one process: each build's dist/ is
// imported on its own (its own modules, models and buffers), the Wikinews bench corpus is segmented
// once per build by that build's segment stage, and the builds alternate in chunks of documents,
// round after round, so that the load other processes put on the shared cores hits both alike.
// Two measures per build, CPU milliseconds (process.cpuUsage): the syntax stage (tag, lemmatize,
// parse, repairs, the token objects) and the chain alone as eval/parse.ts calls it (analyzeSentence
// per sentence, no repair codes asked for). Before timing, the builds' tokens are compared: a speed
// or provenance change must leave tags, lemmas, heads and relations identical (a `repair` field is
// reported, not compared).
//   npx tsx scripts/syntax-stage-ab.ts BASE_DIST HEAD_DIST [--rounds N] [--chunks N]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc, type Token } from '../src/core/doc.js';
import { wikinews } from '../bench/corpora.js';

interface StageLike {
  run(doc: Doc, ctx: { published: string | null; options: Record<string, unknown> }): Doc;
}
interface Build {
  name: string;
  segment: StageLike;
  syntax: StageLike;
  analyze: (forms: readonly string[]) => unknown;
  docs: Doc[];
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--chunks');
if (dirs.length !== 2) throw new Error('usage: npx tsx scripts/syntax-stage-ab.ts BASE_DIST HEAD_DIST [--rounds N] [--chunks N]');
const rounds = opt('--rounds', 5);
const chunks = opt('--chunks', 6);
const ctx = { published: null, options: {} };

async function load(dir: string, name: string): Promise<Build> {
  const url = (f: string) => pathToFileURL(resolve(dir, f)).href;
  const { segmentStage } = (await import(url('stages/segment/index.js'))) as { segmentStage: StageLike };
  const { syntaxStage } = (await import(url('stages/syntax/index.js'))) as { syntaxStage: StageLike };
  const { analyzeSentence } = (await import(url('nlp/parser-annotate.js'))) as { analyzeSentence: Build['analyze'] };
  const docs = wikinews().map((a) => segmentStage.run(createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published }), ctx));
  return { name, segment: segmentStage, syntax: syntaxStage, analyze: analyzeSentence, docs };
}

const builds = [await load(dirs[0]!, 'base'), await load(dirs[1]!, 'head')];
const tokens = builds[0]!.docs.reduce((n, d) => n + d.tokens.length, 0);

// identity: tags, lemmas, heads, relations; the repair field counted
const same = (a: Token, b: Token) => a.pos === b.pos && a.xpos === b.xpos && a.lemma === b.lemma && a.head === b.head && a.dep === b.dep;
let differ = 0;
let repaired = 0;
for (let d = 0; d < builds[0]!.docs.length; d++) {
  const a = builds[0]!.syntax.run(builds[0]!.docs[d]!, ctx).tokens;
  const b = builds[1]!.syntax.run(builds[1]!.docs[d]!, ctx).tokens;
  if (a.length !== b.length) differ++;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (!same(a[i]!, b[i]!)) differ++;
    if (b[i]!.repair !== undefined) repaired++;
  }
}
console.log(`${builds[0]!.docs.length} docs, ${tokens} tokens: ${differ} tokens differ between the builds; head tokens with a repair ${repaired}`);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stageMs = builds.map(() => [] as number[]);
const chainMs = builds.map(() => [] as number[]);
const per = Math.ceil(builds[0]!.docs.length / chunks);
for (let r = 0; r < rounds; r++) {
  const st = builds.map(() => 0);
  const ch = builds.map(() => 0);
  for (let c = 0; c < chunks; c++) {
    // the order within a chunk alternates too, so neither build always runs first
    const order = (r + c) % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const b = builds[k]!;
      const part = b.docs.slice(c * per, (c + 1) * per);
      let t = cpu();
      for (const doc of part) b.syntax.run(doc, ctx);
      st[k]! += cpu() - t;
      t = cpu();
      for (const doc of part) for (const s of doc.sentences) if (s.tokenEnd > s.tokenStart) b.analyze(doc.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.form));
      ch[k]! += cpu() - t;
    }
  }
  builds.forEach((_, k) => {
    stageMs[k]!.push(st[k]!);
    chainMs[k]!.push(ch[k]!);
  });
  const kt = (ms: number) => ((tokens / ms) * 1000 / 1000).toFixed(1);
  console.log(
    `round ${r + 1}: syntax stage ${builds.map((b, k) => `${b.name} ${st[k]!.toFixed(0)} ms (${kt(st[k]!)}k tok/CPU-s)`).join(', ')} head/base ${(st[1]! / st[0]!).toFixed(3)}; ` +
      `chain ${builds.map((b, k) => `${b.name} ${ch[k]!.toFixed(0)} ms`).join(', ')} head/base ${(ch[1]! / ch[0]!).toFixed(3)}`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios = (xs: number[][]) => xs[1]!.map((x, i) => x / xs[0]![i]!);
console.log(`median head/base (rounds after the first): syntax stage ${median(ratios(stageMs).slice(1)).toFixed(3)}, chain ${median(ratios(chainMs).slice(1)).toFixed(3)}`);
