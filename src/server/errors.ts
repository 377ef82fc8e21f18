// The one place where errors become HTTP responses: coded NewsgraphErrors map to a status, zod
// validation failures to 400, anything unexpected to a 500 without internals. Body: {error:{code,message}}.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { isNewsgraphError, NewsgraphError, type ErrorCode } from '../core/errors.js';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E001: 400,
  E002: 400,
  E003: 400,
  E004: 400,
  E005: 400,
  E006: 415,
  E041: 404,
  E042: 400,
  E043: 401,
  E044: 413,
  E046: 503,
  E050: 422,
};

export interface HttpError {
  readonly status: ContentfulStatusCode;
  readonly body: { readonly error: { readonly code: string; readonly message: string } };
}

const err = (status: ContentfulStatusCode, code: string, message: string): HttpError => ({ status, body: { error: { code, message } } });

/** Describes zod issues as "where: what was expected (found …)". */
export function describeZod(e: ZodError, where: string, input?: unknown): string {
  return e.issues
    .slice(0, 5)
    .map((i) => `${where}${i.path.length ? ` "${i.path.join('.')}"` : ''}: ${i.message}${foundValue(input, i.path)}`)
    .join('; ');
}

/** ', found "…"' with the offending value (shortened), so the caller sees what was wrong, not only where. */
function foundValue(input: unknown, path: readonly PropertyKey[]): string {
  if (input === undefined || !path.length) return '';
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  if (v === undefined) return ' (missing)';
  const shown = typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v) : typeof v === 'object' ? (Array.isArray(v) ? 'an array' : 'an object') : String(v);
  return `, found ${shown}`;
}

export function toHttpError(e: unknown): HttpError {
  if (isNewsgraphError(e)) {
    // a store failure is ours, not the client's: say so without leaking SQL
    if (e.code === 'E040') return err(500, 'E040', 'store error');
    const status = (e as NewsgraphError & { status?: ContentfulStatusCode }).status ?? STATUS[e.code] ?? 500;
    return err(status, e.code, e.message);
  }
  if (e instanceof ZodError) return err(400, 'E042', `E042 invalid request: ${describeZod(e, 'input')}`);
  if (e instanceof HTTPException) {
    if (e.status === 413) return err(413, 'E044', 'E044 request body too large');
    return err(e.status as ContentfulStatusCode, e.status === 401 ? 'E043' : 'E042', e.message || 'invalid request');
  }
  if (e instanceof SyntaxError) return err(400, 'E005', `E005 invalid JSON input: ${e.message}`);
  return err(500, 'E040', 'internal error');
}

/** A NewsgraphError with an explicit HTTP status (e.g. 403 for a read-only server). */
export function httpError(code: ErrorCode, message: string, status: ContentfulStatusCode): NewsgraphError {
  return Object.assign(new NewsgraphError(code, message), { status });
}
