// "The president's legal team appealed the decision to the Second Circuit Court of Appeals": "appeal"
// with a direct object is the legal sense — taking a ruling to a higher court, CAMEO 115 (bring
// lawsuit against) — not an appeal to someone for something (02: "Lebanon appealed to the United
// Nations", which takes no object).
import type { Recoding } from './actor.js';
import { objectOf } from './roles.js';
import type { DepTree } from './tree.js';

/** 115 with its rule suffix for an appeal row (02) whose verb takes a noun object, else null (the row's code stands). */
export function legalAppealCode(t: DepTree, p: number, cameo: string): Recoding | null {
  if (!cameo.startsWith('02') || t.lemma(p) !== 'appeal' || t.tok(p).pos !== 'VERB') return null;
  const o = objectOf(t, p);
  // an appeal of a ruling recoded as a lawsuit
  return o >= 0 && t.tok(o).pos === 'NOUN' ? { cameo: '115', suffix: 'legal-appeal' } : null;
}
