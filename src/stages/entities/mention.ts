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
  | 'nationality-group' // a nationality adjective and a group noun ("Greek authorities")
  | 'described' // capitalised words right after an organisation noun the model found no name in ("companies Weta Workshop and Weta Digital")
  | 'acronym' // a short form the text defines beside its long form, or its long form ("CPJ", defined-acronyms.ts)
  | 'person-org'; // a person's name and a word for their government or team ("the Trump administration")

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
  /** the long form of an acronym defined before it ("SABC (South African Broadcasting Corporation)"): the acronym's mention */
  acronymOf?: WorkMention;
  /** cluster index once clustered */
  cluster?: number;
  /** for pronouns/nominals: the agreement class */
  gender?: 'm' | 'f' | null;
}

/** What a finder says of a new mention: the fields every mention has, and any of the optional ones. */
export type MentionInit = Pick<WorkMention, 'start' | 'end' | 'tokFrom' | 'tokTo' | 'sent' | 'kind' | 'type' | 'rule' | 'origin'> & Partial<WorkMention>;

/**
 * Every working mention is made here, with all its fields in one order (undefined where absent).
 * V8 gives an object one hidden class per set and order of fields, and the stage's large functions
 * (resolvePronouns, propagateNames, nameCandidates, …) read mentions in loops: made at a dozen sites
 * with different optional fields, mentions came in many shapes, and each shape a compiled function
 * met for the first time threw it out ("wrong map" deopts) — in a batch's first pass resolvePronouns
 * was compiled 6 times (session 18, bench/warm-up.ts --trace). A field set later (title, cluster)
 * then changes no shape either.
 */
export function newMention(f: MentionInit): WorkMention {
  return {
    start: f.start,
    end: f.end,
    tokFrom: f.tokFrom,
    tokTo: f.tokTo,
    sent: f.sent,
    kind: f.kind,
    type: f.type,
    rule: f.rule,
    origin: f.origin,
    appositive: f.appositive,
    gaz: f.gaz,
    title: f.title,
    titleEntry: f.titleEntry,
    roleCountry: f.roleCountry,
    roleSector: f.roleSector,
    fullName: f.fullName,
    group: f.group,
    nationality: f.nationality,
    acronymOf: f.acronymOf,
    cluster: f.cluster,
    gender: f.gender,
  };
}

/** A copy of `m` with `changes` (a new mention of the one shape, not an object spread). */
export const copyMention = (m: WorkMention, changes: Partial<WorkMention>): WorkMention => newMention({ ...m, ...changes });

/**
 * A name of one of `types` whose type only the NER model says (its own mention or a repeat of one; no
 * gazetteer entry): the type a refiner may correct from what the document says.
 */
export const modelGuess = (m: WorkMention, types: ReadonlySet<string>): boolean =>
  m.kind === 'name' && types.has(m.type) && !m.gaz && (m.origin === 'model' || m.origin === 'propagated');

export const mentionText = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);
