// The Phoenix actor dictionaries (PETRARCH2, MIT, Open Event Data Alliance), converted once by
// scripts/convert-phoenix.ts into data/actors/phoenix-*.tsv: ~18k people with dated CAMEO codes,
// ~9k named groups and bodies, ~3k agent nouns. Read lazily (the first lookup pays ~the parse; an
// article that never asks never does) and kept out of the name trie: the NER model was trained with
// the bundled gazetteer's features, and a person is looked up here only once the text named them.
import { loadTsv } from '../core/data-loader.js';
import type { PersonEntry } from './tables.js';

export interface PhoenixGroup {
  readonly name: string;
  /** the CAMEO actor code ("AFGMIL", "NGOHRIMED", "IGOWSTNAT") */
  readonly code: string;
}

export interface PhoenixTables {
  /** dated entries (source 'phoenix') of a lower-cased full name or alias of two or more words */
  people(key: string): readonly PersonEntry[];
  /** every person entry whose CAMEO code is `code` (country + sector, "AFGGOV"); scans the table: a query, not for the hot path */
  withCode(code: string): readonly PersonEntry[];
  /** lower-cased name or alias -> group (country-level place entries left out) */
  readonly groups: ReadonlyMap<string, PhoenixGroup>;
  /** lower-cased group agent noun (plural, or a noun without one) -> CAMEO role code ("lawmakers" -> LEG) */
  readonly agents: ReadonlyMap<string, string>;
}

/**
 * The dictionaries were generated in January 2014: an open-ended office ("AFGGOV from 2001-12-22")
 * says nothing about later dates, so it ends there; undated entries (a country's elite) stay.
 */
export const PHOENIX_AS_OF = '2014-01-30';

const list = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

type Row = Readonly<Record<string, string>>;

/** A person row's entries, dated ones first: an undated one ("an elite of AFG") answers only when no date range does. */
function personEntries(r: Row, isCountry: (iso3: string) => boolean): PersonEntry[] {
  const entries: PersonEntry[] = [];
  const aliases = list(r.aliases);
  for (const role of list(r.roles)) {
    const [code, from, to] = role.split('@');
    if (!code) continue;
    const iso = code.slice(0, 3);
    const country = isCountry(iso) ? iso : /^(IGO|NGO|IMG)/.test(code) ? code : null;
    if (!country) continue;
    const sector = isCountry(iso) ? code.slice(3, 6) : code.startsWith('IGO') ? 'IGO' : code.slice(0, 3);
    entries.push({ name: r.name!, aliases, country, role: '', sector, from: from || null, to: to || (from ? PHOENIX_AS_OF : null), source: 'phoenix' });
  }
  return entries.sort((a, b) => Number(!a.from && !a.to) - Number(!b.from && !b.to));
}

/**
 * Reads the converted files. `isCountry` tells a country prefix of a code ("AFG" in AFGGOV) from
 * an international or non-state one (IGO…, NGO…, IMG…); people whose code has neither are dropped.
 * People are indexed by name only; their entries are built on first lookup (most never are).
 */
export function loadPhoenix(isCountry: (iso3: string) => boolean): PhoenixTables {
  const rows = loadTsv('actors/phoenix-people.tsv', ['name', 'aliases', 'roles']).rows;
  const rowsByKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const add = (key: string) => {
      if (!key.includes(' ')) return;
      const k = key.toLowerCase();
      const l = rowsByKey.get(k);
      if (!l) rowsByKey.set(k, [i]);
      else if (!l.includes(i)) l.push(i);
    };
    add(r.name!);
    if (r.aliases) for (const a of r.aliases.split('|')) add(a.trim());
  });
  const built = new Map<number, PersonEntry[]>();
  const entriesOf = (i: number) => {
    let e = built.get(i);
    if (!e) built.set(i, (e = personEntries(rows[i]!, isCountry)));
    return e;
  };
  const people = (key: string): readonly PersonEntry[] => {
    const at = rowsByKey.get(key);
    if (!at) return [];
    return at.length === 1 ? entriesOf(at[0]!) : at.flatMap(entriesOf).sort((a, b) => Number(!a.from && !a.to) - Number(!b.from && !b.to));
  };
  const withCode = (code: string): PersonEntry[] => {
    const out: PersonEntry[] = [];
    rows.forEach((r, i) => {
      if (r.roles!.includes(code)) out.push(...entriesOf(i).filter((e) => (e.country.length === 3 ? e.country + e.sector : e.country) === code));
    });
    return out;
  };
  const groups = new Map<string, PhoenixGroup>();
  for (const r of loadTsv('actors/phoenix-groups.tsv', ['name', 'aliases', 'code']).rows) {
    if (/^[A-Z]{3}$/.test(r.code!)) continue; // a country with its places, not a group
    const g = { name: r.name!, code: r.code! };
    for (const key of [r.name!, ...list(r.aliases)]) if (!groups.has(key.toLowerCase())) groups.set(key.toLowerCase(), g);
  }
  // plural agent nouns name groups ("lawmakers"); a singular one is a person ("a lawmaker"), except
  // a noun without a plural ("police")
  const agents = new Map<string, string>();
  for (const r of loadTsv('actors/phoenix-agents.tsv', ['singular', 'plural', 'code']).rows) {
    const k = r.plural || r.singular!;
    if (!agents.has(k)) agents.set(k, r.code!);
  }
  return { people, withCode, groups, agents };
}
