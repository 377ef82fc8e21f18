// "In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi
// rebellion, providing airstrikes with the Royal Saudi Air Force": a support whose means the sentence
// tells in a participle beside it is the support those means are. When the participle is a provision
// that a frame codes as military aid (072: "provided weapons", "supplying troops") the support is
// military aid — CAMEO 072 "extend military assistance, including troops, equipment, arms" — not the
// endorsement (051) the bare verb reads. The military nouns are the 072 frames' own object lists
// (data/events/frames.tsv): one definition of what military aid is. A support told with no means, or
// with other means ("supporting the talks, providing a venue"), keeps its code.
import type { Recoding } from './actor.js';
import type { Frame } from './lexicon.js';
import { baseDep, type DepTree } from './tree.js';

/** 072 with its rule suffix for a verb of support (051) whose -ing participle of means provides military aid, else null. */
export function militarySupportCode(t: DepTree, p: number, cameo: string, framesAt: (k: number) => readonly Frame[]): Recoding | null {
  if (cameo !== '051' || t.lemma(p) !== 'support' || !t.isVerbal(p)) return null;
  // the participle hangs on the support itself, or on the verb whose complement the support is
  // ("started supporting X …, providing Y": the parser hangs "providing" on "started")
  const hosts = baseDep(t.dep(p)) === 'xcomp' && t.head(p) >= 0 ? [p, t.head(p)] : [p];
  for (const h of hosts) {
    for (const k of t.kidsWhere(h, (d, k) => k > p && (baseDep(d) === 'advcl' || baseDep(d) === 'conj') && t.tok(k).xpos === 'VBG')) {
      if (framesAt(k).some((f) => f.cameo === '072')) return { cameo: '072', suffix: 'military-support' };
    }
  }
  return null;
}
