// One contract document shaped into the flat rows the store keeps (articles, actors, entities,
// mentions, roles, quotes, events, timexes), before the article has a row number, and the one
// definition of each layer table's columns (STORE_TABLES). Both writers (sqlite/write.ts,
// postgres/write.ts) insert exactly these rows, so a field added here reaches both backends; the
// conformance suite holds the two to the same answers.
import { actorId, contentHash, dayOf, normaliseUrl } from './keys.js';
import { aboutCells } from './about-cells.js';
import type { RoleObservationInput, StoreDoc } from './store.js';

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

export const spanJson = (s: SpanLike | null | undefined): string | null =>
  s ? JSON.stringify({ start: s.start, end: s.end, text: s.text ?? '' }) : null;

export interface ArticleRow {
  id: string;
  hash: string;
  url: string | null;
  title: string | null;
  published: string | null;
  day: string | null;
  source: string | null;
  byline: string | null;
  text: string;
  paragraphs: string;
  sentences: string;
  n_quotes: number;
  n_events: number;
}

/** The per-article contribution to one cross-document actor row. */
export interface ActorDelta {
  id: string;
  type: string;
  name: string;
  country: string | null;
  actor_code: string | null;
  mentions: number;
}

export type Cell = string | number | boolean | null;

/** One layer table: its name, the columns after article_seq with the PostgreSQL array type each is sent
 * as, and what a duplicate row does. Both writers insert docRows() rows in exactly this column order. */
export interface Table {
  readonly name: string;
  /** columns after article_seq, with the array type each is sent as */
  readonly cols: readonly (readonly [string, string])[];
  readonly conflict: string;
}

export const STORE_TABLES = {
  entities: {
    name: 'entities',
    cols: [['local_id', 'text'], ['actor_id', 'text'], ['type', 'text'], ['name', 'text'], ['country', 'text'], ['sector', 'text'], ['role', 'text'], ['actor_code', 'text'], ['rule', 'text'],
      ['country_source', 'text'], ['kb_id', 'text'], ['country_evidence', 'text']],
    conflict: 'ON CONFLICT DO NOTHING',
  },
  mentions: {
    name: 'mentions',
    cols: [['entity_local', 'text'], ['actor_id', 'text'], ['start', 'int'], ['"end"', 'int'], ['text', 'text'], ['kind', 'text'], ['title_start', 'int'], ['title_end', 'int'], ['title_text', 'text'], ['rule', 'text']],
    conflict: '',
  },
  roles: {
    name: 'actor_roles',
    cols: [['actor_id', 'text'], ['role', 'text'], ['country', 'text'], ['sector', 'text'], ['actor_code', 'text'], ['date', 'text'], ['origin', 'text'], ['rule', 'text']],
    conflict: '',
  },
  quotes: {
    name: 'quotes',
    cols: [['local_id', 'text'], ['kind', 'text'], ['content', 'text'], ['text', 'text'], ['cue', 'text'], ['speaker_entity', 'text'], ['speaker_actor', 'text'], ['speaker_name', 'text'],
      ['speaker_mention', 'text'], ['addressee', 'text'], ['date', 'text'], ['date_source', 'text'], ['day', 'text'], ['rule', 'text'],
      ['about', 'text'], ['about_actors', 'text'], ['about_events', 'text'], ['speaker_reason', 'text']],
    conflict: 'ON CONFLICT DO NOTHING',
  },
  events: {
    name: 'events',
    cols: [['local_id', 'text'], ['cameo', 'text'], ['root', 'text'], ['plover', 'text'], ['plover_mode', 'text'], ['quad', 'int'], ['goldstein', 'float8'],
      ['source_entity', 'text'], ['source_actor', 'text'], ['source_name', 'text'], ['source_code', 'text'], ['source_mention', 'text'],
      ['target_entity', 'text'], ['target_actor', 'text'], ['target_name', 'text'], ['target_code', 'text'], ['target_mention', 'text'],
      ['date', 'text'], ['date_source', 'text'], ['day', 'text'], ['location', 'text'], ['negated', 'bool'], ['modality', 'text'], ['evidence', 'text'],
      ['more_evidence', 'text'], ['rule', 'text'], ['target_source', 'text'], ['source_country_source', 'text'], ['target_country_source', 'text']],
    conflict: 'ON CONFLICT DO NOTHING',
  },
  timexes: {
    name: 'timexes',
    cols: [['idx', 'int'], ['start', 'int'], ['"end"', 'int'], ['text', 'text'], ['type', 'text'], ['value', 'text'], ['range_from', 'text'], ['range_to', 'text'],
      ['granularity', 'text'], ['anchor', 'text'], ['inferred', 'text'], ['rule', 'text']],
    conflict: 'ON CONFLICT DO NOTHING',
  },
} as const satisfies Record<string, Table>;


export interface DocRows {
  article: ArticleRow;
  actors: ActorDelta[];
  /** rows without article_seq, columns in the order of the tables' insert lists (see postgres/write.ts) */
  entities: Cell[][];
  mentions: Cell[][];
  roles: Cell[][];
  quotes: Cell[][];
  events: Cell[][];
  timexes: Cell[][];
}

/** Role observations the contract carries: top-level `role_observations`. */
export function roleObservations(doc: StoreDoc): readonly RoleObservationInput[] {
  const raw: unknown = doc.role_observations;
  if (!Array.isArray(raw)) return [];
  return raw.filter((r): r is RoleObservationInput => !!r && typeof r === 'object' && typeof (r as RoleObservationInput).entity === 'string');
}

export function docRows(doc: StoreDoc): DocRows {
  const text = doc.text ?? '';
  const published = doc.published ?? null;
  const articleDay = dayOf(published);
  const quotes = doc.quotes ?? [];
  const events = doc.events ?? [];
  const article: ArticleRow = {
    id: doc.id || '',
    hash: contentHash(text),
    url: normaliseUrl(doc.url),
    title: doc.title ?? null,
    published,
    day: articleDay,
    source: doc.source ?? null,
    byline: doc.byline ?? null,
    text,
    paragraphs: JSON.stringify(doc.paragraphs ?? []),
    sentences: JSON.stringify(doc.sentences ?? []),
    n_quotes: quotes.length,
    n_events: events.length,
  };

  const entityActor = new Map<string, { actor: string; name: string }>();
  const observed = roleObservations(doc);
  const entitiesWithObservations = new Set(observed.map((r) => r.entity));
  // one actor update per article even when two local entities resolve to the same actor
  const perActor = new Map<string, ActorDelta>();
  for (const e of doc.entities ?? []) {
    const actor = actorId(e.type, e.name);
    entityActor.set(e.id, { actor, name: e.name });
    const acc = perActor.get(actor);
    if (acc) acc.mentions += (e.mentions ?? []).length;
    else perActor.set(actor, { id: actor, type: e.type, name: e.name, country: e.country ?? null, actor_code: e.actor_code ?? null, mentions: (e.mentions ?? []).length });
  }
  const entities: Cell[][] = [];
  const mentions: Cell[][] = [];
  const roles: Cell[][] = [];
  for (const e of doc.entities ?? []) {
    const actor = entityActor.get(e.id)!.actor;
    entities.push([e.id, actor, e.type, e.name, e.country ?? null, e.sector ?? null, e.role ?? null, e.actor_code ?? null, e.rule ?? '',
      (e as { country_source?: string | null }).country_source ?? null, (e as { kb_id?: string | null }).kb_id ?? null,
      spanJson((e as { country_evidence?: SpanLike | null }).country_evidence)]);
    for (const m of e.mentions ?? []) {
      const title = (m as { title?: SpanLike }).title ?? null;
      mentions.push([e.id, actor, m.start, m.end, m.text ?? text.slice(m.start, m.end), m.kind ?? 'name',
        title?.start ?? null, title?.end ?? null, title ? (title.text ?? text.slice(title.start, title.end)) : null, m.rule ?? e.rule ?? '']);
    }
    // roles over time: derived from the entity's own fields unless the entities stage reported observations
    if (!entitiesWithObservations.has(e.id) && (e.role || e.country || e.actor_code || e.sector)) {
      roles.push([actor, e.role ?? null, e.country ?? null, e.sector ?? null, e.actor_code ?? null, articleDay ?? published, 'entity', e.rule ?? null]);
    }
  }
  for (const r of observed) {
    const ea = entityActor.get(r.entity);
    if (!ea) continue;
    roles.push([ea.actor, r.role ?? null, r.country ?? null, r.sector ?? null, r.actor_code ?? null,
      dayOf(r.date) ?? r.date ?? articleDay ?? published, 'extras', r.rule ?? null]);
  }

  const partyActor = (entity: string | null | undefined) => (entity ? entityActor.get(entity)?.actor ?? null : null);
  const partyName = (entity: string | null | undefined, fallback: string | null | undefined) =>
    (entity ? entityActor.get(entity)?.name : undefined) ?? fallback ?? null;

  const quoteRows: Cell[][] = quotes.map((q) => {
    const content = (q.content ?? []) as readonly SpanLike[];
    const qtext = content.map((c) => c.text ?? text.slice(c.start, c.end)).join(' … ');
    const sp = q.speaker ?? { entity: null, name: null, mention: null };
    const ad = q.addressee;
    return [q.id, q.kind, JSON.stringify(content), qtext, spanJson(q.cue),
      sp.entity ?? null, partyActor(sp.entity), partyName(sp.entity, sp.name), spanJson(sp.mention),
      ad ? JSON.stringify({ entity: ad.entity ?? null, actor: partyActor(ad.entity), name: partyName(ad.entity, ad.name), mention: ad.mention ?? null }) : null,
      q.date ?? null, (q as { date_source?: string }).date_source ?? null, dayOf(q.date) ?? articleDay, q.rule ?? '', ...aboutCells(q, entityActor),
      (q as { speaker_reason?: string }).speaker_reason ?? null];
  });

  const eventRows: Cell[][] = events.map((v) => {
    const src = v.source ?? { entity: null, actor_code: null, mention: null };
    const tgt = v.target ?? { entity: null, actor_code: null, mention: null };
    return [v.id, v.cameo, v.root ?? v.cameo.slice(0, 2), v.plover ?? null, (v as { plover_mode?: string }).plover_mode ?? null,
      v.quad, v.goldstein,
      src.entity ?? null, partyActor(src.entity), partyName(src.entity, src.mention?.text), src.actor_code ?? null, spanJson(src.mention),
      tgt.entity ?? null, partyActor(tgt.entity), partyName(tgt.entity, tgt.mention?.text), tgt.actor_code ?? null, spanJson(tgt.mention),
      v.date ?? null, (v as { date_source?: string }).date_source ?? null, dayOf(v.date) ?? articleDay,
      v.location ?? null, !!v.negated, v.modality ?? 'asserted', spanJson(v.evidence) ?? '{}',
      JSON.stringify((v as { more_evidence?: SpanLike[] }).more_evidence ?? []), v.rule ?? '',
      (v as { target_source?: string }).target_source ?? null,
      (src as { country_source?: string }).country_source ?? null, (tgt as { country_source?: string }).country_source ?? null];
  });

  const timexRows: Cell[][] = (doc.timexes ?? []).map((t, i) => {
    const tt = t as typeof t & { range?: { from: string; to: string }; granularity?: string; anchor?: string; inferred?: readonly string[]; rule?: string };
    return [i, t.start, t.end, t.text ?? text.slice(t.start, t.end), t.type, t.value ?? null,
      tt.range?.from ?? null, tt.range?.to ?? null, tt.granularity ?? null, tt.anchor ?? null,
      tt.inferred ? JSON.stringify(tt.inferred) : null, tt.rule ?? ''];
  });

  return { article, actors: [...perActor.values()], entities, mentions, roles, quotes: quoteRows, events: eventRows, timexes: timexRows };
}
