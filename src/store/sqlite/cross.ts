// The SQLite port of the cross-article update (src/cross/store-update.ts): synchronous statements
// run inside the batch's transaction. Lists go in as one JSON array parameter (json_each), so a
// batch of any size is one statement per step.
import type Database from 'better-sqlite3';
import {
  BAND_CANDIDATES, crossUpdate, runSync,
  type BandMember, type CrossArticleInput, type CrossCandidate, type CrossEventRow, type CrossPort, type CrossUpdateResult, type GroupEventRow,
} from '../../cross/store-update.js';

export function sqliteCrossPort(db: Database.Database): CrossPort {
  const p = (sql: string) => db.prepare(sql);
  const insArticle = p('INSERT OR IGNORE INTO article_cross (article_id, signature, story, outlet, published) VALUES (?, ?, ?, ?, ?)');
  const insBand = p('INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)');
  const bandMembers = p(`SELECT band, article_id AS id FROM (
      SELECT band, article_id, row_number() OVER (PARTITION BY band ORDER BY article_id) AS n
      FROM article_bands WHERE band IN (SELECT value FROM json_each(?))) WHERE n <= ? ORDER BY band, article_id`);
  const candidates = p(`SELECT article_id AS id, signature, story FROM article_cross WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id`);
  const storyMembers = p('SELECT article_id FROM article_cross WHERE story IN (SELECT value FROM json_each(?)) ORDER BY article_id').pluck();
  const relabel = p('UPDATE article_cross SET story = ? WHERE story IN (SELECT value FROM json_each(?))');
  const eventsOf = p(`SELECT key, article_id AS article, local_id AS local, group_key AS "group", data FROM cross_events
    WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY key`);
  const upsertEvent = p(`INSERT INTO cross_events (key, article_id, local_id, group_key, data) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(key) DO UPDATE SET group_key = excluded.group_key, data = excluded.data`);
  const groupEvents = p(`SELECT e.key AS key, e.data AS data, a.story AS story, a.outlet AS outlet, a.published AS published
    FROM cross_events e JOIN article_cross a ON a.article_id = e.article_id
    WHERE e.group_key IN (SELECT value FROM json_each(?)) ORDER BY e.key`);
  const delMembers = p('DELETE FROM event_cluster_members WHERE cluster_id IN (SELECT id FROM event_clusters WHERE group_key IN (SELECT value FROM json_each(?)))');
  const delClusters = p('DELETE FROM event_clusters WHERE group_key IN (SELECT value FROM json_each(?))');
  const insCluster = p(`INSERT INTO event_clusters (id, group_key, source, target, root, cameo, date_from, date_to, num_mentions, num_sources,
      num_articles, first_seen, last_seen, modalities, negated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insMember = p('INSERT OR IGNORE INTO event_cluster_members (cluster_id, event_key, article_id, local_id) VALUES (?, ?, ?, ?)');
  return {
    insertArticles(rows) {
      for (const r of rows) {
        insArticle.run(r.id, r.signature, r.id, r.outlet, r.published);
        for (const b of r.bands) insBand.run(b, r.id);
      }
    },
    bandMembers: (bands) => bandMembers.all(JSON.stringify(bands), BAND_CANDIDATES) as BandMember[],
    candidates: (ids) => candidates.all(JSON.stringify(ids)) as CrossCandidate[],
    relabel(from, to) {
      const ids = storyMembers.all(JSON.stringify(from)) as string[];
      relabel.run(to, JSON.stringify(from));
      return ids;
    },
    eventsOf: (articles) => eventsOf.all(JSON.stringify(articles)) as CrossEventRow[],
    upsertEvents(rows) {
      for (const r of rows) upsertEvent.run(r.key, r.article, r.local, r.group, r.data);
    },
    groupEvents: (groups) => groupEvents.all(JSON.stringify(groups)) as GroupEventRow[],
    replaceClusters(groups, clusters) {
      const g = JSON.stringify(groups);
      delMembers.run(g);
      delClusters.run(g);
      for (const { group, cluster: c } of clusters) {
        insCluster.run(c.id, group, c.source, c.target, c.root, c.cameo, c.from, c.to, c.num_mentions, c.num_sources, c.num_articles,
          c.first_seen, c.last_seen, JSON.stringify(c.modalities), c.negated);
        for (const key of c.members) {
          const cut = key.lastIndexOf('#');
          insMember.run(c.id, key, key.slice(0, cut), key.slice(cut + 1));
        }
      }
    },
  };
}

/** Runs the cross-article update for the articles a batch wrote; call inside the batch's transaction. */
export function updateCrossSqlite(port: CrossPort, articles: readonly CrossArticleInput[]): CrossUpdateResult {
  return runSync(crossUpdate(port, articles));
}
