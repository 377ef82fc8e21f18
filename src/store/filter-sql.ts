// The explorer filters and sort orders as SQL, written once for both backends: both Where builders
// take `?` placeholders (PostgreSQL's renumbers them), and everything here is portable SQL
// (lower/LIKE/substr), so SQLite and PostgreSQL answer the same filters the same way.
import type { EventFilter, QuoteQuery } from './store.js';

interface WhereBuilder {
  add(sql: string, ...params: unknown[]): unknown;
}

const likeEscape = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters beyond actor ids, CAMEO prefix, PLOVER and quad (those stay in each backend's eventWhere). */
export function addEventExplorerFilters(w: WhereBuilder, q: EventFilter): void {
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
