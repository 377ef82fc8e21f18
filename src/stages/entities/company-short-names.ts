// "Altsys Corporation was a Texas-based software company … Three major products from Altsys …": a
// company named once with its corporate suffix and then by the words before it. The NER model reads the
// bare "Altsys" from its context alone and took it for a person six times (Re-DocRED dev). A name the
// model read as a person or place whose words are exactly the words before a corporate suffix of an
// organisation the same document names ("<words> Corporation/Inc./GmbH/…") is that organisation.
// A person's full name before the suffix ("Walt Disney" beside "the Walt Disney Company") stays a
// person when its first word is a given name (the model's name list); a one-word name or one whose first
// word is no given name goes with the company. Org-short-names.ts does the same for one-word places
// beside school, charity and newspaper heads; this file is the company suffix's case, for people too
// (session 17's person form over "Foundation" heads was 1 right against 2 wrong: "Rockefeller" beside
// "Rockefeller Foundation" is the family). Measured: eval/ner-session-19.md.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { PERSON_OR_PLACE_TYPES } from '../../lexicon/entity-types.js';
import { modelGuess, type WorkMention } from './mention.js';
import { knownPlace } from './org-short-names.js';
import { COMMA_SUFFIXES } from './org-tails.js';

/** the words that end a company's name and are no part of its short name */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([...COMMA_SUFFIXES, 'Corporation', 'Incorporated', 'Limited', 'Company']);

export function companyShortNames(doc: Doc, kb: ActorKB, names: WorkMention[], isGivenName: ((w: string) => boolean) | null): WorkMention[] {
  const { tokens, text } = doc;
  // "<words>" of the document's "<words> <suffix>" organisation names (a comma before the suffix is no word)
  const shortNames = new Set<string>();
  for (const m of names) {
    if (m.type !== 'ORG' || m.tokTo - m.tokFrom < 2 || !COMPANY_SUFFIXES.has(tokens[m.tokTo - 1]!.form)) continue;
    let end = m.tokTo - 1;
    if (tokens[end - 1]!.form === ',') end--;
    if (end > m.tokFrom) shortNames.add(text.slice(m.start, tokens[end - 1]!.end));
  }
  if (!shortNames.size) return names;
  for (const m of names) {
    if (!modelGuess(m, PERSON_OR_PLACE_TYPES)) continue;
    const name = text.slice(m.start, m.end);
    if (!shortNames.has(name)) continue;
    if (m.type === 'PERSON' && m.tokTo - m.tokFrom > 1 && isGivenName?.(tokens[m.tokFrom]!.form)) continue;
    if (knownPlace(kb, name)) continue;
    m.type = 'ORG';
    m.rule += '+company-short-name';
  }
  return names;
}
