// "The Turkish airstrike on Kurdish militias killed three fighters", "X was killed in an airstrike",
// "the attack that killed Y": a use-of-force noun that is the subject, agent or instrument phrase of a
// verb of force, or that a relative clause with such a verb describes, names the same happening the verb tells — one event, the verb's (it has the victims
// as its object). Without this, the noun frame doubled the verb's event (issue 13: an airstrike noun
// frame gave 94 found / 64 unannotated on the Wikinews dev set in session 9, each strike twice).
import type { Frame } from './lexicon.js';
import type { DepTree } from './tree.js';

/** roots of the uses of force (CAMEO 18 assault, 19 fight, 20 mass violence) */
const FORCE = /^(18|19|20)/;

/**
 * how a noun hangs on the verb whose happening it names: its subject or passive agent, or an
 * in/with/during phrase of a verb with a doer of its own ("forces killed X in an airstrike"). A
 * passive with no agent ("ten civilians were killed in Russia's attack") names its doer only in the
 * noun: the noun's event is the one that says who did it, and stays.
 */
function namesVerbsHappening(t: DepTree, p: number, g: number): boolean {
  const d = t.dep(p);
  if (d === 'nsubj' || d === 'obl:agent') return true;
  return d.startsWith('obl') && ['in', 'with', 'during'].includes(t.caseOf(p) ?? '') && t.kid(g, 'nsubj') >= 0;
}

/**
 * Force noun `p` (its frame `f`) is told by the verb it hangs on, which itself has a frame of force
 * (`framesOf`: the frames that verb matches) — the noun's own event would repeat the verb's.
 */
export function isToldByForceVerb(t: DepTree, p: number, f: Frame, framesOf: (k: number) => readonly Frame[]): boolean {
  if (f.pos !== 'N' || !FORCE.test(f.cameo)) return false;
  const isForceVerb = (g: number) => g >= 0 && t.tok(g).pos === 'VERB' && framesOf(g).some((x) => FORCE.test(x.cameo));
  if (isForceVerb(t.head(p)) && namesVerbsHappening(t, p, t.head(p))) return true;
  // "the US airstrike that killed the Iranian general": the relative clause's verb, with the relative
  // pronoun as its subject, is the noun's happening told again
  return t.kidsWhere(p, (d) => d === 'acl:relcl').some((v) => isForceVerb(v) && t.kidsWhere(v, (d) => d === 'nsubj').every((s) => RELATIVE.has(t.lower(s))));
}

/** relative pronouns standing for the noun a relative clause describes */
const RELATIVE = new Set(['that', 'which']);
