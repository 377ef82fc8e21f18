// A cue verb inside a relative clause, a reduced relative or an adverbial clause reports only
// within that clause:
//   "Republicans who have praised his candidacy warned on Tuesday that …"
//   "Progressive groups encouraging Hillary Clinton to run on a platform … are hailing the speech"
//   "As Karadsheh spoke about how the consulate had been taken over, eerie video … showed …"
// The surface rules run the content to the clause or sentence end and so swallow the main clause,
// whose own cue is then never read (PolNeAR never nests one attribution in another's content).
// The content ends where the parse's subtree of the cue verb ends; the freed words are read again
// by the verb rules. Needs the parse; without it nothing changes.
import { endContentAt, forwardContent } from './forward-content.js';
import type { State } from './state.js';
import { isPunct, type View } from './view.js';

/** relations of a clause that modifies a noun or the main clause instead of being the sentence's own */
const SUBORDINATE = /^(acl|acl:relcl|advcl)$/;
const RELATIVE_SUBJECTS = new Set(['who', 'that', 'which']);
/** a subtree walk bound, so a pathological parse stays linear */
const MAX_WALK = 400;

/** last token of the subtree under k within the sentence [lo, hi) (bounded walk) */
function subtreeEnd(v: View, lo: number, hi: number, k: number): number {
  let last = k;
  const stack = [k];
  for (let n = 0; stack.length && n < MAX_WALK; n++) {
    const x = stack.pop()!;
    if (x > last) last = x;
    for (let j = lo; j < hi; j++) if (v.tokens[j]!.head === x) stack.push(j);
  }
  return last;
}

/** A dependent of the clause's verb `head` before it, in its sentence from `sentStart`, that marks
 * it as a clause: a relative pronoun subject for a relative clause, a subordinator otherwise (the
 * sentence's tokens only: a scan of the whole document per attribution was quadratic). */
function clauseOpener(v: View, sentStart: number, head: number, isAcl: boolean): boolean {
  for (let j = sentStart; j < head; j++) {
    const t = v.tokens[j]!;
    if (t.head === head && (isAcl ? t.dep.startsWith('nsubj') && RELATIVE_SUBJECTS.has(v.lower[j]!) : t.dep === 'mark')) return true;
  }
  return false;
}

/** Ends forward contents of subordinate-clause cues at the clause's end; returns how many were cut. */
export function cutSubordinateCues(st: State): number {
  const v = st.v;
  if (!v.parsed) return 0;
  let cut = 0;
  for (const a of st.atts) {
    const fc = forwardContent(v, a);
    if (!fc) continue;
    const { cs, ce, head, sentStart, sentEnd } = fc;
    if (head < 0 || !SUBORDINATE.test(v.tokens[head]!.dep)) continue;
    let last = subtreeEnd(v, sentStart, sentEnd, head);
    while (last > cs && isPunct(v, last)) last--;
    if (last < cs || last >= ce - 1) continue;
    const isAcl = v.tokens[head]!.dep.startsWith('acl');
    // the clause the cue's clause hangs on (for a relative, its noun's governor) goes on inside the
    // content: otherwise the parse's subtree ending early is the parser's error, not a clause end
    const up = v.tokens[head]!.head;
    const gov = isAcl && up >= 0 ? v.tokens[up]!.head : up;
    if (!(gov > last && gov < ce)) continue;
    // the clause is marked as one, a relative pronoun subject ("who have praised") or a subordinating
    // conjunction ("As Karadsheh spoke about"): an unmarked participle or verb the parser hung as a
    // modifier is too often the content's own subject read as the cue's object ("saying shots | have
    // been fired"; train without this test: content exact +34, overlap80 -16; with it +31, -4)
    if (!clauseOpener(v, sentStart, head, isAcl)) continue;
    endContentAt(st, a, last, ce);
    cut++;
  }
  return cut;
}
