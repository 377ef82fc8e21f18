// Name coreference: groups name mentions into entities. Gazetteer names join on what they denote
// (all of "U.S.", "the United States", "America" and the metonym "Washington" are the USA entity; "EU"
// and "European Union" one IGO); person names join full name <-> surname (the nearest earlier
// person whose last name matches, or a later full name when the surname comes first) and known
// aliases from the knowledge base; other names join on their normalised text or as an acronym of
// an earlier name. Each step looks up maps, never all pairs of mentions.
import type { Doc, EntityType } from '../../core/doc.js';
import type { ActorKB, GazValue } from '../../kb/index.js';
import type { WorkMention } from './mention.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';

export interface Cluster {
  readonly id: number;
  type: EntityType;
  /** what the cluster denotes when a gazetteer names it */
  gaz?: GazValue;
  /** canonical name (longest / gazetteer name) */
  name: string;
  mentions: WorkMention[];
  rule: string;
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export function gazKey(g: GazValue, kb: ActorKB): string {
  switch (g.kind) {
    case 'country':
      return `c:${g.id}`;
    case 'metonym': {
      const e = kb.tables.metonyms[g.index]!;
      return e.target === 'country' ? `c:${e.country}` : `m:${e.name}`;
    }
    case 'igo':
      return `i:${g.name}`;
    case 'media':
      return `o:${g.name}`;
    case 'demonym':
      return `n:${g.id}`;
    case 'capital':
      return `p:${g.id}:${g.index}`;
    case 'person':
      return `k:${g.name}`;
  }
}

function acronym(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

export function clusterNames(doc: Doc, kb: ActorKB, names: readonly WorkMention[]): Cluster[] {
  const text = doc.text;
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const bySurname = new Map<string, Cluster[]>();
  const byGiven = new Map<string, Cluster[]>();
  /** person clusters by the lower-cased tails of two or more words of their names */
  const byTail = new Map<string, Cluster[]>();
  const byAcronym = new Map<string, Cluster>();
  // "the Parliament of Iraq" … "the Parliament's decision": an organisation named "<body> of <place>"
  // is later called by its body alone; the short name joins it when one earlier name has that body
  const byBody = new Map<string, Cluster[]>();
  const pendingSurnames: WorkMention[] = [];
  const make = (key: string, m: WorkMention, name: string, rule: string): Cluster => {
    const c: Cluster = { id: clusters.length, type: m.type, gaz: m.gaz, name, mentions: [], rule };
    clusters.push(c);
    byKey.set(key, c);
    return c;
  };
  const join = (c: Cluster, m: WorkMention) => {
    c.mentions.push(m);
    m.cluster = c.id;
  };
  const indexPerson = (c: Cluster) => {
    const parts = c.name.split(' ');
    if (parts.length < 2) return;
    // the last word, and the longer tails a surname of several words may be ("de Blasio", "De La
    // Fuente", "Pierluisi Urrutia" after "Pedro R. Pierluisi Urrutia"), case-blind for a particle
    // that opens a sentence ("De Blasio")
    for (let k = 1; k < parts.length; k++) {
      const tail = parts.slice(parts.length - k).join(' ');
      const map = k === 1 ? bySurname : byTail;
      const key = k === 1 ? tail : tail.toLowerCase();
      const l = map.get(key) ?? [];
      if (!l.includes(c)) l.push(c);
      map.set(key, l);
    }
    const g = byGiven.get(parts[0]!) ?? [];
    if (!g.includes(c)) g.push(c);
    byGiven.set(parts[0]!, g);
  };
  for (const m of names) {
    const surface = norm(text.slice(m.start, m.end));
    if (m.gaz && m.gaz.kind !== 'person') {
      const key = gazKey(m.gaz, kb);
      let c = byKey.get(key);
      const canonical = m.gaz.kind === 'country' || (m.gaz.kind === 'metonym' && key.startsWith('c:')) ? kb.country(key.slice(2))?.name ?? surface : m.gaz.kind === 'demonym' || m.gaz.kind === 'capital' ? surface : m.gaz.name;
      if (!c) c = make(key, m, canonical, `entities:cluster-gazetteer-${m.gaz.kind}`);
      if (m.gaz.kind === 'metonym' && key.startsWith('c:')) m.kind = 'metonym';
      else if (m.gaz.kind === 'demonym') m.kind = 'demonym';
      if (!c.gaz || (c.gaz.kind === 'metonym' && m.gaz.kind === 'country')) c.gaz = m.gaz;
      join(c, m);
      continue;
    }
    if (m.type === 'PERSON') {
      const full = m.fullName ? norm(m.fullName) : surface;
      const kbHit = kb.people(full);
      const kbName = kbHit.length && kbHit.every((p) => p.name === kbHit[0]!.name) ? kbHit[0]!.name : null;
      const parts = full.split(' ');
      if (parts.length === 1) {
        // surname: nearest earlier person with that last name, else a known alias, else wait for a later full name
        const cands = bySurname.get(full);
        if (cands?.length) {
          m.kind = 'surname';
          join(cands[cands.length - 1]!, m);
          continue;
        }
        if (kbName && byKey.has(`P:${kbName}`)) {
          m.kind = 'surname';
          join(byKey.get(`P:${kbName}`)!, m);
          continue;
        }
        const same = byKey.get(`P:${full}`);
        if (same) {
          join(same, m);
          continue;
        }
        pendingSurnames.push(m);
        continue;
      }
      const key = `P:${kbName ?? full}`;
      let c = byKey.get(key);
      // a surname of several words: the nearest earlier person whose name ends with these words
      const longer = !c && !kbName ? byTail.get(full.toLowerCase()) : undefined;
      if (longer?.length) {
        m.kind = 'surname';
        m.rule += '+multiword-surname';
        join(longer[longer.length - 1]!, m);
        continue;
      }
      if (!c) {
        c = make(key, m, kbName ?? full, 'entities:cluster-person-name');
        if (kbName && kbName !== full) byKey.set(`P:${full}`, c);
      }
      join(c, m);
      indexPerson(c);
      continue;
    }
    // other names: normalised text without a leading article, or an acronym of an earlier name
    const key = `T:${PLACE_TYPES.has(m.type) ? 'L' : m.type}:${surface.replace(/^the /i, '').toLowerCase()}`;
    let c = byKey.get(key);
    if (!c && /^\p{Lu}{2,6}$/u.test(surface)) {
      c = byAcronym.get(surface);
      if (c) m.rule += '+acronym';
    }
    const bare = surface.replace(/^the /i, '');
    // the long form of an acronym defined just before it ("SABC (South African Broadcasting
    // Corporation)", defined-acronyms.ts) is the acronym's entity, and names it
    const short = !c && m.acronymOf?.cluster !== undefined ? clusters[m.acronymOf.cluster]! : undefined;
    if (short && short.type === m.type) {
      c = short;
      if (bare.length > c.name.length) c.name = bare;
      byKey.set(key, c);
      m.rule += '+acronym';
    }
    if (!c && m.type === 'ORG') {
      const bodies = byBody.get(bare.toLowerCase());
      if (bodies?.length === 1) {
        c = bodies[0]!;
        m.rule += '+body-of-place';
      }
    }
    if (!c) {
      c = make(key, m, bare, 'entities:cluster-name');
      const a = acronym(surface);
      if (a.length >= 2 && surface.includes(' ')) byAcronym.set(a, c);
      const of = m.type === 'ORG' ? /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*) of (?:the )?\p{Lu}/u.exec(bare) : null;
      if (of) {
        const l = byBody.get(of[1]!.toLowerCase()) ?? [];
        l.push(c);
        byBody.set(of[1]!.toLowerCase(), l);
      }
    }
    join(c, m);
  }
  // surnames seen before any full name: a later full name with that last name, else their own entity
  for (const m of pendingSurnames) {
    const surface = norm(m.fullName ?? text.slice(m.start, m.end));
    const cands = bySurname.get(surface);
    if (cands?.length) {
      m.kind = 'surname';
      join(cands[0]!, m);
      continue;
    }
    // a given name alone names the one person in the text with that first name ("Alan" after "Alan Kurdi")
    const given = byGiven.get(surface);
    if (given?.length === 1 && !kb.people(surface).length) {
      join(given[0]!, m);
      m.rule += '+given-name';
      continue;
    }
    const kbHit = kb.people(surface);
    const kbName = kbHit.length && kbHit.every((p) => p.name === kbHit[0]!.name) ? kbHit[0]!.name : null;
    const key = `P:${kbName ?? surface}`;
    let c = byKey.get(key);
    if (!c) c = make(key, m, kbName ?? surface, kbName ? 'entities:cluster-person-kb' : 'entities:cluster-person-name');
    if (kbName && kbName !== surface) m.kind = 'surname';
    join(c, m);
  }
  // a parenthesised first name anywhere names the whole cluster ("President (Donald) Trump")
  for (const c of clusters) {
    const fn = c.mentions.find((m) => m.fullName);
    if (fn && c.name.split(' ').length < 2) c.name = norm(fn.fullName!);
  }
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    // the cluster's type: its first mention's, unless a gazetteer said otherwise
    if (c.gaz) c.type = c.gaz.kind === 'metonym' ? (kb.tables.metonyms[c.gaz.index]!.target === 'country' ? 'GPE' : 'ORG') : c.gaz.kind === 'country' || c.gaz.kind === 'capital' ? 'GPE' : c.gaz.kind === 'demonym' ? 'NORP' : c.gaz.kind === 'person' ? 'PERSON' : 'ORG';
  }
  return clusters.filter((c) => c.mentions.length);
}
