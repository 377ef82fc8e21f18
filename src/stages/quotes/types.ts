// Internal working types of the quotes stage: a candidate attribution before speaker resolution.
// Offsets are UTF-16 spans into doc.text; token indexes are into doc.tokens.
import type { QuoteKind } from '../../core/doc.js';
import type { CueClass } from './words.js';
import type { Span } from '../../core/span.js';

/**
 * Which family of rules made an attribution. Later rules that treat attributions differently by
 * how they were found (follow-on quotes, partial fragments, kinds) read this, never the `rule` id,
 * which is provenance for the output and may be renamed freely.
 */
export type AttributionOrigin =
  | 'direct' // a quote-mark span with an attribution before or after it
  | 'transcript' // "NAME: …" transcript and headline labels
  | 'indirect-closing' // CONTENT, X said.
  | 'indirect-parenthetical' // A, X said, B.
  | 'indirect-clause' // X said (that) CONTENT.
  | 'indirect-shared' // "…," he said, adding that CONTENT (the participle shares the source)
  | 'indirect-passive' // by-agent, impersonal and raising passives
  | 'perception' // "X seemed/appears to …": an impression with no source (cue-raising.ts)
  | 'asked' // fronted "Asked …,"
  | 'according-to'
  | 'noun-cue' // "her criticism of X", "the mayor's warning that S"
  | 'stance-predicate' // "X is critical of Y", "X is a staunch opponent of Y"
  | 'characterization' // "X played down the comments as “…”"
  | 'no-response' // "X did not respond to a request for comment" (no-response.ts)
  | 'backing' // "voters backed Clinton", "a super PAC backing Bush" (backing.ts)
  | 'construction' // a verb lemma in a construction of data/quotes/cue-constructions.tsv (construction-cues.ts)
  | 'hearsay' // "X is reportedly …": the adverb is the cue, no source (hearsay-adverbs.ts)
  | 'fronted-participle' // "After saying …, the man …" (fronted-participle.ts)
  | 'appositive-relative' // "…, a charge that X denied" (appositive-relative.ts)
  | 'parse' // ccomp under a cue verb from the dependency parse
  | 'partial'; // quoted fragments in narrative sentences

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
  origin: AttributionOrigin;
  /** the lexicon class of the cue word, for cue-verb rules (speech, attitude, …) */
  cueClass?: CueClass;
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
