// "<person> administration / government / campaign" names an organisation (the person's
// government or team): "the Trump administration" is an actor of its own, not Trump. Every NER
// corpus we have annotates the person's name alone as PER and never the pair as ORG
// (eval/ner-session-18.md: 13 PER, 0 ORG), so the name stays a PERSON name mention and the pair
// becomes a nominal mention (a common noun phrase, which NER scoring skips as it skips "Greek
// authorities") of an ORG entity of its own; actors.ts gives that entity the person's country.
// A person name followed by one of these words (data/actors/place-words.tsv, person-org) makes one.
import type { Doc } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import { adjectiveCount } from './context-country.js';
import { newMention, type WorkMention } from './mention.js';

export function personOrgs(doc: Doc, words: NameWords, names: WorkMention[], isSurname: ((w: string) => boolean) | null = null): WorkMention[] {
  const { tokens } = doc;
  const out: WorkMention[] = [];
  // a person's name and the word read as one organisation name by the model ("the Davis
  // Administration", UNER EWT dev): a surname in the model's name list, or the last word of a person
  // the document names, is that person
  let surnames: Set<string> | null = null;
  for (const m of names) {
    if (m.type === 'ORG' && m.kind === 'name' && m.origin === 'model' && !m.gaz && m.tokTo - m.tokFrom === 2 && words.personOrgHeads.has(tokens[m.tokTo - 1]!.form.toLowerCase())) {
      const w = tokens[m.tokFrom]!.form;
      surnames ??= new Set(names.filter((x) => x.type === 'PERSON' && x.kind === 'name').map((x) => tokens[x.tokTo - 1]!.form));
      if (isSurname?.(w) || surnames.has(w)) {
        const head = tokens[m.tokTo - 1]!;
        m.type = 'PERSON';
        m.tokTo -= 1;
        m.end = tokens[m.tokTo - 1]!.end;
        m.rule += '+person-org-split';
        out.push(m);
        out.push(administration(m, head.end));
        continue;
      }
    }
    if (m.type !== 'PERSON' || m.kind !== 'name') {
      out.push(m);
      continue;
    }
    const next = tokens[m.tokTo];
    if (!next || next.sent !== m.sent || !words.personOrgHeads.has(next.form.toLowerCase())) {
      out.push(m);
      continue;
    }
    // "the Kalvian government" beside "Kalvia": the adjective of a place the document names (one the
    // gazetteer does not know, which the model took for a person) is no person
    if (m.tokTo - m.tokFrom > 1 || !adjectiveOfPlace(doc.text, doc.text.slice(m.start, m.end), names)) out.push(m);
    // the body right after its person's name, so that a list in text order stays in order
    out.push(administration(m, next.end));
  }
  return out;
}

/** the nominal "<person> <head word>" after the person's name mention `m`, ending at `end` (the head word's end) */
function administration(m: WorkMention, end: number): WorkMention {
  return newMention({ start: m.start, end, tokFrom: m.tokFrom, tokTo: m.tokTo + 1, sent: m.sent, kind: 'nominal', type: 'ORG', rule: 'entities:person-org', origin: 'person-org' });
}

/**
 * "Kalvian" beside the place "Kalvia": the adjective of a one-word place the document names, as
 * context-country.ts reads a nation the gazetteer does not know (its stem and adjective ending)
 */
function adjectiveOfPlace(text: string, word: string, names: readonly WorkMention[]): boolean {
  return names.some((p) => {
    if (p.type !== 'GPE' || p.kind !== 'name' || p.tokTo - p.tokFrom !== 1 || p.end - p.start < 4) return false;
    const place = text.slice(p.start, p.end);
    const stem = place.replace(/[aeiouy]$/, '');
    return word.startsWith(stem) && adjectiveCount(word, stem, place) === 1;
  });
}
