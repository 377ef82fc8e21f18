// Compares parser model files side by side on what decides shipping: dev LAS (EWT and GUM dev, the
// shipped tagger's tags, as the trainer's dev lines) and the parser's speed alone (Wikinews bench
// corpus, tags computed beforehand, tokens per CPU-second of this process; models alternate round
// by round so machine load hits each alike). A model may be decoded at another beam width too.
//   npx tsx scripts/parser-candidates.ts [--rounds N] [--no-dev] FILE[@WIDTH] ...   (FILE "shipped" = models/parser.bin)
import { readFileSync } from 'node:fs';
import { modelPath } from '../src/core/paths.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { evaluateParser } from '../src/nlp/parser-train.js';
import { getTagger } from '../src/nlp/tagger.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { wikinews } from '../bench/corpora.js';
import { loadUd } from './train-parser.js';

const args = process.argv.slice(2);
let rounds = 3;
let dev = true;
const specs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--no-dev') dev = false;
  else specs.push(args[i]!);
}
const models = specs.map((spec) => {
  const [file, width] = spec.split('@');
  const path = file === 'shipped' ? modelPath('parser.bin') : file!;
  const m = ParserModel.fromBuffer(readFileSync(path), path);
  if (width) m.setBeam(Number(width), Number(width) === m.header.beam ? (m.header.beamMargin ?? Infinity) : Infinity);
  return { spec, m };
});
const tagger = getTagger();

if (dev) {
  for (const f of ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu']) {
    const sents = loadUd(f).map((s) => ({ ...s, ...tagger.tag(s.forms) }));
    for (const { spec, m } of models) {
      const r = evaluateParser(m, sents);
      console.log(`${f} ${spec}: UAS ${(100 * r.uas).toFixed(2)} LAS ${(100 * r.las).toFixed(2)}`);
    }
  }
}

const sents: { forms: string[]; upos: string[]; xpos: string[] }[] = [];
for (const a of wikinews()) {
  const seg = segmentText(a.text);
  for (const s of seg.sentences) {
    const forms = seg.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form);
    if (forms.length) sents.push({ forms, ...tagger.tag(forms) });
  }
}
const tokens = sents.reduce((n, s) => n + s.forms.length, 0);
const heads = new Int32Array(4096);
const labs = new Int32Array(4096);
const rates = models.map(() => [] as number[]);
for (let r = 0; r <= rounds; r++) {
  models.forEach(({ m }, k) => {
    const c0 = process.cpuUsage();
    for (const s of sents) m.parseInput(m.prepare(s.forms, s.upos, s.xpos), heads, labs);
    const c = process.cpuUsage(c0);
    // round 0 warms the code and the tables up
    if (r > 0) rates[k]!.push(tokens / ((c.user + c.system) / 1e6));
  });
}
models.forEach(({ spec }, k) => {
  const v = rates[k]!.slice().sort((a, b) => a - b);
  console.log(`parser alone ${spec}: median ${Math.round(v[v.length >> 1]!)} tokens/CPU-s (${v.map((x) => Math.round(x)).join(', ')}; ${tokens} tokens)`);
});
