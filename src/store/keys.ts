// Identity keys the store deduplicates on: the content hash of an article text, a normalised URL,
// and the cross-document actor id an entity resolves to. Backend-independent so SQLite and
// PostgreSQL agree on what counts as "the same".
import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the text with white space collapsed: re-extracted or re-wrapped copies hash alike. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Lower-cased scheme and host, no fragment, no trailing slash on the path; null when absent. */
export function normaliseUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  if (!u) return null;
  try {
    const parsed = new URL(u);
    parsed.hash = '';
    let s = parsed.toString();
    if (s.endsWith('/') && parsed.pathname !== '/') s = s.slice(0, -1);
    return s;
  } catch {
    return u;
  }
}

/** A readable, stable actor id from entity type and canonical name: "person-pete-hegseth". */
export function actorId(type: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${type.toLowerCase()}-${slug || createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

/** The YYYY-MM-DD day of an ISO date or date-time, or null when it is less precise or absent. */
export function dayOf(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return m ? m[1]! : null;
}

/** ISO 8601 week label (2025-W10) of a YYYY-MM-DD day. */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const dow = t.getUTCDay() || 7; // Monday = 1 … Sunday = 7
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week decides the week-year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Upper bound for an inclusive "to" date prefix: "2025-03" covers every day of March. */
export function upperBound(to: string): string {
  return `${to}\uffff`;
}
