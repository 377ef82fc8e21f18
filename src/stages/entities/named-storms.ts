// A named storm is no person, organisation or place: "Hurricane Dorian", "Tropical Storm Humberto",
// "Cyclone Phailin". The model reads the storm word as a title and its name as a given name
// ("Dorian" PERSON), and a later bare "Phailin" as that person — so every event or quote the storm
// takes part in gets a person for an actor. No training corpus names a storm as one of ours (GUM types
// it an event; Re-DocRED and CrossNER map events away; UNER leaves "Hurricane Katrina" outside), so
// the decision is the text's: a storm word (data/actors/not-names.tsv class storm) followed by one
// capitalised name word makes that word a storm's name in this document, and candidates made of it
// (alone, with the storm words, or with an abbreviation such as "T C Phailin") are dropped.
import type { Doc } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import type { WorkMention } from './mention.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';

/** the name word: a capital and lower-case letters ("Dorian") */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** an abbreviation or initial before the name ("T C Phailin", "TC Phailin") */
const INITIALS = /^\p{Lu}{1,2}\.?$/u;

export interface StormLexicon {
  /** given names (a storm name in the lower-case vocabulary is taken only when it is also a given name: "Sandy") */
  readonly isGivenName: (w: string) => boolean;
  /** organisation head words: "Hurricane Center" is an organisation's name */
  readonly isOrgWord: (w: string) => boolean;
}

/** The storm names the document gives: the name word after a storm phrase ("Dorian" of "Hurricane Dorian"). */
export function stormNames(doc: Doc, words: NameWords, lowerVocab: WordSet, lex: StormLexicon): Set<string> {
  const { tokens } = doc;
  const names = new Set<string>();
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const phrases = words.stormWords.get(tokens[i]!.form);
      if (!phrases) continue;
      for (const phrase of phrases) {
        const at = i + phrase.length;
        if (at >= s.tokenEnd) continue;
        let ok = true;
        for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k]!.form === phrase[k];
        if (!ok) continue;
        // inside a longer capitalised name ("Desert Storm Dorian"); a sentence's first word is capitalised
        // anyway ("The Hurricane Dorian …")
        const before = i > s.tokenStart ? tokens[i - 1]!.form : '';
        if (/^\p{Lu}/u.test(before) && !(i - 1 === s.tokenStart && lowerVocab.has(before.toLowerCase()))) continue;
        const w = tokens[at]!.form;
        if (!NAME_WORD.test(w) || lex.isOrgWord(w)) continue;
        if (lowerVocab.has(w.toLowerCase()) && !lex.isGivenName(w)) continue;
        // the name is one word: "Storm Area 51", "Hurricane Dorian Relief Fund" are other things
        const after = at + 1 < s.tokenEnd ? tokens[at + 1]!.form : '';
        if (/^[\p{Lu}\d]/u.test(after)) continue;
        names.add(w);
      }
    }
  }
  return names;
}

/** Drops the candidates that are a storm's name (see the file comment). */
export function dropNamedStorms(doc: Doc, words: NameWords, names: WorkMention[], lowerVocab: WordSet, lex: StormLexicon): WorkMention[] {
  if (!words.stormWords.size || !names.length) return names;
  const storms = stormNames(doc, words, lowerVocab, lex);
  if (!storms.size) return names;
  const storm = new Set<string>();
  for (const ps of words.stormWords.values()) for (const p of ps) for (const w of p) storm.add(w);
  const { tokens } = doc;
  return names.filter((m) => {
    const last = tokens[m.tokTo - 1]!.form;
    // a candidate of the storm words and the name, or the name alone ("Dorian" of "Hurricane Dorian")
    const covers = (w: string) => storms.has(w) && tokens.slice(m.tokFrom, m.tokTo).every((t) => t.form === w || storm.has(t.form) || INITIALS.test(t.form));
    if (covers(last)) return false;
    // the model's span may stop at the name with the storm words outside, or take the storm word alone
    return !(m.tokTo - m.tokFrom === 1 && storm.has(last) && m.tokTo < tokens.length && storms.has(tokens[m.tokTo]!.form));
  });
}
