// `npx tsx eval/articles.ts [--verbose] [name…]`: the invented end-to-end articles in test/articles/
// (fiction written for this project, each with a hand-made reading in the seed's gold format) through
// the full pipeline, scored with scoreSeed exactly like `score.py seed`. Prints one summary line per
// article and a total; --verbose adds each missed item with what the system produced instead.
// Writes each prediction to /tmp/newsgraph-<checkout>/articles/<name>.json so the reference scorer can be run:
// `python3 ../shared/tools/score.py seed /tmp/newsgraph-<checkout>/articles/<name>.json test/articles/<name>.gold.json`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/core/paths.js';
import { analyze } from '../src/index.js';
import { scoreSeed, seedSummary, type SeedGold } from './seed-score.js';
import { evalTmp } from './tmp-path.js';

export const articlesDir = join(repoRoot, 'test', 'articles');

export type ArticleGold = SeedGold & { article: { file: string; published: string } };

export interface ArticleCase {
  name: string;
  text: string;
  gold: ArticleGold;
}

/** Every `<name>.gold.json` in test/articles with its `<name>.txt`. */
export function loadArticles(dir = articlesDir): ArticleCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ArticleGold;
      return { name, gold, text: readFileSync(join(dir, gold.article.file), 'utf8') };
    });
}

export function runArticle(c: ArticleCase) {
  const doc = analyze(c.text, { id: c.name, published: c.gold.article.published });
  return { doc, score: scoreSeed(doc, c.gold) };
}

type Doc = ReturnType<typeof analyze>;

/** The misses of one article, each with what the system produced nearby, for the stage owners. */
function misses(doc: Doc, r: ReturnType<typeof scoreSeed>): string[] {
  const out: string[] = [];
  const quoteText = (q: Doc['quotes'][number]) => q.content.map((s) => s.text).join(' | ');
  for (const d of r.quotes.detail) {
    if (d.found && d.speaker && d.cue && d.addressee && d.date) continue;
    const near = doc.quotes.find((q) => quoteText(q).includes(d.quote.slice(0, 20)));
    const got = near
      ? `${near.kind} "${quoteText(near).slice(0, 60)}" speaker=${near.speaker?.name ?? near.speaker?.mention?.text ?? null} cue=${near.cue?.text ?? null} addressee=${near.addressee?.name ?? null} date=${near.date ?? null}`
      : 'no quote';
    const bad = ['found', 'speaker', 'cue', 'addressee', 'date'].filter((k) => !(d as Record<string, unknown>)[k]);
    out.push(`  quote ${d.kind} "${d.quote}" wrong: ${bad.join(',')} — got ${got}`);
  }
  for (const d of r.dates.detail) if (!d.right) out.push(`  date "${d.text}" want ${d.value} — got ${doc.timexes.filter((t) => t.text.includes(d.text) || d.text.includes(t.text)).map((t) => `${t.text}=${t.value}`).join(', ') || 'nothing'}`);
  for (const d of r.people.detail) {
    if (d.right) continue;
    const surname = d.name.split(' ').at(-1)!.toLowerCase();
    const e = doc.entities.find((e) => e.name.toLowerCase().includes(surname));
    out.push(`  person ${d.name} — got ${e ? `${e.type} ${e.name} (${e.country}, ${e.role})` : 'nothing'}`);
  }
  for (const d of r.events.detail) {
    if (d.found) continue;
    const words = d.event.toLowerCase().split(' ');
    const near = doc.events.filter((v) => words.some((w) => w.length > 4 && v.evidence.text.toLowerCase().includes(w)));
    const got = near.map((v) => `${v.cameo} ${v.source?.actor_code ?? v.source?.mention?.text ?? '?'}→${v.target?.actor_code ?? v.target?.mention?.text ?? '?'} "${v.evidence.text}"`);
    out.push(`  event ${d.root} "${d.event}" — got ${got.join('; ') || 'nothing nearby'}`);
  }
  return out;
}

export function evalArticles(names: string[] = [], verbose = false) {
  const cases = loadArticles().filter((c) => names.length === 0 || names.includes(c.name));
  const outDir = evalTmp('articles');
  mkdirSync(outDir, { recursive: true });
  const total = { q: 0, qOf: 0, cue: 0, addr: 0, qdate: 0, d: 0, dOf: 0, p: 0, pOf: 0, e: 0, eOf: 0 };
  for (const c of cases) {
    const { doc, score: r } = runArticle(c);
    writeFileSync(`${outDir}/${c.name}.json`, JSON.stringify(doc));
    console.log(seedSummary(r).replace(/^seed/, c.name));
    if (verbose) for (const line of misses(doc, r)) console.log(line);
    total.q += r.quotes.with_right_speaker; total.qOf += r.quotes.of;
    total.cue += r.quotes.cue_ok; total.addr += r.quotes.addressee_ok; total.qdate += r.quotes.date_ok;
    total.d += r.dates.right; total.dOf += r.dates.of;
    total.p += r.people.right_with_country; total.pOf += r.people.of;
    total.e += r.events.right; total.eOf += r.events.of;
  }
  console.log(
    `total: quotes ${total.q}/${total.qOf} with speaker, cues ${total.cue}/${total.qOf}, addressees ${total.addr}/${total.qOf}, ` +
      `quote dates ${total.qdate}/${total.qOf}, dates ${total.d}/${total.dOf}, people ${total.p}/${total.pOf}, events ${total.e}/${total.eOf}`,
  );
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  evalArticles(args.filter((a) => !a.startsWith('--')), args.includes('--verbose'));
}
