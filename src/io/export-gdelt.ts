// GDELT 2.0 event-table export: one row (tab-separated when written) per event of a contract document, in the
// 61 columns of the GDELT 2.0 Event Codebook (V2.0) and in their order, so GDELT readers load it
// unchanged. Columns we cannot fill (religion/ethnic codes, FIPS geo codes, coordinates, AvgTone,
// DATEADDED without a cluster) stay empty rather than invented. Choices, since GDELT's own rules do not map 1:1:
// - GLOBALEVENTID: a stable 32-bit FNV-1a hash of "<doc id>:<event id>" (GDELT's are sequential).
// - SQLDATE: the event's own date when known to the day, else the publication date, else empty.
// - IsRootEvent: 1 when the event's evidence lies in the first paragraph (GDELT's lead-paragraph proxy).
// - NumMentions: 1 + the merged duplicate mentions (more_evidence); NumSources = NumArticles = 1,
//   unless the caller knows the event's cluster across articles (src/cross, the store's
//   event_clusters): then the cluster is the GDELT event — one row however many articles report it
//   (the first member exported), GLOBALEVENTID a stable hash of the cluster id, NumMentions /
//   NumSources / NumArticles the cluster's counts, and DATEADDED its first report's publication day
//   (YYYYMMDD000000: when the happening entered the record, never the export's clock).
// - Negated events ("did not attack") are left out: GDELT has no field for negation.
import type { ContractDoc } from './write-json.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export interface GdeltOptions {
  /** keep negated events (GDELT cannot mark them; default false) */
  readonly includeNegated?: boolean;
  /** prepend the header row (default false: GDELT files have none) */
  readonly header?: boolean;
  /** the cluster across articles of an event, when known */
  readonly clusterOf?: (docId: string, eventId: string) => GdeltCluster | undefined;
  /** clusters already written (pass the same set for every document of one export: a cluster is one row) */
  readonly written?: Set<string>;
}

/** What a GDELT row needs of an event cluster (src/store ClusterOut has these fields). */
export interface GdeltCluster {
  readonly id: string;
  readonly num_mentions: number;
  readonly num_sources: number;
  readonly num_articles: number;
  readonly first_seen: string | null;
}

type ContractEvent = ContractDoc['events'][number];
type ContractParty = ContractEvent['source'];

/** CAMEO actor type codes that may open a code without a country ("REB", "IGOUNO"). */
const TYPE_CODES = /^(IGO|NGO|IMG|MNC|GOV|MIL|COP|REB|OPP|LEG|JUD|CVL|EDU|LAB|BUS|MED|REF|REL|CRM|HLH|SPY|ELI|PTY|UIS|INS|SEP|AGR|DEV|ENV|HRI|MOD|RAD|SET)$/;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

function actorColumns(doc: ContractDoc, p: ContractParty): string[] {
  const code = (p.actor_code ?? '').toUpperCase();
  const ent = p.entity ? doc.entities.find((e) => e.id === p.entity) : undefined;
  const name = clean(ent?.name ?? p.mention?.text ?? '').toUpperCase();
  let country = '';
  let types: string[] = [];
  const first = code.slice(0, 3);
  if (code && !TYPE_CODES.test(first)) {
    country = first;
    types = code.slice(3).match(/.{3}/g) ?? [];
  } else if (code) {
    types = code.match(/.{3}/g) ?? [];
  }
  const known = first === 'IGO' || first === 'NGO' || first === 'IMG' ? code.slice(3, 6) : '';
  const typeCodes = types.filter((x) => TYPE_CODES.test(x) && x !== 'IGO' && x !== 'NGO' && x !== 'IMG');
  return [code, name, country, known, '', '', '', typeCodes[0] ?? '', typeCodes[1] ?? '', typeCodes[2] ?? ''];
}

function dateColumns(date: string | null): string[] {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return ['', '', '', ''];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const year = Number(y);
  const start = Date.UTC(year, 0, 1);
  const day = (Date.UTC(year, Number(mo) - 1, Number(d)) - start) / 86400000 + 1;
  return [`${y}${mo}${d}`, `${y}${mo}`, y, (year + day / 365).toFixed(4)];
}

function firstParagraphEnd(doc: ContractDoc): number {
  const paras = (doc as { paragraphs?: ReadonlyArray<{ end: number }> }).paragraphs;
  return paras && paras.length ? paras[0]!.end : doc.text.length;
}

function row(doc: ContractDoc, e: ContractEvent, leadEnd: number, cluster?: GdeltCluster): string[] {
  const date = e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date : doc.published;
  const code = e.cameo;
  const added = cluster?.first_seen && /^\d{4}-\d{2}-\d{2}/.test(cluster.first_seen) ? `${cluster.first_seen.slice(0, 10).replace(/-/g, '')}000000` : '';
  return [
    String(fnv1a(cluster ? `cluster:${cluster.id}` : `${doc.id}:${e.id}`)),
    ...dateColumns(date),
    ...actorColumns(doc, e.source),
    ...actorColumns(doc, e.target),
    e.evidence.start < leadEnd ? '1' : '0',
    code,
    code.slice(0, 3),
    e.root,
    String(e.quad),
    String(e.goldstein),
    String(cluster ? cluster.num_mentions : 1 + (('more_evidence' in e && Array.isArray(e.more_evidence)) ? e.more_evidence.length : 0)),
    String(cluster ? cluster.num_sources : 1),
    String(cluster ? cluster.num_articles : 1),
    '',
    ...Array<string>(8).fill(''),
    ...Array<string>(8).fill(''),
    '',
    clean(e.location),
    ...Array<string>(6).fill(''),
    added,
    clean(doc.url),
  ];
}

/** GDELT 2.0 event rows for one contract document: one array of 61 cells per event (join with tabs). */
export function toGdeltRows(doc: ContractDoc, options: GdeltOptions = {}): string[][] {
  const leadEnd = firstParagraphEnd(doc);
  const out: string[][] = options.header ? [[...GDELT_COLUMNS]] : [];
  for (const e of doc.events) {
    if (e.negated && !options.includeNegated) continue;
    const cluster = options.clusterOf?.(doc.id, e.id);
    if (cluster && options.written) {
      if (options.written.has(cluster.id)) continue;
      options.written.add(cluster.id);
    }
    out.push(row(doc, e, leadEnd, cluster));
  }
  return out;
}

/** The same rows as tab-separated text, one line per event. */
export function toGdeltTsv(doc: ContractDoc, options: GdeltOptions = {}): string {
  return toGdeltRows(doc, options).map((r) => r.join('\t') + '\n').join('');
}
