// Scores predicted events against the Wikinews dev set gold (events.jsonl). The rules, also in
// eval/wikinews-dev/README.md:
// - A prediction is in a gold event's sentence when its evidence starts inside the gold sentence span.
// - Actor match: the gold code's country part (first 3 letters; 6 for IGO/NGO/IMG codes, so the UN
//   and the EU differ) is a prefix of the predicted actor code's; when the gold country part is
//   `---`, the predicted mention must overlap the gold mention instead. A gold target of null
//   matches a predicted target with neither actor code nor mention.
// - Dyad + root: a gold event is found when a prediction in its sentence has the same CAMEO root
//   and its source and target match. Gold and predictions are paired one to one (required gold
//   first, then optional, each taking the first free matching prediction in text order).
// - Recall counts required gold only; unannotated = predictions paired with no gold (required or
//   optional) divided by the number of required gold events.
// - On dyad-matched required events: full CAMEO code accuracy, modality accuracy (a negated
//   prediction reads as modality "negated") and date accuracy (equal at the gold's precision; null
//   only matches null).
// - Source/target country accuracy: over required gold events with a same-root prediction in the
//   sentence (the dyad-matched one, else the one whose evidence is nearest the gold trigger).
import type { GoldActor, GoldEvent } from './events-gold.js';

export interface PredSpan {
  start: number;
  end: number;
  text: string;
}
export interface PredParty {
  actor_code: string | null;
  mention: PredSpan | null;
}
export interface PredEvent {
  cameo: string;
  root: string;
  source: PredParty;
  target: PredParty;
  date: string | null;
  negated: boolean;
  modality: string;
  evidence: PredSpan;
  rule: string;
}
export interface PredDoc {
  id: string;
  events: PredEvent[];
}

/** the part of an actor code the dev set compares: the country, or the organisation for IGO/NGO/IMG */
export function countryPart(code: string | null | undefined): string {
  const c = (code ?? '').toUpperCase();
  return /^(IGO|NGO|IMG)/.test(c) ? c.slice(0, 6) : c.slice(0, 3);
}

function overlaps(a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

export function actorMatches(gold: GoldActor | null, pred: PredParty | null): boolean {
  if (!gold) return !pred || (!pred.actor_code && !pred.mention);
  if (!pred) return false;
  const g = countryPart(gold.code);
  if (g.startsWith('---')) return overlaps(gold.mention, pred.mention);
  return !!pred.actor_code && countryPart(pred.actor_code).startsWith(g);
}

function inSentence(g: GoldEvent, p: PredEvent): boolean {
  return p.evidence.start >= g.sentence.start && p.evidence.start < g.sentence.end;
}

export function dyadRootMatch(g: GoldEvent, p: PredEvent): boolean {
  return inSentence(g, p) && p.root === g.root && actorMatches(g.source, p.source) && actorMatches(g.target, p.target);
}

function predModality(p: PredEvent): string {
  return p.negated ? 'negated' : p.modality;
}

function dateMatches(gold: string | null, pred: string | null): boolean {
  if (gold === null) return pred === null;
  return !!pred && pred.length >= gold.length && pred.slice(0, gold.length) === gold;
}

export interface Pairing {
  gold: GoldEvent;
  pred: PredEvent | null;
}

export interface DevScore {
  articles: number;
  gold_required: number;
  gold_optional: number;
  predicted: number;
  found: number;
  dyad_root_recall: number;
  unannotated: number;
  unannotated_per_annotated: number;
  /** of the unannotated, the victim-only ones (no source actor at all): PLOVER codes them, the dev
   * set's CAMEO reading needs a source — counted in `unannotated`, shown apart */
  unannotated_no_source: number;
  full_code_accuracy: number;
  modality_accuracy: number;
  date_accuracy: number;
  same_root_in_sentence: number;
  /** required gold with any same-root prediction in the sentence, actors aside */
  root_in_sentence_recall: number;
  source_country_accuracy: number;
  target_country_accuracy: number;
  optional_found: number;
}

export interface DevDetail {
  score: DevScore;
  /** every gold event with the prediction paired to it (null: missed) */
  pairs: Pairing[];
  /** predictions paired with no gold event */
  unannotated: Array<{ doc: string; pred: PredEvent }>;
  /** for missed required gold: the same-root prediction in the sentence, if any (why it failed) */
  nearMisses: Map<GoldEvent, PredEvent | null>;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export function scoreDevEvents(gold: GoldEvent[], docs: PredDoc[]): DevDetail {
  const pairs: Pairing[] = [];
  const unannotated: DevDetail['unannotated'] = [];
  const nearMisses = new Map<GoldEvent, PredEvent | null>();
  let predicted = 0, codeOk = 0, modOk = 0, dateOk = 0, rootSeen = 0, srcOk = 0, tgtOk = 0;
  for (const doc of docs) {
    const preds = [...doc.events].sort((a, b) => a.evidence.start - b.evidence.start);
    predicted += preds.length;
    const used = new Set<PredEvent>();
    const mine = gold.filter((g) => g.doc === doc.id);
    const ordered = [...mine.filter((g) => !g.optional), ...mine.filter((g) => g.optional)];
    for (const g of ordered) {
      const p = preds.find((x) => !used.has(x) && dyadRootMatch(g, x)) ?? null;
      if (p) used.add(p);
      pairs.push({ gold: g, pred: p });
      if (g.optional) continue;
      // the prediction the country figures look at: the dyad match, else the nearest same-root one
      const sameRoot = p ?? nearest(g, preds.filter((x) => inSentence(g, x) && x.root === g.root));
      if (!p) nearMisses.set(g, sameRoot ?? nearest(g, preds.filter((x) => inSentence(g, x))));
      if (sameRoot) {
        rootSeen++;
        if (countryPart(g.source.code).startsWith('---') ? actorMatches(g.source, sameRoot.source) : countryPart(sameRoot.source.actor_code).startsWith(countryPart(g.source.code))) srcOk++;
        if (actorMatches(g.target, sameRoot.target)) tgtOk++;
      }
      if (p) {
        if (p.cameo === g.cameo) codeOk++;
        if (predModality(p) === g.modality) modOk++;
        if (dateMatches(g.date, p.date)) dateOk++;
      }
    }
    for (const p of preds) if (!used.has(p)) unannotated.push({ doc: doc.id, pred: p });
  }
  const required = pairs.filter((x) => !x.gold.optional);
  const found = required.filter((x) => x.pred).length;
  const score: DevScore = {
    articles: docs.length,
    gold_required: required.length,
    gold_optional: pairs.length - required.length,
    predicted,
    found,
    dyad_root_recall: r4(found / Math.max(1, required.length)),
    unannotated: unannotated.length,
    unannotated_per_annotated: r4(unannotated.length / Math.max(1, required.length)),
    unannotated_no_source: unannotated.filter(({ pred }) => !pred.source.actor_code && !pred.source.mention).length,
    full_code_accuracy: r4(codeOk / Math.max(1, found)),
    modality_accuracy: r4(modOk / Math.max(1, found)),
    date_accuracy: r4(dateOk / Math.max(1, found)),
    same_root_in_sentence: rootSeen,
    root_in_sentence_recall: r4(rootSeen / Math.max(1, required.length)),
    source_country_accuracy: r4(srcOk / Math.max(1, rootSeen)),
    target_country_accuracy: r4(tgtOk / Math.max(1, rootSeen)),
    optional_found: pairs.filter((x) => x.gold.optional && x.pred).length,
  };
  return { score, pairs, unannotated, nearMisses };
}

function nearest(g: GoldEvent, preds: PredEvent[]): PredEvent | null {
  let best: PredEvent | null = null;
  for (const p of preds) if (!best || Math.abs(p.evidence.start - g.trigger.start) < Math.abs(best.evidence.start - g.trigger.start)) best = p;
  return best;
}
