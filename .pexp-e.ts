import { readFileSync } from 'node:fs';
import { getTagger } from './src/nlp/tagger.js';
import { Parser } from './src/nlp/parser.js';
import { ParserModel } from './src/nlp/parser-model.js';
import { evaluateParser } from './src/nlp/parser-train.js';
import { loadUd } from './scripts/train-parser.js';
const p = new Parser(ParserModel.fromBuffer(readFileSync(process.argv[2]!)));
const split = process.argv[3] ?? 'dev';
for (const tb of ['en_ewt', 'en_gum']) {
  const gold = loadUd(`${tb}-ud-${split}.conllu`);
  const pred = gold.map((s) => ({ ...s, ...getTagger().tag(s.forms) }));
  let n = 0, u = 0; gold.forEach((s, i) => s.upos.forEach((t, k) => { n++; if (pred[i]!.upos[k] === t) u++; }));
  const g = evaluateParser(p.model, gold); const r = evaluateParser(p.model, pred);
  console.log(`${tb}-${split} UPOS ${(100*u/n).toFixed(2)} | gold tags UAS ${(100*g.uas).toFixed(2)} LAS ${(100*g.las).toFixed(2)} | pred tags UAS ${(100*r.uas).toFixed(2)} LAS ${(100*r.las).toFixed(2)} LASfull ${(100*r.lasFull).toFixed(2)}`);
}
