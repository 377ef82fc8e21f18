// The HTTP API (hono) over a Store, plus the web app at /. Every handler validates its input with
// the schemas in schemas.ts; every error goes through toHttpError (errors.ts). Read-only unless a
// token is configured: then POST /articles extracts and stores articles for a Bearer-token caller.
import { timingSafeEqual, createHash, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ZodError, type z } from 'zod';
import { ERRORS, NewsgraphError, type ErrorCode } from '../core/errors.js';
import { WorkerPool } from '../ingest/pool.js';
import type { WorkResult } from '../ingest/worker.js';
import { checkContract } from '../io/contract-check.js';
import { decodeUtf8 } from '../io/decode.js';
import { isBlankText, type InputArticle } from '../io/read-inputs.js';
import { ResponseCache } from './cache.js';
import { publicSource, scrubPaths } from './redact.js';
import type { BatchItem, BatchResult, EventOut, Page, Store, StoreDoc } from '../store/store.js';
import { cameoCodes, explainRule, ruleCatalogue } from './catalogue.js';
import { gazetteer, mapPoints } from './geo.js';
import { eventsToCsv, eventsToGdeltTsv, eventsToJsonl, eventsToPlover, quotesToCsv } from './exports.js';
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
  /** turns an article into a store document (default: the pipeline on worker threads) */
  readonly extract?: (a: InputArticle) => StoreDoc | Promise<StoreDoc>;
  readonly staticFiles?: StaticFiles;
  /** extraction worker threads for POST /articles (default 1) */
  readonly workers?: number;
  /** time budget per posted article on the workers, ms (default 60000): over it, E051 */
  readonly timeoutMs?: number;
  /** a POST still extracting after this many ms answers 202 with a job id (default 2000) */
  readonly jobAfterMs?: number;
  /** Host header names served (default: localhost, 127.0.0.1, ::1); anything else gets 421 E045 */
  readonly allowedHosts?: readonly string[];
  /** how long a GET response may be served from memory, ms (default 2000; 0 = no cache) */
  readonly cacheTtlMs?: number;
  /** the SQLite file behind `store`: extraction workers then write posted articles themselves */
  readonly sqlitePath?: string;
}

export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '::1'];

/** A Hono app that owns extraction workers: close() stops them. */
export type NewsgraphApp = Hono & { close(): Promise<void> };

/** "Example.org:8080" → "example.org", "[::1]:80" → "::1" */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  const name = h.startsWith('[') ? h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']')) : h.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

interface PostResult {
  readonly status: 200 | 422;
  readonly body: { inserted: number; duplicates: number; errors: number; ids: readonly string[]; failures: { index: number; code: string; message: string }[] };
}
interface Job {
  status: 'running' | 'done' | 'failed';
  readonly created: string;
  result?: PostResult['body'];
  error?: { code: string; message: string };
}
const MAX_JOBS = 1000;
/** extraction threads yield the CPU to the request thread: reads stay fast while a POST is worked on */
const WORKER_NICE = 10;

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, where: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new NewsgraphError('E042', describeZod(r.error, where, value));
  return r.data;
}

/** A filter the API does not know is refused by name rather than silently ignored (it would return everything). */
function refuseUnknownParams(schema: z.ZodTypeAny, given: Record<string, string>): void {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return;
  const unknown = Object.keys(given).filter((k) => !(k in shape));
  if (unknown.length) {
    const names = unknown.slice(0, 10).map((k) => `"${k.slice(0, 60)}"`).join(', ');
    throw new NewsgraphError('E042', `unknown query parameter${unknown.length > 1 ? 's' : ''} ${names}; this route accepts: ${Object.keys(shape).join(', ') || 'none'}`);
  }
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

export function createApp(opts: AppOptions): NewsgraphApp {
  const { store } = opts;
  const maxBody = opts.maxBodyBytes ?? 2_000_000;
  const files = opts.staticFiles ?? new StaticFiles();
  const app = new Hono();
  let openapi: unknown = null;
  const allowedHosts = new Set((opts.allowedHosts ?? LOCAL_HOSTS).map(hostName));
  let pool: WorkerPool | null = null;
  let writingPool: WorkerPool<BatchResult> | null = null;
  const jobs = new Map<string, Job>();
  const cache = new ResponseCache(opts.cacheTtlMs ?? 2000);

  app.onError((e, c) => {
    const { status, body } = toHttpError(e);
    return c.json({ error: { code: body.error.code, message: scrubPaths(body.error.message) } }, status);
  });
  // before anything else: a page on another origin that rebinds its DNS name to us must not read
  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!allowedHosts.has(hostName(host))) {
      return c.json({ error: { code: 'E045', message: `E045 host not allowed: "${host.slice(0, 100)}" is not a name of this server (see serve --allow-host)` } }, 421);
    }
    await next();
  });
  app.notFound((c) => c.json({ error: { code: 'E041', message: `E041 not found: no route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  // reads of the API (not the job status, which changes) may come from the short-lived cache
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' || cache.ttlMs <= 0 || c.req.path.startsWith('/jobs/')) return next();
    const u = new URL(c.req.url);
    const key = u.pathname + u.search;
    const hit = cache.get(key);
    if (hit) {
      c.res = new Response(hit.body, { status: 200, headers: [...hit.headers, ['X-Cache', 'hit']] });
      return;
    }
    await next();
    if (c.res.status === 200) {
      const body = await c.res.clone().arrayBuffer();
      cache.set(key, body, [...c.res.headers.entries()]);
    }
  });

  const query = <T extends z.ZodTypeAny>(c: Context, schema: T) => {
    const given = c.req.query();
    refuseUnknownParams(schema, given);
    return parse(schema, given, 'query parameter');
  };
  const quoteFilter = (q: z.output<typeof S.QuoteQuery>) => ({
    limit: q.limit, offset: q.offset, from: q.from, to: q.to, speaker: q.speaker, speakerName: q.speaker_name, text: q.q, article: q.article, kind: q.kind, sort: q.sort, about: q.about,
  });
  const idOf = (c: Context) => parse(S.IdParam, { id: c.req.param('id') }, 'path').id;
  const withPublicSources = <T extends { source: string | null }>(p: Page<T>): Page<T> => ({ ...p, items: p.items.map((a) => ({ ...a, source: publicSource(a.source) })) });

  /** A worker's document, or the coded error it reported (its message without the code prefix, paths scrubbed). */
  const workerAnswer = <T>(r: WorkResult<T>): T => {
    if (!r.ok) throw new NewsgraphError((r.code in ERRORS ? r.code : 'E050') as ErrorCode, scrubPaths(r.message.replace(/^E\d{3} [^:]*: /, '')));
    return r.doc;
  };

  /** One article → a checked store document, on a worker thread unless an extractor was injected. */
  const extractOne = async (a: InputArticle): Promise<StoreDoc> => {
    if (opts.extract) {
      const doc = await opts.extract(a);
      checkContract(doc, a.source);
      return doc;
    }
    pool ??= new WorkerPool({ size: Math.max(1, opts.workers ?? 1), timeoutMs: opts.timeoutMs ?? 60_000, nice: WORKER_NICE });
    return workerAnswer(await pool.run(a));
  };

  const inputOf = (a: z.output<typeof S.ArticleInput>, index: number): InputArticle => ({
    ...(a.id ? { id: a.id } : {}),
    text: a.text,
    title: a.title ?? null,
    url: a.url ?? null,
    published: a.published ?? null,
    source: `api:${index}`,
    byline: a.byline ?? null,
  });
  const failureOf = (index: number, e: unknown) => {
    const { body: eb } = toHttpError(e);
    return { index, code: eb.error.code === 'E040' ? 'E050' : eb.error.code, message: scrubPaths((e as Error).message) };
  };

  const storeInWorkers = async (articles: readonly (z.output<typeof S.ArticleInput> | null)[]): Promise<PostResult> => {
    const results = await Promise.all(
      articles.map(async (a, index) => {
        if (!a) return { ok: 'skip' as const };
        try {
          if (isBlankText(a.text)) throw new NewsgraphError('E003', `api:${index}: the article text is empty (or only invisible characters)`);
          return { ok: true as const, r: await extractAndStoreOne(inputOf(a, index)) };
        } catch (e) {
          return { ok: false as const, f: failureOf(index, e) };
        }
      }),
    );
    const failures = results.flatMap((x) => (x.ok === false ? [x.f] : []));
    const sum = { inserted: 0, duplicates: 0, errors: 0, ids: [] as string[] };
    for (const x of results) {
      if (x.ok !== true) continue;
      sum.inserted += x.r.inserted;
      sum.duplicates += x.r.duplicates;
      sum.errors += x.r.errors;
      sum.ids.push(...x.r.ids);
    }
    if (sum.inserted) cache.clear();
    return { status: failures.length && !sum.inserted && !sum.duplicates ? 422 : 200, body: { ...sum, failures } };
  };

  /** One article extracted and stored by a worker (SQLite): nothing large crosses to this thread. */
  const extractAndStoreOne = async (a: InputArticle): Promise<BatchResult> => {
    writingPool ??= new WorkerPool<BatchResult>({ size: Math.max(1, opts.workers ?? 1), timeoutMs: opts.timeoutMs ?? 60_000, writeTo: opts.sqlitePath!, nice: WORKER_NICE });
    return workerAnswer(await writingPool.run(a));
  };

  const storeArticles = async (articles: readonly (z.output<typeof S.ArticleInput> | null)[]): Promise<PostResult> => {
    if (opts.sqlitePath && !opts.extract) return storeInWorkers(articles);
    const docs: (StoreDoc | null)[] = articles.map(() => null);
    const failures: { index: number; code: string; message: string }[] = [];
    await Promise.all(
      articles.map(async (a, index) => {
        if (!a) return;
        try {
          if (isBlankText(a.text)) throw new NewsgraphError('E003', `api:${index}: the article text is empty (or only invisible characters)`);
          docs[index] = await extractOne(inputOf(a, index));
        } catch (e) {
          failures.push(failureOf(index, e));
        }
      }),
    );
    failures.sort((x, y) => x.index - y.index);
    const items: BatchItem[] = docs.filter((d): d is StoreDoc => d !== null).map((doc) => ({ kind: 'doc', doc }));
    const r = await store.writeBatch(items);
    if (r.inserted) cache.clear();
    return { status: failures.length && !r.inserted && !r.duplicates ? 422 : 200, body: { ...r, failures } };
  };

  /** Items refused by validation join the extraction failures, in index order; all refused → 422. */
  const withInvalid = (r: PostResult, invalid: readonly { index: number; code: string; message: string }[]): PostResult => {
    if (!invalid.length) return r;
    const failures = [...invalid, ...r.body.failures].sort((x, y) => x.index - y.index);
    return { status: r.body.inserted || r.body.duplicates ? 200 : 422, body: { ...r.body, failures } };
  };

  app.get('/openapi.json', (c) => c.json((openapi ??= openApiDocument())));

  app.get('/stats', async (c) =>
    c.json({ backend: store.backend, schema_version: await store.schemaVersion(), writable: Boolean(opts.token), counts: await store.counts() }),
  );

  app.get('/articles', async (c) => {
    const q = query(c, S.ArticleListQuery);
    return c.json(withNext(withPublicSources(await store.listArticles(q))));
  });
  app.get('/articles/search', async (c) => {
    const q = query(c, S.SearchQuery);
    return c.json(withNext(withPublicSources(await store.searchArticles(q))));
  });
  app.get('/articles/:id', async (c) => {
    const id = idOf(c);
    const a = await store.getArticle(id);
    if (!a) throw new NewsgraphError('E041', `no article with id "${id}"`, id);
    return c.json({ ...a, source: publicSource(a.source) });
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
      // one UTF-8 policy with the CLI: invalid bytes are refused (E002), never replaced by U+FFFD
      const text = decodeUtf8(new Uint8Array(await c.req.arrayBuffer()), 'request body');
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new NewsgraphError('E005', `expected a JSON body, found invalid JSON (${(e as Error).message})`);
      }
      const isBatch = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'articles' in raw;
      let articles: (z.output<typeof S.ArticleInput> | null)[];
      const invalid: { index: number; code: string; message: string }[] = [];
      if (isBatch) {
        const env = parse(S.ArticlesBatchEnvelope, raw, 'body');
        articles = env.articles.map((item, index) => {
          const r = S.ArticleInput.safeParse(item);
          if (r.success) return r.data;
          const located = new ZodError(r.error.issues.map((i) => ({ ...i, path: ['articles', index, ...i.path] })));
          invalid.push({ index, code: 'E042', message: `E042 invalid request: ${describeZod(located, 'body', raw)}` });
          return null;
        });
      } else articles = [parse(S.ArticleInput, raw, 'body')];
      const work = storeArticles(articles).then((r) => withInvalid(r, invalid));
      const jobAfter = opts.jobAfterMs ?? 2000;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), jobAfter)));
      const done = await Promise.race([work, late]);
      clearTimeout(timer);
      if (done) return c.json(done.body, done.status);
      // long work goes on in the background; the caller polls GET /jobs/{id}
      const id = randomUUID();
      const job: Job = { status: 'running', created: new Date().toISOString() };
      jobs.set(id, job);
      for (const [k, j] of jobs) if (jobs.size > MAX_JOBS && j.status !== 'running') jobs.delete(k);
      work.then(
        (r) => Object.assign(job, { status: 'done', result: r.body }),
        (e) => Object.assign(job, { status: 'failed', error: toHttpError(e).body.error }),
      );
      return c.json({ job: id, status: 'running', href: `/jobs/${id}` }, 202);
    },
  );
  app.get('/jobs/:id', (c) => {
    const id = idOf(c);
    const job = jobs.get(id);
    if (!job) throw new NewsgraphError('E041', `no job with id "${id}"`, id);
    return c.json({ id, ...job, ...(job.error ? { error: { code: job.error.code, message: scrubPaths(job.error.message) } } : {}) });
  });

  app.get('/quotes', async (c) => {
    const q = query(c, S.QuoteQuery);
    return c.json(
      withNext(await store.listQuotes(quoteFilter(q))),
    );
  });
  app.get('/export/quotes', async (c) => {
    const q = query(c, S.QuoteExportQuery);
    const page = await store.listQuotes(quoteFilter(q));
    const ext = q.format === 'csv' ? 'csv' : 'jsonl';
    const headers = { 'Content-Disposition': `attachment; filename="newsgraph-quotes.${ext}"` };
    return q.format === 'csv'
      ? c.body(quotesToCsv(page.items), 200, { 'Content-Type': 'text/csv; charset=utf-8', ...headers })
      : c.body(eventsToJsonl(page.items), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', ...headers });
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

  const eventFilter = (q: z.output<typeof S.EventFilter> & { sort?: string | undefined }) => ({
    actor: q.actor, source: q.source, target: q.target, dyad: dyad(q.dyad), cameo: q.cameo, plover: q.plover, quad: q.quad, article: q.article, from: q.from, to: q.to,
    sourceCountry: q.source_country, targetCountry: q.target_country, sourceCode: q.source_code, targetCode: q.target_code, root: q.root, modality: q.modality,
    location: q.location, text: q.text, sort: q.sort,
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
  // ---- words and places: the rule catalogue, CAMEO names, the map ----
  app.get('/cameo', (c) => {
    query(c, S.EmptyQuery);
    return c.json({ codes: cameoCodes() });
  });
  app.get('/rules', (c) => {
    query(c, S.EmptyQuery);
    return c.json({ rules: [...ruleCatalogue().values()] });
  });
  app.get('/rules/:id', (c) => c.json(explainRule(parse(S.RuleParam, { id: c.req.param('id') }, 'path').id)));
  app.get('/map', async (c) => {
    const q = query(c, S.MapQuery);
    const g = gazetteer();
    const events: EventOut[] = [];
    let total = 0;
    for (let offset = 0; offset < q.limit; offset += 500) {
      const page = await store.listEvents({ ...eventFilter(q), limit: Math.min(500, q.limit - offset), offset });
      events.push(...page.items);
      total = page.total;
      if (page.items.length < 500) break;
    }
    return c.json({ ...mapPoints(events, g), total });
  });
  app.get('/map/countries', (c) => {
    query(c, S.EmptyQuery);
    return c.json(gazetteer().shapes() as object, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
  });

  registerCrossRoutes(app, store, { query, idOf, withNext });
  app.get('/ingest-errors', async (c) => {
    const page = await store.listErrors(query(c, S.PageQuery));
    return c.json(withNext({ ...page, items: page.items.map((e) => ({ ...e, key: scrubPaths(e.key), source: scrubPaths(e.source), message: scrubPaths(e.message) })) }));
  });

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
  return Object.assign(app, {
    close: async () => {
      await pool?.close();
      await writingPool?.close();
      pool = null;
      writingPool = null;
    },
  });
}
