// The HTTP API (hono) over a Store, plus the web app at /. Every handler validates its input with
// the schemas in schemas.ts; every error goes through toHttpError (errors.ts). Read-only unless a
// token is configured: then POST /articles extracts and stores articles for a Bearer-token caller.
import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { NewsgraphError } from '../core/errors.js';
import type { InputArticle } from '../io/read-inputs.js';
import type { BatchItem, Page, Store, StoreDoc } from '../store/store.js';
import { eventsToCsv, eventsToGdeltTsv, eventsToJsonl, eventsToPlover } from './exports.js';
import { describeZod, httpError, toHttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import * as S from './schemas.js';
import { StaticFiles } from './static.js';
import { registerCrossRoutes } from './cross-routes.js';

export interface AppOptions {
  readonly store: Store;
  /** when set, POST /articles is enabled for `Authorization: Bearer <token>` */
  readonly token?: string | undefined;
  /** largest request body accepted, in bytes (default 2 MB) */
  readonly maxBodyBytes?: number;
  /** turns an article into a store document (default: the pipeline, in-process) */
  readonly extract?: (a: InputArticle) => StoreDoc | Promise<StoreDoc>;
  readonly staticFiles?: StaticFiles;
}

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, where: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new NewsgraphError('E042', describeZod(r.error, where));
  return r.data;
}

const withNext = <T>(p: Page<T>) => ({ ...p, next_offset: p.offset + p.items.length < p.total ? p.offset + p.items.length : null });

const dyad = (d: string | undefined): [string, string] | undefined => {
  if (!d) return undefined;
  const [a, b] = d.split(',');
  return [a!.trim(), b!.trim()];
};

function sameToken(given: string, expected: string): boolean {
  // compare digests so the comparison time does not depend on where the strings differ
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(expected));
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const maxBody = opts.maxBodyBytes ?? 2_000_000;
  const files = opts.staticFiles ?? new StaticFiles();
  const app = new Hono();
  let openapi: unknown = null;

  app.onError((e, c) => {
    const { status, body } = toHttpError(e);
    return c.json(body, status);
  });
  app.notFound((c) => c.json({ error: { code: 'E041', message: `E041 not found: no route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  const query = <T extends z.ZodTypeAny>(c: Context, schema: T) => parse(schema, c.req.query(), 'query parameter');
  const idOf = (c: Context) => parse(S.IdParam, { id: c.req.param('id') }, 'path').id;

  app.get('/openapi.json', (c) => c.json((openapi ??= openApiDocument())));

  app.get('/stats', async (c) =>
    c.json({ backend: store.backend, schema_version: await store.schemaVersion(), writable: Boolean(opts.token), counts: await store.counts() }),
  );

  app.get('/articles', async (c) => {
    const q = query(c, S.ArticleListQuery);
    return c.json(withNext(await store.listArticles(q)));
  });
  app.get('/articles/search', async (c) => {
    const q = query(c, S.SearchQuery);
    return c.json(withNext(await store.searchArticles(q)));
  });
  app.get('/articles/:id', async (c) => {
    const id = idOf(c);
    const a = await store.getArticle(id);
    if (!a) throw new NewsgraphError('E041', `no article with id "${id}"`, id);
    return c.json(a);
  });
  app.post(
    '/articles',
    async (c, next) => {
      // authorisation before the body is read: an unauthorised caller cannot make us parse 2 MB
      if (!opts.token) throw httpError('E043', 'this server is read-only; start it with --token (or NEWSGRAPH_TOKEN) to accept articles', 403);
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m || !sameToken(m[1]!.trim(), opts.token)) throw new NewsgraphError('E043', 'expected "Authorization: Bearer <token>" with the server token');
      await next();
    },
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new NewsgraphError('E044', `the body is larger than ${maxBody} bytes`);
      },
    }),
    async (c) => {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch (e) {
        if (e instanceof NewsgraphError) throw e;
        throw new NewsgraphError('E005', `expected a JSON body, found invalid JSON (${(e as Error).message})`);
      }
      const body = parse(S.ArticlesBody, raw, 'body');
      const articles = 'articles' in body ? body.articles : [body];
      const extract = opts.extract ?? (await import('../ingest/extract.js')).extractForStore;
      const items: BatchItem[] = [];
      const failures: { index: number; code: string; message: string }[] = [];
      for (const [index, a] of articles.entries()) {
        const input: InputArticle = {
          ...(a.id ? { id: a.id } : {}),
          text: a.text,
          title: a.title ?? null,
          url: a.url ?? null,
          published: a.published ?? null,
          source: `api:${index}`,
          byline: a.byline ?? null,
        };
        try {
          items.push({ kind: 'doc', doc: await extract(input) });
        } catch (e) {
          const { body: eb } = toHttpError(e);
          failures.push({ index, code: eb.error.code === 'E040' ? 'E050' : eb.error.code, message: (e as Error).message });
        }
      }
      const r = await store.writeBatch(items);
      return c.json({ ...r, failures }, failures.length && !r.inserted && !r.duplicates ? 422 : 200);
    },
  );

  app.get('/quotes', async (c) => {
    const q = query(c, S.QuoteQuery);
    return c.json(
      withNext(await store.listQuotes({ limit: q.limit, offset: q.offset, from: q.from, to: q.to, speaker: q.speaker, speakerName: q.speaker_name, text: q.q, article: q.article, about: q.about })),
    );
  });

  app.get('/actors', async (c) => c.json(withNext(await store.listActors(query(c, S.ActorListQuery)))));
  const actorOr404 = async (id: string) => {
    const a = await store.getActor(id);
    if (!a) throw new NewsgraphError('E041', `no actor with id "${id}"`, id);
    return a;
  };
  app.get('/actors/:id', async (c) => c.json(await actorOr404(idOf(c))));
  app.get('/actors/:id/quotes', async (c) => {
    const id = idOf(c);
    const q = query(c, S.PageQuery.extend(S.DateRangeQuery.shape));
    await actorOr404(id);
    return c.json(withNext(await store.listQuotes({ ...q, speaker: id })));
  });
  app.get('/actors/:id/events', async (c) => {
    const id = idOf(c);
    const q = query(c, S.ActorEventsQuery);
    await actorOr404(id);
    const side = q.as === 'source' ? { source: id } : q.as === 'target' ? { target: id } : { actor: id };
    return c.json(withNext(await store.listEvents({ limit: q.limit, offset: q.offset, from: q.from, to: q.to, ...side })));
  });

  const eventFilter = (q: z.output<typeof S.EventFilter>) => ({
    actor: q.actor, source: q.source, target: q.target, dyad: dyad(q.dyad), cameo: q.cameo, plover: q.plover, quad: q.quad, article: q.article, from: q.from, to: q.to,
  });
  app.get('/events', async (c) => {
    const q = query(c, S.EventQuery);
    return c.json(withNext(await store.listEvents({ ...eventFilter(q), limit: q.limit, offset: q.offset })));
  });
  app.get('/timeline', async (c) => {
    const q = query(c, S.TimelineQuery);
    return c.json({ bucket: q.bucket, buckets: await store.timeline({ ...eventFilter(q), bucket: q.bucket }) });
  });
  app.get('/network', async (c) => {
    const q = query(c, S.NetworkQuery);
    return c.json(await store.network(q));
  });
  app.get('/export/events', async (c) => {
    const q = query(c, S.ExportQuery);
    const page = await store.listEvents({ ...eventFilter(q), limit: q.limit, offset: q.offset });
    const disposition = (ext: string) => ({ 'Content-Disposition': `attachment; filename="newsgraph-events.${ext}"` });
    switch (q.format) {
      case 'csv':
        return c.body(eventsToCsv(page.items), 200, { 'Content-Type': 'text/csv; charset=utf-8', ...disposition('csv') });
      case 'jsonl':
        return c.body(eventsToJsonl(page.items), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', ...disposition('jsonl') });
      case 'gdelt':
        return c.body(await eventsToGdeltTsv(store, page.items), 200, { 'Content-Type': 'text/tab-separated-values; charset=utf-8', ...disposition('tsv') });
      case 'plover':
        return c.json(await eventsToPlover(store, page.items), 200, disposition('json'));
    }
  });
  registerCrossRoutes(app, store, { query, idOf, withNext });
  app.get('/ingest-errors', async (c) => c.json(withNext(await store.listErrors(query(c, S.PageQuery)))));

  // ---- the web app ----
  // article text is untrusted; the app renders it as text nodes, and the CSP forbids any script
  // or connection that is not ours should something slip through
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  const sendFile = (c: Context, f: { body: string; type: string } | null) =>
    f
      ? c.body(f.body, 200, { 'Content-Type': f.type, 'Cache-Control': 'no-cache', ...(f.type.startsWith('text/html') ? { 'Content-Security-Policy': CSP } : {}) })
      : c.json({ error: { code: 'E041', message: 'E041 not found: no such file' } }, 404);
  app.get('/', (c) => sendFile(c, files.webFile('index.html')));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/web/:file', (c) => sendFile(c, files.webFile(c.req.param('file'))));
  app.get('/vendor/:file', (c) => sendFile(c, files.vendorFile(c.req.param('file'))));
  return app;
}
