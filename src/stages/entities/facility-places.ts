// A building named as where something happens is a place: "an argument in the Oval Office", "got into the
// Oval Office", "Churchill was in the White House". The NER model reads "<Capitalised> Office/House/…"
// as an organisation when its training text holds no such building (since session 16 it is trained on
// no UNER EWT, whose gold marks "Oval Office" a place): an organisation name the model found, that the
// knowledge base does not know, ending in a building word (data/actors/place-words.tsv, class facility)
// that is not also an organisation head word (org-words.tsv: "Parliament", "Embassy" stay organisations),
// right after a preposition of location and "the", is a place (classify.ts then makes it a facility).
// "from the …" is left out: a statement comes from the White House as from any organisation.
// Measured over every dev slice (session 17, eval/ner-session-17.md): 3 organisations turned into the
// gold's places (UNER EWT "Oval Office" ×2, CrossNER "in the White House") against 1 gold organisation
// ("a game room at the Landmark Church", wikigold).
import type { Doc } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import type { WorkMention } from './mention.js';

/** prepositions of location before "the <Name>" (lower case: a capitalised one starts a heading or a name) */
const LOCATIVE = new Set(['in', 'into', 'at', 'inside', 'outside', 'near']);

export function facilityPlaces(doc: Doc, words: NameWords, names: WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  for (const m of names) {
    if (m.type !== 'ORG' || m.kind !== 'name' || m.origin !== 'model' || m.gaz || m.tokTo - m.tokFrom < 2 || m.tokFrom < 2) continue;
    const last = t[m.tokTo - 1]!.form;
    if (!words.facilityWords.has(last.toLowerCase()) || words.orgWords.has(last)) continue;
    if (t[m.tokFrom - 1]!.form !== 'the' || !LOCATIVE.has(t[m.tokFrom - 2]!.form)) continue;
    m.type = 'LOC';
    m.rule += '+facility-place';
  }
  return names;
}
