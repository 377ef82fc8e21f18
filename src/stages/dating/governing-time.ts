// Picks the time expression that governs a quote or an event: the nearest usable timex in its
// clause, else elsewhere in its sentence(s), else the most recent one before it in the context
// (earlier sentences of the paragraph and of the few paragraphs before, the same scene). A
// usable timex is a DATE or TIME with a value, outside every excluded span (quoted content).
// Concrete dates beat vague references (PAST_REF) at the same level.
import type { Doc, Timex } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Layout } from './layout.js';

export type DateSource = 'clause' | 'sentence' | 'context';

/** How far back the context search may go: a news scene rarely outlives the next two paragraphs
 * (issue 20: "anchors never jump across paragraphs without cause") — or a few sentences, where
 * each paragraph is a one-line sentence; beyond both, an undated event is read as of publication,
 * as an attribution is. */
export const CONTEXT_PARAGRAPHS = 2;
export const CONTEXT_SENTENCES = 6;
/** Bounds that keep the search linear on pathological input (a 2 MB sentence, 10,000 quotes). */
const MAX_REACH = 600;
const MAX_CONTEXT_TIMEXES = 50;

/**
 * Which vague references may date a target: events take any ("will soon sign" → FUTURE_REF), a
 * quote only PAST_REF ("recently said") — "currently" near a reporting verb describes the
 * speaker, not when the words were said.
 */
export type VagueUse = 'all' | 'past-only';

export interface Governing {
  readonly index: number;
  readonly source: DateSource;
}

/** "since" right before a timex: the time is where a lasting state starts, not a scene's day. */
const SINCE_BEFORE = /\bsince\s+$/i;

const isVague = (t: Timex) => /_REF$/.test(t.value ?? '');

export function usable(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && t.value !== null;
}

/**
 * For each timex, whether it lies inside any of `spans` (quoted content): one sort and a binary
 * search per timex instead of a scan of every quote.
 */
export function insideAny(timexes: readonly Timex[], spans: readonly Span[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // union of the spans, so that a binary search finds the one candidate interval
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push({ start: s.start, end: s.end });
  }
  return timexes.map((t) => {
    let lo = 0;
    let hi = merged.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.start <= t.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && t.end <= merged[found]!.end;
  });
}

/** Index of the first timex starting at or after `offset` (binary search; timexes are in text order). */
export function firstTimexFrom(timexes: readonly Timex[], offset: number): number {
  let lo = 0;
  let hi = timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timexes[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text before a timex that makes it the time of an embedded verb of its own ("the election to be
 * held on August 9", "the withdrawal first announced on October 6"). */
const EMBEDDED_VERB_BEFORE = /\b(?:to\s+be|first|previously|originally|initially|already|earlier)\s+\p{Ll}+(?:\s+[\p{L}\d]+){0,3}\s+(?:on|in|at|by|for)\s+$/u;

/** A participle of its own right before the timex, with no preposition: "the withdrawal first
 * announced [seven days earlier]". */
const EMBEDDED_PARTICIPLE_BEFORE = /\b(?:first|previously|originally|initially|already)\s+\p{Ll}+(?:ed|en|wn|ne|de|t)\s+$/u;

/** Whether timex `t`, apart from the focus, dates a verb of its own (then another time in the
 * clause, such as a fronted "On Thursday,", governs the focus before it). */
export function governsEmbeddedVerb(text: string, t: Timex, focus: Span): boolean {
  if (t.start >= focus.start && t.end <= focus.end) return false;
  // cheap test first, without allocating: the word right before must be a preposition or a
  // past participle (its last letter a d, n, e or t)
  if (prepositionBefore(text, t.start)) return EMBEDDED_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start));
  const last = text.charCodeAt(t.start - 2);
  if (text.charCodeAt(t.start - 1) !== 32 || (last !== 100 && last !== 110 && last !== 101 && last !== 116)) return false;
  return EMBEDDED_PARTICIPLE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

const PREPOSITIONS = ['on', 'in', 'at', 'by', 'for'];

/** Whether one of PREPOSITIONS (lower case) stands right before `at`, after at least one space. */
function prepositionBefore(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  if (j === at) return false;
  for (const p of PREPOSITIONS) {
    const k = j - p.length;
    if (k >= 0 && text.startsWith(p, k) && (k === 0 || !/[\p{L}\d]/u.test(text[k - 1]!))) return true;
  }
  return false;
}

function nearest(doc: Doc, region: Span, focus: Span, excluded: (i: number) => boolean, vague: VagueUse): number | null {
  const tx = doc.timexes;
  const from = Math.max(region.start, focus.start - MAX_REACH);
  const to = Math.min(region.end, focus.end + MAX_REACH);
  let best: number | null = null;
  let bestKey: [number, number] = [Infinity, Infinity];
  for (let i = firstTimexFrom(tx, from); i < tx.length && tx[i]!.start < to; i++) {
    const t = tx[i]!;
    if (t.end > to || !usable(t) || excluded(i)) continue;
    if (vague === 'past-only' && isVague(t) && t.value !== 'PAST_REF') continue;
    const dist = t.end <= focus.start ? focus.start - t.end : t.start >= focus.end ? t.start - focus.end : 0;
    const key: [number, number] = [isVague(t) ? 2 : governsEmbeddedVerb(doc.text, t, focus) ? 1 : 0, dist];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = i;
      bestKey = key;
    }
  }
  return best;
}

/**
 * @param clause the clause region around the focus
 * @param sentences the sentence region(s) the target touches
 * @param focus the cue (quotes) or evidence (events) to measure distance from
 * @param excluded per timex index: true when it does not count here (inside quoted content)
 * @param fromContext whether the scene of earlier sentences may date it (events: yes; the speech
 *   act of a quote: no — an undated attribution is read as of publication)
 */
export function governingTime(
  doc: Doc,
  layout: Layout,
  clause: Span,
  sentences: Span,
  focus: Span,
  excluded: (i: number) => boolean,
  vague: VagueUse = 'all',
  fromContext = true,
): Governing | null {
  const c = nearest(doc, clause, focus, excluded, vague);
  if (c !== null) {
    // the clause's only time dates a verb of its own ("the withdrawal first announced on
    // October 6"): a time of the sentence that is not ("Also on Sunday, …") governs instead
    if (governsEmbeddedVerb(doc.text, doc.timexes[c]!, focus)) {
      const s = nearest(doc, sentences, focus, excluded, vague);
      if (s !== null && s !== c && !governsEmbeddedVerb(doc.text, doc.timexes[s]!, focus)) return { index: s, source: 'sentence' };
    }
    return { index: c, source: 'clause' };
  }
  const s = nearest(doc, sentences, focus, excluded, vague);
  if (s !== null) return { index: s, source: 'sentence' };
  if (!fromContext) return null;
  // context: the latest concrete date before the target's sentence, within the scene
  const here = layout.sentenceAt(sentences.start);
  const tx = doc.timexes;
  const first = firstTimexFrom(tx, sentences.start) - 1;
  for (let i = first; i >= 0 && first - i < MAX_CONTEXT_TIMEXES; i--) {
    const t = tx[i]!;
    const there = layout.sentenceAt(t.start);
    // a scene lasts two paragraphs, or a few sentences where paragraphs are one-liners
    if (here.paragraph - there.paragraph > CONTEXT_PARAGRAPHS && here.index - there.index > CONTEXT_SENTENCES) break;
    if (!usable(t) || isVague(t) || excluded(i)) continue;
    if (t.granularity !== 'day' && t.type !== 'TIME') continue; // "in 2019" does not set a scene
    // "protests have been taking place since Tuesday": the day a lasting state began is not the
    // day of the acts told after it — the scene is the one before ("Friday night was the fourth night")
    if (SINCE_BEFORE.test(doc.text.slice(Math.max(0, t.start - 8), t.start))) continue;
    return { index: i, source: 'context' };
  }
  return null;
}
