// Compares parser model files side by side on what decides shipping: dev LAS (EWT and GUM dev, the
// shipped tagger's tags, as the trainer's dev lines) and the parser's speed alone (Wikinews bench
// corpus, tags computed beforehand, tokens per CPU-second of this process; models alternate round
// by round so machine load hits each alike). A model may be decoded at another beam width and
// pruning margin too (WIDTH alone: the model's margin at its own width, else unpruned).
//   npx tsx scripts/parser-candidates.ts [--rounds N] [--no-dev] [--no-speed] [--tag-parse] FILE[@WIDTH[:MARGIN]] ...   (FILE "shipped" = models/parser.bin)
import { readFileSync } from 'node:fs';
import { modelPath } from '../src/core/paths.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { Parser } from '../src/nlp/parser.js';
import { evaluateParser } from '../src/nlp/parser-train.js';
import { getTagger } from '../src/nlp/tagger.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { wikinews } from '../bench/corpora.js';
import { loadUd } from './train-parser.js';

const args = process.argv.slice(2);
let rounds = 3;
let dev = true;
let speed = true;
let tagParse = false;
const specs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--no-dev') dev = false;
  // dev LAS alone: an eval job (work lock), not a timing job
  else if (args[i] === '--no-speed') speed = false;
  // also time tag + parse (the tagger's ids straight to the parser, as bench/parse.ts and the syntax stage)
  else if (args[i] === '--tag-parse') tagParse = true;
  else specs.push(args[i]!);
}
const models = specs.map((spec) => {
  const [file, decode] = spec.split('@');
  const [width, margin] = (decode ?? '').split(':');
  const path = file === 'shipped' ? modelPath('parser.bin') : file!;
  const m = ParserModel.fromBuffer(readFileSync(path), path);
  if (margin) m.setBeam(Number(width), Number(margin));
  else if (width) m.setBeam(Number(width), Number(width) === m.header.beam ? (m.header.beamMargin ?? Infinity) : Infinity);
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

if (!speed) process.exit(0);
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
const tpRates = models.map(() => [] as number[]);
if (tagParse) {
  const parsers = models.map(({ m }) => new Parser(m));
  let ids = new Int32Array(256);
  const { uposOf, xposOf } = tagger;
  for (let r = 0; r <= rounds; r++) {
    parsers.forEach((p, k) => {
      const c0 = process.cpuUsage();
      for (const s of sents) {
        if (ids.length < s.forms.length) ids = new Int32Array(s.forms.length * 2);
        tagger.tagIds(s.forms, ids, s.forms.length);
        p.parseIdsInto(s.forms, ids, uposOf, xposOf);
      }
      const c = process.cpuUsage(c0);
      if (r > 0) tpRates[k]!.push(tokens / ((c.user + c.system) / 1e6));
    });
  }
}
const line = (v: number[]) => {
  const o = v.slice().sort((a, b) => a - b);
  return `median ${Math.round(o[o.length >> 1]!)} tokens/CPU-s (${v.map((x) => Math.round(x)).join(', ')}; ${tokens} tokens)`;
};
models.forEach(({ spec }, k) => {
  console.log(`parser alone ${spec}: ${line(rates[k]!)}`);
  if (tagParse) console.log(`tag + parse ${spec}: ${line(tpRates[k]!)}`);
});
