// Attributions in an "as" clause, for what the verb rules left:
//   "As Vulture put it, “Hello, it’s the Biebs.”"                 cue "put it", content after the comma
//   "As the Post reported just today, the inspector general …"    an adjunct before the comma
//   "Mrs. Clinton's father also grew up here, as she said."       clause-final: the content is the clause before
// The verb rules miss these because "put it" is no cue word, an adjunct sits between the cue and
// the comma, or the source follows "as" rather than the comma (PolNeAR train: 260 gold sources
// right after "as", 134 of them without a predicted cue before this rule).
import { attributableSentences, extendToQuote, forwardEnd, leadEnd, onlyTrailing } from './content-bounds.js';
import { cueAt, verbGroup } from './cues.js';
import { rightNP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import type { AttributionOrigin } from './types.js';
import { isPunct, isQuoteTok, tokSpan, POS_AUX, POS_VERB, type View } from './view.js';

// the clause-initial kind reads forward like "X said CONTENT", the clause-final one closes its content
const FORWARD: AttributionOrigin = 'indirect-clause';
const CLOSING: AttributionOrigin = 'indirect-closing';

/** words between the cue and its comma: a short adjunct ("just today", "in his memo to employees") */
const MAX_ADJUNCT = 8;

/** [start, end) of the cue after the source at k: "put it" / "puts it", or a speech verb's group; null when none */
function asCue(v: View, k: number, s: number, e: number): { start: number; end: number; head: number } | null {
  if ((v.lower[k] === 'put' || v.lower[k] === 'puts') && v.lower[k + 1] === 'it') return { start: k, end: k + 2, head: k };
  const entry = cueAt(v, k, s);
  if (!entry || entry.cls !== 'speech' || entry.use === 'quote' || entry.form.endsWith('ing')) return null;
  const g = verbGroup(v, k, entry, s, e);
  return { start: g.start, end: g.end, head: k };
}

/** the comma or colon that closes a short adjunct after the cue, or -1 */
function closingMark(v: View, from: number, e: number): number {
  for (let j = from; j < e && j - from <= MAX_ADJUNCT; j++) {
    if (v.inQuote[j]! >= 0) return -1;
    if (isPunct(v, j, ',:')) return j;
    if (isPunct(v, j) || v.tagged && (v.posCode[j] === POS_VERB || v.posCode[j] === POS_AUX)) return -1;
  }
  return -1;
}

/** first token of the clause that ends at `end`: after the last dash, semicolon or colon before it */
function clauseStart(v: View, s: number, end: number): number {
  // (a hyphen counts only set off by spaces: "right-wing" is one word)
  for (let j = end - 1; j > s; j--) {
    if (v.inQuote[j]! < 0 && isPunct(v, j, '—–;:') || v.lower[j] === '-' && v.tokens[j]!.start > v.tokens[j - 1]!.end) return j + 1;
  }
  return leadEnd(v, s);
}

export function attachAsClauses(st: State): void {
  const v = st.v;
  for (const { s, e, ce } of attributableSentences(v, 5)) {
    for (let i = s; i + 2 < ce; i++) {
      if (v.lower[i] !== 'as' || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      i = asClauseAt(st, i, s, ce);
    }
  }
}

/**
 * The attribution the "as" at token `i` opens in sentence [s, ce), accepted; returns where the scan
 * resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small, this
 * rarer path on its own.)
 */
function asClauseAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  const np = rightNP(v, i + 1, ce);
  if (!np) return i;
  const cue = asCue(v, np.end, s, ce);
  if (!cue || !isFree(st, np.start, cue.end)) return i;
  const initial = i === leadEnd(v, s) || isPunct(v, i - 1, ',') && i - 1 <= leadEnd(v, s) + 2;
  let content: { start: number; end: number }[] | null = null;
  let rule = '';
  if (initial) {
    const mark = closingMark(v, cue.end, ce);
    const start = mark + 1;
    if (mark < 0 || start >= ce || !isFree(st, start, ce)) return i;
    const end = forwardEnd(v, start, ce);
    if (end - start < 2) return i;
    content = [{ start: v.tokens[start]!.start, end: extendToQuote(v, end - 1) }];
    // "As X put it[,:] CONTENT" / "As X reported just today, CONTENT"
    rule = 'quotes:as-clause-initial';
  } else if (isPunct(v, i - 1, ',—–') && onlyTrailing(v, cue.end, ce)) {
    const end = i - 1;
    const start = clauseStart(v, s, end);
    if (end - start < 3 || !isFree(st, start, end) || isQuoteTok(v, start) && !isFree(st, start, end)) return i;
    content = [{ start: v.tokens[start]!.start, end: extendToQuote(v, end - 1) }];
    // "CONTENT, as X said (at the outset)."
    rule = 'quotes:as-clause-final';
  }
  if (!content) return i;
  accept(st, {
    content,
    cue: tokSpan(v, cue.start, cue.end),
    source: tokSpan(v, np.start, np.end),
    sourceHead: tokSpan(v, np.head, np.head + 1),
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[cue.head]!.sent,
    rule,
    origin: initial ? FORWARD : CLOSING,
  });
  return cue.end;
}
