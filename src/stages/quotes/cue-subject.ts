// The subject of a cue verb from the dependency parse, through the one resolver the events stage
// uses for its sources (`subjectOf` in src/stages/events/roles.ts): conjuncts share their first
// verb's subject ("with Trump echoing … and accusing Zelensky of …" → Trump), participles the
// clause's. A quote and an event built on the same cue then name the same speaker/source.
// Only for cues whose subject the surface rules cannot see (coordinated and participial cues).
import type { Doc } from '../../core/doc.js';
import { DepTree } from '../events/tree.js';
import { subjectOf } from '../events/roles.js';
import { headOf, type NP } from './source-np.js';
import { isPunct, isWord, type View } from './view.js';

const trees = new WeakMap<Doc, DepTree>();

function treeOf(doc: Doc): DepTree {
  let t = trees.get(doc);
  if (!t) trees.set(doc, (t = new DepTree(doc)));
  return t;
}

/** at most this many tokens in a source phrase taken from the parse */
const MAX_SOURCE_TOKENS = 18;

/**
 * The subject phrase of the cue verb at token `cue` (the subject's subtree, kept before the cue and
 * inside its sentence), or null when the parse is absent or names no subject before the cue.
 */
export function cueSubject(v: View, cue: number): NP | null {
  if (!v.parsed) return null;
  const t = treeOf(v.doc);
  const s = subjectOf(t, cue);
  if (s < 0 || s >= cue || v.tokens[s]!.sent !== v.tokens[cue]!.sent) return null;
  // the subject's subtree, bounded (a walk of at most MAX_SOURCE_TOKENS nodes)
  let lo = s;
  let hi = s;
  const stack = [s];
  let n = 0;
  while (stack.length && n++ < MAX_SOURCE_TOKENS * 2) {
    const k = stack.pop()!;
    for (const c of t.kids(k)) {
      // a copula or auxiliary hung on the subject belongs to a clause around it, never to the noun
      // phrase ("… was all the banner said": the parse makes "the banner" a predicate with "was")
      if (c >= cue || /^(cop|aux)/.test(t.dep(c))) continue;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
      stack.push(c);
    }
  }
  // not the preposition or conjunction that introduces an absolute clause ("with Trump echoing …")
  while (lo < s && (!isWord(v, lo) || v.lex.is('prep', v.lower[lo]!) || v.lex.is('stop', v.lower[lo]!) || v.tokens[lo]!.pos === 'ADP' || v.tokens[lo]!.pos === 'SCONJ')) lo++;
  while (hi > s && (isPunct(v, hi) || !isWord(v, hi))) hi--;
  if (hi + 1 - lo > MAX_SOURCE_TOKENS) lo = s;
  // the phrase's head as the surface rules read it ("Opposition leader Samuel Mensah" → Mensah,
  // however the parser attached the name)
  return { start: lo, end: hi + 1, head: headOf(v, lo, hi + 1) };
}
