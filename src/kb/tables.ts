// The actor knowledge base tables, read from data/actors/*.tsv through the one data loader:
// countries (ISO alpha-3, names, short forms, demonyms, capitals), international organisations
// (CAMEO IGO codes), sectors, the title lexicon (role -> sector), metonyms (seats of government,
// capitals used for a state), news organisations (MED) and dated person entries. User entries come
// from NEWSGRAPH_ACTORS (a TSV path) or data/actors/user.tsv and add to / override the bundled ones.
import { existsSync, readFileSync } from 'node:fs';
import { loadTsv, parseTsv } from '../core/data-loader.js';
import { NewsgraphError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';

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

export interface KbTables {
  readonly countries: readonly CountryEntry[];
  readonly igos: readonly IgoEntry[];
  readonly sectors: ReadonlyMap<string, string>;
  readonly titles: readonly TitleEntry[];
  readonly metonyms: readonly MetonymEntry[];
  readonly media: readonly MediaEntry[];
  readonly people: readonly PersonEntry[];
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

let cached: KbTables | undefined;

export function loadKbTables(env: Readonly<Record<string, string | undefined>> = process.env): KbTables {
  if (cached && env === process.env) return cached;
  const countries = loadTsv('actors/countries.tsv', ['iso3', 'name']).rows.map((r) => ({
    iso3: r.iso3!,
    name: r.name!,
    aliases: list(r.aliases),
    demonyms: list(r.demonyms),
    capitals: list(r.capital),
  }));
  const igos = loadTsv('actors/igos.tsv', ['code', 'name']).rows.map((r) => ({ code: r.code!, name: r.name!, aliases: list(r.aliases), example: r.example ?? '' }));
  const sectors = new Map(loadTsv('actors/sectors.tsv', ['code', 'name']).rows.map((r) => [r.code!, r.name!] as const));
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
  const userFiles = [dataPath('actors', 'user.tsv'), env.NEWSGRAPH_ACTORS].filter((p): p is string => !!p && (p === env.NEWSGRAPH_ACTORS || existsSync(p)));
  for (const f of userFiles) people.push(...readUserPeople(f));
  const t: KbTables = { countries, igos, sectors, titles, metonyms, media, people };
  if (env === process.env) cached = t;
  return t;
}
