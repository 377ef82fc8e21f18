// Generates the OpenAPI 3.1 document from schemas.ts (zod 4's z.toJSONSchema): one source for
// validation and documentation. Query parameters come from each query object's shape.
import { z } from 'zod';
import { ErrorBody, ROUTES, type RouteDoc } from './schemas.js';
import { CROSS_ROUTES } from './cross-routes.js';

type Json = Record<string, unknown>;

const schemaOf = (s: z.ZodTypeAny, io: 'input' | 'output' = 'output'): Json => {
  const j = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  delete j.$schema;
  return j;
};

function parameters(r: RouteDoc): Json[] {
  const out: Json[] = [];
  const add = (obj: z.ZodObject | undefined, where: 'query' | 'path') => {
    if (!obj) return;
    const js = schemaOf(obj, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(js.properties ?? {})) {
      const { description, ...rest } = schema as { description?: string };
      out.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  add(r.params, 'path');
  add(r.query, 'query');
  return out;
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: schemaOf(ErrorBody) } } });

export function openApiDocument(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of [...ROUTES, ...CROSS_ROUTES]) {
    const ok =
      'contentType' in r.response
        ? { description: r.response.description, content: { [r.response.contentType]: {} } }
        : { description: 'OK', content: { 'application/json': { schema: schemaOf(r.response as z.ZodTypeAny) } } };
    const op: Json = {
      summary: r.summary,
      tags: [r.tag],
      parameters: parameters(r),
      responses: {
        200: ok,
        400: errorResponse('invalid request (E042) — malformed parameter, date or body'),
        ...(r.params ? { 404: errorResponse('unknown id (E041)') } : {}),
        ...(r.auth ? { 401: errorResponse('missing or wrong bearer token (E043)'), 403: errorResponse('server is read-only (E043)'), 413: errorResponse('request body too large (E044)') } : {}),
      },
    };
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } };
    if (r.auth) op.security = [{ bearer: [] }];
    (paths[r.path] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '1',
      description:
        'Who said what, and who did what to whom, when and where — from news articles. Read-only unless the server was started with a token. ' +
        'Errors are JSON {error: {code, message}}. Every list is paginated (limit/offset).',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
