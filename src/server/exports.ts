// Event exports: CSV and JSONL from stored events; GDELT-style TSV and PLOVER JSON through the
// events engineer's writers (src/io/export-gdelt.ts toGdeltRows, src/io/export-plover.ts
// toPloverRecords), fed with contract documents rebuilt from the store for the selected events.
import { toGdeltRows, type GdeltCluster } from '../io/export-gdelt.js';
import { toPloverRecords } from '../io/export-plover.js';
import type { ContractDoc } from '../io/write-json.js';
import type { ArticleFull, EventOut, QuoteOut, Store } from '../store/store.js';

const CSV_COLUMNS = [
  'article', 'event', 'day', 'date', 'cameo', 'root', 'plover', 'quad', 'goldstein',
  'source_actor', 'source_name', 'source_code', 'target_actor', 'target_name', 'target_code',
  'location', 'negated', 'modality', 'evidence', 'rule', 'article_title', 'article_url', 'published',
] as const;

/** One CSV cell: quoted when needed; text starting with = + - @ is prefixed with ' so spreadsheets do not run it. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function eventsToCsv(events: readonly EventOut[]): string {
  const rows = events.map((v) =>
    [
      v.article, v.id, v.day, v.date, v.cameo, v.root, v.plover, v.quad, v.goldstein,
      v.source.actor, v.source.name, v.source.actor_code, v.target.actor, v.target.name, v.target.actor_code,
      v.location, v.negated, v.modality, v.evidence.text, v.rule, v.article_title, v.article_url, v.published,
    ].map(cell).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

const QUOTE_CSV_COLUMNS = [
  'article', 'quote', 'day', 'date', 'kind', 'speaker_actor', 'speaker_name', 'cue', 'text', 'rule', 'article_title', 'article_url', 'published',
] as const;

export function quotesToCsv(quotes: readonly QuoteOut[]): string {
  const rows = quotes.map((q) =>
    [q.article, q.id, q.date?.slice(0, 10) ?? null, q.date, q.kind, q.speaker.actor, q.speaker.name, q.cue?.text ?? null, q.text, q.rule, q.article_title, q.article_url, q.published]
      .map(cell)
      .join(','),
  );
  return [QUOTE_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function eventsToJsonl(events: readonly (EventOut | QuoteOut)[]): string {
  return events.map((v) => JSON.stringify(v)).join('\n') + (events.length ? '\n' : '');
}

/** An event party as the contract writes it (src/io/write-json.ts eventParty): country_source only when set. */
function contractParty(p: EventOut['source']) {
  return { entity: p.entity, actor_code: p.actor_code, mention: p.mention, ...(p.country_source ? { country_source: p.country_source } : {}) };
}

/** The contract document of a stored article, restricted to the given events. */
export function toContractDoc(a: ArticleFull, eventIds: ReadonlySet<string>): ContractDoc {
  return {
    schema: 'newsgraph/1',
    id: a.id,
    text: a.text,
    title: a.title,
    url: a.url,
    published: a.published,
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    tokens: [],
    entities: a.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, country: e.country, sector: e.sector, role: e.role, actor_code: e.actor_code,
      country_source: e.country_source, kb_id: e.kb_id, ...(e.country_evidence ? { country_evidence: e.country_evidence } : {}), rule: e.rule,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, ...(m.title ? { title: m.title } : {}), rule: m.rule })),
    })),
    timexes: a.timexes.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, ...(t.range ? { range: t.range } : {}), rule: t.rule })),
    quotes: [],
    events: a.events
      .filter((v) => eventIds.has(v.id))
      .map((v) => ({
        id: v.id, cameo: v.cameo, root: v.root, plover: v.plover, ...(v.plover_mode ? { plover_mode: v.plover_mode } : {}), quad: v.quad, goldstein: v.goldstein,
        source: contractParty(v.source),
        target: contractParty(v.target),
        ...(v.target_source ? { target_source: v.target_source } : {}),
        date: v.date, ...(v.date_source ? { date_source: v.date_source } : {}), location: v.location, negated: v.negated, modality: v.modality,
        evidence: v.evidence, ...(v.more_evidence.length ? { more_evidence: v.more_evidence } : {}), rule: v.rule,
      })),
  } as unknown as ContractDoc;
}

/** Rebuilds per-article contract documents for a page of events (in event order, one article once). */
async function docsFor(store: Store, events: readonly EventOut[]): Promise<ContractDoc[]> {
  const byArticle = new Map<string, Set<string>>();
  for (const v of events) {
    const s = byArticle.get(v.article) ?? new Set<string>();
    s.add(v.id);
    byArticle.set(v.article, s);
  }
  const docs: ContractDoc[] = [];
  for (const [id, ids] of byArticle) {
    const a = await store.getArticle(id, ['entities', 'events']);
    if (a) docs.push(toContractDoc(a, ids));
  }
  return docs;
}

/** The clusters across articles of the exported events' articles, by "article#event". */
async function clustersFor(store: Store, events: readonly EventOut[]): Promise<Map<string, GdeltCluster>> {
  const out = new Map<string, GdeltCluster>();
  for (const article of new Set(events.map((v) => v.article))) {
    for (const c of (await store.listClusters({ article, limit: 500, offset: 0 })).items) {
      for (const m of c.members) if (m.article === article) out.set(`${m.article}#${m.event}`, c);
    }
  }
  return out;
}

export async function eventsToGdeltTsv(store: Store, events: readonly EventOut[]): Promise<string> {
  // one row per happening: events of one cluster across articles are one GDELT event
  const clusters = await clustersFor(store, events);
  const written = new Set<string>();
  const clusterOf = (doc: string, event: string) => clusters.get(`${doc}#${event}`);
  const rows = (await docsFor(store, events)).flatMap((d) => toGdeltRows(d, { clusterOf, written }));
  return rows.map((r) => r.map((c) => String(c ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + (rows.length ? '\n' : '');
}

export async function eventsToPlover(store: Store, events: readonly EventOut[]): Promise<unknown[]> {
  return (await docsFor(store, events)).flatMap((d) => toPloverRecords(d));
}
