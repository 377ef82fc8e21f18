import { readFileSync } from 'node:fs';
import { ParserModel } from './src/nlp/parser-model.js';
import { Parser } from './src/nlp/parser.js';
import { loadUd } from './scripts/train-parser.js';
import { evaluateParser } from './src/nlp/parser-train.js';
const m0 = ParserModel.fromBuffer(readFileSync(process.argv[2]!));
const q8 = (a: Int16Array | Int8Array) => { const o = new Int8Array(a.length); for (let i = 0; i < a.length; i++) o[i] = Math.max(-127, Math.min(127, Math.round(a[i]! / (Number(process.argv[3] ?? 256))))); return o; };
const m = process.argv[4] === '8' ? new ParserModel(m0.header, q8(m0.trans), q8(m0.lab)) : m0;
const p = new Parser(m);
const dev = loadUd('en_ewt-ud-dev.conllu');
const e = evaluateParser(m, dev); console.log('gold-tag dev', (100*e.uas).toFixed(2), (100*e.las).toFixed(2));
const sents = loadUd('en_ewt-ud-test.conllu');
for (const s of sents) p.parseInto(s.forms, s.upos, s.xpos);
let n = 0;
const c0 = process.cpuUsage(); const t0 = performance.now();
for (let r = 0; r < 3; r++) for (const s of sents) { p.parseInto(s.forms, s.upos, s.xpos); n += s.forms.length; }
const c = process.cpuUsage(c0);
console.log(`parse only: ${(n / (performance.now() - t0) * 1000).toFixed(0)} tok/s wall, ${(n / ((c.user + c.system) / 1e6)).toFixed(0)} tok/CPU-s`);
