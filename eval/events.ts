// `npm run eval:events`: the event layer on ../shared.
// 1. PLOVER gold-standard records (eval/plover-gsr, PLOVER 0.5b1; categories mapped to the 2021
//    types: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT). Each record's sentence
//    goes through the full pipeline. The *primary* predicted event is the one whose trigger is
//    nearest the first (EVT: …) word of the gold markup; event-type accuracy, source and target
//    country match (first three letters of the actor code against the gold codes, IGO = "IGO") are
//    counted over all gold records (no prediction = wrong), and also over records with a prediction.
//    type_recall_any counts a record when any predicted event has the gold type (as score.py cameo
//    counts roots).
// 2. False events on text with no political events: EWT review sentences (sent_id "reviews-…",
//    dev split, and the first reviews of train), one document per review. Target < 0.1 / sentence.
// 3. The seed article's non-optional gold events (scored as score.py seed does).
// 4. The Wikinews dev set (eval/wikinews-dev: 40 real articles with hand-coded CAMEO events): dyad +
//    root recall, unannotated predictions per annotated event, code/modality/date/country accuracy
//    (rules in eval/wikinews-dev/events-score.ts and README.md). `--wikinews` runs only this part;
//    with --verbose it lists every miss and every unannotated prediction.
// Unmatched sources/targets are broken down by cause (no event, no actor, code convention, wrong
// country); --verbose lists them, --dump FILE writes every record with its predicted events.
// --parser FILE runs all of it with another parser model (eval/events-parser.ts); the per-event
// comparison of two parsers is eval/events-parse-diff.ts.
// Figures are printed as JSON; the last line is a one-line summary.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createDoc } from '../src/core/doc.js';
import { sharedPath } from '../src/core/paths.js';
import { readConllu, sentenceText } from '../src/nlp/conllu.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { pipelineWithParser } from './events-parser.js';
import type { Doc } from '../src/core/doc.js';
import { toContract } from '../src/io/write-json.js';
import { scoreSeed, type SeedGold } from './seed-score.js';
import { loadKbTables } from '../src/kb/tables.js';
import { devArticles } from './wikinews-dev/articles.js';
import { loadGoldEvents } from './wikinews-dev/events-gold.js';
import { scoreDevEvents, type PredDoc, type PredEvent } from './wikinews-dev/events-score.js';

interface GsrActor {
  actorText?: string;
  code?: string;
  sector?: string;
}
export interface GsrRecord {
  id: string;
  event: string;
  text?: string;
  source?: GsrActor[] | string;
  target?: GsrActor[] | string;
  textInfo?: { markup?: string };
}

const PLOVER_05_TO_2021: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/**
 * Why a source/target was not matched: no event at all; an event whose actor has no country/IGO
 * code (no actor); a gold code that is not an ISO alpha-3 country nor IGO/NGO/IMG (CAMEO's own
 * codes such as JAP, VTN, or region/sector-only codes), or an NGO the gold calls IGO (Amnesty,
 * Red Cross): the convention differs, we cannot match by design; else a wrong country (the actor's
 * country differs from the gold). The match figures themselves count every miss.
 */
type MissCause = 'no_event' | 'no_actor' | 'code_convention' | 'wrong_country';

function missCause(gold: string[], predicted: string | null | undefined, hasEvent: boolean, iso: ReadonlySet<string>): MissCause {
  if (!hasEvent) return 'no_event';
  if (gold.every((g) => !iso.has(g) && !/^(IGO|NGO|IMG)$/.test(g))) return 'code_convention';
  // the gold codes Amnesty or the Red Cross as IGO; CAMEO's own actor dictionaries code them NGO
  if (predicted?.startsWith('NGO') && gold.includes('IGO')) return 'code_convention';
  if (!predicted || !/^[A-Z]{3}/.test(predicted) || /^(GOV|MIL|COP|REB|OPP|LEG|JUD|CVL|BUS|MED|EDU|LAB|REF|REL|CRM|HLH|SPY|ELI|PTY|UIS|INS|SEP)/.test(predicted)) return 'no_actor';
  return 'wrong_country';
}

function codes(a: GsrActor[] | string | undefined): string[] {
  if (!Array.isArray(a)) return [];
  return a.map((x) => (x.code ?? '').slice(0, 3).toUpperCase()).filter(Boolean);
}

function country(code: string | null): string {
  return (code ?? '').slice(0, 3).toUpperCase();
}

/** offset of the first (EVT: word) of the markup in the plain text, or -1 */
function evtOffset(r: GsrRecord): number {
  const m = /\(EVT:\s*([^)]+)\)/.exec(r.textInfo?.markup ?? '');
  if (!m || !r.text) return -1;
  const word = m[1]!.trim().split(/\s+/)[0]!;
  return r.text.indexOf(word);
}

function runText(text: string, id: string, published: string | null = null, pipeline: Pipeline = defaultPipeline()) {
  return toContract(pipeline.run(createDoc(text, { id, published })));
}

/** The PLOVER GSR records scored (not DOCUMENT rows, not empty ones); [] when ../shared lacks them. */
export function ploverRecords(): GsrRecord[] {
  const file = sharedPath('eval', 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as GsrRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
}

export type ContractEvent = ReturnType<typeof toContract>['events'][number];

/** One PLOVER record's outcome: the primary event (the one nearest the gold's first EVT word) and its checks. */
export interface PloverOutcome {
  gold: string;
  events: ContractEvent[];
  primary: ContractEvent | undefined;
  typeOk: boolean;
  anyOk: boolean;
  /** null: the gold names no source (target) code */
  srcOk: boolean | null;
  tgtOk: boolean | null;
}

export function scorePloverRecord(r: GsrRecord, events: readonly ContractEvent[]): PloverOutcome {
  const gold = PLOVER_05_TO_2021[r.event] ?? r.event;
  const evs = events.filter((e) => e.plover);
  const at = evtOffset(r);
  let primary = evs[0];
  if (at >= 0) for (const e of evs) if (Math.abs(e.evidence.start - at) < Math.abs(primary!.evidence.start - at)) primary = e;
  const gs = codes(r.source);
  const gt = codes(r.target);
  const ok = (role: 'source' | 'target', g: string[]) => (g.length ? !!primary && g.includes(country(primary[role].actor_code ?? null)) : null);
  return { gold, events: [...events], primary, typeOk: (primary?.plover ?? 'NONE') === gold, anyOk: evs.some((e) => e.plover === gold), srcOk: ok('source', gs), tgtOk: ok('target', gt) };
}

/** A PLOVER record through `pipeline`: the Doc (for its parse) and the outcome. */
export function runPloverRecord(r: GsrRecord, pipeline: Pipeline): { doc: Doc; outcome: PloverOutcome } {
  const doc = pipeline.run(createDoc(r.text!, { id: r.id, published: '2000-01-01' }));
  return { doc, outcome: scorePloverRecord(r, toContract(doc).events) };
}

export function evalPlover(verbose: boolean, dumpPath: string | null = null, pipeline: Pipeline = defaultPipeline()) {
  const records = ploverRecords();
  if (!records.length) return null;
  let typeOk = 0, anyOk = 0, predicted = 0, srcN = 0, srcOk = 0, srcPredN = 0, tgtN = 0, tgtOk = 0, tgtPredN = 0, events = 0;
  const confusion: Record<string, Record<string, number>> = {};
  const misses: string[] = [];
  const iso = new Set(loadKbTables().countries.map((c) => c.iso3));
  const causes = { source: {} as Record<string, number>, target: {} as Record<string, number> };
  const actorMisses: string[] = [];
  const dump: unknown[] = [];
  const texts = (a: GsrActor[] | string | undefined) => (Array.isArray(a) ? a.map((x) => `${x.actorText ?? '?'}=${x.code ?? '?'}`).join('; ') : '');
  for (const r of records) {
    const doc = runText(r.text!, r.id, '2000-01-01', pipeline);
    const o = scorePloverRecord(r, doc.events);
    const { gold, primary } = o;
    events += doc.events.length;
    const got = primary?.plover ?? 'NONE';
    (confusion[gold] ??= {})[got] = (confusion[gold]![got] ?? 0) + 1;
    if (primary) predicted++;
    if (o.typeOk) typeOk++;
    if (o.anyOk) anyOk++;
    else if (verbose) misses.push(`${r.id} gold ${gold} got ${doc.events.filter((e) => e.plover).map((e) => `${e.plover}:${e.cameo}`).join(',') || 'none'} | ${r.text!.slice(0, 110)}`);
    const side = (role: 'source' | 'target', ok: boolean) => {
      const a = primary?.[role];
      if (!ok) {
        const cause = missCause(codes(r[role]), a?.actor_code, !!primary, iso);
        causes[role][cause] = (causes[role][cause] ?? 0) + 1;
        if (verbose && primary) actorMisses.push(`${r.id} ${role} ${cause}: gold ${texts(r[role])} got ${a?.actor_code ?? '-'} "${a?.mention?.text ?? ''}" | ${r.text!.slice(0, 140)}`);
      }
    };
    if (o.srcOk !== null) {
      srcN++;
      if (primary) srcPredN++;
      if (o.srcOk) srcOk++;
      side('source', o.srcOk);
    }
    if (o.tgtOk !== null) {
      tgtN++;
      if (primary) tgtPredN++;
      if (o.tgtOk) tgtOk++;
      side('target', o.tgtOk);
    }
    if (dumpPath) dump.push({ id: r.id, text: r.text, gold: { type: gold, source: texts(r.source), target: texts(r.target) }, events: doc.events.map((e) => ({ cameo: e.cameo, plover: e.plover, source: e.source, target: e.target, rule: e.rule, evidence: e.evidence.text })), primary: primary?.id ?? null });
  }
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump, null, 1));
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    records: records.length,
    with_prediction: predicted,
    events_per_sentence: r4(events / records.length),
    type_accuracy: r4(typeOk / records.length),
    type_accuracy_when_predicted: r4(typeOk / Math.max(1, predicted)),
    type_recall_any: r4(anyOk / records.length),
    source_country_match: r4(srcOk / srcN),
    source_country_match_when_predicted: r4(srcOk / Math.max(1, srcPredN)),
    target_country_match: r4(tgtOk / tgtN),
    target_country_match_when_predicted: r4(tgtOk / Math.max(1, tgtPredN)),
    /** unmatched sources/targets by cause (see missCause) */
    miss_causes: causes,
    confusion,
    ...(verbose ? { misses, actor_misses: actorMisses } : {}),
  };
}

export function evalNoEvents(limitTrain = 1000, pipeline: Pipeline = defaultPipeline()) {
  const out: { sentences: number; documents: number; events: number; per_sentence: number; examples: string[] } = { sentences: 0, documents: 0, events: 0, per_sentence: 0, examples: [] };
  const groups = new Map<string, string[]>();
  for (const [split, cap] of [['dev', Infinity], ['train', limitTrain]] as const) {
    const f = sharedPath('data', 'ud', `en_ewt-ud-${split}.conllu`);
    if (!existsSync(f)) continue;
    let n = 0;
    for (const s of readConllu(readFileSync(f, 'utf8'))) {
      const id = s.comments.find((c) => c.startsWith('# sent_id'))?.split('=')[1]?.trim() ?? '';
      if (!id.startsWith('reviews-') || n >= cap) continue;
      const text = sentenceText(s);
      if (!text) continue;
      n++;
      const doc = `${split}:${id.replace(/-\d+$/, '')}`;
      let g = groups.get(doc);
      if (!g) groups.set(doc, (g = []));
      g.push(text);
    }
  }
  for (const [id, sents] of groups) {
    const doc = runText(sents.join('\n'), id, null, pipeline);
    out.documents++;
    out.sentences += doc.sentences.length;
    out.events += doc.events.length;
    for (const e of doc.events) if (out.examples.length < 25) out.examples.push(`${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'} [${e.rule}] ${e.evidence.text}`);
  }
  out.per_sentence = Math.round((out.events / Math.max(1, out.sentences)) * 10000) / 10000;
  return out;
}

export function evalSeedEvents(pipeline: Pipeline = defaultPipeline()) {
  const article = sharedPath('examples', 'seed', 'article.txt');
  if (!existsSync(article)) return null;
  const gold = JSON.parse(readFileSync(sharedPath('examples', 'seed', 'gold.json'), 'utf8')) as SeedGold & { article: { published: string } };
  const doc = toContract(pipeline.run(createDoc(readFileSync(article, 'utf8'), { id: 'seed', published: gold.article.published })));
  const r = scoreSeed(doc as Parameters<typeof scoreSeed>[0], gold);
  return {
    events: r.events,
    predicted: doc.events.map((e) => `${e.source.mention?.text ?? e.source.actor_code ?? '-'} ${e.cameo} ${e.target.mention?.text ?? e.target.actor_code ?? '-'} [${e.modality}${e.negated ? ',negated' : ''}] ${e.evidence.text}`),
  };
}

function showPred(p: PredEvent | null | undefined): string {
  if (!p) return 'nothing';
  const party = (x: PredEvent['source']) => `${x.mention?.text ?? '-'}=${x.actor_code ?? '-'}`;
  return `${p.cameo} ${party(p.source)} → ${party(p.target)} "${p.evidence.text}" [${p.rule}]`;
}

export function evalWikinewsDev(verbose: boolean, pipeline: Pipeline = defaultPipeline()) {
  const gold = loadGoldEvents();
  const articles = devArticles();
  if (!gold.length || !articles.length) return null;
  const docs: PredDoc[] = articles.map((a) => ({ id: a.id, events: toContract(pipeline.run(createDoc(a.text, { id: a.id, published: a.published, title: a.title, url: a.url }))).events }));
  const { score, pairs, unannotated, nearMisses } = scoreDevEvents(gold, docs);
  if (!verbose) return score;
  const misses = pairs
    .filter((x) => !x.gold.optional && !x.pred)
    .map(({ gold: g }) => `${g.id} ${g.cameo} ${g.source.mention?.text ?? '-'}=${g.source.code} → ${g.target ? `${g.target.mention?.text ?? '-'}=${g.target.code}` : '-'} "${g.trigger.text}" | got ${showPred(nearMisses.get(g))} | ${g.sentence.text.slice(0, 160)}`);
  const extra = unannotated.map(({ doc, pred }) => `${doc} ${showPred(pred)}`);
  return { ...score, misses, unannotated_predictions: extra };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(sharedPath())) {
    console.log('eval:events: ../shared is absent (skipped)');
  } else {
    const verbose = process.argv.includes('--verbose');
    // --parser FILE: the whole evaluation with another parser model (eval/events-parser.ts)
    const pi = process.argv.indexOf('--parser');
    const pipeline = pi > 0 ? pipelineWithParser(process.argv[pi + 1]!) : defaultPipeline();
    if (process.argv.includes('--wikinews')) {
      console.log(JSON.stringify(evalWikinewsDev(verbose, pipeline), null, 1));
      process.exit(0);
    }
    const di = process.argv.indexOf('--dump');
    const plover = evalPlover(verbose, di > 0 ? (process.argv[di + 1] ?? null) : null, pipeline);
    const none = evalNoEvents(1000, pipeline);
    const seed = evalSeedEvents(pipeline);
    const wikinews = evalWikinewsDev(verbose, pipeline);
    console.log(JSON.stringify({ plover, no_event_text: none, seed, wikinews_dev: wikinews }, null, 1));
    console.log(
      `events: PLOVER type accuracy ${plover?.type_accuracy ?? '-'} (any ${plover?.type_recall_any ?? '-'}), source country ${plover?.source_country_match ?? '-'}, target country ${plover?.target_country_match ?? '-'}` +
        ` (misses: source ${JSON.stringify(plover?.miss_causes.source ?? {})}, target ${JSON.stringify(plover?.miss_causes.target ?? {})}); ` +
        `false events on reviews ${none.per_sentence}/sentence (${none.events} in ${none.sentences}); seed ${seed ? `${seed.events.right}/${seed.events.of}` : '-'}; ` +
        `wikinews dev ${wikinews ? `dyad+root recall ${wikinews.dyad_root_recall} (${wikinews.found}/${wikinews.gold_required}), unannotated/annotated ${wikinews.unannotated_per_annotated}` : '-'}`,
    );
  }
}
