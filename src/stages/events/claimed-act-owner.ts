// "Oil facilities … were hit by multiple drone strikes. … The Yemen-based Houthi movement claimed
// responsibility for the attacks.", "A car bomb was rammed into a military base. … The Taliban have
// claimed responsibility.": a claim of responsibility names, after the fact, the doer of the use of
// force the article told without one. Each claim (015 with "responsibility" after its trigger, by a
// named party) gives its source to the agentless uses of force (roots 18–20) told before it and
// after the previous claim — the acts it claims. Runs over all events of a document in text order,
// after force-owner.ts (a doer named on an earlier act stands). One pass: linear.
import type { NewsEvent, Sentence } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import type { DepTree } from './tree.js';

const FORCE_ROOTS = new Set(['18', '19', '20']);
const RESPONSIBILITY = /\bresponsibility\b/i;
/** a claim of responsibility told in the text ("have claimed responsibility", "took responsibility for") */
const CLAIM = /\b(?:claim(?:s|ed|ing)?|t(?:ook|akes?|aking)|accept(?:s|ed|ing)?) (?:full )?responsibility\b/i;

/**
 * The token where the document's last claim of responsibility starts, or -1 — once per document
 * (DepTree.cached), so asking whether a claim follows a trigger costs no scan of the rest of the text.
 */
function lastClaimToken(t: DepTree): number {
  const claims = new RegExp(CLAIM.source, 'gi');
  let last = -1;
  for (let m = claims.exec(t.doc.text); m; m = claims.exec(t.doc.text)) last = m.index;
  return last < 0 ? -1 : firstEndingAfter(t.doc.tokens, last);
}

/**
 * Whether a claim of responsibility is told after token p: an agentless use of force the
 * extractor would drop for want of a doer is kept, for sourceFromClaim to give it the claimer
 * (asked only on that rare path).
 */
export function claimFollows(t: DepTree, p: number): boolean {
  return t.cached(lastClaimToken, 0) > p;
}

/** whether event e claims responsibility: a 015 with a named source and "responsibility" after its trigger in its sentence */
function isClaimOfResponsibility(e: NewsEvent, text: string, sentences: readonly Sentence[]): boolean {
  if (e.cameo !== '015' || (!e.source.actor_code && !e.source.entity)) return false;
  const s = sentences[firstEndingAfter(sentences, e.evidence.start)];
  return !!s && RESPONSIBILITY.test(text.slice(e.evidence.start, s.end));
}

/** Agentless uses of force before a claim of responsibility (and after the previous one) take the claimer as source (`+claimed-act-owner`). */
export function sourceFromClaim(events: readonly NewsEvent[], text: string, sentences: readonly Sentence[]): NewsEvent[] {
  const out = [...events];
  let from = 0;
  for (let i = 0; i < out.length; i++) {
    const claim = out[i]!;
    if (!isClaimOfResponsibility(claim, text, sentences)) continue;
    for (let j = from; j < i; j++) {
      const e = out[j]!;
      if (!FORCE_ROOTS.has(e.root) || e.source.actor_code || e.source.entity || e.evidence.start >= claim.evidence.start) continue;
      // a party does not claim an act on itself
      if (e.target.actor_code && e.target.actor_code === claim.source.actor_code) continue;
      out[j] = { ...e, source: claim.source, rule: `${e.rule}+claimed-act-owner` };
    }
    from = i + 1;
  }
  return out;
}
