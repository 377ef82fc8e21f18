// The document model: one immutable text plus named layers of annotations. Every annotation is a
// half-open UTF-16 span into `text` and carries `rule` (stage:rule-id) provenance. A stage never
// mutates a Doc: it returns a new one with its layers set (withLayers). Each layer has one
// producing stage; a later stage that refines another's layer says so (`modifies`), and the
// dating stage writes its own `dates` layer rather than rewriting quotes, events and timexes.
import type { Span } from './span.js';
import { emptyObjects } from './object-arrays.js';
// the time stage's parsed frames are its own vocabulary; the Doc only carries them (type-only import)
import type { Frame } from '../stages/time/frame.js';
import type { Tense } from '../stages/time/tense.js';

export interface DocMeta {
  readonly title: string | null;
  readonly url: string | null;
  /** ISO 8601 publication date/time as given (YYYY-MM-DD[Thh:mm[:ss][Z|±hh:mm]]), or null when unknown */
  readonly published: string | null;
  /** where the article came from (a file path, "stdin:3"), for error messages */
  readonly source: string | null;
  readonly byline?: string | null;
}

export interface Paragraph extends Span {}

export interface Sentence extends Span {
  /** index of the first token of the sentence in Doc.tokens */
  readonly tokenStart: number;
  /** index one past the last token */
  readonly tokenEnd: number;
  readonly paragraph: number;
}

export interface Token extends Span {
  /** surface form (may differ from text.slice for normalised forms, e.g. "n't") */
  readonly form: string;
  /** Universal POS tag, "" until tagged */
  readonly pos: string;
  /** Penn Treebank tag, "" until tagged */
  readonly xpos: string;
  readonly lemma: string;
  /** index into Doc.tokens of the syntactic head; -1 for a root or before parsing */
  readonly head: number;
  /** UD relation, "" before parsing */
  readonly dep: string;
  /** index of the sentence */
  readonly sent: number;
  /** true when white space follows the token in the text */
  readonly spaceAfter: boolean;
  /**
   * which repairs of the syntax chain changed the token's tag, head or relation after the tagger
   * and parser ("syntax:punct-convention", several as "syntax:marked-root+punct-convention");
   * undefined when none did (the parser's own output). Part of the 'parse' sub-layer.
   */
  readonly repair?: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'WORK' | 'OTHER';
export type MentionKind = 'name' | 'surname' | 'pronoun' | 'nominal' | 'title' | 'metonym' | 'demonym';

export interface Mention extends Span {
  readonly kind: MentionKind;
  /** the title/role words before a name ("Defense Secretary" in "Defense Secretary Pete Hegseth") */
  readonly title?: Span;
  readonly rule: string;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly role: string | null;
  readonly actor_code: string | null;
  /** what decided `country` (null when there is none); see CountrySource */
  readonly country_source?: CountrySource | null;
  /** for a country from the article's context (membership, dateline, story): the text that gave it */
  readonly country_evidence?: Span | null;
  /** the actor knowledge base entry the entity matched (data/actors), when it matched one */
  readonly kb_id?: string | null;
  readonly mentions: readonly Mention[];
  readonly rule: string;
}

/**
 * Where an entity's country comes from. Countries are earned, never guessed from what is near:
 * name (the entity is a country, capital, demonym or seat of government, or names one inside its
 * own name: "Bank of Japan"), title (the owner before a title: "U.S. envoy"), appositive ("X,
 * Sweden's defence minister,"), nationality (a nationality adjective on a group: "Greek
 * authorities"), counterpart ("her Finnish counterpart X"), kb (the actor knowledge base for the
 * article date, or under every entry when none covers it), observation (a role observed in an
 * earlier text).
 *
 * A sector-only actor ("police", "protesters", "the government", "President X" with no country
 * of its own) may take a country from the article's context; these sources are marked apart from the
 * earned ones above and never override one (src/stages/entities/context-country.ts): membership
 * (the phrase places the group: "police in Hong Kong", "the city's police"), story (one country
 * dominates the article's actors with earned countries), dateline (the country of the dateline
 * city, when the text names no country). `country_evidence` gives the span that decided.
 */
export type CountrySource = EarnedCountrySource | ContextCountrySource;
export type EarnedCountrySource = 'name' | 'title' | 'appositive' | 'nationality' | 'counterpart' | 'kb' | 'observation' | 'organisation';
export type ContextCountrySource = 'membership' | 'story' | 'dateline';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  readonly type: TimexType;
  /** TIMEX3 value (2025-03-06, 2025-W10, PAST_REF, P3Y, XXXX-WXX-2) or null when it cannot be resolved */
  readonly value: string | null;
  /** vague or ranged times */
  readonly range?: { readonly from: string; readonly to: string };
  /** day | month | year | week | time | … */
  readonly granularity?: string;
  /** which parts were stated in the text vs inferred ("year inferred from publication date") */
  readonly inferred?: readonly string[];
  /** what the value was resolved against: 'published', 'timex:<index>', 'absolute', 'unresolved' */
  readonly anchor?: string;
  readonly rule: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'partial';

export interface Party {
  readonly entity: string | null;
  readonly name: string | null;
  readonly mention: Span | null;
}

/** Where a quote's or event's date came from, nearest first (written as `date_source`). */
export type DatedSource = 'clause' | 'sentence' | 'context' | 'quote-anchor' | 'published' | 'none';

/** The date the dating stage gives a quote or an event, and where it came from. */
export interface DatedBy {
  readonly date: string | null;
  readonly source: DatedSource;
  /** index into Doc.timexes of the expression that dated it */
  readonly timex?: number;
  /** for a vague or ranged date (PAST_REF, "in recent days"): the range it stands for */
  readonly range?: { readonly from: string; readonly to: string };
}

/**
 * Why a quote has no speaker (its speaker party is all null): the text names none (an agentless
 * passive, a fronted "Asked …"), or the phrase in the source's place is no speaker — an adverb or
 * function word, or the object of a preposition.
 */
export type SpeakerReason = 'not-stated' | 'not-a-noun' | 'in-prepositional-phrase';

export interface Quote {
  readonly id: string;
  readonly kind: QuoteKind;
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly speaker: Party;
  /** set only when the speaker is empty: why (written as `speaker_reason`) */
  readonly speakerReason?: SpeakerReason;
  readonly addressee: Party | null;
  readonly rule: string;
}

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'reported';

export interface EventParty {
  readonly entity: string | null;
  readonly actor_code: string | null;
  readonly mention: Span | null;
  /** "story": the actor had no country of its own and took the article's (events/refine-actors.ts) */
  readonly country_source?: 'story';
}

export interface NewsEvent {
  readonly id: string;
  readonly cameo: string;
  readonly root: string;
  readonly plover: string | null;
  readonly plover_mode?: string | null;
  readonly quad: number;
  readonly goldstein: number;
  readonly source: EventParty;
  readonly target: EventParty;
  readonly location: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly evidence: Span;
  /** more evidence spans when duplicates were merged */
  readonly moreEvidence?: readonly Span[];
  /** "context": the text names no target; it is implied by the context (the state a protest happens in) */
  readonly target_source?: 'context';
  readonly rule: string;
}

/**
 * A person's role as the text states it ("U.K. Defense Secretary John Healey"), one per entity and
 * title: the shape the store's role history (actor_roles) takes, written as `role_observations`.
 */
export interface RoleObservation {
  /** local entity id (e1) */
  readonly entity: string;
  /** the title as written */
  readonly role: string;
  /** ISO 3166 alpha-3, or null (an IGO's role keeps the IGO in actor_code) */
  readonly country: string | null;
  readonly sector: string | null;
  readonly actor_code: string | null;
  /** the article date (YYYY-MM-DD…) or null */
  readonly date: string | null;
  readonly rule: string;
}

/** How the time stage read one timex: its parsed frame and the tense of its clause, so a later
 * stage can resolve it again against another reference date without parsing the text again. */
export interface TimexReading {
  readonly frame: Frame;
  readonly tense: Tense;
}

/** The dating stage's layer: dates by quote and event id, and the relative timexes inside quotes
 * resolved again against the day the quote was said (by index into Doc.timexes, anchor 'quote:<id>'). */
export interface DatesLayer {
  readonly quotes: ReadonlyMap<string, DatedBy>;
  readonly events: ReadonlyMap<string, DatedBy>;
  readonly timexes: ReadonlyMap<number, Timex>;
}

/** What a quote talks about (the about stage): entities its content mentions, events it is evidence of. */
export interface QuoteAbout {
  /** local entity ids, in order of first mention inside the content */
  readonly entities: readonly string[];
  /** local event ids whose evidence lies in or on the quote (content or cue) */
  readonly events: readonly string[];
  readonly rule: string;
}

/**
 * The layers a stage may require, use, assign or modify — the single list. Most are Doc fields of
 * the same name; 'pos' (pos, xpos), 'lemma' and 'parse' (head, dep, repair) are fields of each token.
 */
export type LayerName =
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'pos'
  | 'lemma'
  | 'parse'
  | 'entities'
  | 'roleObservations'
  | 'timexes'
  | 'timeFrames'
  | 'quotes'
  | 'events'
  | 'dates'
  | 'about';

/** The token fields of each token sub-layer; the other token fields belong to 'tokens'. */
export const TOKEN_SUBLAYERS = {
  pos: ['pos', 'xpos'],
  lemma: ['lemma'],
  parse: ['head', 'dep', 'repair'],
} as const satisfies Partial<Record<LayerName, readonly (keyof Token)[]>>;

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly timexes: readonly Timex[];
  readonly quotes: readonly Quote[];
  readonly events: readonly NewsEvent[];
  readonly roleObservations: readonly RoleObservation[];
  /** parallel to timexes */
  readonly timeFrames: readonly TimexReading[];
  readonly dates: DatesLayer;
  /** by quote id (the about stage) */
  readonly about: ReadonlyMap<string, QuoteAbout>;
  /** which layers are present (set by the stages that assign them) */
  readonly layers: ReadonlySet<LayerName>;
}

/** The Doc fields that are layers of the same name (tokens also carry the token sub-layers). */
export const LAYER_FIELDS = ['paragraphs', 'sentences', 'tokens', 'entities', 'roleObservations', 'timexes', 'timeFrames', 'quotes', 'events', 'dates', 'about'] as const satisfies readonly (keyof Doc & LayerName)[];
export type LayerField = (typeof LAYER_FIELDS)[number];
// every layer is a Doc field or a token sub-layer: a layer that is neither fails to compile here
const EVERY_LAYER_HAS_A_HOME: Record<Exclude<LayerName, LayerField | keyof typeof TOKEN_SUBLAYERS>, never> = {};
void EVERY_LAYER_HAS_A_HOME;

const NO_DATES: DatesLayer = { quotes: new Map(), events: new Map(), timexes: new Map() };

export function createDoc(text: string, meta: Partial<DocMeta> & { id?: string } = {}): Doc {
  return {
    id: meta.id ?? '',
    text,
    meta: {
      title: meta.title ?? null,
      url: meta.url ?? null,
      published: meta.published ?? null,
      source: meta.source ?? null,
      byline: meta.byline ?? null,
    },
    // every layer in the objects elements kind from the start (src/core/object-arrays.ts): a stage
    // that leaves one empty hands later stages the same kind of array as one that fills it
    paragraphs: emptyObjects(),
    sentences: emptyObjects(),
    tokens: emptyObjects(),
    entities: emptyObjects(),
    timexes: emptyObjects(),
    quotes: emptyObjects(),
    events: emptyObjects(),
    roleObservations: emptyObjects(),
    timeFrames: emptyObjects(),
    dates: NO_DATES,
    about: new Map(),
    layers: new Set(),
  };
}

type LayerFields = Partial<Pick<Doc, LayerField>>;

/** Returns a new Doc with the given fields replaced and the named layers marked present. */
export function withLayers(doc: Doc, fields: LayerFields, assigned: readonly LayerName[] = []): Doc {
  const layers = new Set(doc.layers);
  for (const l of assigned) layers.add(l);
  return { ...doc, ...fields, layers };
}

/** Tokens of one sentence. */
export function sentenceTokens(doc: Doc, sentence: Sentence): readonly Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/**
 * Whether a quote's or event's date was worked out from the publication date (dated by
 * publication, or by a relative expression — "yesterday", "on Monday" — whose anchor chain ends at
 * the publication date). A republished copy of a story shifts such dates, and only such dates.
 */
export function datedFromPublication(doc: Doc, d: DatedBy | undefined, via: readonly string[] = []): boolean {
  if (!d || d.date === null) return false;
  if (d.source === 'published') return true;
  if (d.timex === undefined) return false;
  const timexes = datedTimexes(doc);
  let i: number | undefined = d.timex;
  // anchors chain ("the day before" → "Monday" → published); a short walk, never a loop
  for (let step = 0; step < 6 && i !== undefined; step++) {
    const anchor = timexes[i]?.anchor ?? 'absolute';
    // "Jan 10" takes only its year from the publication date: its day is the text's own
    if (anchor === 'published') return timexes[i]!.inferred?.join() !== 'year';
    const t = /^timex:(\d+)$/.exec(anchor);
    if (t) {
      i = Number(t[1]);
      continue;
    }
    // a quote dated by a timex inside it that the dating stage re-anchored to that quote's own day
    // makes a cycle (quote → timex → quote): `via` holds the quotes walked through, and a cycle
    // never reaches the publication date
    const q = /^quote:(.+)$/.exec(anchor);
    if (q) return step < 5 && !via.includes(q[1]!) && datedFromPublication(doc, doc.dates.quotes.get(q[1]!), [...via, q[1]!]);
    return false;
  }
  return false;
}

/** The timexes as the dating stage leaves them: those inside quotes re-anchored to the quote's day. */
export function datedTimexes(doc: Doc): readonly Timex[] {
  const re = doc.dates.timexes;
  return re.size ? doc.timexes.map((t, i) => re.get(i) ?? t) : doc.timexes;
}
