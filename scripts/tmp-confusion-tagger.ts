import { readFileSync } from 'node:fs';
import { readConllu } from '../src/nlp/conllu.js';
import { getTagger } from '../src/nlp/tagger.js';
const sents = readConllu(readFileSync('/work/shared/data/ud/' + (process.argv[2] ?? 'en_ewt-ud-dev.conllu'),'utf8'));
const t = getTagger(); const conf = new Map<string, number>(); let n = 0, bad = 0, unk = 0, unkBad = 0;
for (const s of sents) { const r = t.tag(s.words.map(w=>w.form)); s.words.forEach((w,i)=>{ n++; if (r.upos[i]!==w.upos){ bad++; const k=`${w.upos}->${r.upos[i]}`; conf.set(k,(conf.get(k)??0)+1);} }); }
console.log(n, bad); console.log([...conf].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,c])=>k+' '+c).join(', '));
