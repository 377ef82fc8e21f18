// Row → API object mapping shared by the storage backends. Both SQLite and PostgreSQL keep the same
// columns (JSON spans as text, dates as ISO text), so one mapping serves both and their answers are
// the same by construction; the conformance suite checks the rest.
import { isoWeek } from './keys.js';
import type { QuoteAboutOut } from './about-cells.js';
import type {
  ActorSummary, ArticleSummary, EntityOut, EventOut, QuoteOut, RoleOut, SpanOut, TimelineBucket, TimelineQuery, TimexOut,
} from './store.js';

export type Row = Record<string, unknown>;

export const parse = <T>(s: unknown, fallback: T): T => (typeof s === 'string' && s ? (JSON.parse(s) as T) : fallback);
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The article summary columns; `chars` is the text's length in characters (an expression per backend). */
export const articleCols = (chars: string): string => `a.id, a.title, a.url, a.published, a.source, ${chars} AS chars, a.n_quotes, a.n_events`;

export function toSummary(r: Row): ArticleSummary {
  return {
    id: String(r.id),
    title: str(r.title),
    url: str(r.url),
    published: str(r.published),
    source: str(r.source),
    chars: Number(r.chars),
    quote_count: Number(r.n_quotes),
    event_count: Number(r.n_events),
  };
}

export function toQuote(r: Row): QuoteOut {
  return {
    article: String(r.article_id),
    id: String(r.local_id),
    kind: String(r.kind),
    content: parse<SpanOut[]>(r.content, []),
    text: String(r.text),
    cue: parse<SpanOut | null>(r.cue, null),
    speaker: { entity: str(r.speaker_entity), actor: str(r.speaker_actor), name: str(r.speaker_name), mention: parse<SpanOut | null>(r.speaker_mention, null) },
    addressee: parse(r.addressee, null),
    speaker_reason: str(r.speaker_reason),
    date: str(r.date),
    date_source: str(r.date_source),
    rule: String(r.rule),
    article_title: str(r.article_title),
    article_url: str(r.article_url),
    published: str(r.published),
    about: parse<QuoteAboutOut | null>(r.about, null),
  };
}

export function toEvent(r: Row): EventOut {
  const party = (p: 'source' | 'target') => ({
    entity: str(r[`${p}_entity`]),
    actor: str(r[`${p}_actor`]),
    name: str(r[`${p}_name`]),
    actor_code: str(r[`${p}_code`]),
    mention: parse<SpanOut | null>(r[`${p}_mention`], null),
    country_source: str(r[`${p}_country_source`]),
  });
  return {
    article: String(r.article_id),
    id: String(r.local_id),
    cameo: String(r.cameo),
    root: String(r.root),
    plover: str(r.plover),
    plover_mode: str(r.plover_mode),
    quad: Number(r.quad),
    goldstein: Number(r.goldstein),
    source: party('source'),
    target: party('target'),
    target_source: str(r.target_source),
    date: str(r.date),
    date_source: str(r.date_source),
    day: str(r.day),
    location: str(r.location),
    negated: Boolean(r.negated),
    modality: String(r.modality),
    evidence: parse<SpanOut>(r.evidence, { start: 0, end: 0, text: '' }),
    more_evidence: parse<SpanOut[]>(r.more_evidence, []),
    rule: String(r.rule),
    article_title: str(r.article_title),
    article_url: str(r.article_url),
    published: str(r.published),
  };
}

export function toActorSummary(r: Row): ActorSummary {
  return {
    id: String(r.id),
    type: String(r.type),
    name: String(r.name),
    country: str(r.country),
    actor_code: str(r.actor_code),
    articles: Number(r.n_articles),
    mentions: Number(r.n_mentions),
  };
}

export const likeEscape = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Entities of one article with their mentions, in order of first mention. */
export function toEntities(entityRows: readonly Row[], mentionRows: readonly Row[]): EntityOut[] {
  const mentions = new Map<string, EntityOut['mentions'][number][]>();
  for (const m of mentionRows) {
    const list = mentions.get(String(m.entity_local)) ?? [];
    list.push({
      start: Number(m.start),
      end: Number(m.end),
      text: String(m.text),
      kind: String(m.kind),
      title: m.title_start === null ? null : { start: Number(m.title_start), end: Number(m.title_end), text: String(m.title_text) },
      rule: String(m.rule),
    });
    mentions.set(String(m.entity_local), list);
  }
  return entityRows
    .map((e) => ({
      id: String(e.local_id),
      actor: String(e.actor_id),
      type: String(e.type),
      name: String(e.name),
      country: str(e.country),
      sector: str(e.sector),
      role: str(e.role),
      actor_code: str(e.actor_code),
      country_source: str(e.country_source),
      kb_id: str(e.kb_id),
      country_evidence: parse<SpanOut | null>(e.country_evidence, null),
      rule: String(e.rule),
      mentions: mentions.get(String(e.local_id)) ?? [],
    }))
    .sort((x, y) => (x.mentions[0]?.start ?? Infinity) - (y.mentions[0]?.start ?? Infinity));
}

export function toTimex(t: Row): TimexOut {
  return {
    start: Number(t.start),
    end: Number(t.end),
    text: String(t.text),
    type: String(t.type),
    value: str(t.value),
    range: t.range_from === null ? null : { from: String(t.range_from), to: String(t.range_to) },
    granularity: str(t.granularity),
    anchor: str(t.anchor),
    rule: String(t.rule),
  };
}

/** One grouped actor_roles row (role, country, sector, actor_code, origin, first, last, n). */
export function toRole(x: Row): RoleOut {
  return {
    role: str(x.role),
    country: str(x.country),
    sector: str(x.sector),
    actor_code: str(x.actor_code),
    first: str(x.first),
    last: str(x.last),
    observations: Number(x.n),
    origin: String(x.origin),
  };
}

/** Folds per-day, per-quad rows into day/week/month buckets; backend-independent ISO weeks. */
export function foldTimeline(rows: readonly Row[], bucket: TimelineQuery['bucket']): TimelineBucket[] {
  const out = new Map<string, { events: number; q: [number, number, number, number]; g: number }>();
  for (const r of rows) {
    const day = String(r.day).slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    const period = bucket === 'day' ? day : bucket === 'week' ? isoWeek(day) : day.slice(0, 7);
    const b = out.get(period) ?? { events: 0, q: [0, 0, 0, 0], g: 0 };
    const n = Number(r.n);
    const quad = Number(r.quad);
    b.events += n;
    if (quad >= 1 && quad <= 4) b.q[quad - 1] += n;
    b.g += Number(r.g);
    out.set(period, b);
  }
  return [...out.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, b]) => ({
      period,
      events: b.events,
      quad1: b.q[0],
      quad2: b.q[1],
      quad3: b.q[2],
      quad4: b.q[3],
      cooperation: b.q[0] + b.q[1],
      conflict: b.q[2] + b.q[3],
      goldstein: Math.round(b.g * 100) / 100,
    }));
}
