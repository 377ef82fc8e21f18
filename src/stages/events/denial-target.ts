// Whom a denial is aimed at. CAMEO 016 "Deny responsibility" is to "discard or deny accusations or
// charges" (codebook v1.1b3): the denier is the party, the accusation its object. The dev gold names
// the accuser as target only when the denial's own sentence names it ("The Russian government
// dismissed the claim from Berlin as groundless" → DEU, wn2020-090-g4) and codes "For several days
// Iran denied the accusation" after Pompeo's accusation with no target (wn2020-008-g8). So the
// context refiners that aim a reaction at the author of an earlier act or statement (act-owner.ts,
// speech-owner.ts) aim a denial only at an author told in the denial's own sentence.
import type { NewsEvent, Token } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';

/** a denial of an accusation or charge (CAMEO 016) */
export function isDenial(e: NewsEvent): boolean {
  return e.cameo.startsWith('016');
}

/** the sentence of the token covering offset `at`, or -1 */
function sentenceAt(tokens: readonly Token[], at: number): number {
  const k = firstEndingAfter(tokens, at);
  return k < tokens.length ? tokens[k]!.sent : -1;
}

/**
 * The context author told at offset `at` may be the target of the reaction e: always, unless e is a
 * denial and `at` lies outside its sentence (with no tokens given, nothing is known: allowed).
 */
export function mayAimAt(e: NewsEvent, at: number, tokens: readonly Token[]): boolean {
  if (!isDenial(e) || !tokens.length) return true;
  const s = sentenceAt(tokens, e.evidence.start);
  return s >= 0 && s === sentenceAt(tokens, at);
}
