// The missing subject of a reported clause inside a relative clause: "a deadline that several GOP
// insiders said went unnoticed", "a probe the agency said was ongoing", "a decision they say allowed
// terrorist activity to multiply". What was said has no subject of its own (the clause after the cue
// opens on its finite verb); its subject is the relative "that" or, in a relative clause without a
// pronoun, the noun phrase right before the source. PolNeAR marks that word or phrase as the first
// piece of the content ([that | went unnoticed …], [a probe | was ongoing …]), as indirect.ts
// already does for "which" and "who".
import type { NP } from './source-np.js';
import { isPunct, POS_DET, type View } from './view.js';

const FINITE = /^(VBD|VBZ|VBP|MD)$/;
// words a bare antecedent noun phrase may hold before its noun ("a probe", "the only regret", "an
// honor", "the ones", "a key deadline")
const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_ANTECEDENT = 6;

/** the content after the cue opens on a finite verb: the reported clause has no subject of its own */
export function subjectGap(v: View, start: number): boolean {
  return v.tagged && FINITE.test(v.tokens[start]?.xpos ?? '');
}

/**
 * The tokens [from, to) of the missing subject before source `np` (sentence start `s`) when the
 * content starting at `start` right after the cue has none: a relative "that" before the source, or
 * the noun phrase a pronoun-less relative clause hangs on; null otherwise.
 */
export function gapAntecedent(v: View, np: NP, start: number, s: number): readonly [number, number] | null {
  const before = np.start - 1;
  if (before < s || !subjectGap(v, start)) return null;
  if (v.lower[before] === 'that') return [before, before + 1];
  const t = v.tokens[before]!;
  if (t.pos !== 'NOUN') return null;
  // the source must open a clause of its own: a pronoun, a determiner or a name, not a compound
  // continuing the noun ("the campaign staff said" is one noun phrase)
  const first = v.tokens[np.start]!;
  if (first.pos !== 'PRON' && first.pos !== 'DET' && first.pos !== 'PROPN') return null;
  let k = before;
  while (k - 1 >= s && before - (k - 1) < MAX_ANTECEDENT && NP_INNER.has(v.tokens[k - 1]!.pos) && !isPunct(v, k - 1)) {
    k--;
    if (v.posCode[k] === POS_DET) break;
  }
  return v.posCode[k] === POS_DET ? [k, before + 1] : null;
}
