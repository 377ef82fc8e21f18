// Before/after by miss category: every required gold event that events-review.tsv lists as a miss of
// the base pipeline (with its hand-given category: NOFRAME, SPEECH, LIGHT, …) is looked up in
// today's output: found (dyad + root), same root in its sentence but an actor wrong (split by
// whether a predicted actor has no country at all — what the entities work on sector-only actors
// is to fix), another root only, or nothing in the sentence.
// `npx tsx eval/wikinews-dev/events-categories.ts` (runs the 40 articles through the pipeline, ~10 s);
// `--list` also prints every reviewed miss still missed, with its category, its state now (same-root,
// other-root, nothing) and its review line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';
import { devArticles } from './articles.js';
import { loadGoldEvents } from './events-gold.js';
import { countryPart, scoreDevEvents, type PredDoc, type PredParty } from './events-score.js';

const REVIEW = join(new URL('.', import.meta.url).pathname, 'events-review.tsv');

/** review key (gold id) → category, for the misses of the base pipeline */
function reviewMisses(): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of readFileSync(REVIEW, 'utf8').split('\n')) {
    const [kind, key, category, item] = l.split('\t');
    if (kind === 'miss' && key && category) m.set(key, category), items.set(key, item ?? '');
  }
  return m;
}
const items = new Map<string, string>();
const missList: string[] = [];

const noCountry = (p: PredParty) => !!p.actor_code && !/^[A-Z]{3}/.test(countryPart(p.actor_code)) || (!!p.actor_code && /^(GOV|MIL|COP|REB|OPP|LEG|JUD|CVL|EDU|LAB|BUS|MED|REF|REL|CRM|SPY|ELI|PTY)/.test(p.actor_code));

const gold = loadGoldEvents();
const docs: PredDoc[] = devArticles().map((a) => ({ id: a.id, events: toContract(defaultPipeline().run(createDoc(a.text, { id: a.id, published: a.published, title: a.title, url: a.url }))).events }));
const { pairs, nearMisses, score } = scoreDevEvents(gold, docs);
const cats = reviewMisses();
type Row = { before: number; found: number; sameRootNoCountry: number; sameRootOther: number; otherRoot: number; nothing: number };
const table = new Map<string, Row>();
for (const { gold: g, pred } of pairs) {
  const cat = cats.get(g.id);
  if (g.optional || !cat) continue;
  const r = table.get(cat) ?? { before: 0, found: 0, sameRootNoCountry: 0, sameRootOther: 0, otherRoot: 0, nothing: 0 };
  table.set(cat, r);
  r.before++;
  const near = nearMisses.get(g) ?? null;
  if (pred) r.found++;
  else if (near && near.root === g.root) {
    if (noCountry(near.source) || noCountry(near.target) || !near.source.actor_code) r.sameRootNoCountry++;
    else r.sameRootOther++;
    missList.push(`${cat}\tsame-root\t${g.id}\t${items.get(g.id)}`);
  } else if (near) r.otherRoot++, missList.push(`${cat}\tother-root\t${g.id}\t${items.get(g.id)}`);
  else r.nothing++, missList.push(`${cat}\tnothing\t${g.id}\t${items.get(g.id)}`);
}
const rows = [...table.entries()].sort((a, b) => b[1].before - a[1].before);
const total: Row = { before: 0, found: 0, sameRootNoCountry: 0, sameRootOther: 0, otherRoot: 0, nothing: 0 };
console.log('| category | misses before | found now | same root, an actor without country | same root, actor wrong | other root only | nothing |');
console.log('|---|---|---|---|---|---|---|');
for (const [cat, r] of rows) {
  for (const k of Object.keys(total) as Array<keyof Row>) total[k] += r[k];
  console.log(`| ${cat} | ${r.before} | ${r.found} | ${r.sameRootNoCountry} | ${r.sameRootOther} | ${r.otherRoot} | ${r.nothing} |`);
}
console.log(`| all | ${total.before} | ${total.found} | ${total.sameRootNoCountry} | ${total.sameRootOther} | ${total.otherRoot} | ${total.nothing} |`);
console.log(`\ndyad+root recall ${score.dyad_root_recall} (${score.found}/${score.gold_required}), unannotated/annotated ${score.unannotated_per_annotated} (${score.unannotated}), same root in sentence ${score.same_root_in_sentence}`);
if (process.argv.includes('--list')) console.log('\n' + missList.sort().join('\n'));
