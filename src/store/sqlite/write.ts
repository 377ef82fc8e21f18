// Writes one batch of contract documents (and recorded failures) in a single SQLite transaction.
// Deduplication happens here, inside the transaction, so two copies in one batch, a copy already
// stored, or a rerun after kill -9 all end with one article: by normalised URL, then content hash.
import type Database from 'better-sqlite3';
import { actorId, contentHash, dayOf, normaliseUrl } from '../keys.js';
import type { BatchItem, BatchResult, StoreDoc } from '../store.js';
import { crossEnabled, type CrossArticleInput, type CrossPort } from '../../cross/store-update.js';
import { aboutCells } from '../about-cells.js';
import { roleObservations } from '../doc-rows.js';
import { sqliteCrossPort, updateCrossSqlite } from './cross.js';

type Stmt = Database.Statement;

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

const spanJson = (s: SpanLike | null | undefined) => (s ? JSON.stringify({ start: s.start, end: s.end, text: s.text ?? '' }) : null);

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
      insEntity: p(`INSERT OR IGNORE INTO entities (article_seq, local_id, actor_id, type, name, country, sector, role, actor_code, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insMention: p(`INSERT INTO mentions (article_seq, entity_local, actor_id, start, "end", text, kind, title_start, title_end, title_text, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insQuote: p(`INSERT OR IGNORE INTO quotes (article_seq, local_id, kind, content, text, cue, speaker_entity, speaker_actor, speaker_name, speaker_mention, addressee, date, date_source, day, rule,
          about, about_actors, about_events)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insQuoteFts: p('INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)'),
      insEvent: p(`INSERT OR IGNORE INTO events (article_seq, local_id, cameo, root, plover, plover_mode, quad, goldstein,
          source_entity, source_actor, source_name, source_code, source_mention, target_entity, target_actor, target_name, target_code, target_mention,
          date, date_source, day, location, negated, modality, evidence, more_evidence, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insTimex: p(`INSERT OR IGNORE INTO timexes (article_seq, idx, start, "end", text, type, value, range_from, range_to, granularity, anchor, inferred, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insRole: p(`INSERT INTO actor_roles (actor_id, article_seq, role, country, sector, actor_code, date, origin, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
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
    const text = doc.text ?? '';
    const hash = contentHash(text);
    const url = normaliseUrl(doc.url);
    if (s.findDup!.get(hash, url)) return null;
    let id = doc.id || hash.slice(0, 16);
    // a different article already uses this id (ids from different feeds collide): fall back to the hash
    if (s.idTaken!.get(id)) id = hash.slice(0, 16);
    if (s.idTaken!.get(id)) id = hash;
    const published = doc.published ?? null;
    const articleDay = dayOf(published);
    const quotes = doc.quotes ?? [];
    const events = doc.events ?? [];
    const info = s.insArticle!.run({
      id,
      hash,
      url,
      title: doc.title ?? null,
      published,
      day: articleDay,
      source: doc.source ?? null,
      byline: doc.byline ?? null,
      text,
      paragraphs: JSON.stringify(doc.paragraphs ?? []),
      sentences: JSON.stringify(doc.sentences ?? []),
      n_quotes: quotes.length,
      n_events: events.length,
    });
    const seq = Number(info.lastInsertRowid);
    s.insArticleFts!.run(seq, doc.title ?? '', text);
    s.clearError!.run(hash);

    // entities → actors (cross-document), per-article entity rows, mentions
    const entityActor = new Map<string, { actor: string; name: string }>();
    const observed = roleObservations(doc);
    const entitiesWithObservations = new Set(observed.map((r) => r.entity));
    // one actor row update per article even when two local entities resolve to the same actor
    const perActor = new Map<string, { type: string; name: string; country: string | null; code: string | null; mentions: number }>();
    for (const e of doc.entities ?? []) {
      const actor = actorId(e.type, e.name);
      entityActor.set(e.id, { actor, name: e.name });
      const acc = perActor.get(actor);
      if (acc) acc.mentions += (e.mentions ?? []).length;
      else perActor.set(actor, { type: e.type, name: e.name, country: e.country ?? null, code: e.actor_code ?? null, mentions: (e.mentions ?? []).length });
    }
    for (const [actor, a] of perActor) s.insActor!.run(actor, a.type, a.name, a.country, a.code, a.mentions);
    for (const e of doc.entities ?? []) {
      const actor = entityActor.get(e.id)!.actor;
      const mentions = e.mentions ?? [];
      s.insEntity!.run(seq, e.id, actor, e.type, e.name, e.country ?? null, e.sector ?? null, e.role ?? null, e.actor_code ?? null, e.rule ?? '');
      for (const m of mentions) {
        const title = (m as { title?: SpanLike }).title ?? null;
        s.insMention!.run(seq, e.id, actor, m.start, m.end, m.text ?? text.slice(m.start, m.end), m.kind ?? 'name',
          title?.start ?? null, title?.end ?? null, title ? (title.text ?? text.slice(title.start, title.end)) : null, m.rule ?? e.rule ?? '');
      }
      // roles over time: derived from the entity's own fields unless the entities stage reported observations
      if (!entitiesWithObservations.has(e.id) && (e.role || e.country || e.actor_code || e.sector)) {
        s.insRole!.run(actor, seq, e.role ?? null, e.country ?? null, e.sector ?? null, e.actor_code ?? null, articleDay ?? published, 'entity', e.rule ?? null);
      }
    }
    // origin 'extras' is the stored name for observed roles (kept so that existing stores read the same)
    for (const r of observed) {
      const ea = entityActor.get(r.entity);
      if (!ea) continue;
      s.insRole!.run(ea.actor, seq, r.role ?? null, r.country ?? null, r.sector ?? null, r.actor_code ?? null,
        dayOf(r.date) ?? r.date ?? articleDay ?? published, 'extras', r.rule ?? null);
    }

    const partyActor = (entity: string | null | undefined) => (entity ? entityActor.get(entity)?.actor ?? null : null);
    const partyName = (entity: string | null | undefined, fallback: string | null | undefined) =>
      (entity ? entityActor.get(entity)?.name : undefined) ?? fallback ?? null;

    for (const q of quotes) {
      const content = (q.content ?? []) as readonly SpanLike[];
      const qtext = content.map((c) => c.text ?? text.slice(c.start, c.end)).join(' … ');
      const sp = q.speaker ?? { entity: null, name: null, mention: null };
      const ad = q.addressee;
      const qinfo = s.insQuote!.run(seq, q.id, q.kind, JSON.stringify(content), qtext, spanJson(q.cue),
        sp.entity ?? null, partyActor(sp.entity), partyName(sp.entity, sp.name), spanJson(sp.mention),
        ad ? JSON.stringify({ entity: ad.entity ?? null, actor: partyActor(ad.entity), name: partyName(ad.entity, ad.name), mention: ad.mention ?? null }) : null,
        q.date ?? null, (q as { date_source?: string }).date_source ?? null, dayOf(q.date) ?? articleDay, q.rule ?? '', ...aboutCells(q, entityActor));
      if (qinfo.changes) s.insQuoteFts!.run(Number(qinfo.lastInsertRowid), qtext);
    }

    for (const v of events) {
      const src = v.source ?? { entity: null, actor_code: null, mention: null };
      const tgt = v.target ?? { entity: null, actor_code: null, mention: null };
      s.insEvent!.run(seq, v.id, v.cameo, v.root ?? v.cameo.slice(0, 2), v.plover ?? null, (v as { plover_mode?: string }).plover_mode ?? null,
        v.quad, v.goldstein,
        src.entity ?? null, partyActor(src.entity), partyName(src.entity, src.mention?.text), src.actor_code ?? null, spanJson(src.mention),
        tgt.entity ?? null, partyActor(tgt.entity), partyName(tgt.entity, tgt.mention?.text), tgt.actor_code ?? null, spanJson(tgt.mention),
        v.date ?? null, (v as { date_source?: string }).date_source ?? null, dayOf(v.date) ?? articleDay,
        v.location ?? null, v.negated ? 1 : 0, v.modality ?? 'asserted', spanJson(v.evidence) ?? '{}',
        JSON.stringify((v as { more_evidence?: SpanLike[] }).more_evidence ?? []), v.rule ?? '');
    }

    (doc.timexes ?? []).forEach((t, i) => {
      const tt = t as typeof t & { range?: { from: string; to: string }; granularity?: string; anchor?: string; inferred?: readonly string[]; rule?: string };
      s.insTimex!.run(seq, i, t.start, t.end, t.text ?? text.slice(t.start, t.end), t.type, t.value ?? null,
        tt.range?.from ?? null, tt.range?.to ?? null, tt.granularity ?? null, tt.anchor ?? null,
        tt.inferred ? JSON.stringify(tt.inferred) : null, tt.rule ?? '');
    });
    return id;
  }
}

