// Fine types for place names the model calls LOC: a facility when its last word names a building
// or structure ("Oval Office", "Dulles Airport"), a natural location when it names a feature of
// the landscape ("Black Sea", "Mount Kenya"), otherwise a geopolitical entity (most places in news
// are cities, regions and states). Gazetteer-backed names already carry their type. The words are
// data/actors/place-words.tsv.
import type { Doc } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import type { WorkMention } from './mention.js';

export function refineTypes(doc: Doc, words: NameWords, names: WorkMention[]): WorkMention[] {
  for (const m of names) {
    if (m.type !== 'LOC' || m.gaz) continue;
    const toks = doc.tokens.slice(m.tokFrom, m.tokTo);
    const last = toks[toks.length - 1]!.form.toLowerCase();
    const first = toks[0]!.form.toLowerCase();
    if (words.facilityWords.has(last)) m.type = 'FAC';
    else if (words.landformWords.has(last) || words.landformWords.has(first)) m.type = 'LOC';
    else m.type = 'GPE';
  }
  return names;
}
