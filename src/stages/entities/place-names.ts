// Places the model reads as people. A name the country/capital/places gazetteers know ("Chad",
// "N'Djamena", "Jordan") is a place unless its context is clearly personal (a form of address or a
// title right before it, a given name before it); the all-caps city of a dateline opening the article
// is a place ("N'DJAMENA, Chad (AP) —"); a name followed by a
// plural or administrative place noun, possibly through a coordination, is a place ("Turkana and
// Marsabit counties", "Sindh province"). Conversely a form of address before a place-named word
// makes it a person ("Mr. Jordan"). Runs right after the candidates, before titles are split,
// so propagation and clustering see the right type.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { bestGaz, gazType } from './candidates.js';
import type { WorkMention } from './mention.js';
import { defaultLexicon, GIVEN_NAME } from './ner-lexicon.js';
import { datelineCityTokens } from './dateline-place.js';

/** a form of address, a title or a given name right before token `i` */
function personalContext(doc: Doc, kb: ActorKB, i: number, sentStart: number): boolean {
  if (i <= sentStart) return false;
  const prev = doc.tokens[i - 1]!.form;
  if (kb.tables.words.honorifics.has(prev)) return true;
  if (((defaultLexicon().person.get(prev) ?? 0) & GIVEN_NAME) !== 0) return true;
  for (let j = i - 1; j >= Math.max(sentStart, i - 5); j--) if (kb.titles.longestAt(doc.text, doc.tokens, j, i - j)?.tokenEnd === i) return true;
  return false;
}

export function placeNotPerson(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const { text, tokens } = doc;
  const datelineCity = datelineCityTokens(doc);
  for (const m of names) {
    // the converse: a form of address makes a place-named word a person ("Mr. Jordan")
    if (m.kind === 'name' && (m.gaz?.kind === 'country' || m.gaz?.kind === 'capital') && m.tokFrom > doc.sentences[m.sent]!.tokenStart && kb.tables.words.honorifics.has(tokens[m.tokFrom - 1]!.form)) {
      m.type = 'PERSON';
      m.gaz = undefined;
      m.rule += '+person-honorific';
      continue;
    }
    if (m.type !== 'PERSON' || m.kind !== 'name') continue;
    const sent = doc.sentences[m.sent]!;
    const span = text.slice(m.start, m.end);
    // (1) dateline: the city words of a dateline opening the article (the one definition: src/nlp/dateline-split.ts)
    if (m.tokFrom === 0 && m.tokTo <= datelineCity) {
      m.type = 'GPE';
      m.rule += '+place-dateline';
      continue;
    }
    // (2) a gazetteer place with no personal context
    const personal = personalContext(doc, kb, m.tokFrom, sent.tokenStart);
    if (!personal) {
      const hit = kb.names.longestAt(text, tokens, m.tokFrom, m.tokTo - m.tokFrom);
      const g = hit && hit.tokenEnd === m.tokTo ? bestGaz(hit.values, kb) : null;
      if (g && (g.kind === 'country' || g.kind === 'capital')) {
        m.type = gazType(g);
        m.gaz = g;
        m.rule += '+place-gazetteer';
        continue;
      }
      if (kb.tables.words.places.has(span.toLowerCase().replace(/’/g, "'"))) {
        m.type = 'GPE';
        m.rule += '+place-gazetteer';
        continue;
      }
    }
    // (3) "<Name> (and|or|, <Name>)* <place noun>": skip coordinated capitalised names, then the noun
    let k = m.tokTo;
    while (k < sent.tokenEnd && k - m.tokTo < 8) {
      const f = tokens[k]!.form;
      if (f === 'and' || f === 'or' || f === ',' || /^\p{Lu}/u.test(f)) k++;
      else break;
    }
    if (k < sent.tokenEnd && kb.tables.words.adminUnits.has(tokens[k]!.form) && (k === m.tokTo || /^\p{Lu}/u.test(tokens[k - 1]!.form))) {
      m.type = 'GPE';
      m.rule += '+place-noun';
    }
  }
  return names;
}
