// Every event of the Wikinews articles OUTSIDE the dev set (the held-out review of issue 13: what a
// rule adds or removes where no gold was read), one line each: article, sentence number, code,
// source → target (mention=code), rule, evidence, the sentence. Written sorted, so two runs (before
// and after a change) compare with `diff`. `npx tsx eval/wikinews-dev/events-heldout.ts [out.tsv]`
// (default /tmp/newsgraph-<checkout>/events-heldout.tsv; ~1 min).
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';
import { wikinews } from '../../bench/corpora.js';
import { readArticleRows } from './articles.js';

const checkout = basename(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const out = process.argv[2] ?? join('/tmp', `newsgraph-${checkout}`, 'events-heldout.tsv');

// the dev set's rows, named as bench/corpora.ts names them (articles.tsv counts data rows from 0)
const dev = new Set(readArticleRows().map((r) => `wikinews-${/wikinews_(\d{4})\.csv/.exec(r.file)?.[1]}-${r.row + 1}`));
const pipeline = defaultPipeline();
const lines: string[] = [];
let articles = 0;
for (const a of wikinews()) {
  if (dev.has(a.id)) continue;
  articles++;
  const doc = pipeline.run(createDoc(a.text, { id: a.id, published: a.published ?? undefined, title: a.title ?? undefined, url: a.url ?? undefined }));
  const c = toContract(doc);
  const party = (p: (typeof c.events)[number]['source']) => `${p.mention?.text ?? '-'}=${p.actor_code ?? '-'}`;
  for (const e of c.events) {
    const s = doc.sentences.findIndex((x) => x.start <= e.evidence.start && e.evidence.start < x.end);
    const sent = s >= 0 ? a.text.slice(doc.sentences[s]!.start, doc.sentences[s]!.end).replace(/\s+/g, ' ') : '';
    lines.push([a.id, s, e.cameo, `${party(e.source)} → ${party(e.target)}`, e.modality, e.negated ? 'neg' : '', e.rule, e.evidence.text.replace(/\s+/g, ' '), sent].join('\t'));
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.sort().join('\n') + '\n');
console.log(`${articles} held-out articles, ${lines.length} events → ${out}`);
