// Pronoun coreference: third-person pronouns join a compatible antecedent in a bounded window (this
// sentence and the two before, at most RECENT mentions back). he/she forms need a person of unknown
// or the same gender (a cluster takes the gender of the first pronoun resolved to it, or of
// a form of address, data/actors/honorifics.tsv); it/its an organisation or country; they/their an organisation
// (their: also a people named by a plural noun, "Bosnian Serbs said their forces …"). A
// place-like organisation name (its last word names a building: "Oval Office", data/actors/place-words.tsv
// facility) is where people act, not who acts: no pronoun takes it up. Preference:
// a subject (when parsed) or a sentence-initial mention, then the nearest. A pronoun with nothing
// before it in an opening phrase ("During a meeting with his counterpart, X ...") is cataphoric: it
// takes the first person after it in the sentence. Pronouns inside quotation marks are left alone
// (the speaker's "he" is not the narrator's). One sweep with a bounded list: linear time.
import type { Doc, EntityType } from '../../core/doc.js';
import type { Cluster } from './cluster.js';
import { newMention, type WorkMention } from './mention.js';
import type { NameWords } from '../../kb/index.js';

// Reflexives (himself, itself…) are left out: they always corefer with their own clause's subject,
// so they add no information, and name-level consumers (CoNLL-style NER scoring) count them as names.
const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = {
  he: 'm', him: 'm', his: 'm',
  she: 'f', her: 'f', hers: 'f',
  its: 'n',
  they: 'p', them: 'p', their: 'p', theirs: 'p',
};
// what a token must look like to be one of them, tested before lower-casing it and looking it up (every
// token of the document is tried): its length, and its first letter in either case
const PRONOUN_LENGTHS = Object.keys(PRONOUNS).map((k) => k.length);
const MIN_PRONOUN = Math.min(...PRONOUN_LENGTHS);
const MAX_PRONOUN = Math.max(...PRONOUN_LENGTHS);
const PRONOUN_START = new Set(Object.keys(PRONOUNS).flatMap((k) => [k.charCodeAt(0), k.toUpperCase().charCodeAt(0)]));
const WINDOW = 2;
const RECENT = 40;

function compatible(cls: 'm' | 'f' | 'n' | 'p', type: EntityType): boolean {
  if (cls === 'm' || cls === 'f') return type === 'PERSON';
  if (cls === 'n') return type === 'ORG' || type === 'GPE';
  // they/their: an organisation; a demonym adjective ("German charity") is not a referent
  return type === 'ORG';
}

/**
 * A people named by a plural noun that heads its own phrase ("Bosnian Serbs said their forces …",
 * "Serbians protested; they …"): they/their may take it up. A demonym modifying a noun ("German
 * charity", "Serbian police") is an adjective, not a referent.
 */
function peopleNoun(doc: Doc, m: WorkMention, type: EntityType): boolean {
  if (type !== 'NORP' || m.kind === 'pronoun') return false;
  const last = doc.tokens[m.tokTo - 1]!;
  const base = last.dep.split(':')[0]!;
  return (last.pos === 'NOUN' || last.pos === 'PROPN') && /s$/.test(last.form) && base !== 'amod' && base !== 'compound';
}

// relations that stay inside one noun phrase: a name reached through them from the subject's head is
// part of the subject ("The AU's special envoy for the Sahel, Kwame Asante, said …" — the parser may
// hang the appositive name anywhere inside that phrase)
const INSIDE_NP = new Set(['appos', 'conj', 'nmod', 'flat', 'compound', 'nmod:poss', 'list']);

function isSubject(doc: Doc, m: WorkMention): boolean {
  for (let i = m.tokFrom; i < m.tokTo; i++) {
    let t = i;
    for (let step = 0; step < 5 && t >= 0; step++) {
      const dep = doc.tokens[t]!.dep;
      if (dep.startsWith('nsubj')) return true;
      if (!INSIDE_NP.has(dep)) break;
      t = doc.tokens[t]!.head;
    }
  }
  return m.tokFrom === doc.sentences[m.sent]!.tokenStart;
}

/** 1 for tokens inside quotation marks (straight quotes alternate; curly ones open and close). */
export function quotedTokens(doc: Doc): Uint8Array {
  const q = new Uint8Array(doc.tokens.length);
  for (const s of doc.sentences) {
    let open = false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const f = doc.tokens[k]!.form;
      if (f === '“' || (f === '"' && !open)) open = true;
      else if (f === '”' || f === '"') open = false;
      else if (open) q[k] = 1;
    }
  }
  return q;
}

/**
 * An organisation named after its building ("the Oval Office"): the NER model may call it ORG, but
 * it is a place; a seat of government the knowledge base knows ("the White House") acts and stays.
 */
function placeLike(doc: Doc, words: NameWords, m: WorkMention): boolean {
  if (m.type !== 'ORG' || m.kind !== 'name' || m.gaz) return false;
  const last = doc.tokens[m.tokTo - 1]?.form.toLowerCase() ?? '';
  return words.facilityWords.has(last);
}

/** The gender a form of address gives a cluster ("Mr. Smith": m), by cluster id. */
function honorificGenders(doc: Doc, words: NameWords, clusters: readonly Cluster[]): Map<number, 'm' | 'f'> {
  const { tokens } = doc;
  const gender = new Map<number, 'm' | 'f'>();
  for (const c of clusters) {
    for (const m of c.mentions) {
      // (a mention at the document's first token has no word before it: no read before the array)
      const g = words.honorifics.get(m.tokFrom > 0 ? tokens[m.tokFrom - 1]!.form : '');
      if (g === 'm' || g === 'f') gender.set(c.id, g);
    }
  }
  return gender;
}

/** What the search for one pronoun's antecedent reads; made once per document. */
interface PronounSearch {
  readonly doc: Doc;
  readonly clusters: readonly Cluster[];
  readonly gender: ReadonlyMap<number, 'm' | 'f'>;
  /** named and nominal antecedents, by start */
  readonly ants: readonly WorkMention[];
  /** the last RECENT of them before the pronoun */
  readonly recent: readonly WorkMention[];
}

/** whether antecedent m may be what a pronoun of class cls refers to */
function agrees(st: PronounSearch, m: WorkMention, cls: 'm' | 'f' | 'n' | 'p', possessive: boolean): boolean {
  const type = st.clusters[m.cluster!]!.type;
  if (!compatible(cls, type) && !(possessive && peopleNoun(st.doc, m, type))) return false;
  const g = st.gender.get(m.cluster!);
  return !(g && (cls === 'm' || cls === 'f') && g !== cls);
}

/**
 * The antecedent of the pronoun at token i of sentence si and the rule that found it, or null.
 * `next`: the first antecedent not yet in `recent` (those after the pronoun); `firstComma`: the
 * sentence's first comma before the pronoun, or -1. (Apart from the token sweep in
 * resolvePronouns: this runs for pronouns only, and V8 compiles the long sweep and this search
 * apart — the sweep alone was compiled on-stack again and again with the search inlined.)
 */
function antecedent(st: PronounSearch, i: number, si: number, cls: 'm' | 'f' | 'n' | 'p', next: number, firstComma: number): { pick: WorkMention; rule: string } | null {
  const { doc, recent, ants } = st;
  const tokens = doc.tokens;
  // only the possessive takes up a people so far ("their forces"): "them" resolved to a people
  // made the events stage's target choice worse on the PLOVER GSR (session 4), left for later
  const possessive = cls === 'p' && /^their$/i.test(tokens[i]!.form);
  // newest first: the same sentence (a subject wins), then each earlier sentence in the window
  for (let back = 0; back <= WINDOW; back++) {
    let nearest: WorkMention | null = null;
    let subject: WorkMention | null = null;
    for (let k = recent.length - 1; k >= 0; k--) {
      const m = recent[k]!;
      if (m.sent > si - back) continue;
      if (m.sent < si - back) break;
      if (!agrees(st, m, cls, possessive)) continue;
      nearest ??= m;
      if (isSubject(doc, m)) subject = m;
    }
    const pick = subject ?? nearest;
    if (pick) return { pick, rule: back ? 'entities:pronoun-previous-sentence' : 'entities:pronoun-same-sentence' };
  }
  if ((cls === 'm' || cls === 'f') && firstComma < 0) {
    // cataphora in an opening phrase: the first person after the pronoun, before the first comma's clause ends
    const s = doc.sentences[si]!;
    let comma = -1;
    for (let k = i + 1; k < s.tokenEnd && k < i + 40; k++) {
      if (tokens[k]!.form === ',') {
        comma = k;
        break;
      }
    }
    if (comma > 0) {
      for (let k = next; k < ants.length && ants[k]!.sent === si && k < next + RECENT; k++) {
        if (ants[k]!.tokFrom > comma && agrees(st, ants[k]!, cls, possessive)) return { pick: ants[k]!, rule: 'entities:pronoun-cataphora' };
      }
    }
  }
  return null;
}

export function resolvePronouns(doc: Doc, words: NameWords, clusters: Cluster[], mentions: readonly WorkMention[]): WorkMention[] {
  const { tokens } = doc;
  const gender = honorificGenders(doc, words, clusters);
  const quoted = quotedTokens(doc);
  const ants = mentions.filter((m) => m.cluster !== undefined && m.kind !== 'pronoun' && !placeLike(doc, words, m)).sort((a, b) => a.start - b.start);
  const recent: WorkMention[] = [];
  const st: PronounSearch = { doc, clusters, gender, ants, recent };
  let next = 0;
  const out: WorkMention[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    let firstComma = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (firstComma < 0 && tokens[i]!.form === ',') firstComma = i;
      while (next < ants.length && ants[next]!.end <= tokens[i]!.start) {
        recent.push(ants[next++]!);
        if (recent.length > RECENT) recent.shift();
      }
      // own keys only: a plain object would also answer "constructor" or "toString" from its prototype
      // (a form lower-casing to a key has the key's length and first letter: the letters of the keys
      // lower-case from no other character than their capitals)
      const form = tokens[i]!.form;
      if (form.length < MIN_PRONOUN || form.length > MAX_PRONOUN || !PRONOUN_START.has(form.charCodeAt(0))) continue;
      const lower = form.toLowerCase();
      const cls = Object.hasOwn(PRONOUNS, lower) ? PRONOUNS[lower] : undefined;
      if (!cls || quoted[i]) continue;
      const found = antecedent(st, i, si, cls, next, firstComma);
      if (!found) continue;
      const c = clusters[found.pick.cluster!]!;
      if ((cls === 'm' || cls === 'f') && !gender.has(c.id)) gender.set(c.id, cls);
      const pm = newMention({ start: tokens[i]!.start, end: tokens[i]!.end, tokFrom: i, tokTo: i + 1, sent: si, kind: 'pronoun', type: c.type, rule: found.rule, origin: 'pronoun', cluster: c.id });
      c.mentions.push(pm);
      out.push(pm);
    }
  }
  return out;
}
