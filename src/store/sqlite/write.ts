// Writes one batch of contract documents (and recorded failures) in a single SQLite transaction.
// Deduplication happens here, inside the transaction, so two copies in one batch, a copy already
// stored, or a rerun after kill -9 all end with one article: by normalised URL, then content hash.
// The layer rows come from docRows() and the column lists from STORE_TABLES, the same definitions
// the PostgreSQL writer uses.
import type Database from 'better-sqlite3';
import type { BatchItem, BatchResult, StoreDoc } from '../store.js';
import { crossEnabled, type CrossArticleInput, type CrossPort } from '../../cross/store-update.js';
import { docRows, STORE_TABLES, type Cell, type Table } from '../doc-rows.js';
import { sqliteCrossPort, updateCrossSqlite } from './cross.js';

type Stmt = Database.Statement;

/** INSERT (OR IGNORE when the table drops duplicate rows) of article_seq + the table's columns. */
function insertSql(t: Table): string {
  const cols = ['article_seq', ...t.cols.map(([c]) => c)];
  return `INSERT ${t.conflict ? 'OR IGNORE ' : ''}INTO ${t.name} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
}

/** SQLite binds no booleans: stored as 0/1 as before. */
const bindable = (row: readonly Cell[]): (string | number | null)[] => row.map((c) => (typeof c === 'boolean' ? (c ? 1 : 0) : c));

export class BatchWriter {
  private readonly s: Record<string, Stmt>;
  private readonly run: (items: readonly BatchItem[]) => BatchResult;
  private readonly cross: CrossPort | null;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      findDup: p('SELECT seq FROM articles WHERE hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1'),
      idTaken: p('SELECT 1 FROM articles WHERE id = ?'),
      insArticle: p(`INSERT INTO articles (id, hash, url, title, published, day, source, byline, text, paragraphs, sentences, n_quotes, n_events)
        VALUES (@id, @hash, @url, @title, @published, @day, @source, @byline, @text, @paragraphs, @sentences, @n_quotes, @n_events)`),
      insArticleFts: p('INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)'),
      insActor: p(`INSERT INTO actors (id, type, name, country, actor_code, n_articles, n_mentions) VALUES (?, ?, ?, ?, ?, 1, ?)
        ON CONFLICT(id) DO UPDATE SET n_articles = n_articles + 1, n_mentions = n_mentions + excluded.n_mentions,
          country = coalesce(actors.country, excluded.country), actor_code = coalesce(actors.actor_code, excluded.actor_code)`),
      insEntity: p(insertSql(STORE_TABLES.entities)),
      insMention: p(insertSql(STORE_TABLES.mentions)),
      insQuote: p(insertSql(STORE_TABLES.quotes)),
      insQuoteFts: p('INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)'),
      insEvent: p(insertSql(STORE_TABLES.events)),
      insTimex: p(insertSql(STORE_TABLES.timexes)),
      insRole: p(insertSql(STORE_TABLES.roles)),
      insError: p(`INSERT INTO ingest_errors (key, source, code, message) VALUES (?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET source = excluded.source, code = excluded.code, message = excluded.message`),
      clearError: p('DELETE FROM ingest_errors WHERE key = ?'),
    };
    this.cross = crossEnabled() ? sqliteCrossPort(db) : null;
    this.run = db.transaction((items: readonly BatchItem[]): BatchResult => {
      const written: CrossArticleInput[] = [];
      let inserted = 0;
      let duplicates = 0;
      let errors = 0;
      const ids: string[] = [];
      for (const item of items) {
        if (item.kind === 'error') {
          this.s.insError!.run(item.key, item.source, item.code, item.message);
          errors++;
          continue;
        }
        const id = this.writeDoc(item.doc);
        if (id === null) duplicates++;
        else {
          inserted++;
          ids.push(id);
          written.push({ id, doc: item.doc, url: item.doc.url ?? null });
        }
      }
      // stories and event clusters change in the same transaction as the articles
      if (this.cross) updateCrossSqlite(this.cross, written);
      return { inserted, duplicates, errors, ids };
    });
  }

  write(items: readonly BatchItem[]): BatchResult {
    // IMMEDIATE: take the write lock up front so a concurrent reader/writer cannot deadlock us mid-batch
    return (this.run as unknown as { immediate: (i: readonly BatchItem[]) => BatchResult }).immediate(items);
  }

  /** Inserts one document; returns its stored id, or null when it is a duplicate. */
  private writeDoc(doc: StoreDoc): string | null {
    const s = this.s;
    const rows = docRows(doc);
    const { hash, url } = rows.article;
    if (s.findDup!.get(hash, url)) return null;
    let id = doc.id || hash.slice(0, 16);
    // a different article already uses this id (ids from different feeds collide): fall back to the hash
    if (s.idTaken!.get(id)) id = hash.slice(0, 16);
    if (s.idTaken!.get(id)) id = hash;
    const info = s.insArticle!.run({ ...rows.article, id });
    const seq = Number(info.lastInsertRowid);
    s.insArticleFts!.run(seq, rows.article.title ?? '', rows.article.text);
    s.clearError!.run(hash);

    for (const a of rows.actors) s.insActor!.run(a.id, a.type, a.name, a.country, a.actor_code, a.mentions);
    const put = (stmt: Stmt, layer: readonly (readonly Cell[])[]) => {
      for (const r of layer) stmt.run(seq, ...bindable(r));
    };
    put(s.insEntity!, rows.entities);
    put(s.insMention!, rows.mentions);
    put(s.insRole!, rows.roles);
    // the quote's text column feeds its full-text row
    const quoteText = STORE_TABLES.quotes.cols.findIndex(([c]) => c === 'text');
    for (const r of rows.quotes) {
      const qinfo = s.insQuote!.run(seq, ...bindable(r));
      if (qinfo.changes) s.insQuoteFts!.run(Number(qinfo.lastInsertRowid), r[quoteText] ?? '');
    }
    put(s.insEvent!, rows.events);
    put(s.insTimex!, rows.timexes);
    return id;
  }
}

