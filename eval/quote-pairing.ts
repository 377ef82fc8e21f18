// What the PolNeAR span-analysis scripts (quote-spans.ts, quote-content-spans.ts, quote-cue-pairs.ts)
// share: their command-line flags, the predictions `npm run eval:quotes` last wrote for a split, the
// trimmed spans of a predicted quote, and the scorer's greedy pairing of a gold attribution with the
// unused prediction whose content overlaps it most. One definition, so the three read the same pairs.
import { readFileSync, existsSync } from 'node:fs';
import { trimRange, type PredDoc } from './quotes.js';
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
