// Queries over stories (near-duplicate articles) and event clusters, shared by both backends: the
// SQL is portable (`?` placeholders, which the PostgreSQL runner numbers), so SQLite and
// PostgreSQL answer alike by construction. Tables: article_cross, event_clusters,
// event_cluster_members (written by src/cross/store-update.ts).
import { upperBound } from './keys.js';
import { parse, str, toQuote, type Row } from './rows.js';
import type { ClusterOut, ClusterQuery, Page, PageRequest, QuoteOut, SpanOut, StoryOut, StoryQuery } from './store.js';

/** Runs one portable statement (`?` placeholders). */
export type SqlRunner = (sql: string, params: readonly unknown[]) => Promise<Row[]> | Row[];

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export async function listStories(run: SqlRunner, q: StoryQuery): Promise<Page<StoryOut>> {
  const w: string[] = [];
  const p: unknown[] = [];
  if (q.from) w.push('max(a.published) >= ?'), p.push(q.from);
  if (q.to) w.push('min(a.published) <= ?'), p.push(upperBound(q.to));
  if (q.article) w.push('c.story = (SELECT story FROM article_cross WHERE article_id = ?)'), p.push(q.article);
  w.push('count(*) >= ?'), p.push(q.minArticles ?? 2);
  const having = `HAVING ${w.join(' AND ')}`;
  const base = `SELECT c.story AS id, count(*) AS num_articles, count(DISTINCT c.outlet) AS outlets,
      count(*) - count(c.outlet) AS no_outlet, max(a.n_events) AS num_mentions, min(a.published) AS first_seen, max(a.published) AS last_seen
    FROM article_cross c JOIN articles a ON a.id = c.article_id GROUP BY c.story ${having}`;
  const rows = await run(`${base} ORDER BY num_articles DESC, id LIMIT ? OFFSET ?`, [...p, q.limit, q.offset]);
  const total = Number((await run(`SELECT count(*) AS n FROM (${base}) s`, p))[0]?.n ?? 0);
  const ids = rows.map((r) => String(r.id));
  const members = ids.length
    ? await run(`SELECT c.story AS story, a.id AS id, a.title AS title, a.url AS url, a.published AS published, c.outlet AS outlet
        FROM article_cross c JOIN articles a ON a.id = c.article_id WHERE c.story IN (${placeholders(ids.length)}) ORDER BY c.story, a.id`, ids)
    : [];
  const byStory = new Map<string, StoryOut['articles'][number][]>();
  for (const m of members) {
    const l = byStory.get(String(m.story)) ?? [];
    l.push({ id: String(m.id), title: str(m.title), url: str(m.url), published: str(m.published), outlet: str(m.outlet) });
    byStory.set(String(m.story), l);
  }
  const items = rows.map((r): StoryOut => ({
    id: String(r.id),
    num_articles: Number(r.num_articles),
    // an article without a URL is an outlet of its own (as in event-clusters.ts)
    num_sources: Number(r.outlets) + Number(r.no_outlet),
    num_mentions: Number(r.num_mentions ?? 0),
    first_seen: str(r.first_seen),
    last_seen: str(r.last_seen),
    articles: byStory.get(String(r.id)) ?? [],
  }));
  return { items, total, limit: q.limit, offset: q.offset };
}

function clusterWhere(q: Omit<ClusterQuery, 'limit' | 'offset'>): { sql: string; params: unknown[] } {
  const w: string[] = [];
  const p: unknown[] = [];
  // actors (ids) through the member events
  const viaEvents = (cond: string, ...params: unknown[]) => {
    w.push(`c.id IN (SELECT m.cluster_id FROM event_cluster_members m JOIN articles a ON a.id = m.article_id
      JOIN events e ON e.article_seq = a.seq AND e.local_id = m.local_id WHERE ${cond})`);
    p.push(...params);
  };
  if (q.actor) viaEvents('(e.source_actor = ? OR e.target_actor = ?)', q.actor, q.actor);
  if (q.source) viaEvents('e.source_actor = ?', q.source);
  if (q.target) viaEvents('e.target_actor = ?', q.target);
  if (q.article) w.push('c.id IN (SELECT cluster_id FROM event_cluster_members WHERE article_id = ?)'), p.push(q.article);
  if (q.cameo) w.push('c.cameo LIKE ?'), p.push(`${q.cameo.replace(/[^0-9]/g, '')}%`);
  // a cluster is in a date range when its days overlap it
  if (q.from) w.push('c.date_to >= ?'), p.push(q.from);
  if (q.to) w.push('c.date_from <= ?'), p.push(upperBound(q.to));
  if (q.minArticles) w.push('c.num_articles >= ?'), p.push(q.minArticles);
  return { sql: w.length ? `WHERE ${w.join(' AND ')}` : '', params: p };
}

async function clusterRows(run: SqlRunner, rows: readonly Row[]): Promise<ClusterOut[]> {
  const ids = rows.map((r) => String(r.id));
  const members = ids.length
    ? await run(`SELECT m.cluster_id AS cluster_id, m.article_id AS article, m.local_id AS event, e.cameo AS cameo, e.evidence AS evidence,
          e.modality AS modality, e.negated AS negated, a.published AS published, x.outlet AS outlet
        FROM event_cluster_members m JOIN articles a ON a.id = m.article_id
        JOIN events e ON e.article_seq = a.seq AND e.local_id = m.local_id
        LEFT JOIN article_cross x ON x.article_id = m.article_id
        WHERE m.cluster_id IN (${placeholders(ids.length)}) ORDER BY m.cluster_id, m.event_key`, ids)
    : [];
  const byCluster = new Map<string, ClusterOut['members'][number][]>();
  for (const m of members) {
    const l = byCluster.get(String(m.cluster_id)) ?? [];
    l.push({
      article: String(m.article), event: String(m.event), cameo: String(m.cameo), evidence: parse<SpanOut>(m.evidence, { start: 0, end: 0, text: '' }),
      modality: String(m.modality), negated: !!Number(m.negated) || m.negated === true, published: str(m.published), outlet: str(m.outlet),
    });
    byCluster.set(String(m.cluster_id), l);
  }
  return rows.map((r) => ({
    id: String(r.id),
    source: str(r.source),
    target: str(r.target),
    root: String(r.root),
    cameo: String(r.cameo),
    from: str(r.date_from),
    to: str(r.date_to),
    num_mentions: Number(r.num_mentions),
    num_sources: Number(r.num_sources),
    num_articles: Number(r.num_articles),
    first_seen: str(r.first_seen),
    last_seen: str(r.last_seen),
    modalities: parse<Record<string, number>>(r.modalities, {}),
    negated: Number(r.negated),
    members: byCluster.get(String(r.id)) ?? [],
  }));
}

const CLUSTER_COLS = 'c.id, c.source, c.target, c.root, c.cameo, c.date_from, c.date_to, c.num_mentions, c.num_sources, c.num_articles, c.first_seen, c.last_seen, c.modalities, c.negated';

export async function listClusters(run: SqlRunner, q: ClusterQuery): Promise<Page<ClusterOut>> {
  const w = clusterWhere(q);
  const rows = await run(`SELECT ${CLUSTER_COLS} FROM event_clusters c ${w.sql}
    ORDER BY c.num_articles DESC, c.num_mentions DESC, c.id LIMIT ? OFFSET ?`, [...w.params, q.limit, q.offset]);
  const total = Number((await run(`SELECT count(*) AS n FROM event_clusters c ${w.sql}`, w.params))[0]?.n ?? 0);
  return { items: await clusterRows(run, rows), total, limit: q.limit, offset: q.offset };
}

export async function getCluster(run: SqlRunner, id: string): Promise<ClusterOut | null> {
  const rows = await run(`SELECT ${CLUSTER_COLS} FROM event_clusters c WHERE c.id = ?`, [id]);
  return rows.length ? (await clusterRows(run, rows))[0]! : null;
}

/** "What was said about this event cluster": quotes that are evidence of one of its member events, oldest first. */
export async function clusterQuotes(run: SqlRunner, id: string, page: PageRequest): Promise<Page<QuoteOut>> {
  const from = `event_cluster_members m JOIN articles a ON a.id = m.article_id
    JOIN quotes q ON q.article_seq = a.seq AND q.about_events LIKE '%|' || m.local_id || '|%'`;
  const rows = await run(`SELECT DISTINCT q.*, a.id AS article_id, a.title AS article_title, a.published AS published FROM ${from}
    WHERE m.cluster_id = ? ORDER BY q.day, q.seq LIMIT ? OFFSET ?`, [id, page.limit, page.offset]);
  const total = Number((await run(`SELECT count(DISTINCT q.seq) AS n FROM ${from} WHERE m.cluster_id = ?`, [id]))[0]?.n ?? 0);
  return { items: rows.map(toQuote), total, limit: page.limit, offset: page.offset };
}
