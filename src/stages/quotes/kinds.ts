// The kind of each attribution from its content: 'direct' when every content span is wholly a
// quotation, 'indirect' when no quote mark occurs in it, 'mixed' otherwise (a paraphrase with quoted
// fragments). 'partial' is set by the rule that finds quoted fragments in narrative sentences.
import type { Attribution } from './types.js';
import { DOUBLE_MARK_RE, ENDS_WITH_CLOSING_RE, STARTS_WITH_OPENING_RE } from '../../lexicon/quote-marks.js';

function wholeQuote(s: string): boolean {
  const t = s.replace(/^[\s]+|[\s,.;:]+$/g, '');
  return STARTS_WITH_OPENING_RE.test(t) && (ENDS_WITH_CLOSING_RE.test(t) || !DOUBLE_MARK_RE.test(t.slice(1)));
}

export function assignKind(text: string, a: Attribution): void {
  if (a.kind === 'partial') return;
  const parts = a.content.map((c) => text.slice(c.start, c.end));
  if (a.origin === 'transcript') {
    a.kind = 'direct';
    return;
  }
  if (parts.every(wholeQuote)) a.kind = 'direct';
  else if (parts.some((p) => DOUBLE_MARK_RE.test(p))) a.kind = 'mixed';
  else a.kind = 'indirect';
}
