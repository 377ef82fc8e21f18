import { readFileSync } from 'node:fs';
import { readConllu } from '../src/nlp/conllu.js';
import { readModelFile } from '../src/nlp/model-io.js';
import { Tagger, type TaggerMeta } from '../src/nlp/tagger.js';
import { evalTaggerOn } from '../src/nlp/tagger-eval.js';
const m = readModelFile(process.argv[2]!, 'newsgraph-tagger');
const meta = m.meta as TaggerMeta;
const A = (n: string) => m.arrays.get(n) as any;
const dev = readConllu(readFileSync('/work/shared/data/ud/en_ewt-ud-dev.conllu','utf8'));
const gum = readConllu(readFileSync('/work/shared/data/ud/en_gum-ud-dev.conllu','utf8'));
for (const thr of (process.argv[3] ?? '0,0.2,0.5,1,2').split(',').map(Number)) {
  const fk = A('featKeys'), rs = A('rowStart'), cls = A('cls'), w = A('weight');
  const k: number[] = [], r: number[] = [0], c: number[] = [], ww: number[] = [];
  for (let i = 0; i < fk.length; i++) {
    let any = false;
    for (let q = rs[i]; q < rs[i+1]; q++) if (Math.abs(w[q]) * meta.scale >= thr) { c.push(cls[q]); ww.push(w[q]); any = true; }
    if (any) { k.push(fk[i]); r.push(c.length); }
  }
  const t = new Tagger(meta, { featKeys: Uint32Array.from(k), rowStart: Uint32Array.from(r), cls: Uint8Array.from(c), weight: Int16Array.from(ww), dictKeys: A('dictKeys'), dictVals: A('dictVals') });
  evalTaggerOn(dev, { tagger: t, lemmatizer: null });
  const e = evalTaggerOn(dev, { tagger: t, lemmatizer: null }); const g = evalTaggerOn(gum, { tagger: t, lemmatizer: null, timing: false });
  console.log(`thr ${thr} rows ${k.length} nnz ${c.length} ewt ${(e.upos*100).toFixed(2)}/${(e.xpos*100).toFixed(2)} gum ${(g.upos*100).toFixed(2)} ${Math.round(e.tokensPerSecond)} tok/s cpu`);
}
