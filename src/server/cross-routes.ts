// The API across articles: stories (near-duplicate articles), event clusters (one happening
// however many outlets reported it) and what was said about a cluster. Schemas here, in zod, like
// schemas.ts; openapi.ts documents CROSS_ROUTES with the others. Registered by createApp.
import type { Hono, Context } from 'hono';
import { z } from 'zod';
import { NewsgraphError } from '../core/errors.js';
import type { Page, Store } from '../store/store.js';
import * as S from './schemas.js';

const count = z.number().int();
const SpanOut = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: count, limit: count, offset: count, next_offset: count.nullable() });
const minArticles = z.coerce.number().int().min(1).max(10_000).optional();

export const StoryQuery = S.PageQuery.extend(S.DateRangeQuery.shape).extend({
  article: S.Id.optional().meta({ description: 'the story of this article' }),
  min_articles: minArticles.meta({ description: 'at least this many linked articles (default 2)' }),
});
export const ClusterQuery = S.PageQuery.extend(S.DateRangeQuery.shape).extend({
  actor: S.Id.optional().meta({ description: 'actor on either side of a member event' }),
  source: S.Id.optional(),
  target: S.Id.optional(),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix of 2-4 digits').optional(),
  article: S.Id.optional().meta({ description: 'clusters with an event of this article' }),
  min_articles: minArticles.meta({ description: 'reported by at least this many stories' }),
});

export const StoryOut = z.object({
  id: z.string().meta({ description: 'the smallest article id of the story' }),
  num_articles: count, num_sources: count.meta({ description: 'distinct outlets (URL hosts)' }),
  num_mentions: count.meta({ description: 'events of the story counted once' }),
  first_seen: z.string().nullable(), last_seen: z.string().nullable(),
  articles: z.array(z.object({ id: z.string(), title: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(), outlet: z.string().nullable() })),
});
export const ClusterOut = z.object({
  id: z.string().meta({ description: 'stable cluster id: what the cluster stands for, not who reported it first' }),
  source: z.string().nullable().meta({ description: 'actor code' }), target: z.string().nullable(), root: z.string(), cameo: z.string(),
  from: z.string().nullable(), to: z.string().nullable(),
  num_mentions: count.meta({ description: 'mentions across distinct stories (a republished copy adds none)' }),
  num_sources: count.meta({ description: 'distinct outlets' }), num_articles: count.meta({ description: 'distinct stories' }),
  first_seen: z.string().nullable(), last_seen: z.string().nullable(),
  modalities: z.record(z.string(), count).meta({ description: 'reports disagreeing on modality are kept, with counts' }),
  negated: count,
  members: z.array(z.object({
    article: z.string(), event: z.string(), cameo: z.string(), evidence: SpanOut, modality: z.string(), negated: z.boolean(),
    published: z.string().nullable(), outlet: z.string().nullable(),
  })),
});

export const CROSS_ROUTES: readonly S.RouteDoc[] = [
  { method: 'get', path: '/stories', tag: 'across articles', summary: 'Stories: articles linked as near-duplicates (a wire story and its republished copies)', query: StoryQuery, response: page(StoryOut) },
  { method: 'get', path: '/clusters', tag: 'across articles', summary: 'Event clusters: one happening however many outlets reported it, with every evidence span', query: ClusterQuery, response: page(ClusterOut) },
  { method: 'get', path: '/clusters/{id}', tag: 'across articles', summary: 'One event cluster', params: S.IdParam, response: ClusterOut },
  { method: 'get', path: '/clusters/{id}/quotes', tag: 'across articles', summary: 'What was said about an event cluster: quotes that are evidence of its events', params: S.IdParam, query: S.PageQuery, response: S.Pages.quotes },
];

interface Helpers {
  readonly query: <T extends z.ZodTypeAny>(c: Context, schema: T) => z.output<T>;
  readonly idOf: (c: Context) => string;
  readonly withNext: <T>(p: Page<T>) => Page<T> & { next_offset: number | null };
}

export function registerCrossRoutes(app: Hono, store: Store, h: Helpers): void {
  app.get('/stories', async (c) => {
    const q = h.query(c, StoryQuery);
    return c.json(h.withNext(await store.listStories({ limit: q.limit, offset: q.offset, from: q.from, to: q.to, article: q.article, minArticles: q.min_articles })));
  });
  app.get('/clusters', async (c) => {
    const q = h.query(c, ClusterQuery);
    const { min_articles, ...rest } = q;
    return c.json(h.withNext(await store.listClusters({ ...rest, minArticles: min_articles })));
  });
  const clusterOr404 = async (id: string) => {
    const cl = await store.getCluster(id);
    if (!cl) throw new NewsgraphError('E041', `no event cluster with id "${id}"`, id);
    return cl;
  };
  app.get('/clusters/:id', async (c) => c.json(await clusterOr404(h.idOf(c))));
  app.get('/clusters/:id/quotes', async (c) => {
    const id = h.idOf(c);
    await clusterOr404(id);
    return c.json(h.withNext(await store.clusterQuotes(id, h.query(c, S.PageQuery))));
  });
}
