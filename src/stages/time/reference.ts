// The reference time: the article's publication date, parsed once from the StageContext. A date
// that is missing or malformed yields null, and relative expressions then stay unresolved — the
// machine clock is never a fallback.
import { daysFromCivil, isValidDate } from './calendar.js';

export interface Reference {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  /** day number of the publication date */
  readonly days: number;
  readonly iso: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseReference(published: string | null | undefined): Reference | null {
  if (!published) return null;
  const m = ISO.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDate(y, mo, d)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return null;
  return { y, m: mo, d, days: daysFromCivil(y, mo, d), iso: published.trim().slice(0, 10) };
}
