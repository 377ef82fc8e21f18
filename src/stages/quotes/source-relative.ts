// A cue word met inside the description that follows an inverted source (“…,” said X, A, B): is it
// a new attribution, or part of the description? PolNeAR (train, inverted sources) keeps what
// describes the source, relative clauses included — "Erin Clark, a postdoctoral fellow … who
// spends about 60 hours a week …", "Louisa Ermelino, …, who has not read the work but knows its
// gist", "Tim Selaty, organizer of a group called Citizens for Trump" — and leaves out a relative
// clause that is itself a report: "Lionel Sosa, a Texas media consultant … [who said he would not
// vote …]", "Carson[, who has said …]".
import { inClass, isPunct, POS_ADV, POS_NOUN, type View } from './view.js';
import { W_ADV, W_AUX, W_NEG } from './words.js';

/** relative pronouns that open a clause describing the source */
const RELATIVES = new Set(['who', 'which', 'whose']);

/**
 * For a cue word at token `cue` inside the description of an inverted source starting at `start`:
 * `'keep'` when it belongs to the description (inside a relative clause, or a participle modifying
 * the noun before it), the token to end the source at when it opens a reported relative clause
 * ("…, who said …"), or null when neither (a new clause: the caller's rule applies).
 */
export function cueInDescription(v: View, start: number, cue: number): 'keep' | number | null {
  let seg = cue - 1;
  while (seg > start && !isPunct(v, seg, ',')) seg--;
  let rel = -1;
  for (let k = cue - 1; k > seg; k--) {
    if (RELATIVES.has(v.lower[k]!)) {
      rel = k;
      break;
    }
  }
  if (rel >= 0) {
    // only auxiliaries, negation and adverbs between the pronoun and the cue: the clause is a report
    // when its verb is a plain speech verb ("who said", "who has also argued")
    let immediate = true;
    for (let k = rel + 1; k < cue && immediate; k++) {
      immediate = inClass(v, k, W_AUX) || inClass(v, k, W_NEG) || inClass(v, k, W_ADV) || v.tagged && v.posCode[k] === POS_ADV;
    }
    const entry = v.lex.cues.get(v.lower[cue]!);
    if (immediate && entry && entry.cls === 'speech' && entry.use !== 'quote') return rel;
    return 'keep';
  }
  // "a group called Citizens for Trump", "a super PAC supporting Hillary Clinton": a participle
  // right after a noun modifies it
  if (v.tagged && cue - 1 > seg && v.posCode[cue - 1] === POS_NOUN && /^VB[NG]$/.test(v.tokens[cue]!.xpos ?? '')) return 'keep';
  return null;
}
