// Word lists the NER tagger reads as features (never as decisions): given names and surnames
// (data/actors/given-names.tsv), cities and regions (data/actors/places.tsv, matched as token
// sequences so "Buenos Aires" marks B and I positions) and organisation head words
// (data/actors/org-words.tsv plus company suffixes). The model learns how far to trust each list,
// so an ambiguous entry costs little. One small integer code per token, no allocation per token.
import { loadTsv } from '../../core/data-loader.js';

export interface NerLexicon {
  /** form -> 1 given name, 2 surname, 3 both */
  readonly person: ReadonlyMap<string, number>;
  /** first token -> place names as token lists (longest first) with kind 0 city, 1 region */
  readonly places: ReadonlyMap<string, ReadonlyArray<{ toks: readonly string[]; kind: number }>>;
  readonly orgWords: ReadonlySet<string>;
}

// company suffixes and institution heads that org-words.tsv (sector-bearing heads) leaves out
const EXTRA_ORG = ['Inc', 'Corp', 'Ltd', 'LLC', 'plc', 'PLC', 'Co.', 'Co', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'Holdings', 'Industries', 'Systems', 'Technologies', 'Network', 'News', 'Times', 'Post', 'Journal', 'Press', 'Media', 'Studios', 'Records', 'Motors', 'Airways', 'Club', 'FC', 'United', 'College', 'School', 'Academy', 'Society', 'Federation', 'League', 'Council', 'Board', 'Bureau', 'Office', 'Office', 'Center', 'Centre', 'Trust', 'Fund', 'Alliance', 'Coalition', 'Brigade', 'Brigades', 'Regiment', 'Battalion', 'Corps', 'Church', 'Hospital', 'Museum', 'Library', 'Laboratory', 'Laboratories', 'Labs', 'Press', 'Team', 'Band', 'Orchestra', 'Institute', 'Initiative', 'Project', 'Program', 'Programme', 'Network'];

let cached: NerLexicon | null = null;

export function defaultLexicon(): NerLexicon {
  if (cached) return cached;
  const person = new Map<string, number>();
  for (const r of loadTsv('actors/given-names.tsv', ['name', 'kind']).rows) {
    const k = r.kind!;
    person.set(r.name!, (person.get(r.name!) ?? 0) | (k.includes('given') ? 1 : 0) | (k.includes('surname') ? 2 : 0));
  }
  const places = new Map<string, Array<{ toks: string[]; kind: number }>>();
  for (const r of loadTsv('actors/places.tsv', ['name', 'kind']).rows) {
    const toks = r.name!.split(' ');
    const l = places.get(toks[0]!) ?? [];
    l.push({ toks, kind: r.kind === 'region' ? 1 : 0 });
    places.set(toks[0]!, l);
  }
  for (const l of places.values()) l.sort((a, b) => b.toks.length - a.toks.length);
  const orgWords = new Set<string>(EXTRA_ORG);
  for (const r of loadTsv('actors/org-words.tsv', ['word']).rows) {
    orgWords.add(r.word!);
    orgWords.add(r.word!.replace(/\.$/, ''));
  }
  cached = { person, places, orgWords };
  return cached;
}

/**
 * Per token: bits 0-1 person-name kind, bits 2-4 place position (0 none, 1 B-city, 2 I-city,
 * 3 B-region, 4 I-region), bit 5 organisation head word.
 */
export function lexiconCodes(lex: NerLexicon, forms: readonly string[]): Uint8Array {
  const n = forms.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = forms[i]!;
    out[i] |= lex.person.get(w) ?? 0;
    if (lex.orgWords.has(w)) out[i] |= 32;
    const cands = lex.places.get(w);
    if (!cands || (out[i]! & 28)) continue;
    for (const c of cands) {
      const len = c.toks.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = forms[i + k] === c.toks[k];
      if (!ok) continue;
      out[i] |= (c.kind ? 3 : 1) << 2;
      for (let k = 1; k < len; k++) out[i + k] = (out[i + k]! & ~28) | ((c.kind ? 4 : 2) << 2);
      break;
    }
  }
  return out;
}
