// What the two clause-cutting refiners (coordinated-cues.ts, subordinate-cues.ts) share: which
// attributions they may shorten (one forward content after its cue, made by the verb rules), the
// token range of that content and its cue verb, and the cut itself — a new end, with the freed
// words and quotation marks handed back so the verb rules that run again can read them.
import { extendToQuote } from './content-bounds.js';
import { cueAt } from './cues.js';
import type { State } from './state.js';
import type { Attribution } from './types.js';
import type { Sentence } from '../../core/doc.js';
import { firstMarkEndingAfter, tokenAtOrAfter, type View } from './view.js';

/** forward content the verb rules made: the cue, then what follows it */
const FORWARD = new Set<Attribution['origin']>(['indirect-clause', 'indirect-shared', 'parse']);

/** A forward content as tokens: [cs, ce) of the content, its sentence start, and the cue verb. */
export interface ForwardContent {
  readonly cs: number;
  readonly ce: number;
  readonly sentStart: number;
  readonly sentEnd: number;
  /** the cue verb: the last token of the cue span that is a cue word (-1 when none is) */
  readonly head: number;
}

/** the cue verb of an attribution: the last token of its cue span that is a cue word */
/** The sentence of the attribution's cue (its first token's), or undefined without a cue. */
export function cueSentence(v: View, a: Attribution): Sentence | undefined {
  return a.cue ? v.doc.sentences[v.tokens[tokenAtOrAfter(v, a.cue.start)]?.sent ?? -1] : undefined;
}

export function cueHead(v: View, a: Attribution, floor: number): number {
  if (!a.cue) return -1;
  let head = -1;
  for (let i = tokenAtOrAfter(v, a.cue.start); i < v.tokens.length && v.tokens[i]!.start < a.cue.end; i++) {
    if (cueAt(v, i, floor)) head = i;
  }
  return head;
}

/** The attribution's one forward content in tokens, or null when it has another shape. */
export function forwardContent(v: View, a: Attribution): ForwardContent | null {
  if (!FORWARD.has(a.origin) || a.content.length !== 1 || !a.cue || a.content[0]!.start < a.cue.end) return null;
  const c = a.content[0]!;
  const cs = tokenAtOrAfter(v, c.start);
  let ce = cs;
  while (ce < v.tokens.length && v.tokens[ce]!.start < c.end) ce++;
  const sent = v.doc.sentences[v.tokens[cs]?.sent ?? -1];
  if (!sent) return null;
  return { cs, ce, sentStart: sent.tokenStart, sentEnd: sent.tokenEnd, head: cueHead(v, a, sent.tokenStart) };
}

/**
 * Ends the attribution's content at token `last` (inclusive, widened to a quotation it opens) and
 * frees what followed up to token `ce`: content claims (1) on words and the marks past the new end;
 * a cue or source claim stays.
 */
export function endContentAt(st: State, a: Attribution, last: number, ce: number): void {
  const v = st.v;
  const old = a.content[0]!;
  a.content[0] = { start: old.start, end: extendToQuote(v, last) };
  for (let j = last + 1; j < ce; j++) if (st.usedTok[j] === 1) st.usedTok[j] = 0;
  for (let m = firstMarkEndingAfter(v, a.content[0].end); m < v.marks.length && v.marks[m]!.start < old.end; m++) {
    if (v.marks[m]!.start >= a.content[0].end) st.usedMark[m] = 0;
  }
}
