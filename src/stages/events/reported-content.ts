// What a speech verb reports, as tokens: the subtrees of its clausal complement, parataxis (a direct
// quote), object, predicate and phrases, within its sentence, at most CONTENT_DEPTH relations below
// it — what the statement says of its subject ("said he had been an iconic leader"), not a word
// buried in a description ("ordered X to appear for questioning in an investigation of illegal arms
// sales, court sources said"). One reading for the frames' content constraints (match-frames.ts)
// and for whom an evaluation is of (evaluated-party.ts).
// A direct quote the verb introduces may go on past its sentence ("wrote Roberts, 'I am saddened
// to report … . He brought to our bench … humility …'"): the quote's further sentences are what the
// same verb reports, read from each sentence's root to the same depth (quotes layer: the quote
// whose cue is the verb; its content spans mark where the speaker's words end).
import type { DepTree } from './tree.js';

/** how deep below a speech verb an evaluation word may sit (the complement's head is depth 1; 4 let "rebels who entered the country illegally" read as an accusation) */
const CONTENT_DEPTH = 3;
/** the relations through which a speech verb reports */
const REPORTING = /^(ccomp|parataxis|xcomp|obj|iobj|obl)/;

/**
 * The last sentence (index in doc.sentences) of the direct quote the speech verb at p is the cue of,
 * when the quote goes on past p's own sentence; else -1. Read once per token (DepTree.cached).
 */
function continuationLastSentence(t: DepTree, p: number): number {
  const doc = t.doc;
  const at = t.tok(p).start;
  const sent = t.tok(p).sent;
  const own = doc.sentences[sent];
  if (!own) return -1;
  let end = -1;
  for (const q of doc.quotes) {
    // only the speaker's own words in marks: an indirect paraphrase has no sentences of its own
    if (q.kind === 'indirect' || !q.cue || at < q.cue.start || at >= q.cue.end) continue;
    for (const c of q.content) if (c.end > own.end) end = Math.max(end, c.end);
  }
  if (end < 0) return -1;
  let last = sent;
  while (last + 1 < doc.sentences.length && doc.sentences[last + 1]!.start < end) last++;
  return last > sent ? last : -1;
}

/**
 * The tokens the speech verb at p reports, in text order. With `phraseEnds`, also the function words
 * (case, det, fixed, flat) one level deeper, so that a phrase at the depth limit ("abuse of power")
 * is read whole.
 */
export function reportedTokens(t: DepTree, p: number, phraseEnds = false): number[] {
  const sent = t.tok(p).sent;
  const seen = new Set<number>();
  const read = (first: number[], inSentence: (k: number) => boolean) => {
    let level = first;
    for (let depth = 0; depth < CONTENT_DEPTH && level.length; depth++) {
      const next: number[] = [];
      // (a conjunct is read at its first conjunct's depth: "a blend of kindness, humility, wisdom" is one list)
      for (let i = 0; i < level.length; i++) {
        const k = level[i]!;
        if (seen.has(k) || !inSentence(k)) continue;
        seen.add(k);
        for (const x of t.kids(k)) (t.dep(x) === 'conj' ? level : next).push(x);
      }
      level = next;
    }
    if (phraseEnds) for (const k of level) if (!seen.has(k) && inSentence(k) && /^(case|det|fixed|flat)/.test(t.dep(k))) seen.add(k);
  };
  read(t.kidsWhere(p, (d) => REPORTING.test(d)), (k) => t.tok(k).sent === sent);
  const last = t.cached(continuationLastSentence, p);
  for (let s = sent + 1; s <= last; s++) {
    const { tokenStart, tokenEnd } = t.doc.sentences[s]!;
    const roots: number[] = [];
    for (let k = tokenStart; k < tokenEnd; k++) if (t.head(k) < 0) roots.push(k);
    // ("Court says prorogation was unlawful": a verb of saying with its own subject reports another's words, not the speaker's)
    read(roots, (k) => t.tok(k).sent === s && !(t.speechLemmas.has(t.lemma(k)) && t.kid(k, 'nsubj') >= 0));
  }
  return [...seen].sort((a, b) => a - b);
}
