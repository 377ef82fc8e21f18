// Where the phrases of an event noun sit when the noun only modifies another noun. In "a mediation
// mission between Syria and the PLO", "peace talks with Russia", "an arrest warrant for the
// minister" the parser hangs the phrase on the head noun (mission, talks, warrant), not on the
// compound modifier that names the event: the event noun's slot is read from its host.
import type { Frame } from './lexicon.js';
import type { DepTree } from './tree.js';

/** the prep-phrases with case word `prep` on the noun an event noun at p modifies as a compound ([] if none) */
export function compoundHostPrepArgs(t: DepTree, p: number, prep: string): number[] {
  if (t.dep(p) !== 'compound') return [];
  const h = t.head(p);
  if (h < 0 || h < p || (t.tok(h).pos !== 'NOUN' && t.tok(h).pos !== '')) return [];
  return t.prepKids(h, prep);
}

/**
 * "launched a mediation effort between the Emirates and Saudi Arabia": the event noun modifying an
 * object noun carries the event, as an event noun object does ("held talks"), when the object holds
 * one of the phrases the noun's frame takes its target from. "sent attack helicopters to Syria"
 * holds none of attack's (on): the helicopters are what was sent.
 */
export function compoundEventNoun(t: DepTree, o: number, framesOf: (k: number) => readonly Frame[]): boolean {
  for (const k of t.kidsWhere(o, (d, x) => d === 'compound' && x < o && t.tok(x).pos === 'NOUN')) {
    for (const f of framesOf(k)) {
      if (f.pos !== 'N' || f.origin === 'dictionary') continue;
      if (f.targets.some((s) => s.kind === 'prep' && t.prepKids(o, s.prep).length > 0)) return true;
    }
  }
  return false;
}
