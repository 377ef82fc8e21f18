// Every event the pipeline gives on the Wikinews articles outside the dev set (the held-out review of
// issue 13: what a change adds or removes there is read and counted). One line per event: article,
// code, source → target, rule, evidence and its sentence. `npx tsx eval/wikinews-dev/events-heldout.ts OUT.txt`,
// then diff two runs (before / after a change).
import { writeFileSync } from 'node:fs';
import { wikinews } from '../../bench/corpora.js';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';
import { devArticles } from './articles.js';

const out = process.argv[2];
if (!out) throw new Error('usage: events-heldout.ts OUT.txt');
const dev = new Set(devArticles().map((a) => `${a.url}`));
const lines: string[] = [];
let articles = 0;
for (const a of wikinews()) {
  if (dev.has(`${a.url}`)) continue;
  articles++;
  const doc = defaultPipeline().run(createDoc(a.text, { id: a.id, published: a.published ?? undefined, title: a.title ?? undefined, url: a.url ?? undefined }));
  for (const e of toContract(doc).events) {
    const s = doc.sentences.find((x) => e.evidence.start >= x.start && e.evidence.start < x.end);
    const sent = s ? a.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    lines.push(`${a.id}\t${e.cameo}\t${e.source.mention?.text ?? '-'}=${e.source.actor_code ?? '-'} → ${e.target.mention?.text ?? '-'}=${e.target.actor_code ?? '-'}\t${e.rule}\t"${e.evidence.text}"\t${sent}`);
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${articles} articles, ${lines.length} events → ${out}`);
