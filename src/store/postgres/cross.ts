// The PostgreSQL port of the cross-article update (src/cross/store-update.ts): statements on the
// client of the batch's transaction, lists as array parameters. Cross updates of concurrent
// writers (several queue workers) are serialised by a transaction-scoped advisory lock, taken
// after the articles are written: two batches re-clustering one group would otherwise each miss
// the other's events.
import type pg from 'pg';
import {
  BAND_CANDIDATES, crossUpdate, runAsync,
  type CrossArticleInput, type CrossCandidate, type CrossEventRow, type CrossPort, type CrossUpdateResult, type GroupEventRow,
} from '../../cross/store-update.js';

/** Advisory lock key for "newsgraph cross-article update". */
const CROSS_LOCK = 7_242_018;

export function pgCrossPort(client: pg.ClientBase): CrossPort {
  const q = async <T>(sql: string, values: unknown[]): Promise<T[]> => (await client.query(sql, values)).rows as T[];
  return {
    async insertArticles(rows) {
      await q(`INSERT INTO article_cross (article_id, signature, story, outlet, published)
        SELECT a, s, a, o, p FROM unnest($1::text[], $2::bytea[], $3::text[], $4::text[]) AS t(a, s, o, p) ON CONFLICT DO NOTHING`,
      [rows.map((r) => r.id), rows.map((r) => r.signature), rows.map((r) => r.outlet), rows.map((r) => r.published)]);
      const bands = rows.flatMap((r) => r.bands.map((b) => [b, r.id] as const));
      await q(`INSERT INTO article_bands (band, article_id) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING`,
        [bands.map((b) => b[0]), bands.map((b) => b[1])]);
    },
    bandMembers: async (bands) => (await q<{ band: string; id: string }>(`SELECT band, article_id AS id FROM (
        SELECT band, article_id, row_number() OVER (PARTITION BY band ORDER BY article_id COLLATE "C") AS n
        FROM article_bands WHERE band = ANY($1::bigint[])) r WHERE n <= $2 ORDER BY band, article_id COLLATE "C"`, [[...bands], BAND_CANDIDATES]))
      .map((r) => ({ band: Number(r.band), id: r.id })),
    candidates: (ids) => q<CrossCandidate>(`SELECT article_id AS id, signature, story FROM article_cross WHERE article_id = ANY($1::text[])
      ORDER BY article_id COLLATE "C"`, [[...ids]]),
    async relabel(from, to) {
      const rows = await q<{ article_id: string }>('UPDATE article_cross SET story = $1 WHERE story = ANY($2::text[]) RETURNING article_id', [to, [...from]]);
      return rows.map((r) => r.article_id).sort();
    },
    eventsOf: (articles) => q<CrossEventRow>(`SELECT key, article_id AS article, local_id AS local, group_key AS "group", data FROM cross_events
      WHERE article_id = ANY($1::text[]) ORDER BY key COLLATE "C"`, [[...articles]]),
    async upsertEvents(rows) {
      if (!rows.length) return;
      await q(`INSERT INTO cross_events (key, article_id, local_id, group_key, data)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
        ON CONFLICT (key) DO UPDATE SET group_key = excluded.group_key, data = excluded.data`,
      [rows.map((r) => r.key), rows.map((r) => r.article), rows.map((r) => r.local), rows.map((r) => r.group), rows.map((r) => r.data)]);
    },
    groupEvents: (groups) => q<GroupEventRow>(`SELECT e.key AS key, e.data AS data, a.story AS story, a.outlet AS outlet, a.published AS published
      FROM cross_events e JOIN article_cross a ON a.article_id = e.article_id
      WHERE e.group_key = ANY($1::text[]) ORDER BY e.key COLLATE "C"`, [[...groups]]),
    async replaceClusters(groups, clusters) {
      await q('DELETE FROM event_cluster_members WHERE cluster_id IN (SELECT id FROM event_clusters WHERE group_key = ANY($1::text[]))', [[...groups]]);
      await q('DELETE FROM event_clusters WHERE group_key = ANY($1::text[])', [[...groups]]);
      if (!clusters.length) return;
      const col = <T>(f: (c: (typeof clusters)[number]) => T) => clusters.map(f);
      await q(`INSERT INTO event_clusters (id, group_key, source, target, root, cameo, date_from, date_to, num_mentions, num_sources,
          num_articles, first_seen, last_seen, modalities, negated)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[],
          $11::int[], $12::text[], $13::text[], $14::text[], $15::int[])`,
      [col((c) => c.cluster.id), col((c) => c.group), col((c) => c.cluster.source), col((c) => c.cluster.target), col((c) => c.cluster.root),
        col((c) => c.cluster.cameo), col((c) => c.cluster.from), col((c) => c.cluster.to), col((c) => c.cluster.num_mentions),
        col((c) => c.cluster.num_sources), col((c) => c.cluster.num_articles), col((c) => c.cluster.first_seen), col((c) => c.cluster.last_seen),
        col((c) => JSON.stringify(c.cluster.modalities)), col((c) => c.cluster.negated)]);
      const m = clusters.flatMap(({ cluster }) => cluster.members.map((key) => {
        const cut = key.lastIndexOf('#');
        return [cluster.id, key, key.slice(0, cut), key.slice(cut + 1)] as const;
      }));
      await q(`INSERT INTO event_cluster_members (cluster_id, event_key, article_id, local_id)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
      [m.map((r) => r[0]), m.map((r) => r[1]), m.map((r) => r[2]), m.map((r) => r[3])]);
    },
  };
}

/** Runs the cross-article update for the articles a batch wrote, on the batch's transaction client. */
export async function updateCrossPg(client: pg.ClientBase, articles: readonly CrossArticleInput[]): Promise<CrossUpdateResult> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [CROSS_LOCK]);
  return runAsync(crossUpdate(pgCrossPort(client), articles));
}
