import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
for (const [n, p] of [['belarus-sanctions','2026-06-05'],['chad-au-suspension','2026-11-06']]) {
  const doc = analyze(readFileSync(`test/articles/${n}.txt`,'utf8'), { id: n, published: p });
  for (const t of doc.timexes) console.log(n, JSON.stringify(doc.text.slice(t.start,t.end)), t.value, t.anchor, t.rule);
  for (const q of doc.quotes) console.log('Q', q.id, q.date, q.dateSource, q.content.map(c=>c.text).join('|').slice(0,60));
}
