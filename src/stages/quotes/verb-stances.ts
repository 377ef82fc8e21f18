// Stance verbs by construction (data/quotes/verb-stances.tsv, issue 14): verbs that are no speech
// verb but whose subject's stance PolNeAR marks as an attribution in one construction — "voted for
// the bill", "commented on the case", "pressed for a vote", "identified the problem as …", "a poll
// showed broad support". Each row was kept because this rule's own predictions on PolNeAR train
// were right often enough (eval/quote-verb-table.ts: at least 5 predicted, cue exact and content
// exact above half their F1, cue exact with content overlap80 ≥ 0.40); the clause constructions of
// the same measurement (that / bare / wh clause, to-infinitive) had no row that paid. The reading is
// construction-cues.ts's (cue the verb group, with a prepositional object's preposition; content the
// complement; source the verb's subject under the same checks), under its own rule id, after the
// speech-verb and construction rules so a speech reading wins. Needs the parse.
import { isMonthWord } from '../../lexicon/day-words.js';
import { attachTableCues } from './construction-cues.js';
import { constructionAt } from './constructions.js';
import type { State } from './state.js';
import { inClass, POS_NUM, type View } from './view.js';
import { W_TIME } from './words.js';

/**
 * A use of the verb at `i` that is an act, not a stance, read on Wikinews where these verbs also
 * name what was done: a prepositional object that is a time ("voted on Tuesday", "voted on June
 * 23": when, not what for) and a verb with an indirect object ("showed me respect", "showed them
 * the way": a giving); and a relative clause on a number or time ("tax returns from 1995 that
 * showed …": the parse's antecedent would be the source, and a year is no one).
 */
function actUse(v: View, i: number): boolean {
  const use = constructionAt(v.doc, v.kids, i);
  if (!use || use.comp < 0) return true;
  for (const k of v.kids[i]!) if (v.tokens[k]!.dep === 'iobj') return true;
  const t = v.tokens[i]!;
  if (t.dep.startsWith('acl') && t.head >= 0 && isTime(v, t.head)) return true;
  return use.kind === 'verb + prepositional object' && isTime(v, use.comp);
}

/** a number, a time word or a month name */
function isTime(v: View, i: number): boolean {
  return v.posCode[i] === POS_NUM || inClass(v, i, W_TIME) || isMonthWord(v.lower[i]!);
}

// a stance verb in its construction: cue the verb group (with the preposition), content the complement, source the subject
const RULE = 'quotes:verb-stance';

export function attachVerbStances(st: State): void {
  attachTableCues(st, st.v.lex.verbStanceLemmas, st.v.lex.verbStances, RULE, actUse);
}
