import { readFileSync } from 'node:fs';
import { readConllu } from '../src/nlp/conllu.js';
import { getTagger } from '../src/nlp/tagger.js';
const sents = readConllu(readFileSync('/work/shared/data/ud/en_ewt-ud-dev.conllu','utf8')).map(s=>s.words.map(w=>w.form));
const t = getTagger();
const ids = new Int32Array(1000);
for (let rep=0; rep<6; rep++) {
  const c0 = process.cpuUsage(); const t0 = performance.now(); let n=0;
  for (const f of sents) { t.tagIds(f, ids, f.length); n+=f.length; }
  const c = process.cpuUsage(c0); const s=(performance.now()-t0)/1000; console.log(rep, n, Math.round(n/s), 'tok/s wall', Math.round(n/((c.user+c.system)/1e6)), 'cpu');
}
