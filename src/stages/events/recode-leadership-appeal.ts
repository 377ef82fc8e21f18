// "They asked Chief Executive Carrie Lam to resign", "protesters demanded that the president step
// down": an appeal or a demand whose requested act is a resignation (a verb whose own frame codes
// 083, resign or step down) asks for a change in leadership — CAMEO 0241 (appeal for change in
// leadership: "make an appeal for, request, or suggest change in leadership or power") or 1041
// (demand change in leadership). "Asked" stays an appeal and "demanded" a demand: the verb decides
// the root, the requested act only the leaf.
import type { Frame } from './lexicon.js';
import type { Recoding } from './actor.js';
import { baseDep, type DepTree } from './tree.js';

/** the leaf for a change in leadership under each root that asks */
const LEADERSHIP: Readonly<Record<string, string>> = { '02': '0241', '10': '1041' };

/** a hand frame whose plain verb codes a resignation ("resigned", "stepped down"); the dictionary's
 * object-bound rows ("give up the post") say nothing of a verb with another object or none */
function isResignation(f: Frame): boolean {
  return f.cameo === '083' && f.pos === 'V' && f.origin !== 'dictionary' && f.constraint.kind === 'none';
}

/** 0241 / 1041 with its rule suffix when an appeal or demand (02, 10) asks for a resignation, else null (the row's code stands). */
export function leadershipAppealCode(t: DepTree, p: number, cameo: string, frames: ReadonlyMap<string, readonly Frame[]>): Recoding | null {
  const leaf = LEADERSHIP[cameo.slice(0, 2)];
  if (!leaf || cameo === leaf) return null;
  // the act asked for: "asked X to resign" (xcomp / to-clause), "demanded that X resign" (ccomp; the
  // tagger may take a subjunctive for a noun, the relation still says clause)
  const asked = t.kidsWhere(p, (d, c) => {
    const b = baseDep(d);
    return b === 'xcomp' || b === 'ccomp' || (b === 'advcl' && t.markOf(c) === 'to');
  });
  const prt = (k: number) => {
    const x = t.kid(k, 'compound:prt');
    return x >= 0 ? t.lower(x) : null;
  };
  const resigns = asked.some((k) => (frames.get(t.lemma(k)) ?? []).some((f) => isResignation(f) && t.tok(k).pos !== 'PROPN' && (f.prt === null || f.prt === prt(k))));
  // an appeal for a resignation recoded as one for a change in leadership
  return resigns ? { cameo: leaf, suffix: 'resignation-asked' } : null;
}
