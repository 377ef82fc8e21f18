import { getTagger } from './src/nlp/tagger.js';
import { getParser } from './src/nlp/parser.js';
import { loadUd } from './scripts/train-parser.js';
const sents = loadUd('en_ewt-ud-test.conllu');
const tg = getTagger(), p = getParser();
const tags = sents.map((s) => tg.tag(s.forms));
let n = 0; for (const s of sents) n += s.forms.length;
for (let r = 0; r < 3; r++) {
let t0 = performance.now(); for (const s of sents) tg.tag(s.forms); const tt = performance.now() - t0;
t0 = performance.now(); sents.forEach((s, i) => p.parseInto(s.forms, tags[i]!.upos, tags[i]!.xpos)); const pt = performance.now() - t0;
console.log(`tag ${(n/tt*1000).toFixed(0)} tok/s, parse ${(n/pt*1000).toFixed(0)} tok/s`);
}
