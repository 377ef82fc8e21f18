// The Phoenix actor dictionaries (PETRARCH2, MIT, Open Event Data Alliance), converted once by
// scripts/convert-phoenix.ts into data/actors/phoenix-*.tsv: ~18k people with dated CAMEO codes,
// ~9k named groups and bodies, ~3k agent nouns. Read lazily — each table on its first lookup (an
// article that never asks never pays), line by line (src/core/tsv-lines.ts: no object per row; a
// person's row is parsed when the text names them) — and kept out of the name trie: the NER model was
// trained with the bundled gazetteer's features, and a person is looked up here only once the text
// named them.
import type { Row } from '../core/data-loader.js';
import { dataFingerprint } from '../core/derived-data.js';
import { readDerived, writeDerived } from '../nlp/derived-tables.js';
import { modelArray, type ModelFile } from '../nlp/model-io.js';
import { wordIndexArrays, wordIndexFromModel, type Utf8WordIndex, type WordSet } from '../nlp/utf8-word-index.js';
import { loadTsvLines, type TsvLines } from '../core/tsv-lines.js';
import { loadTsvIndex, writeDerivedTsvIndex, type TsvGroups, type TsvIndexSpec } from '../core/tsv-groups.js';
import type { PersonEntry } from './tables.js';

export interface PhoenixGroup {
  readonly name: string;
  /** the CAMEO actor code ("AFGMIL", "NGOHRIMED", "IGOWSTNAT") */
  readonly code: string;
}

/** A read-only table by string key, as the Phoenix tables are asked: a Map is one, and so is the build's packed copy. */
export interface KeyLookup<V> {
  readonly size: number;
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** the keys in the table's order (every key decoded: not for the hot path) */
  keys(): IterableIterator<string>;
}

export interface PhoenixTables {
  /** dated entries (source 'phoenix') of a lower-cased full name or alias of two or more words */
  people(key: string): readonly PersonEntry[];
  /** every person entry whose CAMEO code is `code` (country + sector, "AFGGOV"); scans the table: a query, not for the hot path */
  withCode(code: string): readonly PersonEntry[];
  /** lower-cased name or alias -> group (country-level place entries left out) */
  readonly groups: KeyLookup<PhoenixGroup>;
  /** lower-cased group agent noun (plural, or a noun without one) -> CAMEO role code ("lawmakers" -> LEG) */
  readonly agents: KeyLookup<string>;
  /** lower-cased singular agent noun that has a plural -> CAMEO role code ("federal judge" -> JUD): one person */
  readonly singularAgents: KeyLookup<string>;
  /** the last word of every key of agents and singularAgents ("judge" of "federal judge") */
  readonly agentLastWords: WordSet;
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
export function loadPhoenix(isCountry: (iso3: string) => boolean, opts: { readonly copies?: boolean } = {}): PhoenixTables {
  // copies: false reads the files even when the build's copies are current (tests compare the two)
  const copies = opts.copies !== false;
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
  let groups: KeyLookup<PhoenixGroup> | undefined;
  let agents: AgentTables | undefined;
  return {
    people,
    withCode,
    get groups() {
      return (groups ??= (copies ? packedGroups() : null) ?? indexGroups());
    },
    get agents() {
      return (agents ??= loadAgents(copies)).agents;
    },
    get singularAgents() {
      return (agents ??= loadAgents(copies)).singular;
    },
    get agentLastWords() {
      return (agents ??= loadAgents(copies)).lastWords;
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

// The build's packed copies of the group and agent tables (models/derived/phoenix-groups.bin,
// phoenix-agents.bin: word indexes of the keys and values, src/nlp/utf8-word-index.ts), read as
// zero-copy views. Building the maps of ~8k group keys and ~4k agent nouns from JSON copies, and
// the set of the agent nouns' last words, cost ~12 ms of a cold extract that looks up a few dozen
// (session 22, eval/cold-start-22.md); a lookup now decodes only the value it finds. Each copy names
// the data files it was made from (path, size, modification time: src/core/derived-data.ts): an
// edited file is read itself until the next build.
const GROUPS_DERIVED = 'phoenix-groups.bin';
const GROUPS_KIND = 'phoenix-groups';

/** A packed table: key i's value is value(i). */
function packedLookup<V>(keys: Utf8WordIndex, value: (i: number) => V): KeyLookup<V> {
  return {
    size: keys.size,
    get: (key) => {
      const i = keys.indexOf(key);
      return i < 0 ? undefined : value(i);
    },
    has: (key) => keys.has(key),
    *keys() {
      for (let i = 0; i < keys.size; i++) yield keys.wordAt(i);
    },
  };
}

/** The derived copy's model file when it was made from `files` as they are now, else null. */
function readPacked(name: string, kind: string, files: readonly string[]): ModelFile | null {
  return readDerived(name, kind, dataFingerprint(files))?.file ?? null;
}

/** The groups from the build's copy when it is current, else null. */
function packedGroups(): KeyLookup<PhoenixGroup> | null {
  const f = readPacked(GROUPS_DERIVED, GROUPS_KIND, GROUP_FILES);
  if (!f) return null;
  try {
    const keys = wordIndexFromModel(f, undefined, 'k.');
    const names = wordIndexFromModel(f, undefined, 'n.');
    const codes = wordIndexFromModel(f, undefined, 'c.');
    const groupOf = modelArray(f, 'groupOf', Int32Array);
    if (groupOf.length !== keys.size || names.size !== codes.size || groupOf.some((g) => g < 0 || g >= names.size)) return null;
    // one object per group, shared by its keys (as the index built from the files)
    const made = new Map<number, PhoenixGroup>();
    return packedLookup(keys, (i) => {
      const g = groupOf[i]!;
      let group = made.get(g);
      if (!group) made.set(g, (group = { name: names.wordAt(g), code: codes.wordAt(g) }));
      return group;
    });
  } catch {
    return null; // an unusable copy is a stale cache: the files are read
  }
}

/** Writes the build's copy of the groups index (`npm run build`); returns its size in bytes, 0 when the files are missing, changed meanwhile or cannot be packed. */
export function writeDerivedPhoenixGroups(): number {
  const from = dataFingerprint(GROUP_FILES);
  if (!from) return 0;
  const positions = new Map<PhoenixGroup, number>();
  const keys: string[] = [];
  const groupOf: number[] = [];
  for (const [key, g] of indexGroups()) {
    if (!positions.has(g)) positions.set(g, positions.size);
    keys.push(key);
    groupOf.push(positions.get(g)!);
  }
  const all = [...positions.keys()];
  const k = wordIndexArrays(keys, 'k.');
  const n = wordIndexArrays(all.map((g) => g.name), 'n.');
  const c = wordIndexArrays(all.map((g) => g.code), 'c.');
  if (!k || !n || !c || dataFingerprint(GROUP_FILES) !== from) return 0;
  return writeDerived(GROUPS_DERIVED, GROUPS_KIND, from, null, { ...k, ...n, ...c, groupOf: Int32Array.from(groupOf) });
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
const AGENTS_DERIVED = 'phoenix-agents.bin';
const AGENTS_KIND = 'phoenix-agents';

interface AgentTables {
  /** lower-cased group agent noun (plural, or a noun without one) -> CAMEO role code */
  readonly agents: KeyLookup<string>;
  /** lower-cased singular agent noun that has a plural -> CAMEO role code */
  readonly singular: KeyLookup<string>;
  /** the last word of every key of both */
  readonly lastWords: WordSet;
}

const lastWord = (k: string) => k.slice(k.lastIndexOf(' ') + 1);

/** The agent tables, from the build's copy when the file is unchanged since, else from the file. */
function loadAgents(copies = true): AgentTables {
  const f = copies ? readPacked(AGENTS_DERIVED, AGENTS_KIND, [AGENTS_FILE]) : null;
  if (f) {
    try {
      const table = (keys: string, codes: string) => {
        const k = wordIndexFromModel(f, undefined, keys);
        const c = wordIndexFromModel(f, undefined, codes);
        if (k.size !== c.size) throw new Error('phoenix agents: keys and codes differ in number');
        return packedLookup(k, (i) => c.wordAt(i));
      };
      return { agents: table('a.', 'ac.'), singular: table('s.', 'sc.'), lastWords: wordIndexFromModel(f, undefined, 'w.') };
    } catch {
      // an unusable copy is a stale cache: the file is read
    }
  }
  const { agents, singular } = indexAgents();
  return { agents, singular, lastWords: new Set([...agents.keys(), ...singular.keys()].map(lastWord)) };
}

/** Writes the build's copy of the agent nouns (`npm run build`); returns its size in bytes, 0 when the file is missing, changed meanwhile or cannot be packed. */
export function writeDerivedPhoenixAgents(): number {
  const from = dataFingerprint([AGENTS_FILE]);
  if (!from) return 0;
  const { agents, singular } = indexAgents();
  const parts = [
    wordIndexArrays([...agents.keys()], 'a.'),
    wordIndexArrays([...agents.values()], 'ac.'),
    wordIndexArrays([...singular.keys()], 's.'),
    wordIndexArrays([...singular.values()], 'sc.'),
    wordIndexArrays([...new Set([...agents.keys(), ...singular.keys()].map(lastWord))], 'w.'),
  ];
  if (parts.some((p) => p === null) || dataFingerprint([AGENTS_FILE]) !== from) return 0;
  return writeDerived(AGENTS_DERIVED, AGENTS_KIND, from, null, Object.assign({}, ...parts));
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
