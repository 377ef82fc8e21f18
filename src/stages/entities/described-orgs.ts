// "It was taken over by Staedtler, a stationery company", "Eberhard Faber is a brand of pencils",
// "Virtus Pallacanestro Bologna … is an Italian professional basketball club": the text says what the
// name is, and the NER model, which reads a few words either side, took it for a person or a place
// (a company or club named after a person or a town). A name the model read as a person or place
// that the parse describes by an organisation noun (data/actors/org-descriptors.tsv) — the head noun
// of an apposition on either side of it, the predicate noun of a copula whose subject it is, or a
// noun modifying it from the left ("the band Howards Alias") — is an organisation, and so is every
// other mention of the same words in the document (the model reads each mention alone and gives the
// same wrong type to all of them: eval/ner-session-18.md §3), and a shorter mention made of the
// described name's first words ("Virtus" for "Virtus Pallacanestro Bologna").
// A name a gazetteer knows (a country, a listed place or person) keeps its type: the description of
// a known place is a metonym's ("Germany, the team") and the events layer reads those by the KB.
// Without a parse the refiner does nothing. Measured: eval/ner-session-19.md.
import type { Doc, Token } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { PERSON_OR_PLACE_TYPES } from '../../lexicon/entity-types.js';
import { knownPlace } from './org-short-names.js';
import { modelGuess, type WorkMention } from './mention.js';

/** the forms of "be" (the stage declares no lemma layer: forms are read, not lemmas) */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", '’s', '’re']);

/** a noun's singular, enough for the description nouns ("companies", "firms", "clubs") */
export const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('ches') || w.endsWith('shes') ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The first token of the mention whose head lies outside it ("Virtus" heads "Virtus Pallacanestro Bologna" by flat links). */
function headToken(tokens: readonly Token[], m: WorkMention): number {
  let h = -1;
  for (let k = m.tokFrom; k < m.tokTo; k++) {
    const up = tokens[k]!.head;
    if (up < m.tokFrom || up >= m.tokTo) h = h < 0 ? k : h;
  }
  return h;
}

/**
 * The nouns the parse reads as describing the name headed by h, where the words say so too (a parse
 * link alone also joins an interview's "((Name))" line to the next sentence's subject, and a chain of
 * appositions to the wrong name: "news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr"):
 * - an apposition right after the name and its comma ("Staedtler, a stationery company"), every word
 *   between the comma and the noun inside its phrase;
 * - an apposition right before the name and a comma ("America's oldest magic company, Martinka");
 * - a noun right before the name, hung from it or it from the noun ("the band Howards Alias", "daily
 *   newspaper Magyar Nemzet");
 * - the predicate of a copula "be" whose only subject is the name, the verb after the name and its comma
 *   ("Eberhard Faber is a brand of pencils", "Virtus …, known as …, is an Italian … club"), not a
 *   predicate with a preposition ("was from another team").
 */
function descriptions(doc: Doc, nouns: ReadonlySet<string>, h: number, m: WorkMention): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  const t = tokens[h]!;
  const up = t.head;
  // the dependents of x, from x's sentence (a parse links no two sentences)
  const kids = (x: number) => {
    const s = doc.sentences[tokens[x]!.sent]!;
    const got: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (k !== x && tokens[k]!.head === x) got.push(k);
    return got;
  };
  const inPhrase = (from: number, to: number, d: number) => {
    for (let k = from; k < to; k++) if (tokens[k]!.head < from || tokens[k]!.head > d) return false;
    return true;
  };
  // a common noun of the list: tested first, so that most names cost a few comparisons
  const noun = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.pos === 'NOUN' && nouns.has(singular(tokens[k]!.form.toLowerCase()));
  // a noun right before the name, or an apposition before it and its comma
  const before = m.tokFrom - 1;
  if (noun(before) && (up === before || tokens[before]!.head === h)) out.push(before);
  if (noun(before - 1) && tokens[before]?.form === ',' && (up === before - 1 || tokens[before - 1]!.head === h) && /^appos/.test(up === before - 1 ? t.dep : tokens[before - 1]!.dep)) out.push(before - 1);
  // an apposition after the name and its comma
  if (tokens[m.tokTo]?.form === ',') {
    // the noun heads the phrase after the comma, so it comes before any other word hung from the name
    const end = doc.sentences[t.sent]!.tokenEnd;
    for (let c = m.tokTo + 1; c < end && c <= m.tokTo + 8; c++) {
      if (tokens[c]!.head !== h) continue;
      if (noun(c) && tokens[c]!.dep === 'appos' && inPhrase(m.tokTo + 1, c, c)) out.push(c);
      break;
    }
  }
  // the predicate of a copula
  if (up >= m.tokTo && noun(up) && /^nsubj/.test(t.dep)) {
    const under = kids(up);
    const cop = under.some((c) => tokens[c]!.dep === 'case' || (c !== h && /^nsubj/.test(tokens[c]!.dep))) ? undefined : under.find((c) => tokens[c]!.dep === 'cop' && BE.has(tokens[c]!.form.toLowerCase()) && c >= m.tokTo && c < up);
    if (cop !== undefined && (cop === m.tokTo || tokens[m.tokTo]!.form === ',')) out.push(up);
  }
  return out;
}

export function describedOrgs(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const { tokens, text } = doc;
  const nouns = kb.tables.words.orgDescriptors;
  if (!nouns.size) return names;
  const open = (m: WorkMention) => modelGuess(m, PERSON_OR_PLACE_TYPES);
  // the names (as words) the text describes as organisations, and the mentions that carry the description
  const described: string[][] = [];
  const carriers = new Set<WorkMention>();
  for (const m of names) {
    if (!open(m)) continue;
    const h = headToken(tokens, m);
    // no parse (the syntax stage did not run): no description to read
    if (h < 0 || !tokens[h]!.dep) continue;
    if (!descriptions(doc, nouns, h, m).length) continue;
    const name = text.slice(m.start, m.end);
    if (knownPlace(kb, name)) continue;
    described.push(wordsOf(tokens, m));
    carriers.add(m);
  }
  if (!described.length) return names;
  // a band or firm named after a person the document also names ("lead guitarist of US rock band Van
  // Halen" beside "Eddie Van Halen"): the other mentions of those words may be the person's surname
  const surnames = names.filter((m) => m.type === 'PERSON' && !carriers.has(m) && m.tokTo - m.tokFrom > 1).map((m) => wordsOf(tokens, m));
  const isSurname = (w: string[]) => surnames.some((p) => p.length > w.length && w.every((x, i) => x === p[p.length - w.length + i]));
  for (const m of names) {
    if (!open(m)) continue;
    if (!carriers.has(m)) {
      const w = wordsOf(tokens, m);
      if (!described.some((d) => w.length <= d.length && w.every((x, i) => x === d[i])) || isSurname(w)) continue;
    }
    m.type = 'ORG';
    m.rule += '+described-org';
  }
  return names;
}

const wordsOf = (tokens: readonly Token[], m: WorkMention) => {
  const out: string[] = [];
  for (let k = m.tokFrom; k < m.tokTo; k++) out.push(tokens[k]!.form);
  return out;
};
