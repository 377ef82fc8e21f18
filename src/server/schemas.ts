// The one schema module of the HTTP API: request validation (query, path, body) and response
// shapes, in zod. Handlers parse with these schemas; the OpenAPI document (openapi.ts) is generated
// from the same objects and the ROUTES table, so documentation and validation cannot drift.
import { z } from 'zod';

export const MAX_LIMIT = 500;
export const MAX_EXPORT_LIMIT = 10_000;
export const MAX_OFFSET = 1_000_000;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date prefix: 2025, 2025-03 or 2025-03-06, checked for a real month and day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [, m, d] = s.split('-').map(Number);
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    return d >= 1 && d <= DAYS_IN_MONTH[m - 1]! && !(m === 2 && d === 29 && !isLeap(Number(s.slice(0, 4))));
  }, 'not a calendar date')
  .meta({ description: 'ISO date prefix (inclusive bound)', example: '2025-03-06' });

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export const Id = z.string().min(1).max(200).meta({ description: 'an id as returned by the API' });

/**
 * A query-string integer, strictly decimal: "0x10", "1e2", "10.0", " 10" and "+5" are refused (400
 * naming the parameter) where Number() would have accepted them.
 */
export const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^(0|[1-9][0-9]{0,14})$/, 'expected a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const limit = (max: number, dflt: number) => queryInt(1, max).default(dflt).meta({ description: `page size (max ${max})` });
const offset = queryInt(0, MAX_OFFSET).default(0).meta({ description: 'items to skip' });

export const PageQuery = z.object({ limit: limit(MAX_LIMIT, 50), offset });
export const DateRangeQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

export const ArticleListQuery = PageQuery.extend(DateRangeQuery.shape);
export const SearchQuery = PageQuery.extend({ q: z.string().min(1).max(500).meta({ description: 'words or "a phrase"; a trailing * searches a prefix' }) });
export const QuoteQuery = PageQuery.extend(DateRangeQuery.shape).extend({
  speaker: Id.optional().meta({ description: 'actor id of the speaker' }),
  speaker_name: z.string().min(1).max(200).optional().meta({ description: 'speaker name fragment' }),
  q: z.string().min(1).max(500).optional().meta({ description: 'full-text search over quote content' }),
  article: Id.optional(),
  kind: z.enum(['direct', 'partial', 'mixed', 'indirect']).optional(),
  sort: z.enum(['date', '-date', 'speaker', '-speaker', 'kind', '-kind']).optional().meta({ description: 'sort key; "-" first for descending' }),
  about: Id.optional().meta({ description: 'actor id the quote talks about (mentioned in its content)' }),
});
export const ActorListQuery = PageQuery.extend({
  q: z.string().min(1).max(200).optional().meta({ description: 'name fragment' }),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'WORK', 'OTHER', 'person', 'org', 'gpe', 'loc', 'fac', 'norp', 'event', 'work', 'other']).optional(),
});
const Country = z.string().regex(/^[A-Za-z]{3}$/, 'expected a three-letter country code (ISO 3166 alpha-3, e.g. RUS)');
const ActorCode = z.string().regex(/^[A-Za-z]{3,15}$/, 'expected a CAMEO actor code of letters, e.g. RUSGOV');
const Dyad = z.string().regex(/^[^,]{1,200},[^,]{1,200}$/, 'expected two actor ids separated by a comma').meta({ description: 'two actor ids, "a,b" (either direction)' });
export const EventFilter = DateRangeQuery.extend({
  actor: Id.optional().meta({ description: 'actor on either side' }),
  source: Id.optional(),
  target: Id.optional(),
  dyad: Dyad.optional(),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix of 2-4 digits').optional(),
  plover: z.string().regex(/^[A-Za-z_]{2,40}$/, 'expected a PLOVER category name').optional(),
  quad: queryInt(1, 4).optional().meta({ description: 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' }),
  article: Id.optional(),
  source_country: Country.optional().meta({ description: 'country of the source actor (first three letters of its CAMEO actor code)' }),
  target_country: Country.optional().meta({ description: 'country of the target actor' }),
  source_code: ActorCode.optional().meta({ description: 'CAMEO actor code (prefix) of the source, e.g. RUSGOV' }),
  target_code: ActorCode.optional().meta({ description: 'CAMEO actor code (prefix) of the target' }),
  root: z.string().regex(/^\d{2}$/, 'expected a CAMEO root of two digits (01-20)').optional(),
  // the values of Modality in src/core/doc.ts
  modality: z.enum(['asserted', 'future', 'hypothetical', 'reported']).optional(),
  location: z.string().min(1).max(200).optional().meta({ description: 'the place of the event as extracted (case-insensitive)' }),
  text: z.string().min(1).max(200).optional().meta({ description: 'words in the evidence, the parties\' names or the article title' }),
});
export const EVENT_SORT_KEYS = ['date', 'cameo', 'quad', 'goldstein', 'source', 'target', 'modality'] as const;
const EventSort = z.enum([...EVENT_SORT_KEYS, ...EVENT_SORT_KEYS.map((k) => `-${k}` as const)]).optional().meta({ description: 'sort key; "-" first for descending' });
export const EventQuery = PageQuery.extend(EventFilter.shape).extend({ sort: EventSort });
export const ActorEventsQuery = PageQuery.extend(DateRangeQuery.shape).extend({ as: z.enum(['source', 'target', 'any']).default('any') });
export const TimelineQuery = EventFilter.extend({ bucket: z.enum(['day', 'week', 'month']).default('week') });
export const NetworkQuery = DateRangeQuery.extend({ actor: Id.optional(), quad: queryInt(1, 4).optional(), limit: limit(2000, 300) });
export const ExportQuery = EventFilter.extend({
  format: z.enum(['csv', 'jsonl', 'gdelt', 'plover']).default('csv'),
  limit: limit(MAX_EXPORT_LIMIT, 1000),
  offset,
  sort: EventSort,
});
export const QuoteExportQuery = QuoteQuery.omit({ limit: true }).extend({
  format: z.enum(['csv', 'jsonl']).default('csv'),
  limit: limit(MAX_EXPORT_LIMIT, 1000),
});
export const IdParam = z.object({ id: Id });
export const RuleParam = z.object({ id: z.string().min(1).max(300) });
export const MapQuery = EventFilter.extend({ limit: limit(MAX_EXPORT_LIMIT, MAX_EXPORT_LIMIT) });
export const EmptyQuery = z.object({});

export const ArticleInput = z
  .object({
    id: z.string().min(1).max(200).optional(),
    text: z.string().min(1).max(2_000_000),
    title: z.string().max(2000).nullable().optional(),
    url: z.string().max(4000).nullable().optional(),
    published: IsoDate.or(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/)).nullable().optional(),
    byline: z.string().max(2000).nullable().optional(),
  })
  .strict();
export const ArticlesBody = z.union([ArticleInput, z.object({ articles: z.array(ArticleInput).min(1).max(50) }).strict()]);
/** How a body is read: a batch's items are checked one by one, so one bad item does not reject the good ones. */
export const ArticlesBatchEnvelope = z.object({ articles: z.array(z.unknown()).min(1).max(50) }).strict();

// ---- responses ----
const SpanOut = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int(), next_offset: z.number().int().nullable() });

export const ArticleSummary = z.object({
  id: z.string(), title: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(), source: z.string().nullable(),
  chars: z.number().int(), quote_count: z.number().int(), event_count: z.number().int(),
});
export const ArticleHit = ArticleSummary.extend({ snippet: z.string().meta({ description: 'matches wrapped in [[ ]]' }) });
const Party = z.object({ entity: z.string().nullable(), actor: z.string().nullable(), name: z.string().nullable(), mention: SpanOut.nullable() });
export const QuoteOut = z.object({
  article: z.string(), id: z.string(), kind: z.string(), content: z.array(SpanOut), text: z.string(), cue: SpanOut.nullable(),
  speaker: Party, addressee: Party.nullable(),
  speaker_reason: z.string().nullable().meta({ description: 'why the quote has no named speaker (null when it has one, or stored before the field)' }),
  date: z.string().nullable(), date_source: z.string().nullable(), rule: z.string(),
  article_title: z.string().nullable(), article_url: z.string().nullable(), published: z.string().nullable(),
  about: z.object({
    actors: z.array(z.object({ id: z.string(), entity: z.string(), name: z.string() })),
    events: z.array(z.string()).meta({ description: "local ids of the article's events the quote is evidence of" }),
    rule: z.string(),
  }).nullable().meta({ description: 'what the quote talks about (null for quotes stored before the field)' }),
});
const EventParty = z.object({
  entity: z.string().nullable(), actor: z.string().nullable(), name: z.string().nullable(), actor_code: z.string().nullable(), mention: SpanOut.nullable(),
  country_source: z.string().nullable().meta({
    description: '"story" when the country in actor_code is the article\'s story country, not one the text gives this party (null otherwise, or stored before the field)',
  }),
});
export const EventOut = z.object({
  article: z.string(), id: z.string(), cameo: z.string(), root: z.string(), plover: z.string().nullable(), plover_mode: z.string().nullable(),
  quad: z.number().int(), goldstein: z.number(), source: EventParty, target: EventParty,
  target_source: z.string().nullable().meta({ description: '"context" when the target was taken from the surrounding text rather than a mention' }),
  date: z.string().nullable(), date_source: z.string().nullable(),
  day: z.string().nullable(), location: z.string().nullable(), negated: z.boolean(), modality: z.string(), evidence: SpanOut, more_evidence: z.array(SpanOut),
  rule: z.string(), article_title: z.string().nullable(), article_url: z.string().nullable(), published: z.string().nullable(),
});
const EntityOut = z.object({
  id: z.string(), actor: z.string(), type: z.string(), name: z.string(), country: z.string().nullable(), sector: z.string().nullable(),
  role: z.string().nullable(), actor_code: z.string().nullable(),
  country_source: z.string().nullable().meta({ description: 'which evidence decided the country: title, appositive, nationality, counterpart, kb, observation, name, …' }),
  kb_id: z.string().nullable().meta({ description: 'the actor knowledge-base entry the entity matched' }),
  country_evidence: SpanOut.nullable().meta({ description: 'the span that decided a context country (membership, story, dateline)' }),
  rule: z.string(),
  mentions: z.array(SpanOut.extend({ kind: z.string(), title: SpanOut.nullable(), rule: z.string() })),
});
const TimexOut = SpanOut.extend({
  type: z.string(), value: z.string().nullable(), range: z.object({ from: z.string(), to: z.string() }).nullable(),
  granularity: z.string().nullable(), anchor: z.string().nullable(), rule: z.string(),
});
const Offsets = z.object({ start: z.number().int(), end: z.number().int() });
export const ArticleFull = ArticleSummary.extend({
  text: z.string(), byline: z.string().nullable(), hash: z.string(), paragraphs: z.array(Offsets), sentences: z.array(Offsets),
  entities: z.array(EntityOut), timexes: z.array(TimexOut), quotes: z.array(QuoteOut), events: z.array(EventOut),
});
export const ActorSummary = z.object({
  id: z.string(), type: z.string(), name: z.string(), country: z.string().nullable(), actor_code: z.string().nullable(),
  articles: z.number().int(), mentions: z.number().int(),
});
export const RoleOut = z.object({
  role: z.string().nullable(), country: z.string().nullable(), sector: z.string().nullable(), actor_code: z.string().nullable(),
  first: z.string().nullable(), last: z.string().nullable(), observations: z.number().int(), origin: z.string(),
});
export const ActorFull = ActorSummary.extend({
  roles: z.array(RoleOut), quotes: z.number().int(), events_as_source: z.number().int(), events_as_target: z.number().int(),
  first_seen: z.string().nullable(), last_seen: z.string().nullable(),
});
export const TimelineBucket = z.object({
  period: z.string(), events: z.number().int(), quad1: z.number().int(), quad2: z.number().int(), quad3: z.number().int(), quad4: z.number().int(),
  cooperation: z.number().int(), conflict: z.number().int(), goldstein: z.number(),
});
export const TimelineOut = z.object({ bucket: z.string(), buckets: z.array(TimelineBucket) });
export const NetworkOut = z.object({
  nodes: z.array(ActorSummary),
  edges: z.array(z.object({ source: z.string(), target: z.string(), quad: z.number().int(), events: z.number().int(), goldstein: z.number() })),
});
export const StatsOut = z.object({
  backend: z.string(), schema_version: z.number().int(), writable: z.boolean(),
  counts: z.object({
    articles: z.number().int(), actors: z.number().int(), entities: z.number().int(), mentions: z.number().int(), quotes: z.number().int(),
    events: z.number().int(), timexes: z.number().int(), roles: z.number().int(), ingest_errors: z.number().int(),
  }),
});
export const IngestErrorOut = z.object({ key: z.string(), source: z.string(), code: z.string(), message: z.string(), at: z.string() });
export const IngestOut = z.object({
  inserted: z.number().int(), duplicates: z.number().int(), errors: z.number().int(), ids: z.array(z.string()),
  failures: z.array(z.object({ index: z.number().int(), code: z.string(), message: z.string() })),
});
export const JobAccepted = z.object({ job: z.string(), status: z.literal('running'), href: z.string() }).meta({ description: 'answer 202 when extraction takes longer than the server waits' });
export const JobOut = z.object({
  id: z.string(), status: z.enum(['running', 'done', 'failed']), created: z.string(),
  result: IngestOut.optional(), error: z.object({ code: z.string(), message: z.string() }).optional(),
});

const RuleOut = z.object({ id: z.string(), description: z.string(), evidence: z.record(z.string(), z.string()) });
export const RulesOut = z.object({ rules: z.array(RuleOut) });
export const RuleExplained = z.object({ rule: z.string(), parts: z.array(z.object({ id: z.string(), description: z.string().nullable(), evidence: z.record(z.string(), z.string()) })) });
export const CameoOut = z.object({ codes: z.array(z.object({ code: z.string(), root: z.string(), name: z.string(), goldstein: z.number(), quad: z.number().int() })) });
export const MapOut = z.object({
  points: z.array(z.object({ name: z.string(), lat: z.number(), lon: z.number(), kind: z.enum(['place', 'country']), country: z.string().nullable(), events: z.number().int(), quads: z.array(z.number().int()) })),
  unplaced: z.number().int(),
  total: z.number().int(),
});

export const Pages = {
  articles: page(ArticleSummary),
  hits: page(ArticleHit),
  quotes: page(QuoteOut),
  actors: page(ActorSummary),
  events: page(EventOut),
  errors: page(IngestErrorOut),
};

export interface RouteDoc {
  readonly method: 'get' | 'post';
  /** OpenAPI-style path: /articles/{id} */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: z.ZodObject;
  readonly params?: z.ZodObject;
  readonly body?: z.ZodTypeAny;
  readonly response: z.ZodTypeAny | { readonly contentType: string; readonly description: string };
  readonly auth?: boolean;
}

/** Every route the API serves; openapi.ts documents exactly these. */
export const ROUTES: readonly RouteDoc[] = [
  { method: 'get', path: '/stats', tag: 'meta', summary: 'Store backend, schema version and row counts', response: StatsOut },
  { method: 'get', path: '/articles', tag: 'articles', summary: 'List articles, newest first', query: ArticleListQuery, response: Pages.articles },
  { method: 'get', path: '/articles/search', tag: 'articles', summary: 'Full-text search over article titles and text', query: SearchQuery, response: Pages.hits },
  { method: 'get', path: '/articles/{id}', tag: 'articles', summary: 'One article with all layers: entities and mentions, time expressions, quotes, events', params: IdParam, response: ArticleFull },
  {
    method: 'post', path: '/articles', tag: 'articles', auth: true, body: ArticlesBody, response: IngestOut,
    summary: 'Extract and store articles on the extraction workers (requires the server token); 200 with the stored ids, or 202 with a job id when the work is long',
  },
  { method: 'get', path: '/jobs/{id}', tag: 'articles', summary: 'A POST /articles job: running, done (with the stored ids) or failed', params: IdParam, response: JobOut },
  { method: 'get', path: '/quotes', tag: 'quotes', summary: 'Quotes by speaker, speaker name, text and date range, oldest first', query: QuoteQuery, response: Pages.quotes },
  { method: 'get', path: '/actors', tag: 'actors', summary: 'Actors (people, organisations, places) by name and type, most mentioned first', query: ActorListQuery, response: Pages.actors },
  { method: 'get', path: '/actors/{id}', tag: 'actors', summary: 'One actor with roles over time and counts', params: IdParam, response: ActorFull },
  { method: 'get', path: '/actors/{id}/quotes', tag: 'actors', summary: "An actor's quotes over time", params: IdParam, query: PageQuery.extend(DateRangeQuery.shape), response: Pages.quotes },
  { method: 'get', path: '/actors/{id}/events', tag: 'actors', summary: 'Events with the actor as source, target or either', params: IdParam, query: ActorEventsQuery, response: Pages.events },
  { method: 'get', path: '/events', tag: 'events', summary: 'Events by actor, dyad, CAMEO/PLOVER type, quad class and date range', query: EventQuery, response: Pages.events },
  { method: 'get', path: '/timeline', tag: 'events', summary: 'Event counts per day/week/month by quad class, with Goldstein sums', query: TimelineQuery, response: TimelineOut },
  { method: 'get', path: '/network', tag: 'events', summary: 'Actor network: edges are events aggregated by source, target and quad class', query: NetworkQuery, response: NetworkOut },
  {
    method: 'get', path: '/export/events', tag: 'export', summary: 'Export events as CSV, JSONL, GDELT-style TSV or PLOVER JSON', query: ExportQuery,
    response: { contentType: 'text/csv | application/x-ndjson | text/tab-separated-values | application/json', description: 'the events in the chosen format' },
  },
  {
    method: 'get', path: '/export/quotes', tag: 'export', summary: 'Export quotes as CSV or JSONL (with article URL and publication date)', query: QuoteExportQuery,
    response: { contentType: 'text/csv | application/x-ndjson', description: 'the quotes in the chosen format' },
  },
  { method: 'get', path: '/map', tag: 'events', summary: 'Event locations as map points: resolved places, else the source (or target) country; with the same filters as /events', query: MapQuery, response: MapOut },
  { method: 'get', path: '/map/countries', tag: 'events', summary: 'Country outlines (Natural Earth 1:110m, GeoJSON) for drawing the map offline', query: EmptyQuery, response: { contentType: 'application/geo+json', description: 'a FeatureCollection; feature ids are ISO 3166 alpha-3 codes' } },
  { method: 'get', path: '/cameo', tag: 'meta', summary: 'CAMEO event codes with their names, Goldstein values and quad classes', query: EmptyQuery, response: CameoOut },
  { method: 'get', path: '/rules', tag: 'meta', summary: 'The rule catalogue: every rule id with a one-line description and its evidence (cue, frame, pattern, code)', query: EmptyQuery, response: RulesOut },
  { method: 'get', path: '/rules/{id}', tag: 'meta', summary: 'One stored rule id (possibly "a+b") explained part by part', params: RuleParam, response: RuleExplained },
  { method: 'get', path: '/ingest-errors', tag: 'meta', summary: 'Articles that failed extraction or reading, as recorded by ingest', query: PageQuery, response: Pages.errors },
  { method: 'get', path: '/openapi.json', tag: 'meta', summary: 'This document', response: { contentType: 'application/json', description: 'OpenAPI 3.1 document' } },
];
