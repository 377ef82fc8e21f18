// Content edges from the dependency parse. Where the surface start (content-bounds.ts contentStart)
// lands on the cue verb's own adjunct — "said on Saturday, he has already emerged …", "said soon
// after that the long lines hurt …" — the content starts at the cue's complement clause instead.
// Measured on PolNeAR train, the parse is trusted only for this: the same idea for the END (cut
// before the cue's adjuncts, advcl, conj, parataxis after the content) lost exact matches for every
// dependency label, because the parser hangs secondary predicates, coordinated that-clauses and
// the content's own trailing phrases on the cue verb (see the session-4 report of issue 14).
import { isPunct, type View } from './view.js';

// bounds the walks below: a sentence the quotes stage reads has at most MAX_SENTENCE_TOKENS tokens
const MAX_WALK = 400;

/** leftmost token of the subtree under i */
function subtreeStart(kids: readonly number[][], i: number): number {
  let lo = i;
  const stack = [i];
  let n = 0;
  while (stack.length && n++ < MAX_WALK) {
    const k = stack.pop()!;
    if (k < lo) lo = k;
    for (const c of kids[k]!) stack.push(c);
  }
  return lo;
}

/** the cue verb's direct dependent that token k hangs under, or -1 when k is not under the cue */
function topUnder(v: View, head: number, k: number): number {
  let h = k;
  let n = 0;
  while (h >= 0 && v.tokens[h]!.head !== head && n++ < MAX_WALK) h = v.tokens[h]!.head;
  return h >= 0 && v.tokens[h]!.head === head ? h : -1;
}

// the cue verb's dependents the content start may skip: its time, place and manner adjuncts
const SKIPPABLE = /^(obl|obl:tmod|obl:npmod|nmod:tmod|advmod|punct)$/;
// how far past the surface start the complement may begin (a short adjunct, not a second clause)
const MAX_SKIP = 8;

/**
 * The first token of content after the cue verb `head` whose surface start is `start`: the first
 * token of the cue's clausal complement (ccomp) when only the cue's own adjuncts and punctuation come
 * before it — a prepositional phrase, a time noun, an adverb; never an expletive "there" or a bare
 * noun phrase the parser hung on the verb. `start` otherwise (and without a parse).
 */
export function treeContentStart(v: View, head: number, start: number, fe: number): number {
  if (!v.parsed) return start;
  const kids = v.kids;
  const comp = kids[head]!.find((c) => v.tokens[c]!.dep === 'ccomp' && c > start && c < fe);
  if (comp === undefined) return start;
  const lo = subtreeStart(kids, comp);
  if (lo <= start || lo - start > MAX_SKIP) return start;
  for (let k = start; k < lo; k++) {
    if (isPunct(v, k)) continue;
    const h = topUnder(v, head, k);
    if (h < 0 || !SKIPPABLE.test(v.tokens[h]!.dep)) return start;
    if (v.lower[k] === 'there' || v.tokens[h]!.dep === 'obl' && !kids[h]!.some((x) => v.tokens[x]!.dep === 'case')) return start;
  }
  return lo;
}
