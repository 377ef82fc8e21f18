// Training of the quotes stage's accept model (accept-model.ts): L2-regularised logistic regression
// over sparse string features by seeded SGD, and the choice of the drop threshold that maximises
// the sum of the content and cue exact F1 over a set of scored candidates. Pure functions of their
// inputs (scripts/train-quote-accept.ts reads PolNeAR and writes the model file).
import { mulberry32, shuffleInPlace } from '../../nlp/random.js';
import { QUOTE_ACCEPT_KIND, scoreFeatures, type QuoteAcceptModel } from './accept-model.js';

export interface AcceptExample {
  readonly features: readonly string[];
  /** the target: the candidate's content or its cue matches a gold attribution exactly */
  readonly label: boolean;
  /** whether the model may drop it (direct and transcript quotes are always kept) */
  readonly filtered: boolean;
  /** exact-match credit the candidate earns (counts toward the F1 the threshold is chosen for) */
  readonly contentExact: boolean;
  readonly cueExact: boolean;
}

export interface TrainAcceptOptions {
  readonly seed: number;
  readonly epochs?: number;
  readonly rate?: number;
  readonly l2?: number;
  /** features seen fewer times than this in the examples get no weight */
  readonly minCount?: number;
}

/** Logistic regression on the filtered examples; threshold 0 until chooseThreshold sets one. */
export function trainAccept(examples: readonly AcceptExample[], o: TrainAcceptOptions): QuoteAcceptModel {
  const data = examples.filter((e) => e.filtered);
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const minCount = o.minCount ?? 3;
  const w = new Map<string, number>();
  let bias = 0;
  const rand = mulberry32(o.seed);
  const order = data.map((_, i) => i);
  const epochs = o.epochs ?? 12;
  const l2 = o.l2 ?? 1e-4;
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    const rate = (o.rate ?? 0.1) / (1 + ep);
    for (const i of order) {
      const e = data[i]!;
      let z = bias;
      for (const f of e.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (e.label ? 1 : 0) - p;
      bias += rate * g;
      for (const f of e.features) {
        if ((counts.get(f) ?? 0) < minCount) continue;
        const x = w.get(f) ?? 0;
        w.set(f, x + rate * (g - l2 * x));
      }
    }
  }
  const weights = new Map([...w].filter(([, x]) => Math.abs(x) >= 1e-3).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, x]) => [f, Math.round(x * 1e4) / 1e4] as const));
  return { kind: QUOTE_ACCEPT_KIND, bias: Math.round(bias * 1e4) / 1e4, threshold: 0, weights };
}

export interface ScoredCandidate {
  readonly score: number;
  readonly filtered: boolean;
  readonly contentExact: boolean;
  readonly cueExact: boolean;
}

/** content and cue exact F1 when every filtered candidate scoring under `t` is dropped */
export function exactF1At(cands: readonly ScoredCandidate[], gold: number, t: number): { content: number; cue: number } {
  let pred = 0;
  let content = 0;
  let cue = 0;
  for (const c of cands) {
    if (c.filtered && c.score < t) continue;
    pred++;
    if (c.contentExact) content++;
    if (c.cueExact) cue++;
  }
  const f1 = (tp: number) => (pred + gold ? (2 * tp) / (pred + gold) : 0);
  return { content: f1(content), cue: f1(cue) };
}

/** The threshold (among the candidates' own scores, or -Infinity: keep all) with the best content + cue exact F1. */
export function chooseThreshold(cands: readonly ScoredCandidate[], gold: number): number {
  const ts = [-Infinity, ...new Set(cands.filter((c) => c.filtered).map((c) => c.score))].sort((a, b) => a - b);
  let best = -Infinity;
  let bestSum = -1;
  // drop candidates in score order: the F1 sums update incrementally
  const sorted = cands.filter((c) => c.filtered).sort((a, b) => a.score - b.score);
  let pred = cands.length;
  let content = cands.filter((c) => c.contentExact).length;
  let cue = cands.filter((c) => c.cueExact).length;
  let k = 0;
  for (const t of ts) {
    while (k < sorted.length && sorted[k]!.score < t) {
      pred--;
      if (sorted[k]!.contentExact) content--;
      if (sorted[k]!.cueExact) cue--;
      k++;
    }
    const sum = (2 * content + 2 * cue) / (pred + gold);
    if (sum > bestSum + 1e-12) {
      bestSum = sum;
      best = t;
    }
  }
  return best;
}

export function scoreAll(m: QuoteAcceptModel, examples: readonly AcceptExample[]): ScoredCandidate[] {
  return examples.map((e) => ({ score: scoreFeatures(m, e.features), filtered: e.filtered, contentExact: e.contentExact, cueExact: e.cueExact }));
}
