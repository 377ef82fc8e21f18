// The working state the rules share while one document is read: the attributions found so far and
// which quote-mark spans and tokens they have already claimed, so a later rule never attributes
// the same words twice (PolNeAR annotates only the outermost attribution).
import type { Span } from '../../core/span.js';
import type { Attribution } from './types.js';
import { extendToQuote } from './content-bounds.js';
import { firstMarkEndingAfter, tokenAtOrAfter, tokSpan, type View } from './view.js';

export interface State {
  readonly v: View;
  readonly atts: Attribution[];
  /** per quote-mark span: 1 when some attribution holds it */
  readonly usedMark: Uint8Array;
  /** per token: 1 inside claimed content, 2 a claimed cue or source */
  readonly usedTok: Uint8Array;
  /** tokens of naming verbs ("called her “Sunday cake”"): never a cue (not-speech.ts) */
  readonly naming: Set<number>;
}

export function newState(v: View): State {
  return { v, atts: [], usedMark: new Uint8Array(v.marks.length), usedTok: new Uint8Array(v.tokens.length), naming: new Set() };
}

function mark(st: State, s: Span | null, value: number): void {
  if (!s) return;
  for (let i = tokenAtOrAfter(st.v, s.start); i < st.v.tokens.length && st.v.tokens[i]!.start < s.end; i++) {
    st.usedTok[i] = Math.max(st.usedTok[i]!, value);
  }
}

/** Removes the attributions of `gone` from the state, the others keeping their order (their words stay claimed). */
export function dropAttributions(st: State, gone: ReadonlySet<Attribution>): void {
  if (!gone.size) return;
  const kept = st.atts.filter((a) => !gone.has(a));
  st.atts.length = 0;
  st.atts.push(...kept);
}

/** Records an attribution and claims its words and quote marks. */
export function accept(st: State, a: Attribution): void {
  st.atts.push(a);
  for (const c of a.content) {
    mark(st, c, 1);
    for (let m = firstMarkEndingAfter(st.v, c.start); m < st.v.marks.length; m++) {
      const q = st.v.marks[m]!;
      if (q.start >= c.end) break;
      if (q.end > c.start && q.start >= c.start - 1) st.usedMark[m] = 1;
    }
  }
  mark(st, a.cue, 2);
  mark(st, a.source, 2);
}

/** An indirect attribution from token positions (content start..end, cue cueStart..cueEnd, source NP with
 * its head): the shape the phrase rules (noun cues, stance predicates) all record. */
export function acceptIndirect(st: State, at: number, content: { start: number; end: number }, cue: { start: number; end: number },
  source: { start: number; end: number; head: number }, rule: string, origin: Attribution['origin']): void {
  const v = st.v;
  accept(st, {
    content: [{ start: v.tokens[content.start]!.start, end: extendToQuote(v, content.end - 1) }],
    cue: tokSpan(v, cue.start, cue.end),
    source: tokSpan(v, source.start, source.end),
    sourceHead: tokSpan(v, source.head, source.head + 1),
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[at]!.sent,
    rule,
    origin,
  });
}

export function isFree(st: State, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (st.usedTok[i]) return false;
  return true;
}

/** Whether a token in [a, b) lies inside an accepted attribution's content (a claimed cue or source is not). */
export function inContent(st: State, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (st.usedTok[i] === 1) return true;
  return false;
}
