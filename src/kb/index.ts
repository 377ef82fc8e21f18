// The actor knowledge base: who is who, for which country, in what role, on a given date. Answers
// come from the bundled data files (data/actors), user entries (the user actor files a caller
// names in KbOptions; they win over bundled ones) and role observations learned from text
// ("U.K. Defense Secretary John Healey" -> GBR, GOV, Defense Secretary, article date). Observations
// are kept in memory here; a store can persist them and feed them back with addObservations().
import { CharTrie } from './trie.js';
import { loadKbTables, type KbTables, type PersonEntry, type TitleEntry, type CountryEntry, type IgoEntry } from './tables.js';
import { loadPhoenix, type PhoenixGroup, type PhoenixTables } from './phoenix.js';
import { isCountryCode } from './country-code.js';

export type { KbTables, KbOptions, NameWords, PersonEntry, TitleEntry, MetonymEntry, CountryEntry, IgoEntry, MediaEntry } from './tables.js';
export { loadKbTables, METONYM_SECTOR } from './tables.js';
export { CharTrie } from './trie.js';
export type { PhoenixGroup } from './phoenix.js';

export type GazKind = 'country' | 'demonym' | 'capital' | 'igo' | 'media' | 'metonym' | 'person';

export interface GazValue {
  readonly kind: GazKind;
  /** ISO alpha-3 for country/demonym/capital/metonym, the CAMEO code for an IGO, the name for media/person */
  readonly id: string;
  /** the canonical name of what the entry denotes */
  readonly name: string;
  readonly index: number;
  /** a person's alias (surname) rather than the full name: matched, but not an NER feature */
  readonly alias?: boolean;
}

/** One role observation learned from a text. */
export interface RoleObservation {
  readonly person: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly title: string;
  /** article date (YYYY-MM-DD…) or null */
  readonly date: string | null;
  /** document id and rule that produced it */
  readonly doc?: string;
  readonly rule: string;
}

export interface RoleAnswer {
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly role: string | null;
  /** 'user:<file>' | 'bundled' | 'observed' | 'phoenix' */
  readonly source: string;
}

const day = (d: string | null | undefined) => (d ? d.slice(0, 10) : null);

export class ActorKB {
  readonly tables: KbTables;
  /** case-sensitive names: countries, aliases, demonyms, capitals, IGOs, media, metonyms, people */
  readonly names = new CharTrie<GazValue>(false);
  /** case-folded title lexicon */
  readonly titles = new CharTrie<TitleEntry>(true);
  private readonly byIso = new Map<string, CountryEntry>();
  private readonly countryKey = new Map<string, string>();
  private readonly igoByCode = new Map<string, IgoEntry>();
  private readonly peopleByKey = new Map<string, PersonEntry[]>();
  private readonly observed = new Map<string, RoleObservation[]>();
  private phoenixTables: PhoenixTables | null = null;
  private sectorNounMap: ReadonlyMap<string, string> | null = null;
  /** forms of address (data/actors/honorifics.tsv), lower case, that a name key is looked up without */
  private readonly honorifics: ReadonlySet<string>;

  constructor(tables: KbTables = loadKbTables()) {
    this.honorifics = new Set([...tables.words.honorifics.keys()].map((w) => w.toLowerCase()));
    this.tables = tables;
    tables.countries.forEach((c, i) => {
      this.byIso.set(c.iso3, c);
      const add = (s: string, kind: GazKind) => {
        this.names.add(s, { kind, id: c.iso3, name: c.name, index: i });
        if (kind !== 'capital' || !this.countryKey.has(s.toLowerCase())) this.countryKey.set(s.toLowerCase(), c.iso3);
      };
      add(c.name, 'country');
      for (const a of c.aliases) add(a, 'country');
      for (const d of c.demonyms) add(d, 'demonym');
      for (const cap of c.capitals) add(cap, 'capital');
    });
    tables.igos.forEach((g, i) => {
      if (!this.igoByCode.has(g.code)) this.igoByCode.set(g.code, g);
      for (const s of [g.name, ...g.aliases]) this.names.add(s, { kind: 'igo', id: g.code, name: g.name, index: i });
    });
    tables.media.forEach((m, i) => {
      for (const s of [m.name, ...m.aliases]) this.names.add(s, { kind: 'media', id: m.name, name: m.name, index: i });
    });
    tables.metonyms.forEach((m, i) => this.names.add(m.name, { kind: 'metonym', id: m.country, name: m.name, index: i }));
    tables.people.forEach((p, i) => {
      // full names and the curated aliases (surnames of well-known office holders)
      this.names.add(p.name, { kind: 'person', id: p.name, name: p.name, index: i });
      for (const n of p.aliases) this.names.add(n, { kind: 'person', id: p.name, name: p.name, index: i, alias: true });
      for (const key of [p.name, ...p.aliases]) {
        const k = key.toLowerCase();
        const l = this.peopleByKey.get(k) ?? [];
        l.push(p);
        this.peopleByKey.set(k, l);
      }
    });
    for (const t of tables.titles) for (const v of [t.title, ...t.variants]) this.titles.add(v, t);
  }

  country(iso3: string): CountryEntry | undefined {
    return this.byIso.get(iso3);
  }

  igo(code: string): IgoEntry | undefined {
    return this.igoByCode.get(code);
  }

  /** ISO alpha-3 for a country name, short form, demonym or capital ("U.K." -> GBR, "Kyiv" -> UKR), else null. */
  countryOf(text: string): string | null {
    const k = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').replace(/'s$/i, '');
    return this.countryKey.get(k.toLowerCase()) ?? null;
  }

  /** Person entries (bundled and user) whose name or alias is `name` (case-insensitive). */
  people(name: string): readonly PersonEntry[] {
    return this.peopleByKey.get(name.toLowerCase()) ?? this.peopleByKey.get(nameVariant(name, this.honorifics)) ?? [];
  }

  /** The Phoenix tables, read on first use. */
  phoenix(): PhoenixTables {
    return (this.phoenixTables ??= loadPhoenix((iso) => this.byIso.has(iso)));
  }

  /** Phoenix person entries for a full name of two or more words (case-insensitive), dated ones first. */
  phoenixPeople(name: string): readonly PersonEntry[] {
    if (!name.includes(' ')) return [];
    const found = this.phoenix().people(name.toLowerCase());
    return found.length ? found : this.phoenix().people(nameVariant(name, this.honorifics));
  }

  /** Person entries of every source: bundled and user first, then Phoenix. */
  allPeople(name: string): readonly PersonEntry[] {
    const own = this.people(name);
    const ph = this.phoenixPeople(name);
    return ph.length ? [...own, ...ph] : own;
  }

  /** A named group or body of the Phoenix dictionaries ("Taliban" -> AFGREB), by its name or an alias. */
  group(name: string): PhoenixGroup | null {
    const key = name.replace(/^the /i, '');
    // a bare head word ("Senate", "Congress") names a body of whichever country the text is about:
    // Phoenix's one reading of it (the U.S. Congress) would be a guess
    if (!key.includes(' ') && this.tables.words.orgWords.has(key)) return null;
    return this.phoenix().groups.get(key.toLowerCase()) ?? null;
  }

  /**
   * The CAMEO role code of a group noun ("authorities" -> GOV, "state media" -> GOVMED, "lawmakers"
   * -> LEG): ours (group-nouns.tsv) first, then the Phoenix agent nouns; null for anything else.
   */
  groupCode(noun: string): string | null {
    const k = noun.toLowerCase();
    return this.tables.words.groupNouns.get(k) ?? this.phoenix().agents.get(k) ?? null;
  }

  /**
   * Lower-case nouns and titles -> the sector their holders belong to, as a noun phrase is read
   * ("officials" GOV, "prime minister" GOV, "airline" BUS): titles.tsv rows with a sector (title,
   * then its variants), then the sector nouns (group-nouns.tsv + sector-nouns.tsv); the first wins.
   */
  sectorNouns(): ReadonlyMap<string, string> {
    if (this.sectorNounMap) return this.sectorNounMap;
    const out = new Map<string, string>();
    const add = (k: string, code: string) => {
      const key = k.replace(/\s+/g, ' ').trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, code);
    };
    for (const t of this.tables.titles) {
      if (!t.sector) continue;
      add(t.title, t.sector);
      for (const v of t.variants) add(v, t.sector);
    }
    for (const [noun, code] of this.tables.words.sectorNouns) add(noun, code);
    this.sectorNounMap = out;
    return out;
  }

  /** The sector of a lower-case noun or title (sectorNouns), else null. */
  nounSector(noun: string): string | null {
    return this.sectorNouns().get(noun) ?? null;
  }

  /** The CAMEO role code of a singular agent noun naming one person ("federal judge" -> JUD), else null. */
  singularAgentCode(noun: string): string | null {
    return this.phoenix().singularAgents.get(noun.toLowerCase()) ?? null;
  }

  /**
   * Who held an office on `date`: the people whose role has the CAMEO code `code` ("USAGOV",
   * "AFGGOV", "IGOUNO") on that day, and whose role is `role` when one is given ("President"),
   * bundled and user entries first, then Phoenix (which has codes, not role names, and ends in 2014).
   */
  holders(code: string, date: string, role?: string): RoleAnswer[] {
    const d = day(date)!;
    const covers = (p: PersonEntry) => (!p.from || p.from <= d) && (!p.to || d < p.to);
    const dated = (p: PersonEntry) => !!(p.from || p.to);
    const codeOf = (p: PersonEntry) => (isCountryCode(p.country) ? p.country + p.sector : p.country);
    const want = role?.toLowerCase();
    const own = this.tables.people.filter((p) => codeOf(p) === code && covers(p) && (!want || p.role.toLowerCase() === want));
    const ph = want ? [] : this.phoenix().withCode(code).filter((p) => dated(p) && covers(p));
    const seen = new Set<string>();
    const out: RoleAnswer[] = [];
    for (const p of [...own, ...ph]) {
      if (seen.has(p.name.toLowerCase())) continue;
      seen.add(p.name.toLowerCase());
      out.push({ name: p.name, country: p.country, sector: p.sector || null, role: p.role || null, source: p.source });
    }
    return out;
  }

  addObservation(o: RoleObservation): void {
    const k = o.person.toLowerCase();
    const l = this.observed.get(k) ?? [];
    l.push(o);
    this.observed.set(k, l);
  }

  addObservations(os: readonly RoleObservation[]): void {
    for (const o of os) this.addObservation(o);
  }

  observations(person: string): readonly RoleObservation[] {
    return this.observed.get(person.toLowerCase()) ?? [];
  }

  /**
   * What was `name`'s role on `date`? User entries first, then bundled entries whose date range
   * covers the date, then the latest observation on or before the date (or the earliest after it),
   * then the Phoenix dictionaries (a dated entry covering the date, else an undated one).
   * Without a date, open-ended (current) entries are preferred.
   */
  roleOf(name: string, date: string | null): RoleAnswer | null {
    const d = day(date);
    const entries = this.people(name);
    const covers = (p: PersonEntry) => (d ? (!p.from || p.from <= d) && (!p.to || d < p.to) : !p.to);
    const pick = (src: (p: PersonEntry) => boolean) => entries.filter(src).find(covers);
    const hit = pick((p) => p.source.startsWith('user')) ?? pick((p) => p.source === 'bundled');
    if (hit) return { name: hit.name, country: hit.country, sector: hit.sector, role: hit.role, source: hit.source };
    const obs = [...this.observations(name)].sort((a, b) => (day(a.date) ?? '').localeCompare(day(b.date) ?? ''));
    if (obs.length) {
      const before = d ? obs.filter((o) => !o.date || day(o.date)! <= d) : obs;
      const o = before.length ? before[before.length - 1]! : obs[0]!;
      return { name: o.person, country: o.country, sector: o.sector, role: o.title, source: 'observed' };
    }
    const ph = this.phoenixPeople(name).find(covers);
    if (ph) return { name: ph.name, country: ph.country, sector: ph.sector || null, role: ph.role || null, source: 'phoenix' };
    return null;
  }
}

/**
 * The same name as the tables spell it: lower case, without a leading form of address a wire story
 * puts before a name the tables list bare ("Sheikh Hamad bin Khalifa …"; the words are
 * data/actors/honorifics.tsv, the one list of them), the Arabic article written apart ("al-Thani" ->
 * "al thani", as in "Hamad bin Khalifa Al Thani").
 */
function nameVariant(name: string, honorifics: ReadonlySet<string>): string {
  const v = name.toLowerCase().replace(/\b(al|el)-/g, '$1 ').replace(/\s+/g, ' ').trim();
  const space = v.indexOf(' ');
  return space > 0 && honorifics.has(v.slice(0, space)) ? v.slice(space + 1) : v;
}

/**
 * A new knowledge base of the bundled data/actors tables only, for scripts and tests that need one
 * outside a pipeline. Stages never call this: they get theirs from the resources they were built with
 * (src/stages/resources.ts), where user actor files are an option.
 */
export function defaultKb(): ActorKB {
  return new ActorKB(loadKbTables());
}
