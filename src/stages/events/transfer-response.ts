// "The Civil Human Rights Front had sent the police a plan for the march, which they rejected": a
// response in a relative clause on what one party handed another (the theme of a double-object or
// to-phrase transfer verb) is the receiver's response, aimed at the giver. One cannot reject or
// accept what one sent oneself, so the clause's pronoun subject ("they") is the receiver whatever
// the pronoun's gender or number agreement suggests to the coreference layer, and the giver is the
// party responded to (the rejected thing itself is no party).
import { RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';
import { doubleObject, prepArgs, subjectOf } from './roles.js';
import type { DepTree } from './tree.js';

/** CAMEO roots of a response to something offered: yield (08: accept, approve) and reject (12) */
const RESPONSE_ROOTS: ReadonlySet<string> = new Set(['08', '12']);

export interface RespondedTransfer {
  /** the receiver of the thing (the response's source) */
  readonly recipient: number;
  /** the subject of the transfer verb (the response's target), -1 when it has none */
  readonly giver: number;
}

/**
 * The transfer a response trigger p (code `cameo`) answers, or null: p heads a relative clause whose
 * object is a relative pronoun ("which they rejected"), on a noun that is what a verb gave — the
 * second of two objects ("sent the police a plan", however the parser labelled the first) or the object of a verb with a to-phrase ("sent a
 * plan to the police") — or on a phrase after it that modifies it or the verb ("a plan for the talks").
 */
export function respondedTransfer(t: DepTree, p: number, cameo: string): RespondedTransfer | null {
  if (!RESPONSE_ROOTS.has(cameo.slice(0, 2)) || !t.dep(p).startsWith('acl')) return null;
  if (!t.kidsWhere(p, (d, k) => d === 'obj' && RELATIVE_PRONOUNS.has(t.lower(k))).length) return null;
  let thing = t.head(p);
  // "a plan for the talks, which they rejected": the clause closing a phrase inside the thing's (or a
  // phrase the parser hung on the verb right after it) is still about the thing
  if (/^(nmod|obl)/.test(t.dep(thing))) thing = t.head(thing);
  let v = t.head(thing);
  if (thing >= 0 && t.isVerbal(thing)) (v = thing), (thing = -1);
  if (v < 0 || !t.isVerbal(v)) return null;
  const dbl = doubleObject(t, v);
  if (thing < 0) thing = dbl ? dbl.theme : t.kid(v, 'obj');
  if (thing < 0 || t.head(thing) !== v || t.dep(thing) !== 'obj' || p < thing) return null;
  let recipient = dbl?.theme === thing ? dbl.recipient : -1;
  if (recipient < 0 && !dbl) recipient = t.kid(v, 'iobj');
  if (recipient < 0 && !dbl) recipient = prepArgs(t, v, 'to', false)[0] ?? -1;
  return recipient >= 0 ? { recipient, giver: subjectOf(t, v) } : null;
}
