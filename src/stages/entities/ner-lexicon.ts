// Word lists the NER tagger reads as features (never as decisions): given names and surnames
// (data/actors/given-names.tsv), cities and regions (data/actors/places.tsv, matched as token
// sequences so "Buenos Aires" marks B and I positions) and organisation head words
// (data/actors/org-words.tsv plus company suffixes) and well-known organisation names
// (data/ner-orgs.tsv, matched as token sequences like places). The model learns how far to trust each list,
// so an ambiguous entry costs little. One small integer code per token, no allocation per token.
import { loadTsv } from '../../core/data-loader.js';

export interface NerLexicon {
  /** form -> 1 given name, 2 surname, 3 both */
  readonly person: ReadonlyMap<string, number>;
  /** first token -> place names as token lists (longest first) with kind 0 city, 1 region */
  readonly places: ReadonlyMap<string, ReadonlyArray<{ toks: readonly string[]; kind: number }>>;
  readonly orgWords: ReadonlySet<string>;
  /** first token -> organisation names as token lists (longest first) */
  readonly orgs: ReadonlyMap<string, ReadonlyArray<{ toks: readonly string[]; kind: number }>>;
}

/** bits of `NerLexicon.person`'s code */
export const GIVEN_NAME = 1;
export const SURNAME = 2;

/** the test of a form against the list's given names (`GIVEN_NAME`) or surnames (`SURNAME`); null without a list */
export function personWordTest(lex: NerLexicon | null | undefined, bit: number): ((w: string) => boolean) | null {
  return lex ? (w) => ((lex.person.get(w) ?? 0) & bit) !== 0 : null;
}

type SeqMap = Map<string, Array<{ toks: string[]; kind: number }>>;

function seqMap(rows: ReadonlyArray<Readonly<Record<string, string>>>, kindOf: (k: string) => number): SeqMap {
  const m: SeqMap = new Map();
  for (const r of rows) {
    const toks = r.name!.split(' ');
    const l = m.get(toks[0]!) ?? [];
    l.push({ toks, kind: kindOf(r.kind ?? '') });
    m.set(toks[0]!, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.toks.length - a.toks.length);
  return m;
}

type Sequences = ReadonlyArray<{ toks: readonly string[]; kind: number }>;

/** the longest listed sequence starting at token i: its length and kind, or null */
function matchAt(m: ReadonlyMap<string, Sequences>, forms: readonly string[], i: number): { len: number; kind: number } | null {
  return matchFrom(m.get(forms[i]!), forms, i);
}

/** matchAt given the sequences listed under forms[i] */
function matchFrom(cands: Sequences | undefined, forms: readonly string[], i: number): { len: number; kind: number } | null {
  if (!cands) return null;
  for (const c of cands) {
    const len = c.toks.length;
    if (i + len > forms.length) continue;
    let ok = true;
    for (let k = 1; k < len && ok; k++) ok = forms[i + k] === c.toks[k];
    if (ok) return { len, kind: c.kind };
  }
  return null;
}

// company suffixes and institution heads that org-words.tsv (sector-bearing heads) leaves out
const EXTRA_ORG = ['LLC', 'plc', 'PLC', 'Co.', 'Co', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'Systems', 'Network', 'News', 'Press', 'Media', 'Studios', 'Records', 'FC', 'United', 'Academy', 'Office', 'Center', 'Centre', 'Brigade', 'Brigades', 'Regiment', 'Battalion', 'Corps', 'Church', 'Hospital', 'Museum', 'Library', 'Laboratory', 'Labs', 'Team', 'Band', 'Orchestra', 'Initiative', 'Project', 'Program', 'Programme'];

let cached: NerLexicon | null = null;

export function defaultLexicon(): NerLexicon {
  if (cached) return cached;
  const person = new Map<string, number>();
  for (const r of loadTsv('actors/given-names.tsv', ['name', 'kind']).rows) {
    const k = r.kind!;
    person.set(r.name!, (person.get(r.name!) ?? 0) | (k.includes('given') ? GIVEN_NAME : 0) | (k.includes('surname') ? SURNAME : 0));
  }
  const places = seqMap(loadTsv('actors/places.tsv', ['name', 'kind']).rows, (k) => (k === 'region' ? 1 : 0));
  const orgs = seqMap(loadTsv('ner-orgs.tsv', ['name', 'kind']).rows, () => 0);
  const orgWords = new Set<string>(EXTRA_ORG);
  for (const r of loadTsv('actors/org-words.tsv', ['word']).rows) {
    orgWords.add(r.word!);
    orgWords.add(r.word!.replace(/\.$/, ''));
  }
  cached = { person, places, orgWords, orgs };
  return cached;
}

/**
 * What the lists hold under one word form: the four lookups lexiconCodes makes per token, for a
 * caller that keeps an entry per word (ner-features.ts) and so makes them once per word.
 */
export interface LexWord {
  /** the person-name kind (bits 0-1) */
  readonly person: number;
  readonly orgWord: boolean;
  /** the places and organisation names starting with the word */
  readonly places: Sequences | undefined;
  readonly orgs: Sequences | undefined;
}

export function lexWord(lex: NerLexicon, w: string): LexWord {
  return { person: lex.person.get(w) ?? 0, orgWord: lex.orgWords.has(w), places: lex.places.get(w), orgs: lex.orgs.get(w) };
}

/**
 * Per token: bits 0-1 person-name kind, bits 2-4 place position (0 none, 1 B-city, 2 I-city,
 * 3 B-region, 4 I-region), bit 5 organisation head word, bits 6-7 listed organisation (1 B, 2 I).
 * Matching is greedy left to right, so the work is linear in tokens times the longest entry.
 * `words`: the forms' lexWord entries, read instead of looking each form up.
 */
export function lexiconCodes(lex: NerLexicon, forms: readonly string[], words?: ReadonlyArray<{ readonly lex: LexWord | null }>): Uint8Array {
  const n = forms.length;
  const out = new Uint8Array(n);
  let placeEnd = 0;
  let orgEnd = 0;
  for (let i = 0; i < n; i++) {
    const w = forms[i]!;
    const lw = words ? words[i]!.lex : null;
    out[i] |= lw ? lw.person : (lex.person.get(w) ?? 0);
    if (lw ? lw.orgWord : lex.orgWords.has(w)) out[i] |= 32;
    if (i >= placeEnd) {
      const m = lw ? matchFrom(lw.places, forms, i) : matchAt(lex.places, forms, i);
      if (m) {
        out[i] |= (m.kind ? 3 : 1) << 2;
        for (let k = 1; k < m.len; k++) out[i + k] |= (m.kind ? 4 : 2) << 2;
        placeEnd = i + m.len;
      }
    }
    if (i >= orgEnd) {
      const m = lw ? matchFrom(lw.orgs, forms, i) : matchAt(lex.orgs, forms, i);
      if (m) {
        out[i] |= 1 << 6;
        for (let k = 1; k < m.len; k++) out[i + k] |= 2 << 6;
        orgEnd = i + m.len;
      }
    }
  }
  return out;
}

/** Kinds of the case-blind list (caselessCodes): country, city, region, organisation. */
export const CASELESS_KINDS = ['country', 'city', 'region', 'org'] as const;

/** Place, country and organisation names in lower case, by first token (longest first). */
export type CaselessLexicon = ReadonlyMap<string, ReadonlyArray<{ toks: readonly string[]; kind: number }>>;

/**
 * The place and organisation lists (and the knowledge base's country names and aliases) in lower
 * case, for text that does not capitalise names ("cheap hotels in kerala", "taco bell"): web and
 * social-media text, where the case-sensitive lists see nothing. Kinds index CASELESS_KINDS + 1.
 */
export function caselessLexicon(lex: NerLexicon, countries: ReadonlyArray<{ readonly name: string; readonly aliases: readonly string[] }>): CaselessLexicon {
  const m = new Map<string, Array<{ toks: string[]; kind: number }>>();
  const add = (name: string, kind: number) => {
    // single letters and two-letter codes in lower case are ordinary words ("us", "in", "me")
    if (name.length < 3) return;
    const toks = name.toLowerCase().split(' ');
    const l = m.get(toks[0]!) ?? [];
    if (!l.some((x) => x.toks.join(' ') === toks.join(' '))) l.push({ toks, kind });
    m.set(toks[0]!, l);
  };
  for (const c of countries) for (const n of [c.name, ...c.aliases]) add(n, 1);
  for (const l of lex.places.values()) for (const p of l) add(p.toks.join(' '), p.kind ? 3 : 2);
  for (const l of lex.orgs.values()) for (const o of l) add(o.toks.join(' '), 4);
  for (const l of m.values()) l.sort((a, b) => b.toks.length - a.toks.length);
  return m;
}

/**
 * Per token (lower-cased forms): 0, or kind * 2 - 1 for the first token of the longest caseless
 * list entry starting there and kind * 2 for the following ones. Greedy left to right, like
 * lexiconCodes.
 */
export function caselessCodes(lex: CaselessLexicon, lowers: readonly string[]): Uint8Array {
  const n = lowers.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    const m = matchAt(lex, lowers, i);
    if (!m) {
      i++;
      continue;
    }
    out[i] = m.kind * 2 - 1;
    for (let k = 1; k < m.len; k++) out[i + k] = m.kind * 2;
    i += m.len;
  }
  return out;
}
