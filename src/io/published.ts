// Publication dates: validated and normalised to ISO 8601 at the precision given. The reference
// time of an article is only ever this value — never the machine's clock.
import { NewsgraphError } from '../core/errors.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Returns the ISO form of an ISO-ish date, or null when it is not one. */
export function parseIsoDate(s: string): string | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, tz] = m;
  if (!validDay(+y!, +mo!, +d!)) return null;
  if (hh === undefined) return `${y}-${mo}-${d}`;
  if (+hh > 23 || +mm! > 59 || (ss !== undefined && +ss > 59)) return null;
  const zone = tz === undefined ? '' : tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
  return `${y}-${mo}-${d}T${hh}:${mm}${ss !== undefined ? `:${ss}` : ''}${zone}`;
}

/** The --published option: strict YYYY-MM-DD (a time is allowed), else E004 naming the value. */
export function validatePublishedOption(value: string): string {
  const iso = parseIsoDate(value);
  if (!iso) throw new NewsgraphError('E004', `--published expects YYYY-MM-DD (a real calendar date), found "${value}"`, value);
  return iso;
}

/**
 * A date as found in an input (JSON field, HTML meta, RSS pubDate): ISO forms are kept at their
 * precision; other forms that carry an explicit day (RFC 822 "Fri, 07 Mar 2025 10:00:00 GMT") are
 * converted; anything else is rejected with E004 naming the source.
 */
export function normalizeInputDate(value: unknown, source: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new NewsgraphError('E004', `${source}: "published" must be a string, found ${typeof value}`, source);
  const iso = parseIsoDate(value);
  if (iso) return iso;
  if (/\b\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b/.test(value) || /^[A-Z][a-z]{2}, /.test(value)) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
  }
  throw new NewsgraphError('E004', `${source}: "published" is not a date in YYYY-MM-DD form: "${value}"`, source);
}

/** The calendar day (YYYY-MM-DD) of a published value, or null. */
export function publishedDay(published: string | null): string | null {
  return published ? published.slice(0, 10) : null;
}
