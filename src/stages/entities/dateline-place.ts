// The all-caps city of a dateline ("MOSCOW (Reuters) -", "JERUSALEM (AP) —") is a place: the model
// and the case-sensitive gazetteer miss it (or read "MOSCOW" as an organisation). It names where the
// story was filed and gives its country to no actor (infer-country.ts). What a dateline is, is the
// syntax chain's one definition (src/nlp/dateline-split.ts: the city's all-caps words, an optional
// ", Place", an optional agency credit, the dash), read on the article's first sentence.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { datelineCityLength, datelinePrefix } from '../../nlp/dateline-split.js';
import { newMention, type WorkMention } from './mention.js';
import { isCountryCode } from '../../kb/country-code.js';
import { isMonthWord } from '../../lexicon/day-words.js';


/** The dateline opening the article: its city's tokens [0, city) and the whole prefix [0, prefix); null when there is none. */
function openingDateline(doc: Doc): { city: number; prefix: number } | null {
  const s = doc.sentences[0];
  if (!s || s.tokenStart !== 0) return null;
  const t = doc.tokens;
  const forms: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) forms.push(t[i]!.form);
  const prefix = datelinePrefix(forms);
  return prefix === 0 ? null : { city: datelineCityLength(forms), prefix };
}

/**
 * How many tokens the all-caps city of a dateline opening the article has (0 when the article opens on
 * none), whether or not the knowledge base knows the city: place-names.ts retypes a model PERSON there.
 */
export function datelineCityTokens(doc: Doc): number {
  return openingDateline(doc)?.city ?? 0;
}

/**
 * The ", Place" parts between the city and the credit or dash that are no date: "Calif." of "SAN JOSE,
 * Calif., Feb 26 -", "Chad" of "N'DJAMENA, Chad (AP) —"; none of "KUALA LUMPUR, Dec 5 (Reuters) -".
 */
function placeParts(doc: Doc, city: number, prefix: number): string[] {
  const t = doc.tokens;
  const parts: string[] = [];
  for (let i = city; i < prefix && t[i]!.form === ','; ) {
    let j = i + 1;
    while (j < prefix && t[j]!.form !== ',' && t[j]!.form !== '(' && /[\p{L}\d]/u.test(t[j]!.form)) j++;
    if (j === i + 1) break;
    // a period the tokenizer split off an all-caps state ("KAN" ".") stays with it
    while (j < prefix && t[j]!.form === '.') j++;
    const first = t[i + 1]!.form;
    if (!isMonthWord(first) && !/^\d/.test(first)) parts.push(doc.text.slice(t[i + 1]!.start, t[j - 1]!.end));
    i = j;
  }
  return parts;
}

/**
 * The all-caps dateline city at the start of the article: its country and its first `tokens` tokens, or
 * null. A place named after the city must be in the same country: "SAN JOSE, Calif." and "LONDON,
 * Ontario" are not the capitals of Costa Rica and Britain, so they get none ("N'DJAMENA, Chad" keeps TCD).
 */
export function datelineCity(doc: Doc, kb: ActorKB): { iso: string; tokens: number; start: number; end: number } | null {
  const found = openingDateline(doc);
  if (!found) return null;
  const end = found.city;
  const t = doc.tokens;
  const iso = kb.countryOf(doc.text.slice(t[0]!.start, t[end - 1]!.end));
  if (!iso || !isCountryCode(iso)) return null;
  if (placeParts(doc, end, found.prefix).some((place) => kb.countryOf(place) !== iso)) return null;
  return { iso, tokens: end, start: t[0]!.start, end: t[end - 1]!.end };
}

export function datelinePlace(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  const found = datelineCity(doc, kb);
  if (!found) return names;
  const { iso, tokens: end } = found;
  const index = kb.tables.countries.findIndex((c) => c.iso3 === iso);
  const city = doc.text.slice(t[0]!.start, t[end - 1]!.end);
  const place = newMention({
    start: t[0]!.start,
    end: t[end - 1]!.end,
    tokFrom: 0,
    tokTo: end,
    sent: 0,
    kind: 'name',
    type: 'GPE',
    rule: 'entities:dateline-city',
    origin: 'gazetteer',
    gaz: { kind: 'capital', id: iso, name: city, index },
  });
  return [place, ...names.filter((m) => m.tokFrom >= end)];
}
