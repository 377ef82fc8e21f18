// What the PolNeAR span-analysis scripts (quote-spans.ts, quote-content-spans.ts, quote-cue-pairs.ts,
// quote-edge-errors.ts, quote-edge-table.ts …) share: their command-line flags, the predictions
// `npm run eval:quotes` last wrote for a split, the trimmed spans of a predicted quote, the scorer's
// greedy pairing of a gold attribution with the unused prediction whose content overlaps it most, and
// the outer edges at which a paired span differs. One definition, so the scripts read the same pairs.
import { readFileSync, existsSync } from 'node:fs';
import { trimRange, type GoldAttribution, type GoldDoc, type PredDoc } from './quotes.js';
import { evalTmp } from './tmp-path.js';

export type Range = readonly [number, number];

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export const spansOf = (x: unknown): Range[] => {
  if (x == null) return [];
  const xs = Array.isArray(x) ? x : [x];
  return xs.filter((s) => s && typeof s === 'object' && 'start' in s).map((s) => [s.start, s.end] as Range);
};

/** the predictions of a split by document id (`--pred FILE` overrides where they are read) */
/** a list of ranges as one key, in the order given (the analysis scripts' span identity) */
export const rangesKey = (rs: readonly Range[]): string => rs.map((r) => r.join(':')).join(',');

export function readPredictions(split: string): Map<string, PredDoc> {
  const predFile = arg('pred') ?? evalTmp(`newsgraph-quotes-${split}.jsonl`);
  if (!existsSync(predFile)) throw new Error(`no predictions at ${predFile}: run npm run eval:quotes -- --split ${split} first`);
  return new Map(
    readFileSync(predFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PredDoc).map((p) => [p.id, p]),
  );
}

/** ranges trimmed of surrounding space and punctuation as the scorer trims them, empty ones dropped */
export const trimmed = (text: string, rs: readonly Range[]): Range[] => rs.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]);

export interface PredictedSpans {
  readonly content: Range[];
  readonly source: Range[];
  readonly cue: Range[];
  readonly rule: string;
}

export const predictedSpans = (p: PredDoc): PredictedSpans[] =>
  (p.quotes ?? []).map((q) => ({
    content: trimmed(p.text, spansOf(q.content)),
    source: trimmed(p.text, spansOf(q.speaker?.mention)),
    cue: trimmed(p.text, spansOf(q.cue)),
    rule: (q as { rule?: string }).rule ?? '?',
  }));

export function charSet(rs: readonly Range[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of rs) for (let i = s; i < e; i++) out.add(i);
  return out;
}

/** the unused prediction covering most of the gold content's characters, and that share (j -1: none) */
export function bestContentMatch(goldContent: ReadonlySet<number>, pq: readonly PredictedSpans[], used: ReadonlySet<number>): { best: number; j: number } {
  let best = 0;
  let bj = -1;
  for (let j = 0; j < pq.length; j++) {
    if (used.has(j)) continue;
    const pc = charSet(pq[j]!.content);
    let inter = 0;
    for (const c of goldContent) if (pc.has(c)) inter++;
    const ov = inter / Math.max(1, goldContent.size);
    if (ov > best) [best, bj] = [ov, j];
  }
  return { best, j: bj };
}

/** the text of some ranges on one line, for listings */
export const shownText = (text: string, rs: readonly Range[]): string => rs.map(([s, e]) => text.slice(s, e).replace(/\n/g, ' / ')).join(' | ');

/** whether two lists of ranges are the same, piece for piece */
export const sameRanges = (x: readonly Range[], y: readonly Range[]): boolean => x.length === y.length && x.every((r, i) => r[0] === y[i]![0] && r[1] === y[i]![1]);

/** whether a predicted cue shares a character with a gold one (false when either is empty) */
export const cuesShareChar = (gold: readonly Range[], pred: readonly Range[]): boolean => {
  const g = charSet(gold);
  return g.size > 0 && pred.length > 0 && [...charSet(pred)].some((c) => g.has(c));
};

/** a prediction paired with another attribution's content: both have a cue and the cues share no
 * character (the nested-cue and wrong-cue cases, eval/quote-nested-cues.ts), no edge error of this one */
export const pairedWithAnotherCue = (gold: readonly Range[], pred: readonly Range[]): boolean => gold.length > 0 && pred.length > 0 && !cuesShareChar(gold, pred);

/** whether a whole range of `rs` lies within [from, to) */
export const rangeWithin = (from: number, to: number, rs: readonly Range[]): boolean => rs.some(([s, e]) => s >= from && e <= to);

/** A gold attribution as the edge analyses see it: its trimmed pieces in text order (gold pieces come in
 * annotation order; sorted, the outer edges are the first and last) and the prediction paired with it. */
export interface AttributionPair {
  readonly docId: string;
  readonly text: string;
  /** the attribution's index in its document */
  readonly index: number;
  readonly attribution: GoldAttribution;
  readonly gold: { readonly content: Range[]; readonly source: Range[]; readonly cue: Range[] };
  /** the document's other gold attributions' cues */
  readonly otherCues: Range[];
  /** the share of the gold content the paired prediction covers */
  readonly overlap: number;
  /** the paired prediction; null when no unused one covers ≥ 30% of the gold content */
  readonly pred: PredictedSpans | null;
}

/** Every gold attribution of the documents that have predictions, in gold order, paired greedily (the
 * scorer's pairing: each with the unused prediction covering most of its content, kept at ≥ 30%). */
export function* attributionPairs(golds: readonly GoldDoc[], preds: ReadonlyMap<string, PredDoc>): Generator<AttributionPair> {
  for (const g of golds) {
    const p = preds.get(g.id);
    if (!p) continue;
    const text = p.text;
    const tr = (rs: readonly Range[]) => [...trimmed(text, rs)].sort((x, y) => x[0] - y[0]);
    const pq = predictedSpans(p);
    const used = new Set<number>();
    const goldCues = g.attributions.map((a) => tr(a.cue));
    for (const [ai, a] of g.attributions.entries()) {
      const gold = { content: tr(a.content), source: tr(a.source), cue: goldCues[ai]! };
      const otherCues = goldCues.filter((_, k) => k !== ai).flat();
      const { best, j } = bestContentMatch(charSet(gold.content), pq, used);
      const paired = best >= 0.3 && j >= 0;
      if (paired) used.add(j);
      yield { docId: g.id, text, index: ai, attribution: a, gold, otherCues, overlap: best, pred: paired ? pq[j]! : null };
    }
  }
}

/** An outer edge where a predicted span and the gold one differ: the text [from, to) one of them has more. */
export interface EdgeDifference {
  readonly side: 'start' | 'end';
  readonly from: number;
  readonly to: number;
  readonly who: 'gold+' | 'pred+';
}

/** the outer edges (start, then end) at which the non-empty gold and predicted pieces differ */
export function outerEdgeDifferences(gs: readonly Range[], ps: readonly Range[]): EdgeDifference[] {
  const [g0, g1] = [gs[0]![0], gs.at(-1)![1]];
  const [p0, p1] = [ps[0]![0], ps.at(-1)![1]];
  const out: EdgeDifference[] = [];
  if (g0 !== p0) out.push({ side: 'start', from: Math.min(g0, p0), to: Math.max(g0, p0), who: g0 < p0 ? 'gold+' : 'pred+' });
  if (g1 !== p1) out.push({ side: 'end', from: Math.min(g1, p1), to: Math.max(g1, p1), who: g1 > p1 ? 'gold+' : 'pred+' });
  return out;
}
