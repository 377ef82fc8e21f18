// A capitalised plural agent noun standing alone ("Senators will be asked to vote", "Republican
// Senators cannot deny") is a group of people of that role, not an organisation's or a person's
// name: the model, seeing a capitalised word in political text, tags it as a name and propagation
// then repeats the error at every mention. A one-word name whose lower-case form is a plural group
// noun (data/actors/group-nouns.tsv, Phoenix agent nouns: "senators", "ministers", "rebels") and
// an ordinary word of the training text is dropped; sector-groups.ts still reads it as a group.
// Kept: gazetteer names, acronyms in capitals, organisation head words that name one body
// ("Senate", "Parliament", "Police" have no plural reading), and singular nouns ("Army").
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import type { WorkMention } from './mention.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';

export function dropPluralAgentNouns(doc: Doc, kb: ActorKB, names: WorkMention[], lowerVocab: WordSet): WorkMention[] {
  const heads = kb.tables.words.orgWords;
  return names.filter((m) => {
    if (m.gaz || m.tokTo - m.tokFrom !== 1) return true;
    const form = doc.tokens[m.tokFrom]!.form;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(form) || heads.has(form)) return true;
    const lower = form.toLowerCase();
    return !(lowerVocab.has(lower) && kb.groupCode(lower) !== null);
  });
}
