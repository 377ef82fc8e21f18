// "Three Afghan policemen were killed in a Taliban attack", "two soldiers were killed in an attack by
// the Taliban", "was killed in a US counter-terrorism operation", "were killed by a Turkish
// airstrike": an agentless passive use of force done in or by an act noun names its doer on that
// noun — the noun's possessor, its by-phrase, the by-phrase of a participle on it ("the attack,
// reportedly conducted by the Taliban"), or a state or group modifying it. The passive verb is the
// act the noun names, so the noun's doer is the verb's. (An indefinite noun names a new act; a
// definite one with no doer of its own may be one told before: force-owner.ts reads that.)
import { actorsOf, type Ctx } from './context.js';
import type { Actor } from './actor.js';

/** the prepositions that attach the act a passive was done in or by */
const MEANS_CASES = ['in', 'by', 'during'] as const;

/** The doer named on the act noun an agentless passive use of force at `p` was done in or by; [] if none. */
export function meansNounAgent(c: Ctx, p: number): Actor[] {
  const t = c.t;
  for (const prep of MEANS_CASES) {
    for (const k of t.prepKids(p, prep)) {
      const roots = c.lex.words.actNouns.get(t.lemma(k));
      // an act noun of force (assault, bombing, military force …: roots 18–20), not "killed in a crash"
      if (!roots?.some((r) => r >= '18')) continue;
      const named = agentOnNoun(c, k);
      if (named.length) return named;
    }
  }
  return [];
}

function agentOnNoun(c: Ctx, k: number): Actor[] {
  const t = c.t;
  const poss = t.kid(k, 'nmod:poss');
  if (poss >= 0) {
    const a = actorsOf(c, poss).filter((x) => x.political);
    if (a.length) return a;
  }
  // "an attack by the Taliban"; "the attack, reportedly conducted by the Taliban"
  const bys = [...t.prepKids(k, 'by'), ...t.kidsWhere(k, (d) => d.startsWith('acl')).flatMap((v) => (t.isPassive(v) ? t.prepKids(v, 'by') : []))];
  for (const b of bys) {
    const a = actorsOf(c, b).filter((x) => x.political);
    if (a.length) return a;
  }
  // "a Taliban attack", "a Turkish airstrike", "a US counter-terrorism operation" (a city there says where)
  return c.r.modifierCountries(k, true);
}
