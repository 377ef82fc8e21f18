// Writes one batch of contract documents (and recorded failures) inside a transaction the caller
// owns, with one multi-row INSERT … SELECT FROM unnest(…) per table: a column array per parameter,
// so a batch of any size is a handful of round trips. Deduplication happens in the transaction:
// by normalised URL, then content hash, within the batch and against what is stored; the unique
// indexes plus ON CONFLICT DO NOTHING settle races with concurrent writers (another worker storing
// the same article at the same moment waits for that transaction and then sees it as a duplicate).
// Actor rows are upserted in id order so concurrent batches lock them in the same order.
import type pg from 'pg';
import { docRows, STORE_TABLES as TABLES, type ActorDelta, type Cell, type DocRows, type Table } from '../doc-rows.js';
import type { BatchItem, BatchResult, StoreDoc } from '../store.js';
import { crossEnabled } from '../../cross/store-update.js';
import { updateCrossPg } from './cross.js';

type LayerKey = keyof typeof TABLES;

/** INSERT … SELECT * FROM unnest($1::bigint[], $2::text[], …): rows go in as column arrays. */
async function insertRows(client: pg.ClientBase, table: Table, rows: readonly (readonly Cell[])[]): Promise<void> {
  if (rows.length === 0) return;
  const cols: (readonly [string, string])[] = [['article_seq', 'bigint'], ...table.cols];
  const arrays = cols.map((_, i) => rows.map((r) => r[i] ?? null));
  const sql = `INSERT INTO ${table.name} (${cols.map(([c]) => c).join(', ')})
    SELECT * FROM unnest(${cols.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')}) ${table.conflict}`;
  await client.query(sql, arrays);
}

const ARTICLE_COLS = ['id', 'hash', 'url', 'title', 'published', 'day', 'source', 'byline', 'text', 'paragraphs', 'sentences', 'n_quotes', 'n_events'] as const;
const ARTICLE_TYPES = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'int'];

export async function writeBatchPg(client: pg.ClientBase, items: readonly BatchItem[]): Promise<BatchResult> {
  // failures: one upsert, the last record of a key in the batch wins
  const errs = new Map<string, Extract<BatchItem, { kind: 'error' }>>();
  for (const it of items) if (it.kind === 'error') errs.set(it.key, it);
  if (errs.size) {
    const e = [...errs.values()];
    await client.query(
      `INSERT INTO ingest_errors (key, source, code, message) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (key) DO UPDATE SET source = excluded.source, code = excluded.code, message = excluded.message`,
      [e.map((x) => x.key), e.map((x) => x.source), e.map((x) => x.code), e.map((x) => x.message)],
    );
  }
  const errors = items.length - items.filter((i) => i.kind === 'doc').length;

  // shape every document first: a malformed one fails the batch before anything is written
  const shaped: DocRows[] = [];
  const docOf = new Map<DocRows, StoreDoc>();
  for (const it of items) {
    if (it.kind !== 'doc') continue;
    const rows = docRows(it.doc);
    shaped.push(rows);
    docOf.set(rows, it.doc);
  }
  if (shaped.length === 0) return { inserted: 0, duplicates: 0, errors, ids: [] };

  const stored = await client.query<{ hash: string; url: string | null }>(
    'SELECT hash, url FROM articles WHERE hash = ANY($1::text[]) OR url = ANY($2::text[])',
    [shaped.map((d) => d.article.hash), shaped.map((d) => d.article.url).filter((u): u is string => !!u)],
  );
  const hashes = new Set(stored.rows.map((r) => r.hash));
  const urls = new Set(stored.rows.map((r) => r.url).filter((u): u is string => !!u));
  const candidates = shaped.flatMap((d) => [d.article.id, d.article.hash.slice(0, 16)]).filter(Boolean);
  const taken = new Set((await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [candidates])).rows.map((r) => r.id));

  let duplicates = 0;
  const fresh: DocRows[] = [];
  for (const d of shaped) {
    const a = d.article;
    if (hashes.has(a.hash) || (a.url && urls.has(a.url))) {
      duplicates++;
      continue;
    }
    hashes.add(a.hash);
    if (a.url) urls.add(a.url);
    // a different article already uses this id (ids from different feeds collide): fall back to the hash
    let id = a.id || a.hash.slice(0, 16);
    if (taken.has(id)) id = a.hash.slice(0, 16);
    if (taken.has(id)) id = a.hash;
    taken.add(id);
    a.id = id;
    fresh.push(d);
  }
  if (fresh.length === 0) return { inserted: 0, duplicates, errors, ids: [] };

  const ins = await client.query<{ seq: string; hash: string }>(
    `INSERT INTO articles (${ARTICLE_COLS.join(', ')})
     SELECT * FROM unnest(${ARTICLE_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
     ON CONFLICT DO NOTHING RETURNING seq, hash`,
    ARTICLE_COLS.map((c) => fresh.map((d) => d.article[c])),
  );
  const seqOf = new Map(ins.rows.map((r) => [r.hash, r.seq]));
  // not inserted: a concurrent transaction committed the same hash, URL or id meanwhile; the
  // whole batch is retried by the caller when it was the id (rare), a duplicate otherwise
  const written = fresh.filter((d) => seqOf.has(d.article.hash));
  if (written.length < fresh.length) {
    const lost = fresh.filter((d) => !seqOf.has(d.article.hash));
    const again = await client.query('SELECT 1 FROM articles WHERE hash = ANY($1::text[]) OR url = ANY($2::text[])',
      [lost.map((d) => d.article.hash), lost.map((d) => d.article.url).filter((u): u is string => !!u)]);
    if (again.rowCount !== lost.length) throw Object.assign(new Error('article id taken by a concurrent writer'), { code: '40001' });
    duplicates += lost.length;
  }
  if (written.length === 0) return { inserted: 0, duplicates, errors, ids: [] };
  await client.query('DELETE FROM ingest_errors WHERE key = ANY($1::text[])', [written.map((d) => d.article.hash)]);

  // actors: deltas summed over the batch; the first article's name and type, the first stated country/code
  const actors = new Map<string, ActorDelta & { articles: number }>();
  for (const d of written) {
    for (const a of d.actors) {
      const acc = actors.get(a.id);
      if (!acc) actors.set(a.id, { ...a, articles: 1 });
      else {
        acc.articles++;
        acc.mentions += a.mentions;
        acc.country ??= a.country;
        acc.actor_code ??= a.actor_code;
      }
    }
  }
  const list = [...actors.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  if (list.length) {
    await client.query(
      `INSERT INTO actors (id, type, name, country, actor_code, n_articles, n_mentions)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[])
       ON CONFLICT (id) DO UPDATE SET n_articles = actors.n_articles + excluded.n_articles, n_mentions = actors.n_mentions + excluded.n_mentions,
         country = coalesce(actors.country, excluded.country), actor_code = coalesce(actors.actor_code, excluded.actor_code)`,
      [list.map((a) => a.id), list.map((a) => a.type), list.map((a) => a.name), list.map((a) => a.country), list.map((a) => a.actor_code),
        list.map((a) => a.articles), list.map((a) => a.mentions)],
    );
  }
  for (const key of Object.keys(TABLES) as LayerKey[]) {
    const rows = written.flatMap((d) => d[key].map((r) => [seqOf.get(d.article.hash)!, ...r]));
    await insertRows(client, TABLES[key], rows);
  }
  // stories and event clusters change in the same transaction as the articles (and, under the
  // queue worker, the jobs' completion)
  if (crossEnabled()) await updateCrossPg(client, written.map((d) => ({ id: d.article.id, doc: docOf.get(d)!, url: d.article.url })));
  return { inserted: written.length, duplicates, errors, ids: written.map((d) => d.article.id) };
}
