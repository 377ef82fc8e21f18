// The Phoenix actor dictionaries (PETRARCH2, MIT, Open Event Data Alliance), converted once by
// scripts/convert-phoenix.ts into data/actors/phoenix-*.tsv: ~18k people with dated CAMEO codes,
// ~9k named groups and bodies, ~3k agent nouns. Read lazily — each table on its first lookup (an
// article that never asks never pays), line by line (src/core/tsv-lines.ts: no object per row; a
// person's row is parsed when the text names them) — and kept out of the name trie: the NER model was
// trained with the bundled gazetteer's features, and a person is looked up here only once the text
// named them.
import type { Row } from '../core/data-loader.js';
import { readDerivedData, writeDerivedData } from '../core/derived-data.js';
import { loadTsvLines, type TsvLines } from '../core/tsv-lines.js';
import { loadTsvIndex, writeDerivedTsvIndex, type TsvGroups, type TsvIndexSpec } from '../core/tsv-groups.js';
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
  /** lower-cased singular agent noun that has a plural -> CAMEO role code ("federal judge" -> JUD): one person */
  readonly singularAgents: ReadonlyMap<string, string>;
}

/**
 * The dictionaries were generated in January 2014: an open-ended office ("AFGGOV from 2001-12-22")
 * says nothing about later dates, so it ends there; undated entries (a country's elite) stay.
 */
export const PHOENIX_AS_OF = '2014-01-30';

const list = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

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
 * Each table is read on its first use; people are indexed by name only and their entries built on
 * first lookup (most never are).
 */
export function loadPhoenix(isCountry: (iso3: string) => boolean): PhoenixTables {
  let peopleIndex: TsvGroups | undefined;
  const index = () => (peopleIndex ??= phoenixPeopleIndex());
  let peopleLines: TsvLines | undefined;
  const built = new Map<number, PersonEntry[]>();
  const entriesOf = (i: number) => {
    let e = built.get(i);
    if (!e) built.set(i, (e = personEntries(index().rows([i])[0]!, isCountry)));
    return e;
  };
  const people = (key: string): readonly PersonEntry[] => {
    const at = index().rowsOf(key);
    if (!at) return [];
    return at.length === 1 ? entriesOf(at[0]!) : at.flatMap(entriesOf).sort((a, b) => Number(!a.from && !a.to) - Number(!b.from && !b.to));
  };
  const withCode = (code: string): PersonEntry[] => {
    const lines = (peopleLines ??= loadTsvLines(PEOPLE_FILE, PEOPLE_COLUMNS));
    const out: PersonEntry[] = [];
    for (let i = 0; i < lines.size; i++) {
      if (lines.cell(i, 'roles').includes(code)) out.push(...entriesOf(i).filter((e) => (e.country.length === 3 ? e.country + e.sector : e.country) === code));
    }
    return out;
  };
  let groups: ReadonlyMap<string, PhoenixGroup> | undefined;
  let agents: AgentMaps | undefined;
  return {
    people,
    withCode,
    get groups() {
      return (groups ??= loadGroups());
    },
    get agents() {
      return (agents ??= loadAgents()).agents;
    },
    get singularAgents() {
      return (agents ??= loadAgents()).singular;
    },
  };
}

const PEOPLE_FILE = 'actors/phoenix-people.tsv';
const PEOPLE_COLUMNS = ['name', 'aliases', 'roles'];

/**
 * People rows by lower-cased full name or alias of two or more words. Indexing the ~18k rows and
 * their aliases was ~40-70 ms of the first article that names someone the bundled tables do not
 * know; `npm run build` writes the index once (src/core/tsv-groups.ts), stale when the file changes.
 */
const PEOPLE_KEYS: TsvIndexSpec = {
  id: 'names',
  keysOf(t, i) {
    const out: string[] = [];
    const add = (key: string) => {
      if (key.includes(' ')) out.push(key.toLowerCase());
    };
    add(t.cell(i, 'name'));
    const aliases = t.cell(i, 'aliases');
    if (aliases) for (const a of aliases.split('|')) add(a.trim());
    return out;
  },
};

/** The people index (the build's copy when fresh, else from the file): exported for tests. */
export const phoenixPeopleIndex = (): TsvGroups => loadTsvIndex(PEOPLE_FILE, PEOPLE_KEYS, PEOPLE_COLUMNS);

/** Writes the build's index of the people (`npm run build`); returns its size in bytes. */
export function writeDerivedPhoenixPeople(): number {
  return writeDerivedTsvIndex(PEOPLE_FILE, PEOPLE_KEYS);
}

const GROUP_FILES = ['actors/groups.tsv', 'actors/phoenix-groups.tsv'];
const GROUPS_COPY = 'phoenix-groups';

/**
 * The groups index as JSON, in a shape the engine parses without an object per entry: the keys as
 * one newline-separated string (in the index's order), each key's group as a number, and the groups'
 * names and codes as two newline-separated strings (no name or code holds a newline: TSV cells).
 */
interface GroupsCopy {
  readonly names: string;
  readonly codes: string;
  readonly keys: string;
  readonly groupOf: readonly number[];
}

/**
 * The groups index, from the build's copy when the two files are unchanged since (indexing ~9k
 * rows and their aliases was ~30 ms of a cold start; src/core/derived-data.ts), else from the files.
 */
function loadGroups(): ReadonlyMap<string, PhoenixGroup> {
  const copy = readDerivedData<GroupsCopy>(GROUPS_COPY, GROUP_FILES);
  if (!copy || typeof copy.keys !== 'string') return indexGroups();
  const codes = copy.codes.split('\n');
  const groups = copy.names.split('\n').map((name, i): PhoenixGroup => ({ name, code: codes[i]! }));
  const keys = copy.keys.split('\n');
  const m = new Map<string, PhoenixGroup>();
  for (let i = 0; i < keys.length; i++) m.set(keys[i]!, groups[copy.groupOf[i]!]!);
  return m;
}

/** Writes the build's copy of the groups index (`npm run build`); returns its size in bytes. */
export function writeDerivedPhoenixGroups(): number {
  return writeDerivedData(GROUPS_COPY, GROUP_FILES, (): GroupsCopy => {
    const positions = new Map<PhoenixGroup, number>();
    const keys: string[] = [];
    const groupOf: number[] = [];
    for (const [key, g] of indexGroups()) {
      if (!positions.has(g)) positions.set(g, positions.size);
      keys.push(key);
      groupOf.push(positions.get(g)!);
    }
    const all = [...positions.keys()];
    return { names: all.map((g) => g.name).join('\n'), codes: all.map((g) => g.code).join('\n'), keys: keys.join('\n'), groupOf };
  });
}

function indexGroups(): Map<string, PhoenixGroup> {
  const groups = new Map<string, PhoenixGroup>();
  const add = (key: string, g: PhoenixGroup) => {
    const k = key.toLowerCase();
    if (!groups.has(k)) groups.set(k, g);
  };
  // our own entries first (data/actors/groups.tsv): groups newer than the Phoenix dictionaries
  const own = loadTsvLines('actors/groups.tsv', ['name', 'aliases', 'code']);
  for (let i = 0; i < own.size; i++) {
    const g = { name: own.cell(i, 'name'), code: own.cell(i, 'code') };
    add(g.name, g);
    for (const a of list(own.cell(i, 'aliases'))) add(a, g);
  }
  const lines = loadTsvLines('actors/phoenix-groups.tsv', ['name', 'aliases', 'code']);
  for (let i = 0; i < lines.size; i++) {
    const code = lines.cell(i, 'code');
    if (/^[A-Z]{3}$/.test(code)) continue; // a country with its places, not a group
    const name = lines.cell(i, 'name');
    const g = { name, code };
    add(name, g);
    const aliases = lines.cell(i, 'aliases');
    if (aliases) for (const a of list(aliases)) add(a, g);
  }
  return groups;
}

const AGENTS_FILE = 'actors/phoenix-agents.tsv';
const AGENTS_COPY = 'phoenix-agents';

/** The agent nouns as JSON: keys and codes as newline-separated strings, in the maps' order. */
interface AgentsCopy {
  readonly agents: readonly [keys: string, codes: string];
  readonly singular: readonly [keys: string, codes: string];
}

const toCopy = (m: ReadonlyMap<string, string>) => [[...m.keys()].join('\n'), [...m.values()].join('\n')] as const;
function fromCopy([keys, codes]: readonly [string, string]): Map<string, string> {
  const m = new Map<string, string>();
  if (!keys) return m;
  const k = keys.split('\n');
  const c = codes.split('\n');
  for (let i = 0; i < k.length; i++) m.set(k[i]!, c[i]!);
  return m;
}

/** Writes the build's copy of the agent nouns (`npm run build`); returns its size in bytes. */
export function writeDerivedPhoenixAgents(): number {
  return writeDerivedData(AGENTS_COPY, [AGENTS_FILE], (): AgentsCopy => {
    const { agents, singular } = indexAgents();
    return { agents: toCopy(agents), singular: toCopy(singular) };
  });
}

interface AgentMaps {
  /** lower-cased group agent noun (plural, or a noun without one) -> CAMEO role code */
  readonly agents: ReadonlyMap<string, string>;
  /** lower-cased singular agent noun that has a plural -> CAMEO role code */
  readonly singular: ReadonlyMap<string, string>;
}

/** Both agent maps, from the build's copy when the file is unchanged since (src/core/derived-data.ts), else from the file. */
function loadAgents(): AgentMaps {
  const copy = readDerivedData<AgentsCopy>(AGENTS_COPY, [AGENTS_FILE]);
  return copy ? { agents: fromCopy(copy.agents), singular: fromCopy(copy.singular) } : indexAgents();
}

/**
 * Plural agent nouns name groups ("lawmakers"); a singular one is a person ("a lawmaker"), except
 * a noun without a plural ("police"); the singular of each agent noun that has a plural ("federal
 * judge" of "federal judges") is one person of that role.
 */
function indexAgents(): { agents: Map<string, string>; singular: Map<string, string> } {
  const lines = loadTsvLines(AGENTS_FILE, ['singular', 'plural', 'code']);
  const agents = new Map<string, string>();
  const singular = new Map<string, string>();
  for (let i = 0; i < lines.size; i++) {
    const one = lines.cell(i, 'singular');
    const many = lines.cell(i, 'plural');
    const code = lines.cell(i, 'code');
    const k = many || one;
    if (!agents.has(k)) agents.set(k, code);
    if (one && many && !singular.has(one)) singular.set(one, code);
  }
  return { agents, singular };
}
