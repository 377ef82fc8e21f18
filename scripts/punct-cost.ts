// The cost of the punct refiner (src/nlp/syntax-repair-punct.ts) against tag + parse, in one process
// on the Wikinews bench corpus: each sentence analysed once by the chain, then rounds alternating
// tag + parse (tagIds + parseIdsInto, as bench/parse.ts times it) and the refiner over every
// parsed sentence (heads restored from a copy before each call; the copy timed apart and taken off).
// CPU per round; the shares are medians over rounds. Run under the timing lock.
//   npx tsx scripts/punct-cost.ts [--rounds N]
import { wikinews } from '../bench/corpora.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { analyzeSentence } from '../src/nlp/parser-annotate.js';
import { getParser } from '../src/nlp/parser.js';
import { PunctAttacher } from '../src/nlp/syntax-repair-punct.js';
import { getTagger } from '../src/nlp/tagger.js';

const ri = process.argv.indexOf('--rounds');
const rounds = ri > 0 ? Number(process.argv[ri + 1]) : 7;
const sents: string[][] = [];
for (const a of wikinews()) {
  const seg = segmentText(a.text);
  for (const s of seg.sentences) sents.push(seg.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form));
}
const tokens = sents.reduce((n, s) => n + s.length, 0);
const parsed = sents.map((s) => analyzeSentence(s));
const work = parsed.map((a) => a.heads.slice());
const tagger = getTagger();
const parser = getParser();
const att = new PunctAttacher();
const opt = { pairs: true };
let ids = new Int32Array(256);
const cpu = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const restore = () => {
  for (let i = 0; i < parsed.length; i++) {
    const h = parsed[i]!.heads;
    const w = work[i]!;
    for (let k = 0; k < h.length; k++) w[k] = h[k]!;
  }
};
const tp: number[] = [];
const pu: number[] = [];
for (let r = 0; r < rounds; r++) {
  tp.push(cpu(() => {
    for (const s of sents) {
      if (ids.length < s.length) ids = new Int32Array(s.length * 2);
      tagger.tagIds(s, ids, s.length);
      parser.parseIdsInto(s, ids, tagger.uposOf, tagger.xposOf);
    }
  }));
  const copy = cpu(restore);
  pu.push(cpu(() => {
    restore();
    for (let i = 0; i < parsed.length; i++) att.attach(work[i]!, parsed[i]!.deprels, sents[i]!, opt);
  }) - copy);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const share = med(tp.map((t, i) => pu[i]! / t));
console.log(`wikinews: ${sents.length} sentences, ${tokens} tokens, ${rounds} rounds (first included)`);
console.log(`tag + parse median ${Math.round(tokens / (med(tp) / 1000))} tok/CPU-s; refiner median ${Math.round(tokens / (med(pu) / 1000))} tok/CPU-s (${((1e6 * med(pu)) / tokens).toFixed(1)} ns/token); refiner / tag + parse ${(100 * share).toFixed(2)}% (per round ${tp.map((t, i) => ((100 * pu[i]!) / t).toFixed(2)).join(' ')})`);
