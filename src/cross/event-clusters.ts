// One event however many outlets report it. Events are grouped by (source actor, target actor,
// CAMEO root); inside a group, a cluster is one happening:
//  - "tight" events (a specific code, dated to the day) join when their three-digit codes are equal
//    and their days are the same — reports of one meeting agree on the day, while daily shelling of
//    the same town on consecutive days stays several events;
//  - "loose" events (a root-level code such as 040, or a date coarser than a day, or no date of its
//    own) join the one cluster they are compatible with, or form their own when there is none or
//    more than one — so a vague report never bridges two happenings.
// Clusters are recomputed per group from the group's members only, so the result is a function of
// the set of events (incremental equals batch) and adding an article touches only its groups.
import { createHash } from 'node:crypto';
import { loadTsv } from '../core/data-loader.js';
import { KeyUnion } from './near-duplicates.js';

export interface ClusterEvent {
  /** unique across the store: article key + event id ("a1f3…#v2") */
  readonly key: string;
  /** the article's story (near-duplicate group); copies of one story count once */
  readonly story: string;
  /** the outlet (URL host) or null when unknown */
  readonly outlet: string | null;
  readonly source: string | null;
  readonly target: string | null;
  readonly cameo: string;
  /** ISO date at its precision (2025, 2025-03, 2025-03-06) or null */
  readonly date: string | null;
  readonly dateRange?: { readonly from: string; readonly to: string } | null;
  /** where the date came from (the contract's date_source); 'published' or 'none': the text gives no date */
  readonly dateSource?: string | null;
  /** the date was worked out from the publication date (the contract's `date_anchor: "published"`) */
  readonly fromPublication?: boolean;
  /** publication day of the article (YYYY-MM-DD) or null */
  readonly published: string | null;
  readonly modality: string;
  readonly negated: boolean;
}

export interface EventCluster {
  readonly id: string;
  readonly source: string | null;
  readonly target: string | null;
  readonly root: string;
  /** the most specific code shared by the tight members (or the most frequent code) */
  readonly cameo: string;
  /** the common date interval of the members (ISO days) */
  readonly from: string | null;
  readonly to: string | null;
  readonly members: readonly string[];
  /** mentions across distinct stories (a republished copy adds none) */
  readonly num_mentions: number;
  /** distinct outlets */
  readonly num_sources: number;
  /** distinct stories (near-duplicate groups) */
  readonly num_articles: number;
  readonly first_seen: string | null;
  readonly last_seen: string | null;
  /** attributes on which the reports disagree are kept, with counts */
  readonly modalities: Readonly<Record<string, number>>;
  readonly negated: number;
}

/** Role codes of CAMEO actors (GOV, BUS, …): a code that is only a role names no one in particular. */
let sectorCodes: ReadonlySet<string> | undefined;
function defaultSectors(): ReadonlySet<string> {
  sectorCodes ??= new Set(loadTsv('actors/sectors.tsv', ['code']).rows.map((r) => r.code!));
  return sectorCodes;
}

/** Whether an actor code names a particular actor (a country, an IGO, a group), not just a role. */
export function identifies(code: string | null, sectors: ReadonlySet<string> = defaultSectors()): boolean {
  return code !== null && code.length >= 3 && !sectors.has(code.slice(0, 3));
}

/**
 * The group an event belongs to; only events of one group can be one happening. When either
 * party is unknown or only a role ("BUS said", "officials met"), reports of different stories
 * cannot be told to be the same happening, so such events group only within their story.
 */
export function groupKey(e: Pick<ClusterEvent, 'source' | 'target' | 'cameo' | 'story'>, sectors?: ReadonlySet<string>): string {
  const dyad = `${e.source ?? '-'}|${e.target ?? '-'}|${e.cameo.slice(0, 2)}`;
  return identifies(e.source, sectors) && identifies(e.target, sectors) ? dyad : `story:${e.story}|${dyad}`;
}

/** Date sources that mean "the text gives no date": the date is the publication day, assumed. */
const UNDATED = new Set(['published', 'none']);

/** Days an event may have happened on: its date or range; undated → the week before publication. */
export function interval(e: ClusterEvent): { from: string; to: string; tight: boolean } | null {
  if (e.dateSource && UNDATED.has(e.dateSource)) {
    const day = (e.published ?? e.date)?.slice(0, 10);
    return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { from: addDays(day, -6), to: day, tight: false } : null;
  }
  if (e.dateRange) return { from: dayStart(e.dateRange.from), to: dayEnd(e.dateRange.to), tight: false };
  if (e.date && /^\d{4}/.test(e.date)) {
    return { from: dayStart(e.date), to: dayEnd(e.date), tight: /^\d{4}-\d{2}-\d{2}/.test(e.date) };
  }
  if (e.published) return { from: addDays(e.published.slice(0, 10), -6), to: e.published.slice(0, 10), tight: false };
  return null;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Monday and Sunday of an ISO week (2025-W10). */
function isoWeek(iso: string): { from: string; to: string } | null {
  const m = /^(\d{4})-W(\d{2})/.exec(iso);
  if (!m) return null;
  const jan4 = new Date(Date.UTC(+m[1]!, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (+m[2]! - 1) * 7 * 86_400_000);
  const from = monday.toISOString().slice(0, 10);
  return { from, to: addDays(from, 6) };
}

function dayStart(iso: string): string {
  const w = isoWeek(iso);
  if (w) return w.from;
  if (/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso}-01`;
  if (/^\d{4}$/.test(iso)) return `${iso}-01-01`;
  return iso.slice(0, 10);
}

function dayEnd(iso: string): string {
  const w = isoWeek(iso);
  if (w) return w.to;
  if (/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso.slice(0, 10);
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return `${iso}-${String(new Date(Date.UTC(+m[1]!, +m[2]!, 0)).getUTCDate()).padStart(2, '0')}`;
  if (/^\d{4}$/.test(iso)) return `${iso}-12-31`;
  return iso.slice(0, 10);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A root-level code ("040") says only the kind of event, not which one. */
function isGeneric(cameo: string): boolean {
  return cameo.length === 3 && cameo.endsWith('0');
}

function compatibleCodes(a: string, b: string): boolean {
  return a.slice(0, 3) === b.slice(0, 3) || isGeneric(a) || isGeneric(b);
}

/**
 * A republished copy keeps the words of the story ("yesterday", "on Monday") but carries a later
 * publication date, so its publication-relative dates drift by the delay. Such dates are moved back
 * by the copy's delay after the story's earliest publication seen among the group's members — a
 * function of the members, so incremental still equals batch.
 */
function storyStartsOf(events: readonly ClusterEvent[]): Map<string, string> {
  const starts = new Map<string, string>();
  for (const e of events) {
    const p = e.fromPublication ? e.published?.slice(0, 10) : undefined;
    if (!p || !/^\d{4}-\d{2}-\d{2}$/.test(p)) continue;
    const s = starts.get(e.story);
    if (s === undefined || p < s) starts.set(e.story, p);
  }
  return starts;
}

function reanchored(s: ReturnType<typeof interval>, e: ClusterEvent, starts: Map<string, string>): ReturnType<typeof interval> {
  const start = starts.get(e.story);
  const p = e.published?.slice(0, 10);
  if (!s || !e.fromPublication || !start || !p || p === start || !isDay(s.from) || !isDay(s.to)) return s;
  const delay = dayCount(start, p);
  return { ...s, from: addDays(s.from, -delay), to: addDays(s.to, -delay) };
}

/** Clusters of one group's events. Pure: the same members give the same clusters in any order. */
export function clusterGroup(events: readonly ClusterEvent[]): EventCluster[] {
  const sorted = [...events].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const storyStarts = storyStartsOf(sorted);
  const spans = new Map(sorted.map((e) => [e.key, reanchored(interval(e), e, storyStarts)]));
  const group = sorted.length ? groupKey(sorted[0]!) : '';
  const union = new KeyUnion();
  /** what each cluster stands for, by the key of its first member: names the cluster id */
  const named = new Map<string, { name: string; day?: string; code: string }>();
  const byName = new Map<string, string>();
  const join = (name: string, e: ClusterEvent, day?: string) => {
    const first = byName.get(name);
    union.find(e.key);
    if (first) union.union(first, e.key);
    else {
      byName.set(name, e.key);
      named.set(e.key, { name, code: e.cameo, ...(day ? { day } : {}) });
    }
  };
  const isTight = (e: ClusterEvent) => spans.get(e.key)?.tight === true && !isGeneric(e.cameo);
  // tight events: one happening per day and three-digit code
  for (const e of sorted) if (isTight(e)) join(`day|${spans.get(e.key)!.from}|${e.cameo.slice(0, 3)}`, e, spans.get(e.key)!.from);
  const tightClusters = [...named.entries()];
  // loose events join the one compatible tight cluster they fit
  const loose: ClusterEvent[] = [];
  for (const e of sorted) {
    if (isTight(e)) continue;
    const s = spans.get(e.key);
    const fits = s ? tightClusters.filter(([, c]) => c.day! >= s.from && c.day! <= s.to && compatibleCodes(c.code, e.cameo)) : [];
    if (fits.length === 1) union.union(fits[0]![0], e.key);
    else loose.push(e);
  }
  // the rest, in date order: a loose cluster keeps the days all its members allow (the intersection
  // of their intervals), and an event joins the first one whose days it overlaps — undated reports
  // of one happening on successive days meet, a weekly meeting does not run into one cluster
  const open: { first: string; from: string; to: string; code: string }[] = [];
  const byDate = (e: ClusterEvent) => spans.get(e.key) ?? { from: '~', to: '~' };
  loose.sort((a, b) => cmp(byDate(a).from, byDate(b).from) || cmp(byDate(a).to, byDate(b).to) || cmp(a.cameo, b.cameo) || cmp(a.key, b.key));
  for (const e of loose) {
    const s = spans.get(e.key);
    const c = s ? open.find((o) => o.from <= s.to && s.from <= o.to && compatibleCodes(o.code, e.cameo)) : undefined;
    if (c && s) {
      union.union(c.first, e.key);
      c.from = c.from > s.from ? c.from : s.from;
      c.to = c.to < s.to ? c.to : s.to;
    } else {
      join(`loose|${s?.from ?? '?'}|${s?.to ?? '?'}|${e.cameo}`, e);
      if (s) open.push({ first: e.key, from: s.from, to: s.to, code: e.cameo });
    }
  }
  const members = new Map<string, ClusterEvent[]>();
  for (const e of sorted) {
    const r = union.find(e.key);
    const list = members.get(r);
    if (list) list.push(e);
    else members.set(r, [e]);
  }
  // each set holds exactly one named member (loose events only join an existing set)
  const nameOf = new Map([...named].map(([k, c]) => [union.find(k), c.name]));
  return [...members].map(([root, m]) => summarise(clusterId(group, nameOf.get(root)!), m, spans));
}

function summarise(id: string, members: ClusterEvent[], spans: Map<string, ReturnType<typeof interval>>): EventCluster {
  const first = members[0]!;
  // mentions: per story, the copy that mentions the happening most often (copies add none)
  const perStory = new Map<string, Map<string, number>>();
  for (const e of members) {
    const article = e.key.split('#')[0]!;
    const byArticle = perStory.get(e.story) ?? new Map<string, number>();
    byArticle.set(article, (byArticle.get(article) ?? 0) + 1);
    perStory.set(e.story, byArticle);
  }
  let mentions = 0;
  for (const byArticle of perStory.values()) mentions += Math.max(...byArticle.values());
  const outlets = new Set(members.map((e) => e.outlet ?? `story:${e.story}`));
  const specific = members.find((e) => !isGeneric(e.cameo) && spans.get(e.key)?.tight);
  const codes = new Map<string, number>();
  for (const e of members) codes.set(e.cameo, (codes.get(e.cameo) ?? 0) + 1);
  const common = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  // the narrowest interval any member states is the cluster's date (ties: the earliest)
  let best: { from: string; to: string } | null = null;
  for (const e of members) {
    const s = spans.get(e.key);
    if (!s) continue;
    const w = dayCount(s.from, s.to);
    if (!best || w < dayCount(best.from, best.to) || (w === dayCount(best.from, best.to) && s.from < best.from)) best = s;
  }
  const published = members.map((e) => e.published).filter((p): p is string => p !== null).sort();
  const modalities: Record<string, number> = {};
  for (const e of members) modalities[e.modality] = (modalities[e.modality] ?? 0) + 1;
  return {
    id,
    source: first.source,
    target: first.target,
    root: first.cameo.slice(0, 2),
    cameo: specific?.cameo ?? common,
    from: best?.from ?? null,
    to: best?.to ?? null,
    members: members.map((e) => e.key),
    num_mentions: mentions,
    num_sources: outlets.size,
    num_articles: perStory.size,
    first_seen: published[0] ?? null,
    last_seen: published[published.length - 1] ?? null,
    modalities,
    negated: members.filter((e) => e.negated).length,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayCount(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** A cluster's id: what it stands for (group + day + code, or the vague report), not who reported it first. */
export function clusterId(group: string, name: string): string {
  return `c${createHash('sha1').update(`${group}\n${name}`).digest('hex').slice(0, 16)}`;
}

/** Clusters of any set of events (batch). */
export function clusterEvents(events: readonly ClusterEvent[]): EventCluster[] {
  const groups = new Map<string, ClusterEvent[]>();
  for (const e of events) {
    const g = groupKey(e);
    const list = groups.get(g);
    if (list) list.push(e);
    else groups.set(g, [e]);
  }
  const out: EventCluster[] = [];
  for (const g of [...groups.keys()].sort()) out.push(...clusterGroup(groups.get(g)!));
  return out;
}

/**
 * Incremental clustering: keeps events per group and re-clusters only the groups a new batch
 * touches. `clusters()` equals `clusterEvents(all events added)` whatever the order of the batches.
 */
export class EventClusterer {
  private readonly groups = new Map<string, Map<string, ClusterEvent>>();
  private readonly cache = new Map<string, EventCluster[]>();

  /** Adds events; an event whose key is known replaces the stored one (its story may have changed). */
  add(events: readonly ClusterEvent[]): Set<string> {
    const touched = new Set<string>();
    for (const e of events) {
      const g = groupKey(e);
      let m = this.groups.get(g);
      if (!m) this.groups.set(g, (m = new Map()));
      m.set(e.key, e);
      touched.add(g);
    }
    for (const g of touched) this.cache.set(g, clusterGroup([...this.groups.get(g)!.values()]));
    return touched;
  }

  clusters(): EventCluster[] {
    return [...this.cache.keys()].sort().flatMap((g) => this.cache.get(g)!);
  }
}
