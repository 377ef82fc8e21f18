// "Yesterday, Indonesia's security minister Wiranto was stabbed": a fronted day word set off by its
// comma is an adjunct of time, never the subject, yet a parser may make it the subject and hang the
// real subject under it (the feature-set-3 model: "Yesterday" nsubj:pass, "minister" nmod of it;
// eval/events-parse-diff-15.md, Wikinews 138-g1). The nominal hung under the day word after its
// comma takes the subject's place and the day word becomes the verb's unmarked oblique, as UD has
// "Yesterday" in the same sentence when it is parsed right.
// A day word is src/lexicon/day-words.ts's (isDayWord: the deictic days and data/time-words.tsv's
// weekdays, abbreviations too), one definition for the parse repair, the time stage and the events rules.
import { isDayWord } from '../lexicon/day-words.js';
import { SUBJECT_END_XPOS } from './syntax-repair.js';
import { hangFrom, moveTo, TIME_WORD_SUBJECT, type RepairMarks } from './syntax-repair-rules.js';

/**
 * A day word that is a verb's subject with a comma right after it and a nominal hung under it after
 * the comma: that nominal becomes the subject (same relation), the day word `obl:unmarked` of the
 * verb, the comma and the day word's other dependents after it go with the subject. Edits `heads`
 * (1-based, 0 = root) and `deprels` in place; linear in the sentence, allocation-free.
 */
export function repairTimeWordAsSubject(heads: number[], deprels: string[], xpos: readonly string[], forms: readonly string[], marks?: RepairMarks): void {
  const n = heads.length;
  for (let t = 0; t + 2 < n; t++) {
    const rel = deprels[t]!;
    if ((rel !== 'nsubj' && rel !== 'nsubj:pass') || forms[t + 1] !== ',' || !isDayWord(forms[t]!.toLowerCase())) continue;
    const v = heads[t]! - 1;
    if (v <= t + 1) continue;
    // the nominal under the day word, after its comma and before the verb
    let s = -1;
    for (let k = t + 2; k < v; k++) if (heads[k] === t + 1 && SUBJECT_END_XPOS.has(xpos[k]!)) { s = k; break; }
    if (s < 0) continue;
    moveTo(heads, deprels, s, v + 1, rel, marks, TIME_WORD_SUBJECT);
    moveTo(heads, deprels, t, v + 1, 'obl:unmarked', marks, TIME_WORD_SUBJECT);
    for (let k = t + 1; k < v; k++) if (k !== s && heads[k] === t + 1) hangFrom(heads, k, k === t + 1 ? v + 1 : s + 1, marks, TIME_WORD_SUBJECT);
    return;
  }
}
