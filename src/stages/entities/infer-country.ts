// Country inference for actors whose role is known but whose country the actor resolution did not
// settle ("Nigerian junior foreign minister Dubem Oniya": the owner sits past words the title
// lexicon does not know; "President Bush" -> GOV only). A refiner after actor resolution; it never
// overrides a country. A country is earned here, never guessed from what is near: no sentence,
// dateline or document majority rule (a U.S. envoy in a story datelined MOSCOW stays American).
// Sector-only actors may then take the article's context country, marked as such and never over an
// earned one (context-country.ts, sector-groups.ts). In order:
//   title-nationality  a nationality or country just before the title, past the words the title
//                lexicon does not know, or "of <country>" right after the titled name ("King
//                Hassan of Morocco") (country_source "title");
//   kb-any-date  the knowledge base knows the person under every entry as one country, even when no
//                entry covers the article date: a former or future office holder keeps his country
//                (country_source "kb"); a surname is looked up with its title ("President Reagan").
// Each inference is recorded in the entity's rule ("+infer-country:kb-any-date").
import type { CountrySource, Doc, Entity } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { copyEntity } from './entity-record.js';
import { isCountryCode } from '../../kb/country-code.js';

/** a capitalised country word or demonym (possibly possessive) and rank adjectives, right before a title */
/** "of <Country>" right after a titled name */
const OWNER_AFTER = /^ of (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})/;
const TITLE_OWNER = /(?:^|[^\w.'’-])((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*)?)(?:'s|’s)? (?:(?:junior|senior|deputy|former|new|acting|top|then|outgoing|interim|ousted|exiled|veteran|powerful)[ -])*$/;

function eligible(kb: ActorKB, e: Entity): boolean {
  if (e.country) return false;
  if (e.actor_code && /^(IGO|NGO|IMG|MNC)/.test(e.actor_code)) return false;
  if (e.sector === 'IGO' || e.sector === 'MED' || e.sector === 'BUS') return false;
  return e.type === 'PERSON' || (e.type === 'ORG' && !!e.sector && kb.tables.stateSectors.has(e.sector));
}

/** the one country the knowledge base gives a name under all its entries, or null */
function kbCountry(kb: ActorKB, name: string): string | null {
  const entries = kb.allPeople(name);
  if (!entries.length) return null;
  const cs = new Set(entries.map((p) => p.country));
  const c = cs.size === 1 ? [...cs][0]! : null;
  return c && isCountryCode(c) ? c : null;
}

/** the country named by the longest run of leading words ("United States Congress" -> USA) */
function longestCountry(kb: ActorKB, words: string): string | null {
  const w = words.replace(/[.,;:]+$/, '').split(' ');
  for (let n = w.length; n >= 1; n--) {
    const c = kb.countryOf(w.slice(0, n).join(' '));
    if (c) return c;
  }
  return null;
}

export function inferCountries(doc: Doc, kb: ActorKB, entities: readonly Entity[]): Entity[] {
  return entities.map((e) => {
    if (!eligible(kb, e)) return e;
    let country: string | null = null;
    let rule = 'title-nationality';
    let source: CountrySource = 'title';
    for (const m of e.mentions) {
      if (country || !m.title) continue;
      const before = TITLE_OWNER.exec(doc.text.slice(Math.max(0, m.title.start - 60), m.title.start));
      // "King Hassan of Morocco", "President Ahmed Diallo of Guinea": the owner after the name
      const after = before ? null : OWNER_AFTER.exec(doc.text.slice(m.end, m.end + 60));
      const c = before ? kb.countryOf(before[1]!) : after ? longestCountry(kb, after[1]!) : null;
      if (c && isCountryCode(c)) country = c;
    }
    if (!country && e.type === 'PERSON') {
      country = kbCountry(kb, e.name);
      // "President Reagan": the tables list office holders under their title and surname too
      for (const m of e.mentions) {
        if (country || !m.title || e.name.includes(' ')) continue;
        country = kbCountry(kb, `${doc.text.slice(m.title.start, m.title.end)} ${e.name}`);
      }
      rule = 'kb-any-date';
      source = 'kb';
    }
    if (!country) return e;
    const sector = e.sector;
    return copyEntity(e, { country, country_source: source, actor_code: country + (sector && sector !== 'IGO' ? sector : ''), rule: `${e.rule}+infer-country:${rule}` });
  });
}
