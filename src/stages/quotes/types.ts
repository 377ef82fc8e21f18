// Internal working types of the quotes stage: a candidate attribution before speaker resolution.
// Offsets are UTF-16 spans into doc.text; token indexes are into doc.tokens.
import type { QuoteKind } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

export interface Attribution {
  /** content spans in text order (several when the cue interrupts the quote or it runs on) */
  content: Span[];
  cue: Span | null;
  /** the source as PolNeAR marks it: the whole noun phrase with title and apposition */
  source: Span | null;
  /** the head word of the source (a name or a pronoun) used to resolve the entity */
  sourceHead: Span | null;
  addressee: Span | null;
  kind: QuoteKind;
  /** which sentence holds the cue (index into doc.sentences), -1 when none */
  sent: number;
  rule: string;
}

/** One quotation: opening mark to closing mark (inclusive), or to the paragraph end when unclosed. */
export interface QuoteMarkSpan extends Span {
  readonly paragraph: number;
  readonly closed: boolean;
  /** index of the span that continues this quote in the next paragraph (AP style), -1 when none */
  next: number;
  /** true when an earlier paragraph's unclosed quote continues here */
  continued: boolean;
}
