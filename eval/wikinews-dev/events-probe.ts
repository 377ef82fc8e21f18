// Probe a text or a dev article's sentence: parse (form/lemma/pos/head/dep), entities, events and why
// each matched frame gave nothing.
// `npx tsx eval/wikinews-dev/events-probe.ts "Police arrested the accused."` or
// `npx tsx eval/wikinews-dev/events-probe.ts wn2019-016 "alleged the central"` (sentences containing the words)
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';
import { defaultResources } from '../../src/stages/resources.js';
import { extractEvents } from '../../src/stages/events/extract.js';
import { devArticles } from './articles.js';

const arg = process.argv[2] ?? '';
const art = /^wn\d{4}-\d{3}$/.test(arg) ? devArticles().find((a) => a.id === arg) : undefined;
const text = art ? art.text : arg;
const doc = defaultPipeline().run(createDoc(text, { id: art?.id ?? 'probe', published: art?.published ?? '2020-01-01' }));
const sents = doc.sentences.filter((s) => !art || text.slice(s.start, s.end).includes(process.argv[3] ?? ''));
const inSent = (off: number) => sents.some((s) => off >= s.start && off < s.end);
for (const s of sents) for (let i = s.tokenStart; i < s.tokenEnd; i++) {
  const t = doc.tokens[i]!;
  console.log(`${i}\t${t.form}\t${t.lemma}\t${t.pos}\t${t.head}\t${t.dep}`);
}
for (const e of doc.entities) for (const m of e.mentions) if (inSent(m.start)) console.log('ENT', text.slice(m.start, m.end), e.type, e.actor_code ?? '', e.country ?? '');
extractEvents(doc, defaultResources().lexicons.events, (p, f, r) => inSent(doc.tokens[p]!.start) && console.log('DROP', doc.tokens[p]?.form, f.id, r));
for (const e of toContract(doc).events) if (inSent(e.evidence.start)) console.log('EV', e.cameo, e.source.mention?.text, e.source.actor_code, '→', e.target.mention?.text, e.target.actor_code, e.rule);
