// "oil facilities belonging to Saudi Aramco", "a tanker owned by an Iranian company", "a base
// operated by the US military": a participle on a thing that names whose it is. A use of force on the
// thing is on its owner, as the possessor of "Iran's oil facilities" is (targets.ts reads the possessor
// and the of/by/from phrases of the thing itself; this reads the participle's phrase).
import type { DepTree } from './tree.js';

/** participles naming an owner with "to" (belonging to) or "by" (owned by, operated by, run by) */
const OWNER_PARTICIPLES: Record<string, string> = { belong: 'to', own: 'by', operate: 'by', run: 'by', control: 'by' };

/** the token naming the owner of thing `h` through a participle on it, or -1 */
export function ownerByParticiple(t: DepTree, h: number): number {
  for (const v of t.kidsWhere(h, (d) => d.startsWith('acl'))) {
    const prep = OWNER_PARTICIPLES[t.lemma(v)];
    if (!prep) continue;
    const o = t.prepKids(v, prep)[0];
    if (o !== undefined) return o;
  }
  return -1;
}
