// "released a statement", "did not release the identity of the player": a verb whose frame acts on
// persons (a release of prisoners, 0841) is another verb when its object is a thing. The frame marks
// its slot with "!" (frames.tsv target column); the slot is then a party only when an actor names the
// slot's own referent — a person, group, body or state the entities layer or the actor words resolve.
// A target found elsewhere (the clause's first actor after the verb, a fallback phrase) does not
// make the thing in the slot a person.
import type { Actor } from './actor.js';
import type { DepTree } from './tree.js';

/**
 * relations by which a word still names the slot's own referent: its conjuncts and appositions ("the
 * sailors and two officers", "Smith, a journalist"), the words of its name and its nationality ("the
 * British sailors"). An of-phrase or an owner names someone else ("the findings of the Iranian
 * inquiry", "Iran's report": a thing still).
 */
const SAME_REFERENT = new Set(['conj', 'appos', 'flat', 'compound', 'amod', 'nmod:desc']);

/** token `x` is the slot token `top` or names the same referent through SAME_REFERENT relations */
function namesSlot(t: DepTree, x: number, top: number): boolean {
  for (let y = x, n = 0; y >= 0 && n < 6; y = t.head(y), n++) {
    if (y === top) return true;
    if (!SAME_REFERENT.has(t.dep(y))) return false;
  }
  return false;
}

/**
 * The slot the frame filled (`slotTok`, -1 when none) holds no actor: the frame's act on a party did
 * not happen here. An empty slot is left to the frame's own target rules.
 */
export function slotHoldsThing(t: DepTree, slotTok: number, targets: readonly Actor[]): boolean {
  if (slotTok < 0) return false;
  return !targets.some((a) => a.head >= 0 && namesSlot(t, a.head, slotTok));
}
