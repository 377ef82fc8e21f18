// "Libyan national Khairi Saadallah … A police raid removed items from Saadallah's flat": the
// NER model reads an unseen one-word surname as a place now and then (a possessive and a dwelling
// noun after it look like "Reading's station"), and clustering keeps places apart from people, so
// the person lost a mention and a place "Saadallah" appeared. A one-word place the model found
// that no gazetteer knows (no country, capital, listed place, or any knowledge-base name) and that
// is the last name of a person named in full EARLIER in the document is that person's surname.
// Runs before clustering, which then joins it to the person (cluster.ts bySurname).
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';
import type { WorkMention } from './mention.js';

export function surnameNotPlace(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const { text, tokens } = doc;
  // last names of the people named in full so far, with where they were first named
  const surnameFrom = new Map<string, number>();
  for (const m of names) {
    if (m.type !== 'PERSON' || m.kind !== 'name' || m.tokTo - m.tokFrom < 2) continue;
    const last = tokens[m.tokTo - 1]!.form;
    if (/^\p{Lu}\p{Ll}+$/u.test(last) && !surnameFrom.has(last)) surnameFrom.set(last, m.start);
  }
  if (!surnameFrom.size) return names;
  for (const m of names) {
    if (!PLACE_TYPES.has(m.type) || m.kind !== 'name' || (m.origin !== 'model' && m.origin !== 'propagated') || m.gaz || m.tokTo - m.tokFrom !== 1) continue;
    const word = text.slice(m.start, m.end);
    const from = surnameFrom.get(word);
    if (from === undefined || from >= m.start) continue;
    if (kb.countryOf(word) || kb.tables.words.places.has(word.toLowerCase()) || kb.names.longestAt(text, tokens, m.tokFrom, 1)) continue;
    m.type = 'PERSON';
    m.rule += '+surname-not-place';
  }
  return names;
}
