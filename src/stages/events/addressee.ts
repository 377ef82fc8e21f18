// An appeal (02), a consultation (04) and a criticism, accusation or denunciation (11) are addressed
// to someone: CAMEO codes "appeal to X", "meet X", "accuse X". A trigger of one of these frames that
// found no target and names no one it could be addressed to — no object, no indirect object, no
// addressee phrase (to/against/on/of/at/with/from/over …) — is a statement, not a codable event:
// "He also claimed that the wall was crucial", "have always claimed they have public support",
// "people living in or visiting Hong Kong". A named but unresolved addressee ("criticized the
// electoral commission", "accusing neighbouring states") keeps the event for the actor stages, and a
// reaction to an act ("condemned the attack") is left to targetFromEarlierEvent. Other roots may
// stand without a target: statements (01), intents (03), refusals (12: "Russia vetoed the
// resolution", "declined to resign"), protests (14), and the victim-only records of force (PLOVER).
import { baseDep, type DepTree } from './tree.js';

/** CAMEO roots whose events need an addressee */
const ADDRESSED_ROOTS: ReadonlySet<string> = new Set(['02', '04', '11']);
/** prepositions that can introduce the one an act is addressed to */
const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'against', 'on', 'of', 'at', 'with', 'from', 'over', 'upon', 'toward', 'towards', 'by', 'between', 'into']);

export function needsAddressee(cameo: string): boolean {
  return ADDRESSED_ROOTS.has(cameo.slice(0, 2));
}

/** the trigger names nothing it could be addressed to: no object, indirect object or addressee phrase */
export function namesNoAddressee(t: DepTree, p: number): boolean {
  for (const k of t.kids(p)) {
    const d = baseDep(t.dep(k));
    // (a noun's possessor is its doer, not its addressee: "his support")
    if (d === 'obj' || d === 'iobj') return false;
    if (d === 'obl' || d === 'nmod') {
      const cw = t.kid(k, 'case');
      if (cw >= 0 && ADDRESSEE_PREPOSITIONS.has(t.lower(cw))) return false;
    }
  }
  return true;
}
