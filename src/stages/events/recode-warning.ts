// "The hurricane centre warned of potential flash floods", "Li Wenliang tried to warn people about the
// viral outbreak", "intelligence officials warned the administration that Giuliani could be a conduit
// for Russian disinformation": a warning of a danger no one threatens is no threat. CAMEO's threats
// (13x) are "coercive or forceful warnings" — of what the warner (or its side) will do ("warned that
// police will no longer tolerate rallies", "warned Israel against any incursion", "warned them to
// leave"); a warning whose content is a hazard (an of/about phrase) or a state or possibility (a
// that-clause with a copula) is a pessimistic comment, 012 ("express pessimism, negative outlook").
import type { Recoding } from './actor.js';
import { baseDep, type DepTree } from './tree.js';

/** 012 with its rule suffix when a plain warning (130) warns of a danger, not of an act to come, else null. */
export function warningCode(t: DepTree, p: number, cameo: string): Recoding | null {
  if (cameo !== '130' || t.lemma(p) !== 'warn') return null;
  const kids = t.kids(p);
  // an act demanded or an act to come: "warned them to leave", "warned Israel against any incursion"
  if (kids.some((k) => baseDep(t.dep(k)) === 'xcomp' || t.markOf(k) === 'to' || t.caseOf(k) === 'against')) return null;
  const clause = kids.find((k) => baseDep(t.dep(k)) === 'ccomp');
  if (clause !== undefined) {
    // "warned that Giuliani could be a conduit": a state or possibility, no act threatened
    const state = t.lemma(clause) === 'be' || t.kidsWhere(clause, (d) => d === 'cop' || d === 'expl').length > 0;
    return state ? { cameo: '012', suffix: 'warning-of-danger' } : null;
  }
  // "warned of potential flash floods", "warn people about the viral outbreak"
  const hazard = kids.some((k) => (baseDep(t.dep(k)) === 'obl' || baseDep(t.dep(k)) === 'nmod') && (t.caseOf(k) === 'of' || t.caseOf(k) === 'about'));
  return hazard ? { cameo: '012', suffix: 'warning-of-danger' } : null;
}
