// Times compiled builds of the parser's decoding code against each other in one process (issue
// 19): each build's dist/ is imported on its own (its own module instances, WebAssembly module and
// model copy), the Wikinews bench corpus is segmented and tagged once, and the builds alternate in
// chunks of sentences, round after round, so that the load other processes put on the shared cores
// hits both alike. Parser alone (the tagger's ids computed beforehand), tag + parse (each build's
// own tagger, as bench/parse.ts) and, with --tagger, the tagger alone are reported per CPU-second, with each build's speed against the first
// (A) per round. Before timing, the builds' heads and labels are compared sentence by sentence (greedy, unpruned and
// shipped decoding): a speed change must parse identically.
//   npx tsx scripts/parser-code-ab.ts BASE_DIST HEAD_DIST [MORE_DIST …] [--rounds N (0: identity check only)] [--chunks N] [--no-tag-parse] [--tagger]
// e.g. BASE_DIST = ../wt-x-base/dist (a detached worktree of main, built), HEAD_DIST = dist
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { segmentText } from '../src/nlp/segment-text.js';
import { wikinews } from '../bench/corpora.js';

interface Build {
  name: string;
  parser: {
    parseIdsInto(forms: readonly string[], ids: ArrayLike<number>, u: readonly string[], x: readonly string[]): { heads: Int32Array; labels: Int32Array };
    model: { beamWidth: number; beamMargin: number; setBeam(w: number, m?: number): void };
  };
  tagger: { tagIds(forms: readonly string[], out: Int32Array, n: number): void; uposOf: readonly string[]; xposOf: readonly string[] };
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--chunks');
if (dirs.length < 2) throw new Error('usage: npx tsx scripts/parser-code-ab.ts BASE_DIST HEAD_DIST [MORE_DIST …] [--rounds N] [--chunks N] [--no-tag-parse]');
const rounds = opt('--rounds', 4);
const chunks = opt('--chunks', 6);
const tagParse = !args.includes('--no-tag-parse');
const taggerAlone = args.includes('--tagger');

async function load(dir: string, name: string): Promise<Build> {
  const url = (f: string) => pathToFileURL(resolve(dir, f)).href;
  const { getParser } = (await import(url('nlp/parser.js'))) as { getParser(): Build['parser'] };
  const { getTagger } = (await import(url('nlp/tagger.js'))) as { getTagger(): Build['tagger'] };
  return { name, parser: getParser(), tagger: getTagger() };
}

const builds: Build[] = [];
for (let k = 0; k < dirs.length; k++) builds.push(await load(dirs[k]!, String.fromCharCode(65 + k)));
const sents: string[][] = [];
for (const a of wikinews()) {
  const seg = segmentText(a.text);
  for (const s of seg.sentences) if (s.tokenEnd > s.tokenStart) sents.push(seg.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form));
}
const tokens = sents.reduce((n, s) => n + s.length, 0);
const t0 = builds[0]!.tagger;
const tags = sents.map((s) => {
  const ids = new Int32Array(s.length);
  t0.tagIds(s, ids, s.length);
  return ids;
});

// identical tags (each build's own tagger against A's) and parses first (and the code warmed up by it)
let tagsDiffer = 0;
const mine = new Int32Array(4096);
for (let i = 0; i < sents.length; i++) {
  for (const b of builds.slice(1)) {
    b.tagger.tagIds(sents[i]!, mine, sents[i]!.length);
    if (mine.subarray(0, sents[i]!.length).some((t, k) => t !== tags[i]![k])) {
      tagsDiffer++;
      break;
    }
  }
}
const { beamWidth, beamMargin } = builds[0]!.parser.model;
let differ = 0;
for (const [w, m] of [[beamWidth, Infinity], [1, Infinity], [beamWidth, beamMargin]] as const) {
  for (const b of builds) b.parser.model.setBeam(w, m);
  for (let i = 0; i < sents.length; i++) {
    const outs = builds.map((b) => {
      const r = b.parser.parseIdsInto(sents[i]!, tags[i]!, b.tagger.uposOf, b.tagger.xposOf);
      return `${Array.from(r.heads.subarray(0, sents[i]!.length))}|${Array.from(r.labels.subarray(0, sents[i]!.length))}`;
    });
    if (outs.some((o) => o !== outs[0])) differ++;
  }
}
console.log(`${builds.map((b, k) => `${b.name} = ${dirs[k]}`).join(', ')}\n${sents.length} sentences, ${tokens} tokens; tags differing: ${tagsDiffer}; parses differing (3 decodings): ${differ}`);
if (differ > 0 || tagsDiffer > 0) process.exitCode = 1;

// --rounds 0: the identity check alone (no timing: needs no timing lock)
if (rounds === 0) process.exit();
const per = Math.ceil(sents.length / chunks);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
type Mode = 'parser alone' | 'tag + parse' | 'tagger alone';
function time(b: Build, from: number, to: number, mode: Mode, ids: Int32Array): number {
  const { parser, tagger } = b;
  const c0 = cpu();
  for (let i = from; i < to; i++) {
    const s = sents[i]!;
    if (mode === 'tagger alone') tagger.tagIds(s, ids, s.length);
    else if (mode === 'tag + parse') {
      tagger.tagIds(s, ids, s.length);
      parser.parseIdsInto(s, ids, tagger.uposOf, tagger.xposOf);
    } else parser.parseIdsInto(s, tags[i]!, tagger.uposOf, tagger.xposOf);
  }
  return cpu() - c0;
}
const ids = new Int32Array(4096);
const modes: Mode[] = ['parser alone'];
if (tagParse) modes.push('tag + parse');
if (taggerAlone) modes.push('tagger alone');
for (const mode of modes) {
  const secs = builds.map(() => 0);
  const ratios: number[][] = builds.map(() => []);
  // round 0 warms up (not counted); then per chunk the builds in turn, the order rotating by round and chunk
  for (let r = 0; r <= rounds; r++) {
    const rs = builds.map(() => 0);
    for (let c = 0; c < chunks; c++) {
      const from = c * per;
      const to = Math.min(sents.length, from + per);
      for (let j = 0; j < builds.length; j++) {
        const k = (j + r + c) % builds.length;
        rs[k]! += time(builds[k]!, from, to, mode, ids);
      }
    }
    if (r === 0) continue;
    for (let k = 0; k < builds.length; k++) {
      secs[k]! += rs[k]!;
      ratios[k]!.push(rs[0]! / rs[k]!);
    }
  }
  const rate = (s: number) => Math.round((tokens * rounds) / s);
  const median = (v: number[]) => v.slice().sort((a, b) => a - b)[v.length >> 1]!;
  console.log(`${mode}: ${builds.map((b, k) => `${b.name} ${rate(secs[k]!)}`).join(', ')} tokens/CPU-s`);
  for (let k = 1; k < builds.length; k++) console.log(`  ${builds[k]!.name}/A speed per round ${ratios[k]!.map((x) => x.toFixed(3)).join(' ')} (median ${median(ratios[k]!).toFixed(3)})`);
}
