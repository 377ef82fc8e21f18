// The country the article is about when no country dominates its earned mentions
// (context-country.ts): what the lead sentence says instead. In order:
//   lead place   the first place in an in/at phrase of the lead sentence whose entity has a country
//                ("On Saturday, a gunman shot shoppers at a Walmart store in El Paso, Texas");
//   lead named   the one state the lead sentence names, when it also has the most earned mentions of
//                the article ("Slovakia's Prime Minister … apologised to the people" beside France and
//                Belgium).
// storyCountry() is the whole decision (context country, else the lead's); the events layer codes
// actors with no country of their own with it (events/refine-actors.ts withStoryCountry). Moved here
// from the events layer (sessions 8–9 review debt): deciding what an article is about is the
// entities layer's concern, as the context country is.
import type { Doc, Entity, Sentence, Token } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { contextCountry, isEarned, uncodedNations } from './context-country.js';
import { isCountryCode } from '../../kb/country-code.js';

/** the parse a lead place is read from: the events layer passes its repaired tree (events/tree.ts DepTree) */
export interface LeadParse {
  tok(i: number): Token;
  head(i: number): number;
  dep(i: number): string;
  /** the case marker of a nominal ("in", "at"), multi-word markers joined */
  caseOf(i: number): string | null;
}


/** the lead: the first sentence with a verb (a date line — "Thursday, August 8, 2019" — has none) */
function leadSentence(doc: Doc): Sentence | undefined {
  return doc.sentences.find((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).some((k) => k.pos === 'VERB'));
}

/**
 * "On Saturday, a gunman shot shoppers at a Walmart store in El Paso, Texas": where the lead sentence
 * places the story, when the entities layer found no country that dominates it — the first place in
 * an in/at phrase of the first sentence whose entity has a country.
 */
export function leadPlaceCountry(doc: Doc, entities: readonly Entity[], t: LeadParse): string | null {
  const first = leadSentence(doc);
  if (!first) return null;
  const byStart = new Map<number, string>();
  for (const e of entities) {
    if (e.type !== 'GPE' || !e.country || !isCountryCode(e.country)) continue;
    for (const m of e.mentions) if (m.start >= first.start && m.start < first.end) byStart.set(m.start, e.country);
  }
  for (let i = first.tokenStart; i < first.tokenEnd; i++) {
    const country = byStart.get(t.tok(i).start);
    if (!country) continue;
    // the phrase's head: climb the name's flat/compound links and the appositions of a place
    // ("in Reading, Berkshire, UK")
    let h = i;
    for (let hop = 0; hop < 6 && t.head(h) >= 0 && /^(flat|compound|appos)/.test(t.dep(h)); hop++) h = t.head(h);
    const cs = t.caseOf(h);
    if (cs === 'in' || cs === 'at') return country;
  }
  return null;
}

/**
 * "Slovakia's Prime Minister … apologised to the people" in a story naming France and Belgium too:
 * when no country dominates the mentions and the lead places nothing, the country the lead sentence
 * names, when it names no other, and that also has the most earned mentions of the article
 * (strictly more than any other) is the story's — the lead says what the story is about, the count
 * that it stays there.
 */
export function leadNamedCountry(doc: Doc, entities: readonly Entity[]): string | null {
  const first = leadSentence(doc);
  if (!first) return null;
  const count = new Map<string, number>();
  const inLead = new Set<string>();
  for (const e of entities) {
    if (!isEarned(e) || !isCountryCode(e.country!) || e.sector === 'MED') continue;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      count.set(e.country!, (count.get(e.country!) ?? 0) + 1);
      if (m.start >= first.start && m.start < first.end) inLead.add(e.country!);
    }
  }
  // a nation the tables do not code ("Kalvia" … "the Kalvian government") competes too, as in
  // contextCountry: a story about it is not about its donors
  for (const [place, n] of uncodedNations(doc, entities)) {
    count.set(place, n);
    const e = entities.find((x) => x.type === 'GPE' && `?${x.name}` === place);
    if (e?.mentions.some((m) => m.start >= first.start && m.start < first.end)) inLead.add(place);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  // a lead naming two states ("Germany suspended aid to Kalvia", "Turkey began an offensive into
  // Syria") is about their relation: neither is the story's country
  if (!top || top[1] <= (ranked[1]?.[1] ?? 0) || inLead.size !== 1 || !inLead.has(top[0])) return null;
  return top[0];
}

/** The country the article is about: the context country (story or dateline), else the lead's place, else the one state the lead names. */
export function storyCountry(doc: Doc, kb: ActorKB, entities: readonly Entity[], t: LeadParse): string | null {
  return contextCountry(doc, kb, entities)?.country ?? leadPlaceCountry(doc, entities, t) ?? leadNamedCountry(doc, entities);
}
