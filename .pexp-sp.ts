import { readFileSync } from 'node:fs';
import { ParserModel } from './src/nlp/parser-model.js';
import { Parser } from './src/nlp/parser.js';
import { loadUd } from './scripts/train-parser.js';
const m = ParserModel.fromBuffer(readFileSync(process.argv[2]!));
const p = new Parser(m);
const sents = loadUd('en_ewt-ud-test.conllu');
for (const s of sents) p.parseInto(s.forms, s.upos, s.xpos);
let n = 0;
const c0 = process.cpuUsage(); const t0 = performance.now();
for (let r = 0; r < 3; r++) for (const s of sents) { p.parseInto(s.forms, s.upos, s.xpos); n += s.forms.length; }
const c = process.cpuUsage(c0);
console.log(`parse only: ${(n / (performance.now() - t0) * 1000).toFixed(0)} tok/s wall, ${(n / ((c.user + c.system) / 1e6)).toFixed(0)} tok/CPU-s, rss ${(process.memoryUsage().rss/1e6).toFixed(0)} MB`);
