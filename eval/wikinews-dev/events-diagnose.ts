// Diagnosis of the Wikinews dev set misses: for every required gold event no prediction matches
// (dyad + root), what the trigger's tokens are (lemma, part of speech, relation) and which frames
// match them (match-frames), so a miss splits into "no frame" (coverage) and "a frame matched but
// nothing came out" (arguments, actors, filters), with the reason each frame gave nothing. `npx tsx eval/wikinews-dev/events-diagnose.ts`
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';
import { defaultResources } from '../../src/stages/resources.js';
import { matchFrames } from '../../src/stages/events/match-frames.js';
import { extractEvents } from '../../src/stages/events/extract.js';
import { DepTree } from '../../src/stages/events/tree.js';
import { devArticles } from './articles.js';
import { loadGoldEvents } from './events-gold.js';
import { scoreDevEvents } from './events-score.js';

const gold = loadGoldEvents();
const lex = defaultResources().lexicons.events;
const counts = { noFrame: 0, frameNoEvent: 0, frameOtherEvent: 0 };
const lines: string[] = [];
for (const a of devArticles()) {
  const doc = defaultPipeline().run(createDoc(a.text, { id: a.id, published: a.published, title: a.title, url: a.url }));
  const events = toContract(doc).events;
  const g = gold.filter((x) => x.doc === a.id);
  const { pairs } = scoreDevEvents(g, [{ id: a.id, events }]);
  const t = new DepTree(doc);
  // why each matched frame gave nothing (extract.ts's trace hook), by trigger token
  const why = new Map<number, string[]>();
  extractEvents(doc, lex, (p, f, reason) => void (why.get(p) ?? why.set(p, []).get(p)!).push(`${f.id}:${reason}`));
  for (const { gold: ge, pred } of pairs) {
    if (ge.optional || pred) continue;
    const toks: string[] = [];
    const reasons: string[] = [];
    let frames: string[] = [];
    doc.tokens.forEach((tk, i) => {
      if (tk.start >= ge.trigger.end || tk.end <= ge.trigger.start) return;
      toks.push(`${tk.form}/${tk.lemma}/${tk.pos}/${tk.dep}`);
      reasons.push(...(why.get(i) ?? []));
      frames.push(...matchFrames(t, i, lex.framesByLemma, lex.verbForms, lex.frameIndexes).map((f) => `${f.id}:${f.cameo}`));
    });
    frames = [...new Set(frames)];
    const inSent = events.filter((e) => e.evidence.start >= ge.sentence.start && e.evidence.start < ge.sentence.end);
    const kind = !frames.length ? 'NOFRAME' : inSent.some((e) => e.evidence.start < ge.trigger.end && e.evidence.end > ge.trigger.start) ? 'OTHER' : 'DROPPED';
    if (kind === 'NOFRAME') counts.noFrame++;
    else if (kind === 'DROPPED') counts.frameNoEvent++;
    else counts.frameOtherEvent++;
    lines.push(`${kind}\t${ge.id}\t${ge.cameo}\t${ge.source.code}→${ge.target?.code ?? '-'}\t"${ge.trigger.text}"\t${toks.join(' ')}\t${frames.slice(0, 4).join(',')}\t${reasons.slice(0, 4).join(',')}`);
  }
}
console.log(lines.sort().join('\n'));
console.log(JSON.stringify(counts));
