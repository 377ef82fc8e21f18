// "In 1801, he was sent to Harrow" in a biography that names "Harrow School"; "my role with the Mozilla
// project" in a post that names "The Mozilla Foundation": a one-word name the NER model reads as a
// place, that no gazetteer knows (no country, capital, listed place, or any knowledge-base name), is
// the short name of an organisation the same document names as that word and one organisation head
// word of a school, company, charity or newspaper (data/actors/org-words.tsv sectors EDU, BUS, NGO,
// MED: "Harrow School", "Mozilla Foundation", "Acme Corp."). Heads of the state's bodies are left out
// (GOV, MIL, COP, LEG, JUD and the parties): a town's council or police ("Springfield Police") is
// named after the town, and the town stays a place. So does the word right after "in" or "near": a
// town is where things happen ("Gulu University … fighting in Gulu"), while a school or company is
// gone to, left or worked at ("sent to Harrow", "the Mozilla project"; no dev prediction is after
// "in"/"near").
// Measured over every dev slice (session 17, eval/ner-session-17.md), as a scan of the dev model's
// pipeline output: 9 places turned into the gold's organisations (GUM dev Harrow ×6, UNER EWT Mozilla
// ×3), none wrong; the same test for people (a person read as "Rockefeller" beside "Rockefeller
// Foundation") was 1 right against 2 wrong and is not made.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';
import { modelGuess, type WorkMention } from './mention.js';

/** A country or a place the word lists know, by its name: the gazetteer's type, not the model's guess. */
export const knownPlace = (kb: ActorKB, name: string): boolean => kb.countryOf(name) !== null || kb.tables.words.places.has(name.toLowerCase());

/** sectors of the head words whose organisations take a short name that is no place of their own */
const SHORT_NAME_SECTORS = new Set(['EDU', 'BUS', 'NGO', 'MED']);
/** words after which a one-word name is where something happens: a place */
const PLACE_BEFORE = new Set(['in', 'near']);

export function orgShortNames(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const { text, tokens } = doc;
  const heads = kb.tables.words.orgWords;
  // first words of the document's two-word organisation names "<Word> <head>"
  const shortNames = new Set<string>();
  for (const m of names) {
    if (m.type !== 'ORG' || m.tokTo - m.tokFrom !== 2) continue;
    const sector = heads.get(tokens[m.tokTo - 1]!.form);
    if (sector !== undefined && SHORT_NAME_SECTORS.has(sector)) shortNames.add(tokens[m.tokFrom]!.form);
  }
  if (!shortNames.size) return names;
  for (const m of names) {
    if (!modelGuess(m, PLACE_TYPES) || m.tokTo - m.tokFrom !== 1) continue;
    const word = text.slice(m.start, m.end);
    if (!shortNames.has(word) || (m.tokFrom > 0 && PLACE_BEFORE.has(tokens[m.tokFrom - 1]!.form))) continue;
    if (knownPlace(kb, word) || kb.names.longestAt(text, tokens, m.tokFrom, 1)) continue;
    m.type = 'ORG';
    m.rule += '+org-short-name';
  }
  return names;
}
