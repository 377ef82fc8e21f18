// The PostgreSQL backend of Store (the `pg` driver): a connection pool shared by every query, the
// same tables and answers as SQLite (migrations.ts, ../rows.ts), full-text search on generated
// tsvector columns with GIN indexes, and batches written with multi-row inserts (write.ts) in one
// transaction. `transaction()` lets the job queue commit a batch's rows and its jobs' completion
// in one transaction (src/queue/worker.ts). All queries are parameterised.
import { addEventFilters, addQuoteExplorerFilters, EVENT_SORTS, orderBy, QUOTE_SORTS } from '../filter-sql.js';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { NewsgraphError } from '../../core/errors.js';
import { normaliseUrl, upperBound } from '../keys.js';
import { articleCols, foldTimeline, likeEscape, str, toActorSummary, toEntities, toEvent, toQuote, toRole, toSummary, toTimex, type Row } from '../rows.js';
import type {
  ActorFull, ActorSummary, ArticleFull, ArticleHit, ArticleLayer, ArticleSummary, BatchItem, BatchResult, Counts, DateRange, EventFilter,
  EventOut, EventQuery, IngestErrorOut, Network, NetworkQuery, Page, PageRequest, QuoteOut, QuoteQuery, Store, TimelineBucket, TimelineQuery,
} from '../store.js';
import { migratePg } from './migrations.js';
import { snippet, tsQuery } from './tsquery.js';
import { writeBatchPg } from './write.js';
import { clusterQuotes, getCluster, listClusters, listStories } from '../cross-queries.js';
import type { ClusterOut, ClusterQuery, StoryOut, StoryQuery } from '../store.js';

// a stored generated column (migration 3): no decompression of texts to list them
const ARTICLE_COLS = articleCols('a.chars');

// bigint (count(*), sums of integers) as numbers, not strings: counts here stay far below 2^53
pg.types.setTypeParser(20, (v) => Number(v));

export interface PostgresOptions {
  /** connections in the pool (default 10; NEWSGRAPH_PG_POOL) */
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/** Builds a parameterised WHERE clause ($1, $2, …) from optional conditions. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  /** `?` in sql become the next $n */
  add(sql: string, ...params: unknown[]): this {
    let i = 0;
    this.parts.push(sql.replace(/\?/g, () => `$${this.params.length + ++i}`));
    this.params.push(...params);
    return this;
  }
  range(col: string, r: DateRange): this {
    if (r.from) this.add(`${col} >= ?`, r.from);
    if (r.to) this.add(`${col} <= ?`, upperBound(r.to));
    return this;
  }
  /** the next placeholder after the conditions' own */
  next(k = 1): string {
    return `$${this.params.length + k}`;
  }
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

const TRANSIENT = new Set(['40001', '40P01']); // serialization failure, deadlock: safe to retry the transaction

/** Runs fn in a transaction on one pooled client, retrying on deadlocks and serialization failures. */
async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (attempt < 5 && TRANSIENT.has((e as { code?: string }).code ?? '')) {
        await new Promise((r) => setTimeout(r, 20 * attempt * Math.random()));
        continue;
      }
      throw e;
    } finally {
      client.release();
    }
  }
}

export async function openPostgresStore(url: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
  const poolSize = opts.poolSize ?? (Number(process.env.NEWSGRAPH_PG_POOL) || 10);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: opts.applicationName ?? 'newsgraph' });
  // an idle client losing its server (restart, network) must not crash the process
  pool.on('error', () => undefined);
  let version: number;
  try {
    const client = await pool.connect();
    try {
      version = await migratePg(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new NewsgraphError('E040', `cannot open PostgreSQL database ${redact(url)}: ${(e as Error).message}`, redact(url));
  }
  return new PostgresStore(pool, version);
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export class PostgresStore implements Store {
  readonly backend = 'postgres';

  constructor(
    readonly pool: pg.Pool,
    private readonly version: number,
  ) {}

  // named (server-side prepared) statements: each connection parses and plans a query text once;
  // the texts are a small fixed set (filters only add conditions), like SQLite's statement cache
  private readonly names = new Map<string, string>();
  private async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    let name = this.names.get(sql);
    if (!name && this.names.size < 500) {
      name = `ng_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      this.names.set(sql, name);
    }
    const q = name ? { name, text: sql, values: params as unknown[] } : { text: sql, values: params as unknown[] };
    return (await this.pool.query(q)).rows as Row[];
  }
  private async one(sql: string, params: readonly unknown[] = []): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }
  private async count(sql: string, params: readonly unknown[] = []): Promise<number> {
    const r = await this.one(sql, params);
    return Number(r ? Object.values(r)[0] : 0);
  }

  async schemaVersion(): Promise<number> {
    return this.version;
  }

  /** Runs fn in one transaction (retried on deadlock); the queue worker adds its job completion to it. */
  transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    // counts read while the transaction ran may predate its commit
    return inTransaction(this.pool, fn).finally(() => (this.countsCache = null));
  }

  /** Writes a batch on a client that is inside the caller's transaction. */
  writeBatchOn(client: pg.ClientBase, items: readonly BatchItem[]): Promise<BatchResult> {
    this.countsCache = null;
    return writeBatchPg(client, items);
  }

  async writeBatch(items: readonly BatchItem[]): Promise<BatchResult> {
    try {
      return await this.transaction((c) => this.writeBatchOn(c, items));
    } catch (e) {
      throw new NewsgraphError('E040', `batch of ${items.length} not written: ${(e as Error).message}`);
    }
  }

  async seen(key: { url?: string | null; hash: string }): Promise<'stored' | 'failed' | null> {
    if (await this.one('SELECT 1 AS x FROM articles WHERE hash = $1 OR url = $2', [key.hash, normaliseUrl(key.url)])) return 'stored';
    if (await this.one('SELECT 1 AS x FROM ingest_errors WHERE key = $1', [key.hash])) return 'failed';
    return null;
  }

  /** seen() for many articles in one query: which hashes/URLs are stored, which hashes failed before. */
  async seenMany(keys: readonly { readonly url: string | null; readonly hash: string }[]): Promise<{ stored: Set<string>; failed: Set<string> }> {
    const hashes = keys.map((k) => k.hash);
    const urls = keys.map((k) => k.url).filter((u): u is string => !!u);
    const [stored, failed] = await Promise.all([
      this.all('SELECT hash, url FROM articles WHERE hash = ANY($1::text[]) OR url = ANY($2::text[])', [hashes, urls]),
      this.all('SELECT key FROM ingest_errors WHERE key = ANY($1::text[])', [hashes]),
    ]);
    return { stored: new Set(stored.flatMap((r) => [String(r.hash), ...(r.url ? [String(r.url)] : [])])), failed: new Set(failed.map((r) => String(r.key))) };
  }

  // /stats is asked for often (the web app's dashboard); nine exact count(*)s cost ~10 ms on
  // PostgreSQL (a few on SQLite), so an answer is reused for a second, and dropped on any write here
  private countsCache: { at: number; value: Promise<Counts> } | null = null;
  async counts(): Promise<Counts> {
    if (this.countsCache && performance.now() - this.countsCache.at < 1000) return this.countsCache.value;
    const value = this.countRows();
    this.countsCache = { at: performance.now(), value };
    value.catch(() => (this.countsCache = null));
    return value;
  }

  private async countRows(): Promise<Counts> {
    const r = (await this.one(`SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM actors) AS actors,
      (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM mentions) AS mentions,
      (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM timexes) AS timexes, (SELECT count(*) FROM actor_roles) AS roles,
      (SELECT count(*) FROM ingest_errors) AS ingest_errors`))!;
    return {
      articles: Number(r.articles),
      actors: Number(r.actors),
      entities: Number(r.entities),
      mentions: Number(r.mentions),
      quotes: Number(r.quotes),
      events: Number(r.events),
      timexes: Number(r.timexes),
      roles: Number(r.roles),
      ingest_errors: Number(r.ingest_errors),
    };
  }

  async listArticles(q: PageRequest & DateRange): Promise<Page<ArticleSummary>> {
    const w = new Where().range('a.day', q);
    const [items, total] = await Promise.all([
      this.all(`SELECT ${ARTICLE_COLS} FROM articles a ${w.sql} ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT ${w.next()} OFFSET ${w.next(2)}`, [...w.params, q.limit, q.offset]),
      this.count(`SELECT count(*) FROM articles a ${w.sql}`, w.params),
    ]);
    return { items: items.map(toSummary), total, limit: q.limit, offset: q.offset };
  }

  async searchArticles(q: PageRequest & { q: string }): Promise<Page<ArticleHit>> {
    const query = tsQuery(q.q);
    if (!query) return { items: [], total: 0, limit: q.limit, offset: q.offset };
    const [rows, total] = await Promise.all([
      this.all(
        `SELECT ${ARTICLE_COLS}, a.text FROM articles a, to_tsquery('simple', $1) query
         WHERE a.fts @@ query ORDER BY ts_rank(a.fts, query) DESC, a.seq LIMIT $2 OFFSET $3`,
        [query, q.limit, q.offset],
      ),
      this.count(`SELECT count(*) FROM articles a WHERE a.fts @@ to_tsquery('simple', $1)`, [query]),
    ]);
    return { items: rows.map((r) => ({ ...toSummary(r), snippet: snippet(String(r.text), q.q) })), total, limit: q.limit, offset: q.offset };
  }

  async getArticle(id: string, layers: readonly ArticleLayer[] = ['entities', 'timexes', 'quotes', 'events']): Promise<ArticleFull | null> {
    // one round trip: each layer comes back as a JSON array of its rows (same columns as SQLite's)
    const want = new Set(layers);
    const layer = (name: ArticleLayer, table: string, order: string) =>
      want.has(name)
        ? `(SELECT coalesce(json_agg(to_jsonb(x) - 'fts' ORDER BY ${order}), '[]') FROM ${table} x WHERE x.article_seq = a.seq)`
        : `'[]'::json`;
    const a = await this.one(
      `SELECT a.seq, a.hash, a.text, a.byline, a.paragraphs, a.sentences, ${ARTICLE_COLS},
         ${layer('entities', 'entities', 'x.local_id')} AS entity_rows, ${layer('entities', 'mentions', 'x.start')} AS mention_rows,
         ${layer('timexes', 'timexes', 'x.idx')} AS timex_rows, ${layer('quotes', 'quotes', 'x.seq')} AS quote_rows,
         ${layer('events', 'events', 'x.seq')} AS event_rows
       FROM articles a WHERE a.id = $1`,
      [id],
    );
    if (!a) return null;
    const extra = { article_id: a.id, article_title: a.title, article_url: a.url, published: a.published };
    return {
      ...toSummary(a),
      text: String(a.text),
      byline: str(a.byline),
      hash: String(a.hash),
      paragraphs: JSON.parse(String(a.paragraphs || '[]')),
      sentences: JSON.parse(String(a.sentences || '[]')),
      entities: toEntities(a.entity_rows as Row[], a.mention_rows as Row[]),
      timexes: (a.timex_rows as Row[]).map(toTimex),
      quotes: (a.quote_rows as Row[]).map((r) => toQuote({ ...r, ...extra })),
      events: (a.event_rows as Row[]).map((r) => toEvent({ ...r, ...extra })),
    };
  }

  async listQuotes(q: QuoteQuery): Promise<Page<QuoteOut>> {
    const w = new Where();
    if (q.text) {
      const query = tsQuery(q.text);
      if (!query) return { items: [], total: 0, limit: q.limit, offset: q.offset };
      w.add(`q.fts @@ to_tsquery('simple', ?)`, query);
    }
    if (q.speaker) w.add('q.speaker_actor = ?', q.speaker);
    if (q.about) w.add('q.seq IN (SELECT quote_seq FROM quote_about WHERE actor_id = ?)', q.about);
    if (q.speakerName) w.add("q.speaker_name ILIKE ? ESCAPE '\\'", likeEscape(q.speakerName));
    if (q.article) w.add('a.id = ?', q.article);
    addQuoteExplorerFilters(w, q);
    w.range('q.day', q);
    const from = 'quotes q JOIN articles a ON a.seq = q.article_seq';
    const [rows, total] = await Promise.all([
      this.all(
        `SELECT q.*, a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published FROM ${from} ${w.sql}
         ${orderBy(QUOTE_SORTS, q.sort, 'q.seq')} LIMIT ${w.next()} OFFSET ${w.next(2)}`,
        [...w.params, q.limit, q.offset],
      ),
      this.count(`SELECT count(*) FROM ${from} ${w.sql}`, w.params),
    ]);
    return { items: rows.map(toQuote), total, limit: q.limit, offset: q.offset };
  }

  async listActors(q: PageRequest & { q?: string | undefined; type?: string | undefined }): Promise<Page<ActorSummary>> {
    const w = new Where();
    if (q.q) w.add("(name ILIKE ? ESCAPE '\\' OR id = ?)", likeEscape(q.q), q.q);
    if (q.type) w.add('type = ?', q.type.toUpperCase());
    const [rows, total] = await Promise.all([
      this.all(`SELECT * FROM actors ${w.sql} ORDER BY n_mentions DESC, id LIMIT ${w.next()} OFFSET ${w.next(2)}`, [...w.params, q.limit, q.offset]),
      this.count(`SELECT count(*) FROM actors ${w.sql}`, w.params),
    ]);
    return { items: rows.map(toActorSummary), total, limit: q.limit, offset: q.offset };
  }

  async getActor(id: string): Promise<ActorFull | null> {
    // one round trip; "President" and "president" are one role (one of the spellings is shown)
    const r = await this.one(
      `SELECT ac.*,
         (SELECT coalesce(json_agg(g ORDER BY g.first IS NULL, g.first, g.n DESC), '[]') FROM (
            SELECT min(role) AS role, country, sector, actor_code, origin, min(date) AS first, max(date) AS last, count(*) AS n
            FROM actor_roles WHERE actor_id = ac.id GROUP BY lower(role), country, sector, actor_code, origin) g) AS roles,
         (SELECT min(a.day) FROM entities e JOIN articles a ON a.seq = e.article_seq WHERE e.actor_id = ac.id) AS first_seen,
         (SELECT max(a.day) FROM entities e JOIN articles a ON a.seq = e.article_seq WHERE e.actor_id = ac.id) AS last_seen,
         (SELECT count(*) FROM quotes WHERE speaker_actor = ac.id) AS n_quotes,
         (SELECT count(*) FROM events WHERE source_actor = ac.id) AS n_src,
         (SELECT count(*) FROM events WHERE target_actor = ac.id) AS n_tgt
       FROM actors ac WHERE ac.id = $1`,
      [id],
    );
    if (!r) return null;
    return {
      ...toActorSummary(r),
      roles: (r.roles as Row[]).map(toRole),
      quotes: Number(r.n_quotes),
      events_as_source: Number(r.n_src),
      events_as_target: Number(r.n_tgt),
      first_seen: str(r.first_seen),
      last_seen: str(r.last_seen),
    };
  }

  private eventWhere(q: EventFilter): Where {
    const w = new Where();
    addEventFilters(w, q);
    return w;
  }

  async listEvents(q: EventQuery): Promise<Page<EventOut>> {
    const w = this.eventWhere(q);
    const from = 'events v JOIN articles a ON a.seq = v.article_seq';
    const [rows, total] = await Promise.all([
      this.all(
        `SELECT v.*, a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published FROM ${from} ${w.sql}
         ${orderBy(EVENT_SORTS, q.sort, 'v.seq')} LIMIT ${w.next()} OFFSET ${w.next(2)}`,
        [...w.params, q.limit, q.offset],
      ),
      this.count(`SELECT count(*) FROM ${from} ${w.sql}`, w.params),
    ]);
    return { items: rows.map(toEvent), total, limit: q.limit, offset: q.offset };
  }

  async timeline(q: TimelineQuery): Promise<readonly TimelineBucket[]> {
    const w = this.eventWhere(q).add('v.day IS NOT NULL');
    const rows = await this.all(
      `SELECT v.day AS day, v.quad AS quad, count(*) AS n, sum(v.goldstein) AS g
       FROM events v JOIN articles a ON a.seq = v.article_seq ${w.sql} GROUP BY v.day, v.quad ORDER BY v.day`,
      w.params,
    );
    return foldTimeline(rows, q.bucket);
  }

  async network(q: NetworkQuery): Promise<Network> {
    const w = this.eventWhere({ actor: q.actor, quad: q.quad, from: q.from, to: q.to }).add('v.source_actor IS NOT NULL AND v.target_actor IS NOT NULL');
    const edges = (
      await this.all(
        `SELECT v.source_actor AS source, v.target_actor AS target, v.quad AS quad, count(*) AS n, sum(v.goldstein) AS g
         FROM events v JOIN articles a ON a.seq = v.article_seq ${w.sql}
         GROUP BY v.source_actor, v.target_actor, v.quad ORDER BY n DESC, source, target, quad LIMIT ${w.next()}`,
        [...w.params, q.limit],
      )
    ).map((e) => ({ source: String(e.source), target: String(e.target), quad: Number(e.quad), events: Number(e.n), goldstein: Number(e.g) }));
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    const nodes = ids.length ? (await this.all('SELECT * FROM actors WHERE id = ANY($1::text[])', [ids])).map(toActorSummary) : [];
    return { nodes, edges };
  }

  async listErrors(q: PageRequest): Promise<Page<IngestErrorOut>> {
    const [rows, total] = await Promise.all([
      this.all(
        `SELECT key, source, code, message, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
         FROM ingest_errors ORDER BY ingest_errors.at DESC, key LIMIT $1 OFFSET $2`,
        [q.limit, q.offset],
      ),
      this.count('SELECT count(*) FROM ingest_errors'),
    ]);
    return {
      items: rows.map((r) => ({ key: String(r.key), source: String(r.source), code: String(r.code), message: String(r.message), at: String(r.at) })),
      total,
      limit: q.limit,
      offset: q.offset,
    };
  }

  /** portable `?` placeholders numbered for PostgreSQL */
  private runPortable = (sql: string, params: readonly unknown[]) => {
    let i = 0;
    return this.all(sql.replace(/\?/g, () => `$${++i}`), params);
  };

  async listStories(q: StoryQuery): Promise<Page<StoryOut>> {
    return listStories(this.runPortable, q);
  }

  async listClusters(q: ClusterQuery): Promise<Page<ClusterOut>> {
    return listClusters(this.runPortable, q);
  }

  async clusterQuotes(id: string, page: PageRequest): Promise<Page<QuoteOut>> {
    return clusterQuotes(this.runPortable, id, page);
  }

  async getCluster(id: string): Promise<ClusterOut | null> {
    return getCluster(this.runPortable, id);
  }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
