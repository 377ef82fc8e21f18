// A second attribution hung on the first one's cue verb inside its forward content:
//   "Clinton accuses Sanders of a smear, while Sanders suggests she is a captive of Wall Street"
//   "he urged them, as he explained how tough it is to run"
//   "Kasich offered the man a job, then says he'll welcome advice"
// PolNeAR never nests one attribution inside another's content (train: none of 19,833 gold cues
// lies in another attribution's content), and a clause the parse attaches to the outer cue verb
// itself (conj, advcl, parataxis) is no part of what that verb reports: with its own subject and
// a cue verb of its own it is the next attribution. The outer content ends before that clause and
// its words are freed, so the verb rules that run again after this refiner read it. A finite verb
// phrase coordinated with the cue verb ends an object content whether or not it is a cue
// (conjoinedActEnd).
// Needs the parse; without it nothing changes.
import { cueAt } from './cues.js';
import { endContentAt, forwardContent } from './forward-content.js';
import { POSTPOSED } from './fronted-participle.js';
import type { State } from './state.js';
import { isPunct, POS_VERB, type View } from './view.js';

/** relations by which a clause hangs on the cue verb without being its complement */
const SIDE_CLAUSE = new Set(['conj', 'advcl', 'parataxis']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'what']);
/** a subtree walk bound, so a pathological parse stays linear */
const MAX_WALK = 400;

/** leftmost token of the subtree under k, among tokens [lo, hi) (bounded walk) */
function subtreeStart(v: View, kids: ReadonlyMap<number, number[]>, k: number): number {
  let lo = k;
  const stack = [k];
  for (let n = 0; stack.length && n < MAX_WALK; n++) {
    const x = stack.pop()!;
    if (x < lo) lo = x;
    for (const c of kids.get(x) ?? []) stack.push(c);
  }
  return lo;
}

/** tags of a finite verb or of the auxiliary that makes a verb group finite (a modal: see finite) */
const FINITE = /^(VBD|VBZ|VBP|MD)$/;

/**
 * true when the verb at i is finite, itself or through an auxiliary before it; `modal` false: not
 * through a modal, which after a content keeps reporting ("says the tax would depress revenue at
 * first, but would eventually add …" is one content)
 */
function finite(v: View, floor: number, i: number, modal: boolean): boolean {
  const fin = (x: string) => FINITE.test(x) && (modal || x !== 'MD');
  if (fin(v.tokens[i]!.xpos)) return true;
  for (let j = Math.max(floor, i - 6); j < i; j++) if (v.tokens[j]!.head === i && v.tokens[j]!.dep.startsWith('aux') && fin(v.tokens[j]!.xpos)) {
    if (!modal && v.tokens.slice(j, i).some((t) => t.xpos === 'MD')) return false;
    return true;
  }
  return false;
}

/** what closes one clause before a new one with its own subject: "…, and the crowd loudly reprised …" */
const CLAUSE_BOUNDARY = new Set(['and', 'but', 'while', 'whereas', ';', ',', '—', '--', '–']);

/**
 * true when the verb at k has a subject of its own (no relative pronoun) right after a clause
 * boundary: wherever the parser hung the clause, a new subject after ", and" / "; " / ", " with its
 * own cue verb starts the next attribution (the parser often hangs it inside the first content).
 */
function subjectAfterBoundary(v: View, kids: ReadonlyMap<number, number[]>, k: number): boolean {
  if (v.posCode[k] !== POS_VERB) return false;
  const subj = (kids.get(k) ?? []).find((x) => x < k && v.tokens[x]!.dep.startsWith('nsubj') && !RELATIVES.has(v.lower[x]!));
  if (subj === undefined) return false;
  return CLAUSE_BOUNDARY.has(v.lower[subtreeStart(v, kids, subj) - 1] ?? '');
}

/**
 * true when the verb at k is an -ing cue after a subordinator that hands it the outer clause's
 * subject ("distanced himself from X by saying …", "praised the deal while insisting …", "endorsed
 * Graham before backing Rubio"), hung on the cue verb itself: the
 * postposed-participle rule reads it once freed (hung on an infinitive under the cue verb too:
 * train content exact -4, overlap80 -6 against the cue verb alone)
 */
function postposedAdjunct(v: View, kids: ReadonlyMap<number, number[]>, k: number, head: number): boolean {
  const t = v.tokens[k]!;
  if (t.head !== head || !t.dep.startsWith('advcl') || t.xpos !== 'VBG') return false;
  return (kids.get(k) ?? []).some((x) => x < k && v.tokens[x]!.dep === 'mark' && POSTPOSED.has(v.lower[x]!));
}

/**
 * Where the content ends before the clause at token `k` (the comma or conjunction before it left out)
 * when that clause has a cue of its own and its own (or a shared) subject; -1 when it has not. (Apart
 * from the scan over the content's tokens: the loop compiles small, this rarer path on its own.)
 */
function sideClauseEnd(v: View, kids: ReadonlyMap<number, number[]>, k: number, head: number, sentStart: number, cs: number): number {
  const t = v.tokens[k]!;
  const entry = cueAt(v, k, sentStart);
  if (!entry || entry.cls === 'prep' || entry.cls === 'noun' || entry.use === 'quote') return -1;
  const before = (kids.get(k) ?? []).filter((x) => x < k);
  // a relative clause ("problems that he blamed on …", "people who think …") belongs to its noun
  if (before.some((x) => RELATIVES.has(v.lower[x]!))) return -1;
  // its own subject, or the outer one shared by a coordinated verb of the same form ("did not
  // mention … but did note that …"; not "it would depress revenue …, but would add $84 billion")
  const own = before.some((x) => v.tokens[x]!.dep.startsWith('nsubj'));
  // (or both finite: "offered the man a job, then says …", "did not mention … but did note …")
  const sameForm = t.xpos === v.tokens[head]!.xpos || (finite(v, sentStart, k, false) && finite(v, sentStart, head, true));
  const shared = t.dep === 'conj' && sameForm && before.some((x) => v.tokens[x]!.dep === 'cc');
  if (!own && !shared && !postposedAdjunct(v, kids, k, head)) return -1;
  let end = subtreeStart(v, kids, k);
  while (end > cs && isPunct(v, end - 1)) end--;
  return end;
}

/**
 * Where an object content ends before a finite verb phrase coordinated with the cue verb, any verb
 * ("Cruz mentioned CNN five times and seemed to blame the network …", "X demands accountability …,
 * yet refuses to release …"): the second act is no part of what the cue reports (PolNeAR train,
 * session 22: content exact +8, dev +4; eval/polnear-nesting-22.md); -1 when the clause at `k` is no
 * such phrase. Only where the cue has no clausal complement: after one ("says they are going ahead …
 * and will see what happens") the parser hangs the content's own second verb on the cue as often as
 * not. Not a non-finite verb: "citing growth, unemployment and growing inequality", "supports
 * building … and planting trees" coordinate nouns and gerunds.
 */
function conjoinedActEnd(v: View, kids: ReadonlyMap<number, number[]>, k: number, head: number, cs: number): number {
  const t = v.tokens[k]!;
  if (t.head !== head || t.dep !== 'conj' || v.posCode[k] !== POS_VERB || !finite(v, cs, k, true)) return -1;
  const before = (kids.get(k) ?? []).filter((x) => x < k);
  if (!before.some((x) => v.tokens[x]!.dep === 'cc') || before.some((x) => v.tokens[x]!.dep.startsWith('nsubj'))) return -1;
  if (v.kids[head]!.some((x) => v.tokens[x]!.dep === 'ccomp' || v.tokens[x]!.dep.startsWith('xcomp'))) return -1;
  let end = subtreeStart(v, kids, k);
  while (end > cs && isPunct(v, end - 1)) end--;
  return end;
}

/** Cuts forward contents before a side clause with its own cue and subject; returns how many were cut. */
export function cutCoordinatedCues(st: State): number {
  const v = st.v;
  if (!v.parsed) return 0;
  let cut = 0;
  for (const a of st.atts) {
    const fc = forwardContent(v, a);
    if (!fc || fc.ce - fc.cs < 4) continue;
    const { cs, ce, head, sentStart } = fc;
    if (head < 0) continue;
    // the content's children in the parse, for the subject test and the clause's left edge
    const kids = new Map<number, number[]>();
    for (let k = cs; k < ce; k++) {
      const h = v.tokens[k]!.head;
      if (h < cs || h >= ce) continue;
      // (appended in place: a new list per child was quadratic in a head's children)
      const list = kids.get(h);
      if (list) list.push(k);
      else kids.set(h, [k]);
    }
    for (let k = cs + 2; k < ce; k++) {
      const t = v.tokens[k]!;
      if (v.inQuote[k]! >= 0) continue;
      // hung on the outer cue verb, or (wherever the parser hung it) a clause of its own after a boundary
      if (!(t.head === head && SIDE_CLAUSE.has(t.dep.split(':')[0]!)) && !subjectAfterBoundary(v, kids, k)) continue;
      const end = Math.max(sideClauseEnd(v, kids, k, head, sentStart, cs), conjoinedActEnd(v, kids, k, head, cs));
      if (end < 0) continue;
      // a one-word content stays ("Sanders claimed momentum and argued he is …")
      if (end === cs) break;
      endContentAt(st, a, end - 1, ce);
      cut++;
      break;
    }
  }
  return cut;
}
