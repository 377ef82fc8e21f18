// The actor knowledge base tables, read from data/actors/*.tsv through the one data loader:
// countries (ISO alpha-3, names, short forms, demonyms, capitals), international organisations
// (CAMEO IGO codes), sectors, the title lexicon (role -> sector), metonyms (seats of government,
// capitals used for a state), news organisations (MED), dated person entries and the word lists that
// read names in text (forms of address, portfolios, organisation words, not-names, places). User
// entries come from the files named in KbOptions (the resources option userActorFiles) and add to /
// override the bundled ones.
import { readFileSync } from 'node:fs';
import { loadTsv, parseTsv } from '../core/data-loader.js';
import { NewsgraphError } from '../core/errors.js';

export interface CountryEntry {
  readonly iso3: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

export interface IgoEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly example: string;
}

export interface TitleEntry {
  readonly title: string;
  readonly variants: readonly string[];
  /** '' when the role takes the sector of the organisation it serves (spokesperson, official) */
  readonly sector: string;
  readonly example: string;
}

export type MetonymTarget = 'country' | 'government' | 'military' | 'legislature';

/** the sector a metonym stands for ("the Kremlin" government → GOV); a country metonym has none */
export const METONYM_SECTOR: Readonly<Record<MetonymTarget, string | null>> = { country: null, government: 'GOV', military: 'MIL', legislature: 'LEG' };

export interface MetonymEntry {
  readonly name: string;
  readonly country: string;
  readonly target: MetonymTarget;
  readonly type: 'ORG' | 'GPE';
  readonly example: string;
}

export interface MediaEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
  readonly example: string;
}

export interface PersonEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO alpha-3 or an IGO actor code (IGOEUREEC) for officials of an international organisation */
  readonly country: string;
  readonly role: string;
  readonly sector: string;
  /** ISO dates, null when open */
  readonly from: string | null;
  readonly to: string | null;
  readonly source: string;
}

/** The word lists of data/actors that read names in text (not actors themselves). */
export interface NameWords {
  /** forms of address (honorifics.tsv) -> gender ('m', 'f' or '') */
  readonly honorifics: ReadonlyMap<string, string>;
  /** cabinet portfolio words (portfolios.tsv), as written and lower-cased: "Agriculture Minister" */
  readonly portfolios: ReadonlySet<string>;
  /** organisation head words (org-words.tsv) -> sector ('' for none) */
  readonly orgWords: ReadonlyMap<string, string>;
  /** capitalised words that are not names: months, weekdays, deities… (not-names.tsv) */
  readonly notNames: ReadonlySet<string>;
  /** the words that name a storm before its name ("Hurricane", "Tropical Storm"; not-names.tsv class storm), as word sequences by their first word */
  readonly stormWords: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /** lower-cased place names (places.tsv, ’ as ') -> kind (city, region) */
  readonly places: ReadonlyMap<string, string>;
  /** place-words.tsv, lower case: last words of facility names ("airport"), words of landform names ("river") */
  readonly facilityWords: ReadonlySet<string>;
  readonly landformWords: ReadonlySet<string>;
  /** place-words.tsv, as written: nouns after names that make them places ("counties", "province") */
  readonly adminUnits: ReadonlySet<string>;
  /** place-words.tsv: words after a person's name that make the pair an organisation ("administration") */
  readonly personOrgHeads: ReadonlySet<string>;
  /** org-descriptors.tsv, lower case: nouns heading a description that makes a name an organisation ("Staedtler, a stationery company") */
  readonly orgDescriptors: ReadonlySet<string>;
  /** group-nouns.tsv, lower case: nouns that after a nationality stand for its actors ("authorities" -> GOV) */
  readonly groupNouns: ReadonlyMap<string, string>;
  /** every sector noun, lower case -> CAMEO role code: group-nouns.tsv, then sector-nouns.tsv (the nouns
   * only the events layer's phrase reading uses: "spokesman" GOV, "gunman" CRM; each noun that differs
   * from the Phoenix agents table says why in the file) */
  readonly sectorNouns: ReadonlyMap<string, string>;
}

export interface KbTables {
  readonly countries: readonly CountryEntry[];
  readonly igos: readonly IgoEntry[];
  readonly sectors: ReadonlyMap<string, string>;
  /** sectors whose bare noun is a political actor for event coding (sectors.tsv, political) */
  readonly politicalSectors: ReadonlySet<string>;
  /** sectors whose officials belong to a country (sectors.tsv, state) */
  readonly stateSectors: ReadonlySet<string>;
  /** sectors whose actor with no country of its own takes the country the article is about (sectors.tsv, story) */
  readonly storySectors: ReadonlySet<string>;
  /** a territory the gazetteer codes as a country (HKG) → the state it is part of (CHN) (territories.tsv) */
  readonly sovereigns: ReadonlyMap<string, string>;
  readonly titles: readonly TitleEntry[];
  readonly metonyms: readonly MetonymEntry[];
  readonly media: readonly MediaEntry[];
  readonly people: readonly PersonEntry[];
  readonly words: NameWords;
}

/** Where user actor entries come from: TSV files with the columns of data/actors/people.tsv. */
export interface KbOptions {
  /** user actor files; their entries add to and win over the bundled ones */
  readonly userActorFiles?: readonly string[];
}

const list = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

function peopleRows(rows: readonly Record<string, string>[], source: string, file: string): PersonEntry[] {
  return rows.map((r, i) => {
    if (!r.name || !r.country) throw new NewsgraphError('E030', `${file}: row ${i + 1} needs "name" and "country", found ${JSON.stringify(r)}`, file);
    return {
      name: r.name,
      aliases: list(r.aliases),
      country: r.country,
      role: r.role ?? '',
      sector: r.sector || 'GOV',
      from: r.from || null,
      to: r.to || null,
      source,
    };
  });
}

/** Reads a user actor file (same columns as data/actors/people.tsv). */
export function readUserPeople(path: string): PersonEntry[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new NewsgraphError('E030', `user actor file ${path} cannot be read (expected a TSV with name, aliases, country, role, sector, from, to)`, path);
  }
  const t = parseTsv(content, path, ['name', 'country']);
  return peopleRows(t.rows, `user:${path}`, path);
}

/** group-nouns.tsv's nouns, then sector-nouns.tsv's; a noun in both files is an error (one definition per noun). */
function sectorNouns(groupNouns: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(groupNouns);
  for (const r of loadTsv('actors/sector-nouns.tsv', ['noun', 'code', 'phoenix', 'decision']).rows) {
    const k = r.noun!.toLowerCase();
    if (out.has(k)) throw new NewsgraphError('E030', `data/actors/sector-nouns.tsv: "${r.noun}" is defined twice (or already in group-nouns.tsv)`);
    out.set(k, r.code!);
  }
  return out;
}

/** word sequences by their first word (a text is scanned token by token for them) */
function byFirstWord(seqs: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  const m = new Map<string, Array<readonly string[]>>();
  for (const q of seqs) m.set(q[0]!, [...(m.get(q[0]!) ?? []), q]);
  return m;
}

function nameWords(): NameWords {
  const placeWords = loadTsv('actors/place-words.tsv', ['word', 'class', 'example']).rows;
  const groupNouns = new Map(loadTsv('actors/group-nouns.tsv', ['noun', 'code']).rows.map((r) => [r.noun!.toLowerCase(), r.code!]));
  const notNames = loadTsv('actors/not-names.tsv', ['word', 'class']).rows;
  const ofClass = (cls: string) => new Set(placeWords.filter((r) => r.class === cls).map((r) => r.word!));
  for (const r of placeWords) {
    if (!['facility', 'landform', 'admin-unit', 'person-org'].includes(r.class!)) throw new NewsgraphError('E030', `data/actors/place-words.tsv: class must be facility|landform|admin-unit|person-org, found "${r.class}" for "${r.word}"`);
  }
  return {
    facilityWords: ofClass('facility'),
    landformWords: ofClass('landform'),
    adminUnits: ofClass('admin-unit'),
    personOrgHeads: ofClass('person-org'),
    orgDescriptors: new Set(loadTsv('actors/org-descriptors.tsv', ['noun', 'kind']).rows.map((r) => r.noun!.toLowerCase())),
    groupNouns,
    sectorNouns: sectorNouns(groupNouns),
    honorifics: new Map(loadTsv('actors/honorifics.tsv', ['word', 'gender']).rows.map((r) => [r.word!, r.gender ?? ''])),
    portfolios: new Set(loadTsv('actors/portfolios.tsv', ['word']).rows.flatMap((r) => [r.word!, r.word!.toLowerCase()])),
    orgWords: new Map(loadTsv('actors/org-words.tsv', ['word', 'sector']).rows.map((r) => [r.word!, r.sector ?? ''])),
    notNames: new Set(notNames.map((r) => r.word!)),
    stormWords: byFirstWord(notNames.filter((r) => r.class === 'storm').map((r) => r.word!.split(' '))),
    places: new Map(loadTsv('actors/places.tsv', ['name', 'kind']).rows.map((r) => [r.name!.toLowerCase().replace(/’/g, "'"), r.kind ?? ''])),
  };
}

/** The bundled tables plus the user actor files of `opts` (read on every call: callers keep the result). */
export function loadKbTables(opts: KbOptions = {}): KbTables {
  const countries = loadTsv('actors/countries.tsv', ['iso3', 'name']).rows.map((r) => ({
    iso3: r.iso3!,
    name: r.name!,
    aliases: list(r.aliases),
    demonyms: list(r.demonyms),
    capitals: list(r.capital),
  }));
  // peoples coded by the one state they live in ("Yoruba leaders" NGA) read as that state's demonyms
  const peoples = new Map<string, string[]>();
  for (const r of loadTsv('actors/peoples.tsv', ['people', 'iso3']).rows) peoples.set(r.iso3!, [...(peoples.get(r.iso3!) ?? []), r.people!]);
  for (const c of countries) if (peoples.has(c.iso3)) c.demonyms = [...c.demonyms, ...peoples.get(c.iso3)!];
  const igos = loadTsv('actors/igos.tsv', ['code', 'name']).rows.map((r) => ({ code: r.code!, name: r.name!, aliases: list(r.aliases), example: r.example ?? '' }));
  const sectorRows = loadTsv('actors/sectors.tsv', ['code', 'name', 'political', 'state', 'story']).rows;
  const sectors = new Map(sectorRows.map((r) => [r.code!, r.name!] as const));
  const politicalSectors = new Set(sectorRows.filter((r) => r.political === 'yes').map((r) => r.code!));
  const stateSectors = new Set(sectorRows.filter((r) => r.state === 'yes').map((r) => r.code!));
  const storySectors = new Set(sectorRows.filter((r) => r.story === 'yes').map((r) => r.code!));
  const sovereigns = new Map(loadTsv('actors/territories.tsv', ['territory', 'sovereign']).rows.map((r) => [r.territory!, r.sovereign!] as const));
  const titles = loadTsv('actors/titles.tsv', ['title', 'variants', 'sector']).rows.map((r) => ({
    title: r.title!,
    variants: list(r.variants),
    sector: r.sector ?? '',
    example: r.example ?? '',
  }));
  for (const t of titles) {
    if (t.sector && !sectors.has(t.sector)) throw new NewsgraphError('E030', `data/actors/titles.tsv: title "${t.title}" has sector "${t.sector}", expected one of ${[...sectors.keys()].join(', ')}`);
  }
  const metonyms = loadTsv('actors/metonyms.tsv', ['name', 'country', 'target']).rows.map((r) => {
    const target = r.target as MetonymTarget;
    if (!['country', 'government', 'military', 'legislature'].includes(target)) {
      throw new NewsgraphError('E030', `data/actors/metonyms.tsv: "${r.name}" has target "${r.target}", expected country|government|military|legislature`);
    }
    return { name: r.name!, country: r.country!, target, type: (r.type === 'GPE' ? 'GPE' : 'ORG') as 'ORG' | 'GPE', example: r.example ?? '' };
  });
  const media = loadTsv('actors/media.tsv', ['name']).rows.map((r) => ({ name: r.name!, aliases: list(r.aliases), country: r.country || null, example: r.example ?? '' }));
  const people = peopleRows(loadTsv('actors/people.tsv', ['name', 'country']).rows, 'bundled', 'data/actors/people.tsv');
  for (const f of opts.userActorFiles ?? []) people.push(...readUserPeople(f));
  return { countries, igos, sectors, politicalSectors, stateSectors, storySectors, sovereigns, titles, metonyms, media, people, words: nameWords() };
}
