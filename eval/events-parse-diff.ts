// What a parser change does to the events: the events evaluation's two event sets (Wikinews dev gold,
// eval/wikinews-dev; PLOVER GSR records) run with two parser models in one process (same tagger,
// rules and resources; eval/events-parser.ts swaps only the parser), and every difference listed
// with its sentence, both parses' arcs around the trigger and the arcs that differ:
//   gained / lost   a required Wikinews dev gold event found by one model only
//   changed         found by both, through a different prediction (rule, code or evidence)
//   unannotated +/− a prediction no gold event takes, with one model only (~: both, with other parties or rule)
//   PLOVER          a record whose type / source / target check differs
// Usage: npx tsx eval/events-parse-diff.ts --b models-new/parser.bin [--a FILE] [--wikinews|--plover]
//        [--json FILE]   (--a defaults to models/parser.bin; --json writes the differences as JSON)
//        [--text "…"]    (one text's events and parse under each model, nothing else)
// Each model's totals are printed too: they are the figures `npm run eval:events --parser FILE` gives.
import { writeFileSync } from 'node:fs';
import { createDoc, type Doc, type Token } from '../src/core/doc.js';
import { toContract } from '../src/io/write-json.js';
import { modelPath } from '../src/core/paths.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { pipelineWithParser, syntaxMatchesShipped } from './events-parser.js';
import { ploverRecords, runPloverRecord, type GsrRecord, type PloverOutcome } from './events.js';
import { devArticles } from './wikinews-dev/articles.js';
import { loadGoldEvents, type GoldEvent } from './wikinews-dev/events-gold.js';
import { scoreDevEvents, type DevDetail, type PredEvent } from './wikinews-dev/events-score.js';

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
}

/** the sentence (token range) holding offset `at` */
function sentenceOf(doc: Doc, at: number): { start: number; end: number } | null {
  for (const s of doc.sentences) {
    const a = doc.tokens[s.tokenStart], b = doc.tokens[s.tokenEnd - 1];
    if (a && b && at >= a.start && at < b.end) return { start: s.tokenStart, end: s.tokenEnd };
  }
  return null;
}

function tokenAt(doc: Doc, at: number): number {
  for (let i = 0; i < doc.tokens.length; i++) if (doc.tokens[i]!.end > at) return i;
  return -1;
}

const form = (t: Token | undefined) => (t ? t.form : 'ROOT');

/** the trigger's head chain (two up) and children: `dep(head, dependent)` with tags */
function around(doc: Doc, i: number): string {
  const ts = doc.tokens;
  const t = ts[i]!;
  const out = [`${t.form}/${t.pos}`];
  let h = i;
  for (let k = 0; k < 2 && h >= 0; k++) {
    const x = ts[h]!;
    out.push(`${x.dep}→${form(ts[x.head])}${x.head >= 0 ? `/${ts[x.head]!.pos}` : ''}`);
    h = x.head;
  }
  const kids: string[] = [];
  for (let j = 0; j < ts.length; j++) if (ts[j]!.head === i) kids.push(`${ts[j]!.dep}:${ts[j]!.form}/${ts[j]!.pos}`);
  return `${out.join(' ')} | kids ${kids.join(' ') || '-'}`;
}

/** arcs of the sentence that differ between the two parses */
function changedArcs(a: Doc, b: Doc, s: { start: number; end: number }): string {
  const out: string[] = [];
  for (let j = s.start; j < s.end; j++) {
    const x = a.tokens[j]!, y = b.tokens[j]!;
    if (x.head !== y.head || x.dep !== y.dep || x.pos !== y.pos) {
      out.push(`${x.form}: ${x.dep}→${form(a.tokens[x.head])}${x.pos !== y.pos ? `/${x.pos}` : ''} ⇒ ${y.dep}→${form(b.tokens[y.head])}${x.pos !== y.pos ? `/${y.pos}` : ''}`);
    }
  }
  return out.join('; ') || '(same parse)';
}

function sentenceText(doc: Doc, s: { start: number; end: number }): string {
  return doc.text.slice(doc.tokens[s.start]!.start, doc.tokens[s.end - 1]!.end);
}

const party = (p: PredEvent['source']) => `${p.mention?.text ?? '-'}=${p.actor_code ?? '-'}`;
const showPred = (p: PredEvent | null | undefined) => (p ? `${p.cameo} ${party(p.source)} → ${party(p.target)} "${p.evidence.text}" [${p.rule}]` : 'nothing');
const predKey = (p: PredEvent) => `${p.evidence.start}:${p.cameo}:${p.source.actor_code}:${p.target.actor_code}:${p.rule}`;

interface Item {
  kind: string;
  id: string;
  what: string;
  a: string;
  b: string;
  sentence: string;
  parseA: string;
  parseB: string;
  changed: string;
}

function item(kind: string, id: string, what: string, a: string, b: string, da: Doc, db: Doc, at: number): Item {
  const s = sentenceOf(da, at);
  const i = tokenAt(da, at);
  return {
    kind, id, what, a, b,
    sentence: s ? sentenceText(da, s) : '',
    parseA: i >= 0 ? around(da, i) : '',
    parseB: i >= 0 ? around(db, i) : '',
    changed: s ? changedArcs(da, db, s) : '',
  };
}

function runWikinews(pa: Pipeline, pb: Pipeline) {
  const gold = loadGoldEvents();
  const arts = devArticles();
  const docsA = new Map<string, Doc>(), docsB = new Map<string, Doc>();
  for (const x of arts) {
    const d = createDoc(x.text, { id: x.id, published: x.published, title: x.title, url: x.url });
    docsA.set(x.id, pa.run(d));
    docsB.set(x.id, pb.run(d));
  }
  const score = (docs: Map<string, Doc>): DevDetail => scoreDevEvents(gold, [...docs].map(([id, d]) => ({ id, events: toContract(d).events })));
  const A = score(docsA), B = score(docsB);
  const items: Item[] = [];
  const pairB = new Map<GoldEvent, PredEvent | null>(B.pairs.map((p) => [p.gold, p.pred]));
  for (const { gold: g, pred: pa2 } of A.pairs) {
    if (g.optional) continue;
    const pb2 = pairB.get(g) ?? null;
    const head = `${g.cameo} ${g.source.mention?.text ?? '-'}=${g.source.code} → ${g.target ? `${g.target.mention?.text ?? '-'}=${g.target.code}` : '-'} "${g.trigger.text}"`;
    const da = docsA.get(g.doc)!, db = docsB.get(g.doc)!;
    const near = (d: DevDetail, p: PredEvent | null) => (p ? showPred(p) : `missed (near: ${showPred(d.nearMisses.get(g))})`);
    if (!!pa2 !== !!pb2) items.push(item(pb2 ? 'gained' : 'lost', g.id, head, near(A, pa2), near(B, pb2), da, db, g.trigger.start));
    else if (pa2 && pb2 && predKey(pa2) !== predKey(pb2)) items.push(item('changed', g.id, head, showPred(pa2), showPred(pb2), da, db, g.trigger.start));
  }
  // an unannotated prediction of one model only; one at the same place with the same code under the
  // other model (other rule or parties) is listed once, as "unannotated~"
  const keys = (d: DevDetail) => new Map(d.unannotated.map((u) => [`${u.doc}|${predKey(u.pred)}`, u]));
  const ua = keys(A), ub = keys(B);
  const onlyA = [...ua].filter(([k]) => !ub.has(k)).map(([, u]) => u);
  const onlyB = [...ub].filter(([k]) => !ua.has(k)).map(([, u]) => u);
  const place = (u: { doc: string; pred: PredEvent }) => `${u.doc}|${u.pred.evidence.start}|${u.pred.cameo}`;
  const aAt = new Map(onlyA.map((u) => [place(u), u]));
  const bAt = new Set(onlyB.map(place));
  for (const u of onlyB) {
    const was = aAt.get(place(u));
    items.push(item(was ? 'unannotated~' : 'unannotated+', u.doc, showPred(u.pred), was ? showPred(was.pred) : '-', showPred(u.pred), docsA.get(u.doc)!, docsB.get(u.doc)!, u.pred.evidence.start));
  }
  for (const u of onlyA) if (!bAt.has(place(u))) items.push(item('unannotated-', u.doc, showPred(u.pred), showPred(u.pred), '-', docsA.get(u.doc)!, docsB.get(u.doc)!, u.pred.evidence.start));
  return { a: A.score, b: B.score, items };
}

const evtWord = (r: GsrRecord) => {
  const m = /\(EVT:\s*([^)]+)\)/.exec(r.textInfo?.markup ?? '');
  const at = m ? r.text!.indexOf(m[1]!.trim().split(/\s+/)[0]!) : -1;
  return at >= 0 ? at : 0;
};

function runPlover(pa: Pipeline, pb: Pipeline) {
  const items: Item[] = [];
  const tot = { a: { type: 0, src: 0, tgt: 0 }, b: { type: 0, src: 0, tgt: 0 }, n: 0, srcN: 0, tgtN: 0 };
  const show = (o: PloverOutcome) => (o.primary ? `${o.primary.plover}:${o.primary.cameo} ${party(o.primary.source)} → ${party(o.primary.target)} "${o.primary.evidence.text}" [${o.primary.rule}]` : 'none');
  const flags = (o: PloverOutcome) => `${o.typeOk ? 'T' : '-'}${o.srcOk === null ? '.' : o.srcOk ? 'S' : '-'}${o.tgtOk === null ? '.' : o.tgtOk ? 'O' : '-'}`;
  for (const r of ploverRecords()) {
    const A = runPloverRecord(r, pa), B = runPloverRecord(r, pb);
    tot.n++;
    if (A.outcome.srcOk !== null) tot.srcN++;
    if (A.outcome.tgtOk !== null) tot.tgtN++;
    for (const [k, o] of [['a', A.outcome], ['b', B.outcome]] as const) {
      if (o.typeOk) tot[k].type++;
      if (o.srcOk) tot[k].src++;
      if (o.tgtOk) tot[k].tgt++;
    }
    const fa = flags(A.outcome), fb = flags(B.outcome);
    const gold = `gold ${A.outcome.gold} ${(Array.isArray(r.source) ? r.source : []).map((x) => `${x.actorText}=${x.code}`).join(';')} → ${(Array.isArray(r.target) ? r.target : []).map((x) => `${x.actorText}=${x.code}`).join(';')}`;
    if (fa !== fb) {
      const score = (f: string) => [...f].filter((c) => /[TSO]/.test(c)).length;
      const kind = score(fb) > score(fa) ? 'plover-gained' : score(fb) < score(fa) ? 'plover-lost' : 'plover-changed';
      items.push(item(kind, r.id, `${gold} [${fa} ⇒ ${fb}]`, show(A.outcome), show(B.outcome), A.doc, B.doc, A.outcome.primary?.evidence.start ?? B.outcome.primary?.evidence.start ?? evtWord(r)));
    }
  }
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  const fig = (x: { type: number; src: number; tgt: number }) => ({ type: r4(x.type / tot.n), source: r4(x.src / tot.srcN), target: r4(x.tgt / tot.tgtN) });
  return { a: fig(tot.a), b: fig(tot.b), items };
}

function print(items: Item[]): void {
  for (const x of items) {
    console.log(`\n[${x.kind}] ${x.id} ${x.what}`);
    console.log(`  A: ${x.a}`);
    console.log(`  B: ${x.b}`);
    console.log(`  | ${x.sentence.replace(/\s+/g, ' ').slice(0, 300)}`);
    console.log(`  A parse: ${x.parseA}`);
    console.log(`  B parse: ${x.parseB}`);
    console.log(`  arcs A ⇒ B: ${x.changed}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const a = arg('--a'), b = arg('--b');
  if (!b) {
    console.error('usage: npx tsx eval/events-parse-diff.ts --b FILE [--a FILE] [--wikinews|--plover] [--json FILE]');
    process.exit(2);
  }
  const texts = devArticles().slice(0, 3).map((x) => x.text);
  if (!syntaxMatchesShipped(texts)) {
    console.error('eval/events-parser.ts no longer parses as src/nlp/parser-annotate.ts does: update its copy of the chain');
    process.exit(1);
  }
  const pa = pipelineWithParser(a), pb = pipelineWithParser(b);
  const text = arg('--text');
  if (text !== null) {
    // one text: its events and whole parse under each model
    for (const [name, p] of [['A', pa], ['B', pb]] as const) {
      const d = p.run(createDoc(text, { id: 'text', published: '2020-01-01' }));
      console.log(`${name}: ${toContract(d).events.map((e) => `${e.cameo} ${party(e.source)} → ${party(e.target)} "${e.evidence.text}" [${e.rule}]`).join('\n   ') || 'no events'}`);
      console.log(d.tokens.map((t, i) => `  ${i} ${t.form}/${t.pos} ${t.dep}→${t.head}`).join('\n'));
    }
    process.exit(0);
  }
  const only = process.argv.includes('--wikinews') ? 'w' : process.argv.includes('--plover') ? 'p' : '';
  const wn = only === 'p' ? null : runWikinews(pa, pb);
  const pl = only === 'w' ? null : runPlover(pa, pb);
  const items = [...(wn?.items ?? []), ...(pl?.items ?? [])];
  print(items);
  const count = (k: string) => items.filter((x) => x.kind === k).length;
  console.log(`\nA = ${a ?? modelPath('parser.bin')}, B = ${b}`);
  if (wn) console.log(`wikinews dev: A ${wn.a.found}/${wn.a.gold_required} unannotated ${wn.a.unannotated}; B ${wn.b.found}/${wn.b.gold_required} unannotated ${wn.b.unannotated} — gained ${count('gained')}, lost ${count('lost')}, changed ${count('changed')}, unannotated +${count('unannotated+')} −${count('unannotated-')} ~${count('unannotated~')}`);
  if (pl) console.log(`PLOVER type/source/target: A ${pl.a.type}/${pl.a.source}/${pl.a.target}; B ${pl.b.type}/${pl.b.source}/${pl.b.target} — records better ${count('plover-gained')}, worse ${count('plover-lost')}, changed ${count('plover-changed')}`);
  const jf = arg('--json');
  if (jf) writeFileSync(jf, JSON.stringify({ wikinews: wn && { a: wn.a, b: wn.b }, plover: pl && { a: pl.a, b: pl.b }, items }, null, 1));
}
