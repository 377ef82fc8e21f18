// The nominal-actor lexicon: words and phrases that make a noun phrase a political actor when no
// entity from the entities layer covers it — country names, aliases, demonyms and capitals
// (data/actors/countries.tsv), IGOs (data/actors/igos.tsv), seats of government
// (data/actors/metonyms.tsv), titles (data/actors/titles.tsv), the sector nouns (data/actors/group-nouns.tsv
// + sector-nouns.tsv) and our regions, non-state groups and well-known sub-national places
// (data/events/actor-words.tsv). One
// definition per concept: the country and IGO tables belong to the entities layer; this module
// only indexes them for phrase look-up, from the knowledge base the stage was given.
import { loadTsv } from '../../core/data-loader.js';
import { METONYM_SECTOR, type ActorKB } from '../../kb/index.js';
import { firstNotBelow } from '../../core/sorted-strings.js';

/** place: a sub-national region or territory that stands for its country ("the West Bank" → PSE, "Darfur" → SDN) */
export type WordKind = 'country' | 'demonym' | 'capital' | 'place' | 'metonym' | 'igo' | 'region' | 'group' | 'sector';

export interface ActorWord {
  readonly kind: WordKind;
  /** ISO3 country, region (EUR), or a full code for IGOs and groups (IGOUNO, PSEREBHMS); a sector for kind sector */
  readonly code: string;
  /** the sector the word implies (officials → GOV, Kremlin → GOV), or null */
  readonly sector: string | null;
  /** number of space-separated words in the phrase */
  readonly words: number;
}

export interface ActorLexicon {
  /** case-sensitive names ("US", "Chad", "WHO") */
  readonly names: ReadonlyMap<string, ActorWord>;
  /** lower-case common nouns and titles ("officials", "prime minister") */
  readonly common: ReadonlyMap<string, ActorWord>;
  readonly maxWords: number;
  /** seat: a city that stands for the IGO seated there ("Brussels" → the EU) when the document names that IGO */
  readonly seats: ReadonlyMap<string, string>;
  /** sectors whose bare noun is a political actor ("troops" MIL, "protesters" CVL; not "the company" BUS) */
  readonly politicalSectors: ReadonlySet<string>;
  /**
   * the phrase (as looked up in names, and lower-cased in common) begins a longer entry: a reader
   * extending a phrase word by word stops when neither does — no longer phrase can be an entry
   */
  continues(phrase: string, lower: string): boolean;
}

/**
 * Whether a key of `sorted` (sorted by code units, no duplicates) properly extends `prefix`: starts
 * with it and is longer. The keys that start with a string follow it in that order as one block, so
 * a binary search (firstNotBelow) finds the first; the set of every proper prefix of every key answered the same,
 * but building it cost a cold extract ~1.5 ms (~20k substrings for a few dozen questions; session 22).
 */
function extendsKey(sorted: readonly string[], prefix: string): boolean {
  if (!prefix) return false;
  let lo = firstNotBelow(sorted, prefix);
  if (lo < sorted.length && sorted[lo] === prefix) lo++;
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/** The actor words of a knowledge base's tables plus data/events/actor-words.tsv (regions, groups, places, seats). */
export function buildActorLexicon(kb: ActorKB): ActorLexicon {
  const names = new Map<string, ActorWord>();
  const common = new Map<string, ActorWord>();
  let maxWords = 1;
  const add = (map: Map<string, ActorWord>, phrase: string, w: Omit<ActorWord, 'words'>) => {
    const key = phrase.replace(/\s+/g, ' ').trim();
    if (!key || map.has(key)) return; // the first definition wins (the entities layer's tables load first)
    const words = key.split(' ').length;
    maxWords = Math.max(maxWords, words);
    map.set(key, { ...w, words });
  };
  const { countries, igos, metonyms } = kb.tables;
  for (const c of countries) {
    add(names, c.name, { kind: 'country', code: c.iso3, sector: null });
    for (const a of c.aliases) add(names, a, { kind: 'country', code: c.iso3, sector: null });
    for (const d of c.demonyms) add(names, d, { kind: 'demonym', code: c.iso3, sector: null });
    for (const cap of c.capitals) add(names, cap, { kind: 'capital', code: c.iso3, sector: null });
  }
  for (const g of igos) {
    add(names, g.name, { kind: 'igo', code: g.code, sector: null });
    for (const a of g.aliases) add(names, a, { kind: 'igo', code: g.code, sector: null });
  }
  for (const m of metonyms) add(names, m.name, { kind: 'metonym', code: m.country, sector: METONYM_SECTOR[m.target] ?? 'GOV' }); // a country metonym acting is its government
  // titles with a sector, then the sector nouns: the knowledge base's one list (ActorKB.sectorNouns)
  for (const [noun, code] of kb.sectorNouns()) add(common, noun, { kind: 'sector', code, sector: code });
  const seats = new Map<string, string>();
  const own = loadTsv('events/actor-words.tsv', ['phrase', 'code', 'kind', 'sector']);
  for (const r of own.rows) {
    const kind = r.kind as WordKind | 'seat';
    if (kind === 'seat') seats.set(r.phrase!, r.code!);
    else add(names, r.phrase!, { kind, code: r.code!, sector: r.sector || null });
  }
  // sorted on first use (not at load: cold start), from the finished maps
  let nameKeys: string[] | undefined;
  let commonKeys: string[] | undefined;
  // toLowerCase is context-free except the final sigma ("Σ" → "ς" at a word's end, "σ" inside), so a
  // lower-cased phrase is a prefix of its lower-cased extension unless an entry holds a sigma
  const sigma = [...common.keys()].some((k) => /[σς]/.test(k));
  const continues = (phrase: string, lower: string): boolean => {
    nameKeys ??= [...names.keys()].sort();
    if (extendsKey(nameKeys, phrase) || sigma) return true;
    commonKeys ??= [...common.keys()].sort();
    return extendsKey(commonKeys, lower);
  };
  return { names, common, maxWords: Math.min(maxWords, 8), seats, politicalSectors: kb.tables.politicalSectors, continues };
}
