// A line that is a given name alone — an e-mail's or a forum post's sign-off or salutation ("John",
// "John,", "Sophie.") — names a person. The model, which reads a name from its context, has none
// here and misses about half of them (UNER EWT dev slice: 2 of 4; "Julie", "Sophie." found, two
// "John" lines missed). In the training corpora such a line is a person 12 times of 15 (UNER EWT 11
// of 11; GUM 1 of 4, its other three "Woo .", "Leah ." twice left unannotated), and in every dev
// slice 6 of 6. The given name must be in the name list (data/actors/given-names.tsv, as the model's
// lexicon reads it; the list leaves out names that are also common English words: "Will", "Hope").
import type { Doc } from '../../core/doc.js';
import { newMention, type WorkMention } from './mention.js';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** the punctuation a sign-off or salutation may end in */
const CLOSERS = new Set([',', '.', '!', ':', '-']);

/**
 * Adds a PERSON name for each sentence that is one given name, optionally followed by one mark.
 * `isGivenName`: the model's name list (absent: nothing is added).
 */
export function loneGivenNames(doc: Doc, names: WorkMention[], isGivenName: ((w: string) => boolean) | null): WorkMention[] {
  if (!isGivenName) return names;
  const { tokens } = doc;
  let covered: Set<number> | null = null;
  const added: WorkMention[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    const n = s.tokenEnd - s.tokenStart;
    if (n !== 1 && !(n === 2 && CLOSERS.has(tokens[s.tokenStart + 1]!.form))) continue;
    const t = tokens[s.tokenStart]!;
    if (!NAME_WORD.test(t.form) || !isGivenName(t.form)) continue;
    covered ??= new Set(names.map((m) => m.tokFrom));
    if (covered.has(s.tokenStart)) continue;
    added.push(newMention({ start: t.start, end: t.end, tokFrom: s.tokenStart, tokTo: s.tokenStart + 1, sent: si, kind: 'name', type: 'PERSON', rule: 'entities:lone-given-name', origin: 'gazetteer' }));
  }
  if (!added.length) return names;
  return [...names, ...added].sort((a, b) => a.tokFrom - b.tokFrom);
}
