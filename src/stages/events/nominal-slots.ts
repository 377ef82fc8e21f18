// Where the phrases of an event noun sit when the noun only modifies another noun. In "a mediation
// mission between Syria and the PLO", "peace talks with Russia", "an arrest warrant for the
// minister" the parser hangs the phrase on the head noun (mission, talks, warrant), not on the
// compound modifier that names the event: the event noun's slot is read from its host.
import type { DepTree } from './tree.js';

/** the prep-phrases with case word `prep` on the noun an event noun at p modifies as a compound ([] if none) */
export function compoundHostPrepArgs(t: DepTree, p: number, prep: string): number[] {
  if (t.dep(p) !== 'compound') return [];
  const h = t.head(p);
  if (h < 0 || h < p || (t.tok(h).pos !== 'NOUN' && t.tok(h).pos !== '')) return [];
  return t.prepKids(h, prep);
}
