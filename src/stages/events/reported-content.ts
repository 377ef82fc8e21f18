// What a speech verb reports, as tokens: the subtrees of its clausal complement, parataxis (a direct
// quote), object, predicate and phrases, within its sentence, at most CONTENT_DEPTH relations below
// it — what the statement says of its subject ("said he had been an iconic leader"), not a word
// buried in a description ("ordered X to appear for questioning in an investigation of illegal arms
// sales, court sources said"). One reading for the frames' content constraints (match-frames.ts)
// and for whom an evaluation is of (evaluated-party.ts).
import type { DepTree } from './tree.js';

/** how deep below a speech verb an evaluation word may sit (the complement's head is depth 1; 4 let "rebels who entered the country illegally" read as an accusation) */
const CONTENT_DEPTH = 3;
/** the relations through which a speech verb reports */
const REPORTING = /^(ccomp|parataxis|xcomp|obj|iobj|obl)/;

/**
 * The tokens the speech verb at p reports, in text order. With `phraseEnds`, also the function words
 * (case, det, fixed, flat) one level deeper, so that a phrase at the depth limit ("abuse of power")
 * is read whole.
 */
export function reportedTokens(t: DepTree, p: number, phraseEnds = false): number[] {
  const sent = t.tok(p).sent;
  const seen = new Set<number>();
  let level = t.kidsWhere(p, (d) => REPORTING.test(d));
  for (let depth = 0; depth < CONTENT_DEPTH && level.length; depth++) {
    const next: number[] = [];
    for (const k of level) {
      if (seen.has(k) || t.tok(k).sent !== sent) continue;
      seen.add(k);
      next.push(...t.kids(k));
    }
    level = next;
  }
  if (phraseEnds) for (const k of level) if (!seen.has(k) && t.tok(k).sent === sent && /^(case|det|fixed|flat)/.test(t.dep(k))) seen.add(k);
  return [...seen].sort((a, b) => a - b);
}
