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
import type { WorkMention } from './mention.js';

/** the types a description can turn into an organisation */
const RETYPED = new Set(['PERSON', 'GPE', 'LOC', 'FAC']);

/** The first token of the mention whose head lies outside it ("Virtus" heads "Virtus Pallacanestro Bologna" by flat links). */
function headToken(tokens: readonly Token[], m: WorkMention): number {
  let h = -1;
  for (let k = m.tokFrom; k < m.tokTo; k++) {
    const up = tokens[k]!.head;
    if (up < m.tokFrom || up >= m.tokTo) h = h < 0 ? k : h;
  }
  return h;
}

/** the nouns the parse reads as describing the name headed by h (see the header) */
function descriptions(tokens: readonly Token[], kids: readonly number[][], h: number, m: WorkMention): number[] {
  const out: number[] = [];
  const t = tokens[h]!;
  const up = t.head;
  if (up >= 0 && t.dep === 'appos' && tokens[up]!.pos === 'NOUN') out.push(up);
  if (up >= 0 && /^nsubj/.test(t.dep) && tokens[up]!.pos === 'NOUN' && kids[up]!.some((c) => tokens[c]!.dep === 'cop' && tokens[c]!.lemma === 'be')) out.push(up);
  for (const c of kids[h]!) {
    const ct = tokens[c]!;
    if (ct.pos !== 'NOUN') continue;
    if (ct.dep === 'appos') out.push(c);
    // "the band Howards Alias": a common noun right before the name, hung from it
    else if (c === m.tokFrom - 1 && (ct.dep === 'compound' || ct.dep === 'nmod:desc')) out.push(c);
  }
  return out;
}

export function describedOrgs(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const { tokens, text } = doc;
  const nouns = kb.tables.words.orgDescriptors;
  if (!nouns.size || !tokens.some((t) => t.head >= 0)) return names;
  const open = (m: WorkMention) => m.kind === 'name' && RETYPED.has(m.type) && !m.gaz && (m.origin === 'model' || m.origin === 'propagated');
  let kids: number[][] | null = null;
  // the names (as words) the text describes as organisations
  const described: string[][] = [];
  for (const m of names) {
    if (!open(m)) continue;
    const h = headToken(tokens, m);
    if (h < 0) continue;
    if (!kids) {
      kids = tokens.map(() => []);
      tokens.forEach((t, k) => {
        if (t.head >= 0 && t.head !== k) kids![t.head]!.push(k);
      });
    }
    const d = descriptions(tokens, kids, h, m).find((k) => nouns.has(tokens[k]!.lemma.toLowerCase()) || nouns.has(tokens[k]!.form.toLowerCase()));
    if (d === undefined) continue;
    const name = text.slice(m.start, m.end);
    if (kb.countryOf(name) || kb.tables.words.places.has(name.toLowerCase())) continue;
    described.push(wordsOf(tokens, m));
  }
  if (!described.length) return names;
  for (const m of names) {
    if (!open(m)) continue;
    const w = wordsOf(tokens, m);
    if (!described.some((d) => w.length <= d.length && w.every((x, i) => x === d[i]))) continue;
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
