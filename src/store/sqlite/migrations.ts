// Versioned schema migrations for the SQLite backend. `schema_version` holds one row per applied
// migration; open() applies the missing ones in order, each in its own transaction, so a database
// made by an older newsgraph is upgraded in place and a half-applied migration never sticks.
// Append new migrations at the end; never edit one that has shipped.
import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'core tables',
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  title TEXT,
  published TEXT,
  day TEXT,
  source TEXT,
  byline TEXT,
  text TEXT NOT NULL,
  paragraphs TEXT NOT NULL DEFAULT '[]',
  sentences TEXT NOT NULL DEFAULT '[]',
  n_quotes INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_day ON articles(day, seq);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  actor_code TEXT,
  n_articles INTEGER NOT NULL DEFAULT 0,
  n_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

CREATE TABLE entities (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT, sector TEXT, role TEXT, actor_code TEXT,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_seq, local_id)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor_id, article_seq);

CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  entity_local TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  kind TEXT NOT NULL,
  title_start INTEGER, title_end INTEGER, title_text TEXT,
  rule TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_seq);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  content TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  speaker_entity TEXT, speaker_actor TEXT, speaker_name TEXT, speaker_mention TEXT,
  addressee TEXT,
  date TEXT, date_source TEXT, day TEXT,
  rule TEXT NOT NULL,
  UNIQUE (article_seq, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_actor, day);
CREATE INDEX quotes_day ON quotes(day);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT, plover_mode TEXT,
  quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  source_entity TEXT, source_actor TEXT, source_name TEXT, source_code TEXT, source_mention TEXT,
  target_entity TEXT, target_actor TEXT, target_name TEXT, target_code TEXT, target_mention TEXT,
  date TEXT, date_source TEXT, day TEXT,
  location TEXT, negated INTEGER NOT NULL, modality TEXT NOT NULL,
  evidence TEXT NOT NULL, more_evidence TEXT NOT NULL DEFAULT '[]',
  rule TEXT NOT NULL,
  UNIQUE (article_seq, local_id)
);
CREATE INDEX events_source ON events(source_actor, day);
CREATE INDEX events_target ON events(target_actor, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE timexes (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT, range_from TEXT, range_to TEXT,
  granularity TEXT, anchor TEXT, inferred TEXT,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

CREATE TABLE actor_roles (
  seq INTEGER PRIMARY KEY,
  actor_id TEXT NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  role TEXT, country TEXT, sector TEXT, actor_code TEXT,
  date TEXT,
  origin TEXT NOT NULL,
  rule TEXT
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id, date);

CREATE TABLE ingest_errors (
  key TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
`,
  },
  {
    version: 2,
    name: 'full-text search over article text and quote content',
    // External-content FTS5 tables: the text lives once, in articles/quotes; the writer inserts the
    // FTS rows in the same transaction as the rows they index.
    sql: `
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
INSERT INTO articles_fts(rowid, title, text) SELECT seq, coalesce(title, ''), text FROM articles;
INSERT INTO quotes_fts(rowid, text) SELECT seq, text FROM quotes;
`,
  },
  {
    version: 3,
    name: 'index for most-mentioned actor lists',
    sql: `CREATE INDEX actors_mentions ON actors(n_mentions DESC, id);`,
  },
  {
    version: 4,
    name: 'across articles: signatures, band keys and stories; event clusters with their members; what quotes are about',
    // written by src/cross/store-update.ts in the transaction of each batch (sqlite/cross.ts)
    sql: `
CREATE TABLE article_cross (
  article_id TEXT PRIMARY KEY,
  signature BLOB NOT NULL,
  story TEXT NOT NULL,
  outlet TEXT,
  published TEXT
);
CREATE INDEX article_cross_story ON article_cross(story, article_id);
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE TABLE cross_events (
  key TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  group_key TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX cross_events_group ON cross_events(group_key);
CREATE INDEX cross_events_article ON cross_events(article_id);
CREATE TABLE event_clusters (
  id TEXT PRIMARY KEY,
  group_key TEXT NOT NULL,
  source TEXT,
  target TEXT,
  root TEXT NOT NULL,
  cameo TEXT NOT NULL,
  date_from TEXT,
  date_to TEXT,
  num_mentions INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  modalities TEXT NOT NULL,
  negated INTEGER NOT NULL
);
CREATE INDEX event_clusters_group ON event_clusters(group_key);
CREATE INDEX event_clusters_order ON event_clusters(num_articles DESC, id);
CREATE TABLE event_cluster_members (
  cluster_id TEXT NOT NULL,
  event_key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  PRIMARY KEY (cluster_id, event_key)
) WITHOUT ROWID;
CREATE INDEX event_cluster_members_event ON event_cluster_members(article_id, local_id);
ALTER TABLE quotes ADD COLUMN about TEXT;
ALTER TABLE quotes ADD COLUMN about_actors TEXT;
ALTER TABLE quotes ADD COLUMN about_events TEXT;
`,
  },
  {
    version: 5,
    name: 'indexes for the sorted quote lists',
    // The quote list orders by `col IS NULL, col, seq` (nulls last either way: filter-sql.ts orderBy);
    // only an index on exactly those expressions lets SQLite walk a page instead of sorting every
    // quote per request (50-85 ms on 100,000 quotes, the slowest read of the API load mix). The
    // descending sorts need their own index: SQLite cannot reverse a mixed-direction order.
    sql: `
CREATE INDEX quotes_day_order ON quotes(day IS NULL, day, seq);
CREATE INDEX quotes_day_order_desc ON quotes(day IS NULL, day DESC, seq DESC);
CREATE INDEX quotes_speaker_order ON quotes(speaker_name IS NULL, speaker_name, seq);
CREATE INDEX quotes_speaker_order_desc ON quotes(speaker_name IS NULL, speaker_name DESC, seq DESC);
`,
  },
  {
    version: 6,
    name: 'which actors each quote is about, indexed',
    // "quotes about Y" was a LIKE over every quote's "|id|id|" list (20-40 ms per call on 100,000
    // quotes, for the page and again for its count). The triggers keep this table in step with
    // quotes.about (the same actors as about_actors) whoever writes, so the writer is unchanged.
    sql: `
CREATE TABLE quote_about (
  actor_id TEXT NOT NULL,
  quote_seq INTEGER NOT NULL,
  PRIMARY KEY (actor_id, quote_seq)
) WITHOUT ROWID;
INSERT OR IGNORE INTO quote_about(actor_id, quote_seq)
  SELECT json_extract(x.value, '$.id'), q.seq FROM quotes q, json_each(q.about, '$.actors') x
  WHERE q.about IS NOT NULL AND json_extract(x.value, '$.id') IS NOT NULL;
CREATE TRIGGER quote_about_insert AFTER INSERT ON quotes WHEN NEW.about IS NOT NULL BEGIN
  INSERT OR IGNORE INTO quote_about(actor_id, quote_seq)
    SELECT json_extract(x.value, '$.id'), NEW.seq FROM json_each(NEW.about, '$.actors') x WHERE json_extract(x.value, '$.id') IS NOT NULL;
END;
CREATE TRIGGER quote_about_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM quote_about WHERE quote_seq = OLD.seq;
END;
`,
  },
  {
    version: 7,
    name: 'provenance of countries, speakers and targets',
    // the contract's add-only fields (entities' country_source, kb_id and country_evidence span, a quote's speaker_reason, an
    // event's target_source): stored so the API and the workbench can explain a record; NULL for
    // articles stored before
    sql: `
ALTER TABLE entities ADD COLUMN country_source TEXT;
ALTER TABLE entities ADD COLUMN kb_id TEXT;
ALTER TABLE entities ADD COLUMN country_evidence TEXT;
ALTER TABLE quotes ADD COLUMN speaker_reason TEXT;
ALTER TABLE events ADD COLUMN target_source TEXT;
`,
  },
  {
    version: 8,
    name: 'where an event party\'s country came from',
    // the contract's add-only EventParty.country_source ("story": the source's or target's country is
    // the article's, not the text's): stored so the API and the workbench can say so; NULL for events
    // stored before and for parties whose country the text gave
    sql: `
ALTER TABLE events ADD COLUMN source_country_source TEXT;
ALTER TABLE events ADD COLUMN target_country_source TEXT;
`,
  },
];

/** Applies the migrations not yet recorded in schema_version, in order; returns the resulting version. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
  )`);
  const current = (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_version').get() as { v: number }).v;
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of sorted) {
    if (m.version <= current) continue;
    db.transaction(() => {
      // another process may have applied it since we read `current`
      if (db.prepare('SELECT 1 FROM schema_version WHERE version = ?').get(m.version)) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version(version, name) VALUES (?, ?)').run(m.version, m.name);
    }).immediate();
  }
  return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_version').get() as { v: number }).v;
}
