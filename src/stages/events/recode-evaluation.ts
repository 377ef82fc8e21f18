// A statement coded as a plain comment (CAMEO 010 make statement, 012 pessimistic, 013 optimistic
// comment — "commented", "issued a statement", "declared") whose reported content evaluates the party
// it names is that evaluation: "Hammond commented, 'It would be a constitutional outrage if Parliament
// were prevented from holding the government to account'" criticises the government (111), as "said"
// with the same words does. The codebook codes a statement by what it says when it says more than a
// comment (01 is for "verbal statements not otherwise specified"). One reading of evaluation: the
// content frames of "say" (frames.tsv e=<class>, data/events/evaluation-words.tsv) give each class
// its code, so a comment verb reports as "say" does. Only with a party to be the evaluated one (the
// event's target): an evaluation of nobody stays a comment.
import type { Actor, Recoding } from './actor.js';
import type { Frame } from './lexicon.js';
import type { DepTree } from './tree.js';
import { evaluationWordAt } from './evaluated-party.js';

/** the comment codes a statement's content may make more specific */
const COMMENT = new Set(['010', '012', '013']);
/** "expressed regret at the decision of Russia" is disappointment, no apology: regret is an apology
 * only in what "say" reports ("said Iran deeply regrets the mistake"), the speaker's own act */
const NOT_FROM_COMMENT = new Set(['apology']);
/** the general speech verb whose content frames read an evaluation */
const SPEECH_VERB = 'say';

/** the evaluation's code (with its rule suffix) for a comment whose content evaluates its target, else null (the row's code stands). */
export function evaluationCode(t: DepTree, p: number, f: Frame, targets: readonly Actor[], frames: ReadonlyMap<string, readonly Frame[]>): Recoding | null {
  if (!COMMENT.has(f.cameo) || f.pos !== 'V' || f.constraint.kind === 'content' || !targets.some((a) => a.political)) return null;
  for (const g of frames.get(SPEECH_VERB) ?? []) {
    if (g.constraint.kind !== 'content' || NOT_FROM_COMMENT.has(g.constraint.cls)) continue;
    if (evaluationWordAt(t, p, g.constraint.phrases) >= 0) return { cameo: g.cameo, suffix: `content-${g.constraint.cls}` };
  }
  return null;
}
