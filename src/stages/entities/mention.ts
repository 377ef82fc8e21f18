// The working record for a mention while the entities stage builds entities. Offsets are UTF-16
// into doc.text; tokFrom/tokTo index doc.tokens (half-open). Refiners edit these records in order;
// index.ts turns the final clusters into the immutable Entity/Mention layer.
import type { EntityType, MentionKind } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { GazValue, TitleEntry } from '../../kb/index.js';

/**
 * How a mention was found. Refiners that treat mentions differently by how they were found read
 * this, never the `rule` id: a rule id is provenance for the output and may be renamed freely.
 */
export type MentionOrigin =
  | 'model' // the statistical NER model (possibly confirmed by the gazetteer)
  | 'gazetteer' // a knowledge-base name the model did not tag
  | 'org-head-word' // a capitalised run ending in an organisation word ("Ministry of Health")
  | 'owner' // the country/IGO that owns a title ("U.K." in "U.K. Defense Secretary")
  | 'propagated' // a later repeat of a name (or surname) found elsewhere in the document
  | 'nominal' // a role noun phrase or "the nation" taking up an earlier name
  | 'nominal-counterpart' // "his counterpart": resolved once the possessor is known
  | 'pronoun'
  | 'nationality-group'; // a nationality adjective and a group noun ("Greek authorities")

export interface WorkMention {
  start: number;
  end: number;
  tokFrom: number;
  tokTo: number;
  sent: number;
  kind: MentionKind;
  type: EntityType;
  rule: string;
  origin: MentionOrigin;
  /** its title was read from an appositive ("Anna Berg, Sweden's foreign minister,"), or it owns one */
  appositive?: boolean;
  /** gazetteer entry the text matched, when it did */
  gaz?: GazValue;
  /** title words before a name ("Defense Secretary") and the lexicon entry */
  title?: Span;
  titleEntry?: TitleEntry;
  /** who the role is for: ISO alpha-3 or an IGO code, from the words before the title ("U.K.", "EU") */
  roleCountry?: string;
  /** the sector of the owner when it names one (a seat of government: "Kremlin spokesman" -> GOV) */
  roleSector?: string;
  /** a fuller name the text gives for this mention ("President (Donald) Trump" -> "Donald Trump") */
  fullName?: string;
  /** a nationality group's country, sector and actor code ("Chinese state media" -> CHN, GOV, CHNGOVMED) */
  group?: { country: string; sector: string; code: string };
  /** a nominal naming its person's nationality ("the sixteen-year-old Swede"): that country */
  nationality?: string;
  /** cluster index once clustered */
  cluster?: number;
  /** for pronouns/nominals: the agreement class */
  gender?: 'm' | 'f' | null;
}

export const mentionText = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);
