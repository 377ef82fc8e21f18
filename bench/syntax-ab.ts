// In-process A/B of the syntax chain of two compiled builds on the Wikinews bench corpus, for speed
// work on the tagger that must leave its output identical (issue 19: tag + parse ≥ 100,000 tokens per
// CPU-second). Three measures, each timed for the base build and this build (head) alternately —
// the order switching every round, so a change of the machine's load within a round falls on both:
//   tagger    Tagger.tagIds over every sentence (our segmentation, done once beforehand)
//   tagparse  tagIds + Parser.parseIdsInto, as bench/parse.ts times tag + parse
//   stage     the syntax stage (tag, lemmatize, parse, repairs, token objects) on segmented docs
// Times are CPU (user + system) per measure and round; the first round (JIT warm-up, memos filling)
// is reported apart, the others as medians with head/base ratios. The tag ids of every sentence and
// the syntax stage's tokens must be identical between the builds (exit 1 otherwise).
// Usage (timing lock): npm run build && npx tsc -p tsconfig.bench.json && (the same in BASE) &&
//   flock /tmp/ng-timing.lock node --max-semi-space-size=8 --interrupt-budget=540672
//   dist/bench/bench/syntax-ab.js --base BASE [--rounds 6] [--only tagger,tagparse,stage]
// BASE is a checkout built the same way (its dist/bench is used).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../src/core/doc.js';
import { applyHeapPolicy } from '../src/pipeline/heap-policy.js';
import { wikinews } from './corpora.js';
import { arg, type StageLike } from './stage-harness.js';

interface TaggerLike {
  readonly uposOf: readonly string[];
  readonly xposOf: readonly string[];
  tagIds(forms: readonly string[], out: Int32Array, n?: number): void;
}
interface ParserLike {
  parseIdsInto(forms: readonly string[], ids: ArrayLike<number>, uposOf: readonly string[], xposOf: readonly string[]): unknown;
}
interface Build {
  name: 'base' | 'head';
  tagger: TaggerLike;
  parser: ParserLike;
  syntax: StageLike;
  segment: StageLike;
}

async function loadBuild(name: Build['name'], root: string): Promise<Build> {
  const load = async <T>(rel: string) => (await import(pathToFileURL(join(root, rel)).href)) as T;
  const { getTagger } = await load<{ getTagger: () => TaggerLike }>('src/nlp/tagger.js');
  const { getParser } = await load<{ getParser: () => ParserLike }>('src/nlp/parser.js');
  const { defaultPipeline } = await load<{ defaultPipeline: () => { stages: StageLike[] } }>('src/pipeline/default.js');
  const stages = defaultPipeline().stages;
  const stage = (n: string) => stages.find((s) => s.name === n) ?? missing(n);
  return { name, tagger: getTagger(), parser: getParser(), syntax: stage('syntax'), segment: stage('segment') };
}

function missing(n: string): never {
  throw new Error(`no ${n} stage`);
}

const baseArg = arg('base', '');
if (!baseArg) {
  console.error('usage: node dist/bench/bench/syntax-ab.js --base DIR [--rounds N] [--only tagger,tagparse,stage]');
  process.exit(2);
}
const baseRoot = join(resolve(baseArg), 'dist', 'bench');
if (!existsSync(join(baseRoot, 'src', 'nlp', 'tagger.js'))) throw new Error(`no compiled tagger under ${baseRoot} (run npx tsc -p tsconfig.bench.json there)`);
const rounds = Math.max(2, Number(arg('rounds', '6')));
const only = new Set(arg('only', 'tagger,tagparse,stage').split(','));

applyHeapPolicy();
const builds = [await loadBuild('base', baseRoot), await loadBuild('head', join(import.meta.dirname, '..'))];
const ctx = (published: string | null) => ({ published, options: {} as Record<string, never> });
const docs = wikinews().map((a) => ({ doc: builds[1]!.segment.run(createDoc(a.text, { id: a.id, title: a.title, url: a.url, published: a.published }), ctx(a.published)), published: a.published }));
if (!docs.length) throw new Error('no Wikinews bench corpus under ../shared/data/wikinews');
const sents: string[][] = [];
for (const { doc } of docs) for (const s of doc.sentences) sents.push(doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form));
const tokens = sents.reduce((n, s) => n + s.length, 0);
let ids = new Int32Array(256);

const measures: Record<string, (b: Build, keep: string[] | null) => void> = {
  tagger(b, keep) {
    for (const s of sents) {
      if (ids.length < s.length) ids = new Int32Array(s.length * 2);
      b.tagger.tagIds(s, ids, s.length);
      if (keep) keep.push(ids.subarray(0, s.length).join(' '));
    }
  },
  tagparse(b) {
    for (const s of sents) {
      if (ids.length < s.length) ids = new Int32Array(s.length * 2);
      b.tagger.tagIds(s, ids, s.length);
      b.parser.parseIdsInto(s, ids, b.tagger.uposOf, b.tagger.xposOf);
    }
  },
  stage(b, keep) {
    for (const d of docs) {
      const out: Doc = b.syntax.run(d.doc, ctx(d.published));
      if (keep) keep.push(JSON.stringify(out.tokens));
    }
  },
};

const cpuMs = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
let mismatch = 0;
console.log(`wikinews: ${docs.length} articles, ${sents.length} sentences, ${tokens} tokens; ${rounds} rounds, base ${baseRoot}`);
for (const [name, run] of Object.entries(measures)) {
  if (!only.has(name)) continue;
  const t: Record<Build['name'], number[]> = { base: [], head: [] };
  for (let r = 0; r < rounds; r++) {
    const check = r === 0;
    const kept: Record<Build['name'], string[]> = { base: [], head: [] };
    const order = r % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) t[b.name].push(cpuMs(() => run(b, check ? kept[b.name] : null)));
    if (check && kept.base.length && kept.base.some((x, i) => x !== kept.head[i])) {
      mismatch++;
      console.log(`${name}: OUTPUT DIFFERS between base and head`);
    }
  }
  const rate = (ms: number) => Math.round(tokens / (ms / 1000));
  const steady = (b: Build['name']) => median(t[b].slice(1));
  const pairs = t.base.slice(1).map((b, i) => (b / t.head[i + 1]!).toFixed(3));
  console.log(
    `${name.padEnd(8)} round 1: base ${rate(t.base[0]!)} head ${rate(t.head[0]!)} tok/CPU-s; steady median: base ${rate(steady('base'))} head ${rate(steady('head'))} tok/CPU-s = ${(steady('base') / steady('head')).toFixed(3)}x (pairs ${pairs.join(' ')})`,
  );
}
process.exit(mismatch ? 1 : 0);
