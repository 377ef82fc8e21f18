// Lists every unannotated prediction on the Wikinews dev set with its sentence, its modality and
// rule, and the gold events (required and optional) of that sentence, so the unannotated can be
// sorted by cause (a duplicate of an annotated happening, speech, generic text, wrong sense, …).
// `npx tsx eval/wikinews-dev/events-unannotated.ts [--json FILE]` (runs the 40 articles, ~10 s)
import { writeFileSync } from 'node:fs';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';
import { devArticles } from './articles.js';
import { loadGoldEvents } from './events-gold.js';
import { scoreDevEvents, type PredDoc } from './events-score.js';

const gold = loadGoldEvents();
const docs: PredDoc[] = [];
const sentences = new Map<string, Array<{ start: number; end: number; text: string }>>();
for (const a of devArticles()) {
  const doc = defaultPipeline().run(createDoc(a.text, { id: a.id, published: a.published, title: a.title, url: a.url }));
  docs.push({ id: a.id, events: toContract(doc).events });
  sentences.set(a.id, doc.sentences.map((s) => ({ start: s.start, end: s.end, text: a.text.slice(s.start, s.end) })));
}
const { score, unannotated } = scoreDevEvents(gold, docs);
const rows = unannotated.map(({ doc, pred: p }) => {
  const s = sentences.get(doc)!.find((x) => p.evidence.start >= x.start && p.evidence.start < x.end);
  const g = gold.filter((x) => x.doc === doc && p.evidence.start >= x.sentence.start && p.evidence.start < x.sentence.end);
  return {
    doc,
    pred: `${p.cameo} ${p.source.mention?.text ?? '-'}=${p.source.actor_code ?? '-'} → ${p.target.mention?.text ?? '-'}=${p.target.actor_code ?? '-'} "${p.evidence.text}" ${p.negated ? 'negated' : p.modality} [${p.rule}]`,
    sentence: s?.text.replace(/\s+/g, ' ') ?? '',
    gold: g.map((x) => `${x.optional ? 'opt' : 'req'} ${x.cameo} ${x.source.code}→${x.target?.code ?? '-'} "${x.trigger.text}" ${x.modality}`),
  };
});
const i = process.argv.indexOf('--json');
if (i > 0) writeFileSync(process.argv[i + 1]!, JSON.stringify(rows, null, 1));
for (const [n, r] of rows.entries()) console.log(`#${n + 1} ${r.doc} ${r.pred}\n   S: ${r.sentence}\n${r.gold.map((x) => `   G: ${x}`).join('\n')}`);
console.log(JSON.stringify({ found: score.found, unannotated: score.unannotated }));
