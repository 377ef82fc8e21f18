// "Prime Minister Ardern said the gun laws should be changed", "Bolsonaro has said the Amazon
// rainforest should be opened up to agriculture": a government saying that a thing of its own domain
// must or should be changed — a passive with no doer and no party named in its subject — states what
// it means to do. CAMEO 0342 "express intent to change policy" (034: "express intent to institute
// political reform"), not an appeal or demand (02x/10x need an addressee, and the speaker asks no
// one: it is the one that changes policy). Only governments (sector GOV): an opposition, a court or a
// group saying the same asks it of the government, which this rule does not guess.
import type { Actor, Recoding } from './actor.js';
import type { Frame } from './lexicon.js';
import { clauseOf } from './roles.js';
import type { DepTree } from './tree.js';

/** the relations of a subject's phrase that may name whose thing it is ("Iran's nuclear deal", "the sanctions on Iran") */
const OWNER_DEPS = /^(nmod|compound|amod|appos)/;

/** 0342 with its rule suffix when a government says a thing must or should be changed, else null. */
export function policyChangeCode(t: DepTree, p: number, f: Frame, sources: readonly Actor[], namesParty: (k: number) => boolean): Recoding | null {
  if (f.constraint.kind !== 'ccomp' || !f.constraint.lemmas || !(f.cameo.startsWith('02') || f.cameo.startsWith('10'))) return null;
  if (!sources.length || !sources.every((a) => a.actor_code !== null && /GOV/.test(a.actor_code.slice(3)))) return null;
  const cc = clauseOf(t, p);
  if (cc < 0 || t.kid(cc, 'aux:pass') < 0) return null;
  const subj = t.kid(cc, 'nsubj:pass');
  // a doer named ("should be changed by parliament") is asked to do it
  if (subj < 0 || t.kid(cc, 'obl:agent') >= 0 || t.kidsWhere(cc, (d, k) => d.startsWith('obl') && t.caseOf(k) === 'by').length) return null;
  if (namesParty(subj) || t.kidsWhere(subj, (d) => OWNER_DEPS.test(d) || d === 'nmod:poss').some(namesParty)) return null;
  return { cameo: '0342', suffix: 'own-policy-change' };
}
