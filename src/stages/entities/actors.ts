// Actor attributes for each entity: country (ISO alpha-3), sector, role and a CAMEO-style actor
// code. Countries and IGOs come from the knowledge base; a seat of government ("the Kremlin") is
// that country's government (RUSGOV); news organisations are MED; a person takes the role the text
// gives ("U.K. Defense Secretary John Healey" -> GBR, GOV, "Defense Secretary"), else the knowledge
// base's role on the article date; a person acting for an IGO ("EU foreign policy chief") takes the
// IGO's code. Each text-given role is also returned as a role observation for the knowledge base.
import type { CountrySource, Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { METONYM_SECTOR, type ActorKB, type RoleObservation } from '../../kb/index.js';
import { bestGaz } from './candidates.js';
import type { Cluster } from './cluster.js';
import { placedPeople } from './placed-people.js';
import { roleOwner } from './split-titles.js';
import { isCountryCode } from '../../kb/country-code.js';

export interface ActorInfo {
  country: string | null;
  sector: string | null;
  role: string | null;
  actor_code: string | null;
  /** what decided the country (null without one) */
  country_source: CountrySource | null;
  /** the knowledge-base entry matched, when one was */
  kb_id?: string | null;
  /** extra rule suffix explaining where the attributes came from */
  source: string;
  /** for a country read from context ('membership'): the text that gave it */
  evidence?: Span;
}

/** The sector an organisation's head word indicates ("Finance Ministry" -> GOV, "Sudanese Army" -> MIL). */
function orgSector(kb: ActorKB, name: string): string | null {
  const heads = kb.tables.words.orgWords;
  const words = name.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const key = heads.has(w) ? w : w[0] ? w[0].toUpperCase() + w.slice(1) : w;
    const s = heads.get(key);
    if (s) return s;
  }
  return null;
}


/** the first three-letter part of a CAMEO code from `from` on that is one of our sectors (NAFREB -> REB, NGOHRIMED -> NGO) */
export function codeSector(kb: ActorKB, code: string, from: number): string | null {
  for (let i = from; i + 3 <= code.length; i += 3) if (kb.tables.sectors.has(code.slice(i, i + 3))) return code.slice(i, i + 3);
  return null;
}

/** "his/her/their/the Finnish counterpart[,] <name>": the country word right before "counterpart" */
const COUNTERPART_BEFORE = /(?:^|\s)(?:his|her|their|its|the)\s+((?:[A-Z][\w.'’-]*)(?:\s[A-Z][\w.'’-]*)?)\s+counterparts?,?\s*$/;

/** The country a cluster's name mention is given as someone's counterpart ("her Finnish counterpart Mikko Lahtinen"). */
function counterpartCountry(doc: Doc, kb: ActorKB, c: Cluster): string | null {
  for (const m of c.mentions) {
    if (m.kind !== 'name') continue;
    const head = doc.text.slice(Math.max(0, m.start - 60), m.start);
    if (!head.includes('counterpart')) continue; // the regex only where it can match
    const before = COUNTERPART_BEFORE.exec(head);
    const iso = before ? kb.countryOf(before[1]!) : null;
    if (iso && isCountryCode(iso)) return iso;
  }
  return null;
}

/** the one country the tables give every entry of a name, or null */
function onePersonCountry(kb: ActorKB, name: string): string | null {
  const cs = new Set(kb.allPeople(name).map((p) => p.country));
  const c = cs.size === 1 ? [...cs][0]! : null;
  return c && isCountryCode(c) ? c : null;
}

export function code(country: string | null, sector: string | null): string | null {
  if (country && !isCountryCode(country)) return country; // an IGO code
  if (country && sector && sector !== 'IGO') return `${country}${sector}`;
  return country ?? sector ?? null;
}

export function actorInfo(doc: Doc, kb: ActorKB, c: Cluster, clusters: readonly Cluster[], date: string | null): ActorInfo {
  const g = c.gaz;
  if (g) {
    switch (g.kind) {
      case 'country':
        return { country: g.id, sector: null, role: null, actor_code: g.id, country_source: 'name', kb_id: `country:${g.id}`, source: 'country' };
      case 'metonym': {
        const e = kb.tables.metonyms[g.index]!;
        const sector = METONYM_SECTOR[e.target];
        return { country: e.country, sector, role: null, actor_code: code(e.country, sector), country_source: e.country ? 'name' : null, kb_id: `metonym:${e.name}`, source: `metonym-${e.target}` };
      }
      case 'igo':
        return { country: null, sector: 'IGO', role: null, actor_code: g.id, country_source: null, kb_id: `igo:${g.name}`, source: 'igo' };
      case 'media':
        return { country: kb.tables.media[g.index]!.country, sector: 'MED', role: null, actor_code: 'MED', country_source: kb.tables.media[g.index]!.country ? 'kb' : null, kb_id: `media:${g.name}`, source: 'media' };
      case 'capital':
        return { country: g.id, sector: null, role: null, actor_code: null, country_source: 'name', kb_id: `country:${g.id}`, source: 'city' };
      case 'demonym': {
        // "Bosnian Serbs", "ethnic Albanians in south Serbia": the state the words place the people in
        const placed = placedPeople(doc, kb, c, g.id);
        if (placed) return { country: placed.country, sector: null, role: null, actor_code: placed.country, country_source: placed.how, kb_id: `country:${placed.country}`, source: 'placed-people', ...(placed.evidence ? { evidence: placed.evidence } : {}) };
        return { country: g.id, sector: null, role: null, actor_code: g.id, country_source: 'name', kb_id: `country:${g.id}`, source: 'demonym' };
      }
      case 'person':
        break;
    }
  }
  if (c.type === 'PERSON') {
    const titled = c.mentions.find((m) => m.titleEntry && m.roleCountry) ?? c.mentions.find((m) => m.titleEntry);
    const known = kb.roleOf(c.name, date);
    const own = kb.people(c.name);
    const ph = own.length ? [] : kb.phoenixPeople(c.name);
    const kbId = own.length ? `person:${own[0]!.name}` : ph.length ? `phoenix:${ph[0]!.name}` : null;
    const knownSource: CountrySource = known?.source === 'observed' ? 'observation' : 'kb';
    const knownCountry = known?.country && isCountryCode(known.country) ? known.country : null;
    const counterpart = counterpartCountry(doc, kb, c);
    // "the sixteen-year-old Swede" said of the person (coref-nominals.ts)
    const nationality = c.mentions.find((m) => m.nationality)?.nationality ?? null;
    if (titled) {
      const entry = titled.titleEntry!;
      const stated = titled.roleCountry ?? counterpart ?? null;
      const owner = stated ?? known?.country ?? nationality;
      const role = doc.text.slice(titled.title!.start, titled.title!.end);
      // a role without its own sector (spokesperson, official) serves its owner: a state's is GOV,
      // a seat of government's takes that sector ("Kremlin spokesman"), an IGO's is the IGO's
      // the office the knowledge base says this person holds, named as such, keeps the KB's sector
      // ("Hong Kong Chief Executive Carrie Lam" is GOV although a chief executive is usually BUS)
      const holds = known?.sector && known.country === owner && known.role?.toLowerCase() === role.toLowerCase();
      const sector = (holds ? known.sector : null) || entry.sector || titled.roleSector || (owner && isCountryCode(owner) ? 'GOV' : owner ? 'IGO' : null);
      const country = owner && isCountryCode(owner) ? owner : null;
      const countrySource: CountrySource | null = !country ? null : titled.roleCountry ? (titled.appositive ? 'appositive' : 'title') : stated ? 'counterpart' : known?.country ? knownSource : 'nationality';
      return { country, sector, role, actor_code: code(owner, sector), country_source: countrySource, kb_id: kbId, source: titled.roleCountry ? 'text-title' : known ? 'text-title+kb-country' : 'text-title' };
    }
    if (counterpart) {
      return { country: counterpart, sector: known?.sector ?? null, role: known?.role ?? null, actor_code: code(counterpart, known?.sector ?? null), country_source: 'counterpart', kb_id: kbId, source: 'counterpart' };
    }
    if (!known && nationality) {
      return { country: nationality, sector: null, role: null, actor_code: nationality, country_source: 'nationality', kb_id: kbId, source: 'nominal-demonym' };
    }
    if (known) {
      return { country: knownCountry, sector: known.sector, role: known.role, actor_code: code(known.country, known.sector), country_source: knownCountry ? knownSource : null, kb_id: kbId, source: `kb-${known.source.split(':')[0]}` };
    }
    return { country: null, sector: null, role: null, actor_code: null, country_source: null, kb_id: kbId, source: 'unknown' };
  }
  if (c.type === 'ORG') {
    // a nationality adjective on a group noun ("Greek authorities", "Israeli forces")
    const group = c.mentions.find((m) => m.group);
    if (group) {
      const { country, sector, code: actorCode } = group.group!;
      return { country, sector, role: null, actor_code: actorCode, country_source: 'nationality', kb_id: null, source: 'nationality-group' };
    }
    // a named group or body of the Phoenix dictionaries ("Taliban" -> AFGREB, "Human Rights Watch" -> NGOHRI)
    const known = kb.group(c.name);
    if (known) {
      const iso = known.code.slice(0, 3);
      const country = kb.country(iso) ? iso : null;
      const sector = codeSector(kb, known.code, country ? 3 : 0) ?? orgSector(kb, c.name);
      return { country, sector, role: null, actor_code: known.code, country_source: country ? 'kb' : null, kb_id: `phoenix-group:${known.name}`, source: 'kb-group' };
    }
    // "<person> administration" (person-orgs.ts): that person's government, with the person's
    // country when the person's country is earned
    let country: string | null = null;
    let countrySource: CountrySource | null = null;
    const body = c.mentions.find((m) => m.origin === 'person-org');
    if (body) {
      const p = clusters.find((o) => o.type === 'PERSON' && o.mentions.some((m) => m.origin !== 'person-org' && m.tokFrom === body.tokFrom && m.tokTo === body.tokTo - 1));
      const pi = p ? actorInfo(doc, kb, p, [], date) : null;
      const who = doc.text.slice(body.start, doc.tokens[body.tokTo - 2]!.end);
      // "the Bush administration" in a story of another date: a head of government the tables know
      // under one country whatever the date (both Presidents Bush are American)
      const anyDate = pi?.country ? null : onePersonCountry(kb, `President ${who}`) ?? onePersonCountry(kb, `Prime Minister ${who}`);
      const pc = pi?.country ?? anyDate;
      if (pc && isCountryCode(pc)) {
        country = pc;
        countrySource = pi?.country ? pi.country_source : 'kb';
      }
    }
    // a country named inside the organisation's name ("Ukrainian Air Force", "Bank of Japan")
    // an international organisation's body ("African Union Commission") acts for the IGO
    let igo: string | null = null;
    if (!country) {
      const m = c.mentions.find((x) => x.kind === 'name');
      if (m) {
        for (let i = m.tokFrom; i < m.tokTo && !country; i++) {
          const hit = kb.names.longestAt(doc.text, doc.tokens, i, m.tokTo - i);
          if (hit) {
            const o = roleOwner(bestGaz(hit.values, kb), kb);
            if (o && isCountryCode(o)) {
              country = o;
              countrySource = 'name';
            } else if (o && !igo) igo = o;
          }
        }
      }
    }
    if (!country && igo) return { country: null, sector: 'IGO', role: null, actor_code: igo, country_source: null, kb_id: null, source: 'org-name-igo' };
    const sector = orgSector(kb, c.name);
    return { country, sector, role: null, actor_code: country ? code(country, sector) : null, country_source: countrySource, kb_id: null, source: 'org-name' };
  }
  if (c.type === 'GPE') {
    // "Bosnian Croat" read as one place name: a people qualified by a state's adjective is that state's
    const words = c.name.split(' ');
    const first = words.length === 2 ? kb.countryOf(words[0]!) : null;
    const people = words.length === 2 ? kb.countryOf(words[1]!) : null;
    if (first && people && first !== people && kb.country(first)?.demonyms.includes(words[0]!) && kb.country(people)?.demonyms.some((d) => words[1]!.startsWith(d))) {
      return { country: first, sector: null, role: null, actor_code: first, country_source: 'nationality', kb_id: `country:${first}`, source: 'placed-people' };
    }
    const iso = kb.countryOf(c.name);
    return { country: iso, sector: null, role: null, actor_code: null, country_source: iso ? 'name' : null, kb_id: iso ? `country:${iso}` : null, source: 'place' };
  }
  return { country: null, sector: null, role: null, actor_code: null, country_source: null, kb_id: null, source: 'none' };
}

/** Role observations the text states ("<country> <title> <name>", appositives). */
export function roleObservations(doc: Doc, clusters: readonly Cluster[], date: string | null): RoleObservation[] {
  const out: RoleObservation[] = [];
  for (const c of clusters) {
    if (c.type !== 'PERSON' || c.name.split(' ').length < 2) continue;
    const seen = new Set<string>();
    for (const m of c.mentions) {
      if (!m.titleEntry || !m.title) continue;
      const title = doc.text.slice(m.title.start, m.title.end);
      const k = `${title}|${m.roleCountry ?? ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({
        person: c.name,
        country: m.roleCountry ?? null,
        sector: m.titleEntry.sector || m.roleSector || (m.roleCountry ? (isCountryCode(m.roleCountry) ? 'GOV' : 'IGO') : null),
        title,
        date,
        doc: doc.id || undefined,
        rule: m.appositive ? 'entities:role-appositive' : 'entities:role-title-name',
      });
    }
  }
  return out;
}
