import { readFileSync } from 'node:fs';
import { readConllu } from '../src/nlp/conllu.js';
import { getTagger } from '../src/nlp/tagger.js';
import { TEMPLATES } from '../src/nlp/features-tagger.js';
const sents = readConllu(readFileSync('/work/shared/data/ud/en_ewt-ud-dev.conllu','utf8')).map(s=>s.words.map(w=>w.form));
const T: any = getTagger();
const keys = new Int32Array(64);
const names = Object.keys(TEMPLATES);
const adds = new Float64Array(64), hits = new Float64Array(64); let toks = 0, forced = 0;
for (const forms of sents) { const n = forms.length; T.feats.prepare(forms, n);
  for (let i = 0; i < n; i++) { toks++; if (T.feats.forced[i] >= 0) { forced++; continue; } const k = T.feats.extract(i, n, 3, 4, keys);
    for (let j = 0; j < k; j++) { const ref = T.index.get(keys[j]); if (ref < 0) continue; hits[j]++; adds[j] += ref & 255; } } }
console.log('tokens', toks, 'forced', forced);
let tot = 0; for (let j = 0; j < names.length; j++) { tot += adds[j]; console.log(names[j], (hits[j]/toks).toFixed(2), (adds[j]/toks).toFixed(1)); } console.log('adds/token', (tot/toks).toFixed(1));
