// The cross-article update a store runs inside the transaction that writes a batch of articles:
// link the new articles to stored ones through the band table (near-duplicates.ts), merge stories
// (a merge re-labels every article of the merged stories), and re-cluster only the event groups
// the batch touched (event-clusters.ts). Both backends run this one algorithm: it is a generator
// that yields each storage step, so SQLite drives it synchronously inside its transaction and
// PostgreSQL drives it with awaits on the transaction's client (runSync / runAsync below).
// Stories are named by their smallest article id and clusters are a function of their group's
// members, so the stored result is the same whatever the order and chunking of the batches.
import { clusterGroup, groupKey, type ClusterEvent, type EventCluster } from './event-clusters.js';
import { bandKeys, KeyUnion, LINK_THRESHOLD, SIGNATURE_SIZE, signature, similarity } from './near-duplicates.js';
import type { StoreDoc } from '../store/store.js';

/** Most articles read per LSH band when looking for copies (smallest ids first): a bucket fuller than this holds boilerplate (Reuters earnings tables), not copies of one story, and comparing against all of it made the update cost ~2x. */
export const BAND_CANDIDATES = 50;

/** Whether stores run the cross-article update on writes; NEWSGRAPH_CROSS=off turns it off (to measure its cost). */
export function crossEnabled(): boolean {
  return process.env.NEWSGRAPH_CROSS !== 'off';
}

/** What the clustering needs of an event, stored per event (the story, outlet and date come from its article). */
export interface CrossEventData {
  readonly source: string | null;
  readonly target: string | null;
  readonly cameo: string;
  readonly date: string | null;
  readonly dateRange: { readonly from: string; readonly to: string } | null;
  readonly dateSource: string | null;
  /** the date was worked out from the publication date (contract `date_anchor`) */
  readonly fromPublication?: boolean;
  readonly modality: string;
  readonly negated: boolean;
}

/** A band key ("12:1x3f0a") as one integer: band index × 2^32 + bucket hash (an indexed integer column in both stores). */
export function bandNumber(key: string): number {
  const cut = key.indexOf(':');
  return Number(key.slice(0, cut)) * 2 ** 32 + parseInt(key.slice(cut + 1), 36);
}

/** A signature as stored: its slots as little-endian bytes (a BLOB / bytea, read back without parsing text). */
export function signatureToBytes(sig: Uint32Array): Buffer {
  const b = Buffer.alloc(4 * SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) b.writeUInt32LE(sig[k]!, 4 * k);
  return b;
}
export function signatureFromBytes(b: Uint8Array): Uint32Array {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) sig[k] = v.getUint32(4 * k, true);
  return sig;
}

export interface CrossArticleRow {
  readonly id: string;
  readonly signature: Buffer;
  readonly bands: readonly number[];
  readonly outlet: string | null;
  readonly published: string | null;
}

/** A stored article in one of the bands asked for. */
export interface BandMember {
  readonly band: number;
  readonly id: string;
}

export interface CrossCandidate {
  readonly id: string;
  readonly signature: Uint8Array;
  readonly story: string;
}

export interface CrossEventRow {
  readonly key: string;
  readonly article: string;
  readonly local: string;
  readonly group: string;
  readonly data: string;
}

/** An event of a group as read back for re-clustering, with its article's story, outlet and date. */
export interface GroupEventRow {
  readonly key: string;
  readonly data: string;
  readonly story: string;
  readonly outlet: string | null;
  readonly published: string | null;
}

type Maybe<T> = T | Promise<T>;

/** The storage steps, each a bulk statement or two; SQLite returns values, PostgreSQL promises. */
export interface CrossPort {
  /** new articles, each its own story, with their band keys */
  insertArticles(rows: readonly CrossArticleRow[]): Maybe<void>;
  /** stored articles in any of the bands (at most BAND_CANDIDATES per band, smallest ids first) */
  bandMembers(bands: readonly number[]): Maybe<readonly BandMember[]>;
  /** signature and story of these articles */
  candidates(ids: readonly string[]): Maybe<readonly CrossCandidate[]>;
  /** re-labels the articles of stories `from` as story `to`; returns the re-labelled article ids */
  relabel(from: readonly string[], to: string): Maybe<readonly string[]>;
  /** stored events of these articles */
  eventsOf(articles: readonly string[]): Maybe<readonly CrossEventRow[]>;
  /** inserts or updates (group key) event rows */
  upsertEvents(rows: readonly CrossEventRow[]): Maybe<void>;
  /** every event of these groups */
  groupEvents(groups: readonly string[]): Maybe<readonly GroupEventRow[]>;
  /** drops the groups' clusters and memberships and writes the new ones */
  replaceClusters(groups: readonly string[], clusters: readonly { readonly group: string; readonly cluster: EventCluster }[]): Maybe<void>;
}

/** One storage step: yields the port's answer (value or promise) and gets the value back. */
function* call<T>(v: Maybe<T>): Generator<Maybe<T>, T, unknown> {
  return (yield v) as T;
}

export interface CrossArticleInput {
  readonly id: string;
  readonly doc: StoreDoc;
  readonly url: string | null;
}

export interface CrossUpdateResult {
  readonly linked: number;
  readonly relabelled: number;
  readonly groups: number;
  readonly clusters: number;
}

/** The outlet of an article: its URL's host without "www.", or null. */
export function outletOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The clustering fields of a contract event. */
export function crossEventData(v: NonNullable<StoreDoc['events']>[number]): CrossEventData {
  const x = v as typeof v & { date_range?: { from: string; to: string }; date_source?: string; date_anchor?: string };
  return {
    source: v.source?.actor_code ?? null,
    target: v.target?.actor_code ?? null,
    cameo: v.cameo,
    date: v.date ?? null,
    dateRange: x.date_range ?? null,
    dateSource: x.date_source ?? null,
    ...(x.date_anchor === 'published' ? { fromPublication: true } : {}),
    modality: v.modality ?? 'asserted',
    negated: !!v.negated,
  };
}

function toClusterEvent(r: GroupEventRow): ClusterEvent {
  const d = JSON.parse(r.data) as CrossEventData;
  return { key: r.key, story: r.story, outlet: r.outlet, published: r.published, ...d };
}

/** The update for one batch of newly written articles (ids as stored). */
export function* crossUpdate(port: CrossPort, articles: readonly CrossArticleInput[]): Generator<unknown, CrossUpdateResult, unknown> {
  if (articles.length === 0) return { linked: 0, relabelled: 0, groups: 0, clusters: 0 };
  // 1. signatures and bands; every new article starts as its own story
  const rows: (CrossArticleRow & { sig: Uint32Array })[] = articles.map((a) => {
    const sig = signature(a.doc.text ?? '');
    return { id: a.id, signature: signatureToBytes(sig), bands: bandKeys(sig).map(bandNumber), outlet: outletOf(a.url), published: a.doc.published ?? null, sig };
  });
  yield* call(port.insertArticles(rows));

  // 2. links: each new article against every article sharing a band (the batch's own included)
  const allBands = [...new Set(rows.flatMap((r) => r.bands))].sort((x, y) => x - y);
  const inBands = yield* call(port.bandMembers(allBands));
  const byBand = new Map<number, string[]>();
  for (const m of inBands) {
    const l = byBand.get(m.band);
    if (l) l.push(m.id);
    else byBand.set(m.band, [m.id]);
  }
  const sigs = new Map<string, Uint32Array>(rows.map((r) => [r.id, r.sig]));
  const storyOf = new Map<string, string>(rows.map((r) => [r.id, r.id]));
  const stored = [...new Set(inBands.map((m) => m.id))].filter((id) => !sigs.has(id)).sort();
  for (const c of stored.length ? yield* call(port.candidates(stored)) : []) {
    sigs.set(c.id, signatureFromBytes(c.signature));
    storyOf.set(c.id, c.story);
  }
  const union = new KeyUnion();
  let linked = 0;
  for (const r of rows) {
    const seen = new Set<string>([r.id]);
    for (const b of r.bands) {
      for (const id of byBand.get(b) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = sigs.get(id);
        if (other && similarity(r.sig, other) >= LINK_THRESHOLD) {
          union.union(r.id, storyOf.get(id)!);
          linked++;
        }
      }
    }
  }
  // 3. story merges: each merged label re-labels its articles to the component's smallest id
  const merges = new Map<string, string[]>();
  for (const label of [...union.keys()].sort()) {
    const to = union.find(label);
    if (to === label) continue;
    const l = merges.get(to);
    if (l) l.push(label);
    else merges.set(to, [label]);
  }
  const newIds = new Set(rows.map((r) => r.id));
  const finalStory = new Map<string, string>(rows.map((r) => [r.id, r.id]));
  const relabelled = new Set<string>();
  for (const [to, from] of merges) {
    for (const id of yield* call(port.relabel(from, to))) {
      finalStory.set(id, to);
      relabelled.add(id);
    }
  }

  // 4. events: the new ones, and the stored ones of re-labelled articles (their group may change)
  const touched = new Set<string>();
  const upserts: CrossEventRow[] = [];
  for (const a of articles) {
    const story = finalStory.get(a.id)!;
    for (const v of a.doc.events ?? []) {
      const data = crossEventData(v);
      const group = groupKey({ ...data, story });
      touched.add(group);
      upserts.push({ key: `${a.id}#${v.id}`, article: a.id, local: v.id, group, data: JSON.stringify(data) });
    }
  }
  const older = [...relabelled].filter((id) => !newIds.has(id)).sort();
  if (older.length) {
    for (const e of yield* call(port.eventsOf(older))) {
      touched.add(e.group);
      const group = groupKey({ ...(JSON.parse(e.data) as CrossEventData), story: finalStory.get(e.article)! });
      touched.add(group);
      if (group !== e.group) upserts.push({ ...e, group });
    }
  }
  yield* call(port.upsertEvents(upserts));

  // 5. re-cluster the touched groups from all their members
  const groups = [...touched].sort();
  const members = yield* call(port.groupEvents(groups));
  const byGroup = new Map<string, ClusterEvent[]>();
  for (const m of members) {
    const e = toClusterEvent(m);
    const g = groupKey(e);
    const l = byGroup.get(g);
    if (l) l.push(e);
    else byGroup.set(g, [e]);
  }
  const clusters: { group: string; cluster: EventCluster }[] = [];
  for (const g of groups) for (const cluster of clusterGroup(byGroup.get(g) ?? [])) clusters.push({ group: g, cluster });
  yield* call(port.replaceClusters(groups, clusters));
  return { linked, relabelled: relabelled.size, groups: groups.length, clusters: clusters.length };
}

/** Drives a cross update whose port answers synchronously (SQLite, inside its transaction). */
export function runSync<R>(gen: Generator<unknown, R, unknown>): R {
  let step = gen.next();
  while (!step.done) {
    if (step.value instanceof Promise) throw new Error('runSync: the port returned a promise');
    step = gen.next(step.value);
  }
  return step.value;
}

/** Drives a cross update whose port answers with promises (PostgreSQL, on the transaction's client). */
export async function runAsync<R>(gen: Generator<unknown, R, unknown>): Promise<R> {
  let step = gen.next();
  while (!step.done) step = gen.next(await step.value);
  return step.value;
}
