// The small API other stages use to ask the entities layer questions:
//   mentionIndex(doc)        all mentions sorted by offset, with their entity (built once per Doc)
//   entityAt(doc, at)        the entity + mention covering an offset or span (the innermost one)
//   entitiesIn(doc, span)    every mention overlapping a span (e.g. a quote's speaker clause)
//   entityById(doc, id)      "e3" -> Entity
//   countryOf(kb, text)      gazetteer lookup: "U.K.", "British", "Kyiv", "the Kremlin" -> ISO alpha-3
//   actorCodeOf(kb, text)    the CAMEO-style code a bare name denotes ("Kremlin" -> RUSGOV, "NATO" -> IGOWSTNAT)
import type { Doc, Entity, Mention } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { METONYM_SECTOR, type ActorKB } from '../../kb/index.js';
import { CharTrie } from '../../kb/trie.js';

export interface MentionRef {
  readonly entity: Entity;
  readonly mention: Mention;
}

export interface MentionIndex {
  /** all mentions by start offset (ties: longer first) */
  readonly refs: readonly MentionRef[];
  /** the innermost mention covering the span (or offset) */
  at(s: Span | number): MentionRef | null;
  /** mentions overlapping the span, in text order */
  overlapping(s: Span): MentionRef[];
}

const cache = new WeakMap<Doc, MentionIndex>();

export function mentionIndex(doc: Doc): MentionIndex {
  let ix = cache.get(doc);
  if (ix) return ix;
  const refs: MentionRef[] = [];
  for (const e of doc.entities) for (const m of e.mentions) refs.push({ entity: e, mention: m });
  refs.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  let maxLen = 0;
  for (const r of refs) maxLen = Math.max(maxLen, r.mention.end - r.mention.start);
  // first ref whose start >= x
  const lower = (x: number) => {
    let lo = 0;
    let hi = refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (refs[mid]!.mention.start < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const overlapping = (s: Span): MentionRef[] => {
    const out: MentionRef[] = [];
    // a mention overlapping s starts after s.start - maxLen: bounded scan
    for (let i = lower(s.start - maxLen); i < refs.length && refs[i]!.mention.start < Math.max(s.end, s.start + 1); i++) {
      const m = refs[i]!.mention;
      if (m.end > s.start && (m.start < s.end || (s.start === s.end && m.start <= s.start))) out.push(refs[i]!);
    }
    return out;
  };
  ix = {
    refs,
    overlapping,
    at(s) {
      const sp = typeof s === 'number' ? { start: s, end: s + 1 } : s;
      let best: MentionRef | null = null;
      for (const r of overlapping(sp)) {
        const m = r.mention;
        if (m.start <= sp.start && sp.end <= m.end && (!best || m.end - m.start < best.mention.end - best.mention.start)) best = r;
      }
      return best;
    },
  };
  cache.set(doc, ix);
  return ix;
}

/** The entity and mention covering an offset or span (innermost), or null. */
export function entityAt(doc: Doc, at: Span | number): MentionRef | null {
  return mentionIndex(doc).at(at);
}

/** Every mention overlapping the span, in text order. */
export function entitiesIn(doc: Doc, s: Span): MentionRef[] {
  return mentionIndex(doc).overlapping(s);
}

export function entityById(doc: Doc, id: string): Entity | null {
  return doc.entities.find((e) => e.id === id) ?? null;
}

/** ISO alpha-3 for a country name, short form, demonym, capital or seat of government; else null. */
export function countryOf(kb: ActorKB, text: string): string | null {
  const direct = kb.countryOf(text);
  if (direct) return direct;
  const t = text.trim().replace(/^the\s+/i, '');
  const m = kb.tables.metonyms.find((x) => x.name.toLowerCase() === t.toLowerCase());
  return m ? m.country : null;
}

/** per knowledge base, built on first use */
const codeTries = new WeakMap<ActorKB, CharTrie<string>>();

/** The actor code a bare name denotes: countries (GBR), seats of government (RUSGOV), IGOs, media (MED). */
export function actorCodeOf(kb: ActorKB, text: string): string | null {
  let codeTrie = codeTries.get(kb);
  if (!codeTrie) {
    codeTrie = new CharTrie<string>(true);
    codeTries.set(kb, codeTrie);
    for (const c of kb.tables.countries) for (const n of [c.name, ...c.aliases]) codeTrie.add(n, c.iso3);
    for (const m of kb.tables.metonyms) codeTrie.add(m.name, `${m.country}${METONYM_SECTOR[m.target] ?? ''}`);
    for (const g of kb.tables.igos) for (const n of [g.name, ...g.aliases]) codeTrie.add(n, g.code);
    for (const m of kb.tables.media) for (const n of [m.name, ...m.aliases]) codeTrie.add(n, 'MED');
  }
  const t = text.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  const hit = codeTrie.longestAt(t, [{ start: 0, end: t.length }], 0);
  if (hit) return hit.values[0]!;
  return null;
}
