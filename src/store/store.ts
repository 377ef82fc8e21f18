// The Store interface: what the ingest command, the HTTP API and the web app need from storage.
// SQLite (sqlite/) and PostgreSQL (postgres/) implement it and pass the same conformance suite
// (conformance.ts); open.ts picks one from a --db value. Methods are async so that a networked
// backend fits; the SQLite backend resolves immediately.
import type { RoleObservation } from '../core/doc.js';
import type { EventCluster } from '../cross/event-clusters.js';
import type { ContractDoc } from '../io/write-json.js';
import type { QuoteAboutOut } from './about-cells.js';

/** A contract document as the store accepts it: the contract fields plus where it came from. */
export type StoreDoc = Omit<ContractDoc, 'role_observations'> & {
  /** where the article came from (file path, "stdin:3"), kept for provenance */
  readonly source?: string | null;
  readonly byline?: string | null;
  /** the contract's role observations (the entities stage's roleObservations layer), when it carries them */
  readonly role_observations?: readonly RoleObservationInput[];
};

/** A role observation as read from a contract document: the layer's shape, with every field but
 * the entity optional because documents from outside may leave them out. */
export type RoleObservationInput = Pick<RoleObservation, 'entity'> & {
  readonly [K in Exclude<keyof RoleObservation, 'entity'>]?: RoleObservation[K] | null;
};

export type BatchItem =
  | { readonly kind: 'doc'; readonly doc: StoreDoc }
  | { readonly kind: 'error'; readonly key: string; readonly source: string; readonly code: string; readonly message: string };

export interface BatchResult {
  /** articles written */
  readonly inserted: number;
  /** articles skipped because an article with the same URL or content hash is stored */
  readonly duplicates: number;
  /** failures recorded in ingest_errors */
  readonly errors: number;
  /** the ids of the articles written, in input order */
  readonly ids: readonly string[];
}

export interface Counts {
  readonly articles: number;
  readonly actors: number;
  readonly entities: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly events: number;
  readonly timexes: number;
  readonly roles: number;
  readonly ingest_errors: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** Inclusive date bounds, ISO prefixes (2025, 2025-03, 2025-03-06). */
export interface DateRange {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly chars: number;
  readonly quote_count: number;
  readonly event_count: number;
}

export interface ArticleHit extends ArticleSummary {
  /** a snippet with matches wrapped in [[ ]] (the web app turns them into <mark>) */
  readonly snippet: string;
}

export interface SpanOut {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface MentionOut extends SpanOut {
  readonly kind: string;
  readonly title: SpanOut | null;
  readonly rule: string;
}

export interface EntityOut {
  readonly id: string;
  readonly actor: string;
  readonly type: string;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly role: string | null;
  readonly actor_code: string | null;
  /** which evidence decided the country (title, appositive, nationality, kb, …); null when none or stored before the field */
  readonly country_source: string | null;
  /** the actor knowledge-base id the entity matched, if any */
  readonly kb_id: string | null;
  /** the text that decided a context country (membership, story, dateline) */
  readonly country_evidence: SpanOut | null;
  readonly rule: string;
  readonly mentions: readonly MentionOut[];
}

export interface PartyOut {
  readonly entity: string | null;
  readonly actor: string | null;
  readonly name: string | null;
  readonly mention: SpanOut | null;
}

export interface QuoteOut {
  readonly article: string;
  readonly id: string;
  readonly kind: string;
  readonly content: readonly SpanOut[];
  readonly text: string;
  readonly cue: SpanOut | null;
  readonly speaker: PartyOut;
  readonly addressee: PartyOut | null;
  /** why the quote has no named speaker, when it has none (null otherwise or stored before the field) */
  readonly speaker_reason: string | null;
  readonly date: string | null;
  readonly date_source: string | null;
  readonly rule: string;
  readonly article_title: string | null;
  readonly article_url: string | null;
  readonly published: string | null;
  /** what the quote talks about: actors its content mentions, events of its article it is evidence of (null: stored before the field) */
  readonly about: QuoteAboutOut | null;
}

export interface EventPartyOut {
  readonly entity: string | null;
  readonly actor: string | null;
  readonly name: string | null;
  readonly actor_code: string | null;
  readonly mention: SpanOut | null;
  /** "story" when the party's country is the article's, not the text's (null otherwise or stored before the field) */
  readonly country_source: string | null;
}

export interface EventOut {
  readonly article: string;
  readonly id: string;
  readonly cameo: string;
  readonly root: string;
  readonly plover: string | null;
  readonly plover_mode: string | null;
  readonly quad: number;
  readonly goldstein: number;
  readonly source: EventPartyOut;
  readonly target: EventPartyOut;
  /** "context" when the target was taken from the surrounding text, not a mention (null otherwise) */
  readonly target_source: string | null;
  readonly date: string | null;
  readonly date_source: string | null;
  /** the date used for filtering and timelines: the event date, else the article's publication day */
  readonly day: string | null;
  readonly location: string | null;
  readonly negated: boolean;
  readonly modality: string;
  readonly evidence: SpanOut;
  readonly more_evidence: readonly SpanOut[];
  readonly rule: string;
  readonly article_title: string | null;
  readonly article_url: string | null;
  readonly published: string | null;
}

export interface TimexOut extends SpanOut {
  readonly type: string;
  readonly value: string | null;
  readonly range: { readonly from: string; readonly to: string } | null;
  readonly granularity: string | null;
  readonly anchor: string | null;
  readonly rule: string;
}

export interface ArticleFull extends ArticleSummary {
  readonly text: string;
  readonly byline: string | null;
  readonly hash: string;
  readonly paragraphs: readonly { start: number; end: number }[];
  readonly sentences: readonly { start: number; end: number }[];
  readonly entities: readonly EntityOut[];
  readonly timexes: readonly TimexOut[];
  readonly quotes: readonly QuoteOut[];
  readonly events: readonly EventOut[];
}

export type ArticleLayer = 'entities' | 'timexes' | 'quotes' | 'events';

export interface RoleOut {
  readonly role: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly actor_code: string | null;
  /** first and last dates the role was observed (article or stated dates) */
  readonly first: string | null;
  readonly last: string | null;
  readonly observations: number;
  /** 'extras' when the document's role_observations reported it (the name predates that field),
   * 'entity' when derived from the entity's fields */
  readonly origin: string;
}

export interface ActorSummary {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly country: string | null;
  readonly actor_code: string | null;
  readonly articles: number;
  readonly mentions: number;
}

export interface ActorFull extends ActorSummary {
  readonly roles: readonly RoleOut[];
  readonly quotes: number;
  readonly events_as_source: number;
  readonly events_as_target: number;
  readonly first_seen: string | null;
  readonly last_seen: string | null;
}

export interface QuoteQuery extends PageRequest, DateRange {
  /** actor id of the speaker */
  readonly speaker?: string | undefined;
  /** speaker name fragment (case-insensitive) */
  readonly speakerName?: string | undefined;
  /** full-text query over quote content */
  readonly text?: string | undefined;
  readonly article?: string | undefined;
  /** quote kind: direct, partial, mixed, indirect */
  readonly kind?: string | undefined;
  /** date (default), speaker or kind; "-" first for descending */
  readonly sort?: string | undefined;
  /** actor id the quote is about */
  readonly about?: string | undefined;
}

export interface EventQuery extends PageRequest, DateRange {
  /** actor on either side */
  readonly actor?: string | undefined;
  readonly source?: string | undefined;
  readonly target?: string | undefined;
  /** two actors, either direction */
  readonly dyad?: readonly [string, string] | undefined;
  /** CAMEO code prefix (04, 042) */
  readonly cameo?: string | undefined;
  readonly plover?: string | undefined;
  readonly quad?: number | undefined;
  readonly article?: string | undefined;
  /** country (first three letters of the actor code) of the source / target */
  readonly sourceCountry?: string | undefined;
  readonly targetCountry?: string | undefined;
  /** CAMEO actor code prefix of the source / target (RUSGOV, GOV-less RUS) */
  readonly sourceCode?: string | undefined;
  readonly targetCode?: string | undefined;
  /** CAMEO root (two digits) */
  readonly root?: string | undefined;
  readonly modality?: string | undefined;
  /** the event's place, as stored (case-insensitive) */
  readonly location?: string | undefined;
  /** words in the evidence, the parties' names or the article title */
  readonly text?: string | undefined;
  /** date (default), cameo, quad, goldstein, source, target, modality; "-" first for descending */
  readonly sort?: string | undefined;
}

/** The event filters without paging: what /events, /timeline and /export share. */
export type EventFilter = Omit<EventQuery, 'limit' | 'offset'>;

/** Every event filter applies to timelines too (the API passes them all through). */
export interface TimelineQuery extends EventFilter {
  readonly bucket: 'day' | 'week' | 'month';
}

export interface TimelineBucket {
  /** 2025-03-06 (day), 2025-W10 (ISO week), 2025-03 (month) */
  readonly period: string;
  readonly events: number;
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly goldstein: number;
}

export interface NetworkQuery extends DateRange {
  readonly actor?: string | undefined;
  readonly quad?: number | undefined;
  readonly limit: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly quad: number;
  readonly events: number;
  readonly goldstein: number;
}

export interface Network {
  readonly nodes: readonly ActorSummary[];
  readonly edges: readonly NetworkEdge[];
}

export interface IngestErrorOut {
  readonly key: string;
  readonly source: string;
  readonly code: string;
  readonly message: string;
  readonly at: string;
}

/** Stories: articles linked as near-duplicates (one wire story and its republished copies). */
export interface StoryQuery extends PageRequest, DateRange {
  /** the story of this article */
  readonly article?: string | undefined;
  /** at least this many linked articles (default 2: stories with copies) */
  readonly minArticles?: number | undefined;
}

export interface StoryOut {
  /** the smallest article id of the story */
  readonly id: string;
  readonly num_articles: number;
  /** distinct outlets (URL hosts; an article without a URL counts as its own) */
  readonly num_sources: number;
  /** events of the story counted once: the most any copy has */
  readonly num_mentions: number;
  readonly first_seen: string | null;
  readonly last_seen: string | null;
  readonly articles: readonly { id: string; title: string | null; url: string | null; published: string | null; outlet: string | null }[];
}

export interface ClusterQuery extends PageRequest, DateRange {
  /** actor id on either side of a member event */
  readonly actor?: string | undefined;
  readonly source?: string | undefined;
  readonly target?: string | undefined;
  /** CAMEO code prefix of the cluster's code */
  readonly cameo?: string | undefined;
  readonly article?: string | undefined;
  readonly minArticles?: number | undefined;
}

export interface ClusterMemberOut {
  readonly article: string;
  readonly event: string;
  readonly cameo: string;
  readonly evidence: SpanOut;
  readonly modality: string;
  readonly negated: boolean;
  readonly published: string | null;
  readonly outlet: string | null;
}

/** One happening however many outlets reported it: the cross-article cluster (src/cross/event-clusters.ts,
 * one definition of its fields) with every member event and its evidence span. */
export interface ClusterOut extends Omit<EventCluster, 'members'> {
  /** every member event with its evidence span */
  readonly members: readonly ClusterMemberOut[];
}

export interface Store {
  readonly backend: string;
  /** the schema version after migrations */
  schemaVersion(): Promise<number>;
  /** writes a batch in one transaction: all of it or none of it */
  writeBatch(items: readonly BatchItem[]): Promise<BatchResult>;
  /** whether an article with this URL or content hash is stored, or this key failed before */
  seen(key: { readonly url?: string | null; readonly hash: string }): Promise<'stored' | 'failed' | null>;
  counts(): Promise<Counts>;
  listArticles(q: PageRequest & DateRange): Promise<Page<ArticleSummary>>;
  searchArticles(q: PageRequest & { readonly q: string }): Promise<Page<ArticleHit>>;
  /** one article with its layers; `layers` limits which are loaded (the others come back empty) */
  getArticle(id: string, layers?: readonly ArticleLayer[]): Promise<ArticleFull | null>;
  listQuotes(q: QuoteQuery): Promise<Page<QuoteOut>>;
  listActors(q: PageRequest & { readonly q?: string | undefined; readonly type?: string | undefined }): Promise<Page<ActorSummary>>;
  getActor(id: string): Promise<ActorFull | null>;
  listEvents(q: EventQuery): Promise<Page<EventOut>>;
  timeline(q: TimelineQuery): Promise<readonly TimelineBucket[]>;
  network(q: NetworkQuery): Promise<Network>;
  listErrors(q: PageRequest): Promise<Page<IngestErrorOut>>;
  listStories(q: StoryQuery): Promise<Page<StoryOut>>;
  listClusters(q: ClusterQuery): Promise<Page<ClusterOut>>;
  getCluster(id: string): Promise<ClusterOut | null>;
  /** quotes that are evidence of the cluster's member events */
  clusterQuotes(id: string, page: PageRequest): Promise<Page<QuoteOut>>;
  close(): Promise<void>;
}
