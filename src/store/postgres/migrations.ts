// Versioned schema migrations for the PostgreSQL backend, the same tables and columns as SQLite's
// (so one row mapping, ../rows.ts, serves both). `schema_version` holds one row per applied
// migration; migrate() applies the missing ones in order, each in its own transaction, under an
// advisory lock so that many workers starting at once migrate exactly once.
// Keys, dates and codes are `COLLATE "C"`: byte order, as in SQLite, whatever the server's locale,
// so "2025-03" || U+FFFF bounds and id tie-breaks sort the same on both backends.
// Append new migrations at the end; never edit one that has shipped.
import type pg from 'pg';

export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const C = 'text COLLATE "C"';

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'core tables',
    sql: `
CREATE TABLE articles (
  seq bigserial PRIMARY KEY,
  id ${C} NOT NULL UNIQUE,
  hash ${C} NOT NULL UNIQUE,
  url ${C} UNIQUE,
  title text,
  published ${C},
  day ${C},
  source text,
  byline text,
  text text NOT NULL,
  paragraphs text NOT NULL DEFAULT '[]',
  sentences text NOT NULL DEFAULT '[]',
  n_quotes integer NOT NULL DEFAULT 0,
  n_events integer NOT NULL DEFAULT 0,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_day ON articles(day, seq);

CREATE TABLE actors (
  id ${C} PRIMARY KEY,
  type ${C} NOT NULL,
  name text NOT NULL,
  country ${C},
  actor_code ${C},
  n_articles integer NOT NULL DEFAULT 0,
  n_mentions integer NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors(lower(name));
CREATE INDEX actors_mentions ON actors(n_mentions DESC, id);

CREATE TABLE entities (
  article_seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  local_id ${C} NOT NULL,
  actor_id ${C} NOT NULL REFERENCES actors(id),
  type ${C} NOT NULL,
  name text NOT NULL,
  country ${C}, sector ${C}, role text, actor_code ${C},
  rule text NOT NULL,
  PRIMARY KEY (article_seq, local_id)
);
CREATE INDEX entities_actor ON entities(actor_id, article_seq);

CREATE TABLE mentions (
  article_seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  entity_local ${C} NOT NULL,
  actor_id ${C} NOT NULL,
  start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
  kind ${C} NOT NULL,
  title_start integer, title_end integer, title_text text,
  rule text NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_seq);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
  seq bigserial PRIMARY KEY,
  article_seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  local_id ${C} NOT NULL,
  kind ${C} NOT NULL,
  content text NOT NULL,
  text text NOT NULL,
  cue text,
  speaker_entity ${C}, speaker_actor ${C}, speaker_name text, speaker_mention text,
  addressee text,
  date ${C}, date_source ${C}, day ${C},
  rule text NOT NULL,
  UNIQUE (article_seq, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_actor, day);
CREATE INDEX quotes_day ON quotes(day);

CREATE TABLE events (
  seq bigserial PRIMARY KEY,
  article_seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  local_id ${C} NOT NULL,
  cameo ${C} NOT NULL, root ${C} NOT NULL, plover ${C}, plover_mode ${C},
  quad integer NOT NULL, goldstein double precision NOT NULL,
  source_entity ${C}, source_actor ${C}, source_name text, source_code ${C}, source_mention text,
  target_entity ${C}, target_actor ${C}, target_name text, target_code ${C}, target_mention text,
  date ${C}, date_source ${C}, day ${C},
  location text, negated boolean NOT NULL, modality ${C} NOT NULL,
  evidence text NOT NULL, more_evidence text NOT NULL DEFAULT '[]',
  rule text NOT NULL,
  UNIQUE (article_seq, local_id)
);
CREATE INDEX events_source ON events(source_actor, day);
CREATE INDEX events_target ON events(target_actor, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE timexes (
  article_seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  idx integer NOT NULL,
  start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
  type ${C} NOT NULL, value ${C}, range_from ${C}, range_to ${C},
  granularity ${C}, anchor ${C}, inferred text,
  rule text NOT NULL,
  PRIMARY KEY (article_seq, idx)
);

CREATE TABLE actor_roles (
  seq bigserial PRIMARY KEY,
  actor_id ${C} NOT NULL,
  article_seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  role text, country ${C}, sector ${C}, actor_code ${C},
  date ${C},
  origin ${C} NOT NULL,
  rule text
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id, date);

CREATE TABLE ingest_errors (
  key ${C} PRIMARY KEY,
  source text NOT NULL,
  code ${C} NOT NULL,
  message text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ingest_errors_at ON ingest_errors(at DESC, key);
`,
  },
  {
    version: 2,
    name: 'full-text search: generated tsvector columns with GIN indexes',
    // 'simple' configuration: no stemming and no stop words, like SQLite's unicode61 tokenizer, so
    // a query finds the same articles on both backends. Generated columns stay in step by themselves.
    sql: `
ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS
  (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)) STORED;
CREATE INDEX articles_fts ON articles USING gin (fts);
ALTER TABLE quotes ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;
CREATE INDEX quotes_fts ON quotes USING gin (fts);
`,
  },
  {
    version: 3,
    name: 'newest-first article list: a matching index and a stored character count',
    // (day, seq) read backwards puts undated articles first, and the list wants them last; and
    // char_length(text) at read time decompresses every listed text, so it is computed once, at insert
    sql: `
CREATE INDEX articles_newest ON articles (day DESC NULLS LAST, seq DESC);
ALTER TABLE articles ADD COLUMN chars integer GENERATED ALWAYS AS (char_length(text)) STORED;
`,
  },
  {
    version: 4,
    name: 'across articles: signatures, band keys and stories; event clusters with their members; what quotes are about',
    // written by src/cross/store-update.ts in the transaction of each batch (postgres/cross.ts)
    sql: `
CREATE TABLE article_cross (
  article_id text PRIMARY KEY,
  signature bytea NOT NULL,
  story text NOT NULL,
  outlet text,
  published text
);
CREATE INDEX article_cross_story ON article_cross(story, article_id);
CREATE TABLE article_bands (
  band bigint NOT NULL,
  article_id text NOT NULL,
  PRIMARY KEY (band, article_id)
);
CREATE TABLE cross_events (
  key text PRIMARY KEY,
  article_id text NOT NULL,
  local_id text NOT NULL,
  group_key text NOT NULL,
  data text NOT NULL
);
CREATE INDEX cross_events_group ON cross_events(group_key);
CREATE INDEX cross_events_article ON cross_events(article_id);
CREATE TABLE event_clusters (
  id text PRIMARY KEY,
  group_key text NOT NULL,
  source text,
  target text,
  root text NOT NULL,
  cameo text NOT NULL,
  date_from text,
  date_to text,
  num_mentions integer NOT NULL,
  num_sources integer NOT NULL,
  num_articles integer NOT NULL,
  first_seen text,
  last_seen text,
  modalities text NOT NULL,
  negated integer NOT NULL
);
CREATE INDEX event_clusters_group ON event_clusters(group_key);
CREATE INDEX event_clusters_order ON event_clusters(num_articles DESC, id);
CREATE TABLE event_cluster_members (
  cluster_id text NOT NULL,
  event_key text NOT NULL,
  article_id text NOT NULL,
  local_id text NOT NULL,
  PRIMARY KEY (cluster_id, event_key)
);
CREATE INDEX event_cluster_members_event ON event_cluster_members(article_id, local_id);
ALTER TABLE quotes ADD COLUMN about text;
ALTER TABLE quotes ADD COLUMN about_actors text;
ALTER TABLE quotes ADD COLUMN about_events text;
`,
  },
  {
    version: 5,
    name: 'indexes for the sorted quote lists',
    // the same ORDER BY expressions as SQLite migration 5 (filter-sql.ts orderBy): a page is an index walk
    sql: `
CREATE INDEX quotes_day_order ON quotes((day IS NULL), day, seq);
CREATE INDEX quotes_day_order_desc ON quotes((day IS NULL), day DESC, seq DESC);
CREATE INDEX quotes_speaker_order ON quotes((speaker_name IS NULL), speaker_name, seq);
CREATE INDEX quotes_speaker_order_desc ON quotes((speaker_name IS NULL), speaker_name DESC, seq DESC);
`,
  },
  {
    version: 6,
    name: 'which actors each quote is about, indexed',
    // as SQLite migration 6: "quotes about Y" through an index instead of a LIKE over every quote,
    // the table kept in step with quotes.about by a trigger so the writer is unchanged
    sql: `
CREATE TABLE quote_about (
  actor_id ${C} NOT NULL,
  quote_seq bigint NOT NULL REFERENCES quotes(seq) ON DELETE CASCADE,
  PRIMARY KEY (actor_id, quote_seq)
);
CREATE INDEX quote_about_quote ON quote_about(quote_seq);
INSERT INTO quote_about(actor_id, quote_seq)
  SELECT DISTINCT x->>'id', q.seq FROM quotes q, jsonb_array_elements(q.about::jsonb -> 'actors') x
  WHERE q.about IS NOT NULL AND x->>'id' IS NOT NULL
  ON CONFLICT DO NOTHING;
CREATE FUNCTION quote_about_fill() RETURNS trigger LANGUAGE plpgsql AS $fill$
BEGIN
  INSERT INTO quote_about(actor_id, quote_seq)
    SELECT DISTINCT x->>'id', NEW.seq FROM jsonb_array_elements(NEW.about::jsonb -> 'actors') x WHERE x->>'id' IS NOT NULL
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$fill$;
CREATE TRIGGER quote_about_insert AFTER INSERT ON quotes FOR EACH ROW WHEN (NEW.about IS NOT NULL) EXECUTE FUNCTION quote_about_fill();
`,
  },
  {
    version: 7,
    name: 'provenance of countries, speakers and targets',
    // the contract's add-only fields (entities' country_source, kb_id and country_evidence span, a quote's speaker_reason, an
    // event's target_source): stored so the API and the workbench can explain a record; NULL for
    // articles stored before
    sql: `
ALTER TABLE entities ADD COLUMN country_source text;
ALTER TABLE entities ADD COLUMN kb_id text;
ALTER TABLE entities ADD COLUMN country_evidence text;
ALTER TABLE quotes ADD COLUMN speaker_reason text;
ALTER TABLE events ADD COLUMN target_source text;
`,
  },
  {
    version: 8,
    name: 'where an event party\'s country came from',
    // as SQLite migration 8: EventParty.country_source ("story") of the source and the target; NULL for
    // events stored before and for parties whose country the text gave
    sql: `
ALTER TABLE events ADD COLUMN source_country_source text;
ALTER TABLE events ADD COLUMN target_country_source text;
`,
  },
];

/** Applies the migrations not yet recorded in schema_version, in order; returns the resulting version. */
export async function migratePg(client: pg.ClientBase, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number> {
  // one lock key for "newsgraph migrations", held for the session of this client only
  const LOCK = 7_242_016;
  await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const current = Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_version')).rows[0].v);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_version(version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
    return Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_version')).rows[0].v);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
  }
}
