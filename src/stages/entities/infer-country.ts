// Country inference for actors whose role is known but whose country the text never states
// ("President Bush" -> GOV only, a "Liberation Front" with a REB sector). A refiner after actor
// resolution; it never overrides a stated country. In order, the first rule that settles a country
// wins:
//   title-nationality  a nationality or country just before the title, past the words the title
//                lexicon does not know ("Nigerian junior foreign minister Dubem Oniya");
//   kb-any-date  the knowledge base knows the person under every entry as one country, even when no
//                entry covers the article date (a former or future office holder keeps his country);
//   sentence     exactly one country is named (name, demonym, capital) in the sentences where the
//                actor is named, not counting the actor itself;
//   dateline     the article opens with a dateline whose city the knowledge base knows
//                ("JERUSALEM (AP) —", "MOSCOW, March 3 (Reuters) -");
//   document     one country has most of the document's country mentions (at least two of them and
//                more than all the others together).
// The sentence/document rules only apply to actors with a role or sector (a titled person, an
// armed or political group): an untitled name in a story about Nigeria may well be a foreigner.
// Each inference is recorded in the entity's rule ("+infer-country:dateline").
import type { Doc, Entity } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { COUNTRY_NAMING_TYPES } from '../../lexicon/entity-types.js';
import { AGENCY_CREDIT } from '../../lexicon/datelines.js';

const ISO = /^[A-Z]{3}$/;
/** sectors of actors that act for a state or against one; businesses, media and IGOs are left alone */
/** a capitalised country word or demonym (possibly possessive) and rank adjectives, right before a title */
/** "CITY, Region (Agency) —" at the start of an article */
const DATELINE = new RegExp(`^\\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2})(?:,[^\\n()]{0,40})?\\s*(?:${AGENCY_CREDIT}\\s*)?[-–—]{1,2}\\s`);
const AGENCY = new RegExp(AGENCY_CREDIT);
const TITLE_OWNER = /(?:^|[^\w.'’-])((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*)?)(?:'s|’s)? (?:(?:junior|senior|deputy|former|new|acting|top|then|outgoing|interim|ousted|exiled|veteran|powerful)[ -])*$/;

/** the country of an article's dateline city, or null */
export function datelineCountry(text: string, kb: ActorKB): string | null {
  const head = text.slice(0, 120);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const city = m[1]!;
  // an all-caps dateline city or a "City (Agency) —" opening; a plain sentence start is no dateline
  if (city !== city.toUpperCase() && !AGENCY.test(m[0])) return null;
  const iso = kb.countryOf(city);
  return iso && ISO.test(iso) ? iso : null;
}

function eligible(kb: ActorKB, e: Entity): 'any' | 'titled' | null {
  if (e.country) return null;
  if (e.actor_code && /^(IGO|NGO|IMG|MNC)/.test(e.actor_code)) return null;
  if (e.sector === 'IGO' || e.sector === 'MED' || e.sector === 'BUS') return null;
  if (e.type === 'PERSON') return e.role || (e.sector && kb.tables.stateSectors.has(e.sector)) ? 'titled' : 'any';
  if (e.type === 'ORG' && e.sector && kb.tables.stateSectors.has(e.sector)) return 'titled';
  return null;
}

/** the one country the knowledge base gives a name under all its entries, or null */
function kbCountry(kb: ActorKB, name: string): string | null {
  const entries = kb.people(name);
  if (!entries.length) return null;
  const cs = new Set(entries.map((p) => p.country));
  const c = cs.size === 1 ? [...cs][0]! : null;
  return c && ISO.test(c) ? c : null;
}

export function inferCountries(doc: Doc, kb: ActorKB, entities: readonly Entity[]): Entity[] {
  if (!entities.some((e) => eligible(kb, e))) return [...entities];
  // country mentions per sentence and in the whole document
  const sentOf = (pos: number): number => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const bySentence = new Map<number, Map<string, Set<string>>>(); // sentence -> country -> entity ids
  const total = new Map<string, number>();
  for (const e of entities) {
    if (!COUNTRY_NAMING_TYPES.has(e.type) || !e.country || !ISO.test(e.country)) continue;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun' || m.kind === 'nominal') continue;
      const s = doc.sentences.length ? sentOf(m.start) : 0;
      let per = bySentence.get(s);
      if (!per) bySentence.set(s, (per = new Map()));
      let ids = per.get(e.country);
      if (!ids) per.set(e.country, (ids = new Set()));
      ids.add(e.id);
      total.set(e.country, (total.get(e.country) ?? 0) + 1);
    }
  }
  let docCountry: string | null = null;
  const all = [...total.values()].reduce((a, b) => a + b, 0);
  for (const [c, n] of total) if (n >= 2 && n * 2 > all) docCountry = c;
  let dateline: string | null | undefined;

  return entities.map((e) => {
    const how = eligible(kb, e);
    if (!how) return e;
    let country: string | null = null;
    let rule = 'title-nationality';
    for (const m of e.mentions) {
      if (country || !m.title) continue;
      const before = TITLE_OWNER.exec(doc.text.slice(Math.max(0, m.title.start - 60), m.title.start));
      const c = before ? kb.countryOf(before[1]!) : null;
      if (c && ISO.test(c)) country = c;
    }
    if (!country && e.type === 'PERSON') {
      country = kbCountry(kb, e.name);
      rule = 'kb-any-date';
    }
    if (!country && how === 'titled') {
      const found = new Set<string>();
      for (const m of e.mentions) {
        if (m.kind === 'pronoun') continue;
        const per = bySentence.get(doc.sentences.length ? sentOf(m.start) : 0);
        if (per) for (const [c, ids] of per) if (!(ids.size === 1 && ids.has(e.id))) found.add(c);
      }
      if (found.size === 1) {
        country = [...found][0]!;
        rule = 'sentence';
      }
    }
    if (!country) {
      if (dateline === undefined) dateline = datelineCountry(doc.text, kb);
      if (dateline) {
        country = dateline;
        rule = 'dateline';
      }
    }
    if (!country && how === 'titled' && docCountry) {
      country = docCountry;
      rule = 'document';
    }
    if (!country) return e;
    const sector = e.sector;
    return { ...e, country, actor_code: country + (sector && sector !== 'IGO' ? sector : ''), rule: `${e.rule}+infer-country:${rule}` };
  });
}
