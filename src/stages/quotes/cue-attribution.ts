// One attribution from a cue: the cue's verb group, the source phrase and its head, and how it was
// found (origin) apart from the rule id it reports.
import type { Span } from '../../core/span.js';
import type { Cue } from './cues.js';
import type { NP } from './source-np.js';
import type { Attribution, AttributionOrigin } from './types.js';
import { isCap, tokSpan, type View } from './view.js';

export function cueAttribution(v: View, content: Span[], cue: Cue, np: NP | null, origin: AttributionOrigin, rule: string, addressee: Span | null): Attribution {
  return {
    origin,
    cueClass: cue.entry.cls,
    content,
    cue: tokSpan(v, cue.start, cue.end),
    source: np ? tokSpan(v, np.start, np.end) : null,
    sourceHead: np ? tokSpan(v, np.head, np.head + 1) : null,
    addressee,
    kind: 'indirect',
    sent: v.tokens[cue.head]!.sent,
    rule: `quotes:${rule}`,
  };
}

/** the head of a source phrase with no parse: its last capitalised word, else its last word */
export function lastCapital(v: View, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (isCap(v, i)) return i;
  return Math.max(s, e - 1);
}
