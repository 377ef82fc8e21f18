// The explorer filters and sort orders as SQL, written once for both backends: both Where builders
// take `?` placeholders (PostgreSQL's renumbers them), and everything here is portable SQL
// (lower/LIKE/substr), so SQLite and PostgreSQL answer the same filters the same way.
import type { DateRange, EventFilter, QuoteQuery } from './store.js';

interface WhereBuilder {
  add(sql: string, ...params: unknown[]): unknown;
  /** the day column within the range's from/to */
  range(col: string, r: DateRange): unknown;
}

const likeEscape = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every event filter, on `events v JOIN articles a` (each backend's eventWhere). */
export function addEventFilters(w: WhereBuilder, q: EventFilter): void {
  if (q.actor) w.add('(v.source_actor = ? OR v.target_actor = ?)', q.actor, q.actor);
  if (q.source) w.add('v.source_actor = ?', q.source);
  if (q.target) w.add('v.target_actor = ?', q.target);
  if (q.dyad) {
    const [x, y] = q.dyad;
    w.add('((v.source_actor = ? AND v.target_actor = ?) OR (v.source_actor = ? AND v.target_actor = ?))', x, y, y, x);
  }
  if (q.cameo) w.add('v.cameo >= ? AND v.cameo < ?', q.cameo, `${q.cameo}\uffff`);
  if (q.plover) w.add('upper(v.plover) = ?', q.plover.toUpperCase());
  if (q.quad !== undefined) w.add('v.quad = ?', q.quad);
  if (q.article) w.add('a.id = ?', q.article);
  // a CAMEO actor code starts with its country (ISO 3166 alpha-3) or IGO code: "RUSGOV" → RUS
  if (q.sourceCountry) w.add('substr(v.source_code, 1, 3) = ?', q.sourceCountry.toUpperCase());
  if (q.targetCountry) w.add('substr(v.target_code, 1, 3) = ?', q.targetCountry.toUpperCase());
  if (q.sourceCode) w.add('v.source_code LIKE ?', `${q.sourceCode.toUpperCase()}%`);
  if (q.targetCode) w.add('v.target_code LIKE ?', `${q.targetCode.toUpperCase()}%`);
  if (q.root) w.add('v.root = ?', q.root);
  if (q.modality) w.add('v.modality = ?', q.modality);
  if (q.location) w.add('lower(v.location) = ?', q.location.toLowerCase());
  if (q.text) {
    const p = likeEscape(q.text);
    w.add(
      "(lower(v.evidence) LIKE ? ESCAPE '\\' OR lower(coalesce(v.source_name, '')) LIKE ? ESCAPE '\\' OR lower(coalesce(v.target_name, '')) LIKE ? ESCAPE '\\' OR lower(coalesce(a.title, '')) LIKE ? ESCAPE '\\')",
      p, p, p, p,
    );
  }
  w.range('v.day', q);
}

export function addQuoteExplorerFilters(w: WhereBuilder, q: QuoteQuery): void {
  if (q.kind) w.add('q.kind = ?', q.kind);
}

/** Sort keys the explorers offer; a leading "-" sorts descending. Columns come from this table only. */
export const EVENT_SORTS = {
  date: 'v.day',
  cameo: 'v.cameo',
  quad: 'v.quad',
  goldstein: 'v.goldstein',
  source: 'v.source_name',
  target: 'v.target_name',
  modality: 'v.modality',
} as const;
export const QUOTE_SORTS = { date: 'q.day', speaker: 'q.speaker_name', kind: 'q.kind' } as const;
export type EventSort = keyof typeof EVENT_SORTS | `-${keyof typeof EVENT_SORTS}`;
export type QuoteSort = keyof typeof QUOTE_SORTS | `-${keyof typeof QUOTE_SORTS}`;

/** ORDER BY for a sort key; nulls last either way, then insertion order so pages are stable. */
export function orderBy(sorts: Record<string, string>, key: string | undefined, seq: string): string {
  const desc = key?.startsWith('-') ?? false;
  const col = sorts[(key ?? 'date').replace(/^-/, '')] ?? sorts.date!;
  return `ORDER BY ${col} IS NULL, ${col} ${desc ? 'DESC' : 'ASC'}, ${seq} ${desc ? 'DESC' : 'ASC'}`;
}
