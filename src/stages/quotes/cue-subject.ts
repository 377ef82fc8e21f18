// The subject of a cue verb from the dependency parse, through the one resolver the events stage
// uses for its sources (`subjectOf` in src/stages/events/roles.ts): conjuncts share their first
// verb's subject ("with Trump echoing … and accusing Zelensky of …" → Trump), participles the
// clause's. A quote and an event built on the same cue then name the same speaker/source.
// Only for cues whose subject the surface rules cannot see (coordinated and participial cues).
import type { Doc } from '../../core/doc.js';
import { DepTree, baseDep } from '../events/tree.js';
import { subjectOf } from '../events/roles.js';
import { adjunctSegment, headOf, type NP } from './source-np.js';
import { withoutTrailingAdjunct } from './source-extent.js';
import { inClass, isPunct, isQuoteTok, isWord, POS_ADP, POS_SCONJ, type View } from './view.js';
import { W_PREP, W_STOP } from './words.js';
import { cueAt } from './cues.js';

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
  const np = cueSubjectTree(v, cue);
  return np && withoutTrailingAdjunct(v, beforeSetOffAdjunct(v, np), (a, b) => headOf(v, a, b));
}

/**
 * The subject up to a comma-set adjunct the parse hung on it: "Mr. Trump, in an interview on Friday,
 * barely dwelled on those two rivals, saying …" → "Mr. Trump" (the surface rule cuts a sentence
 * subject there too: source-np.ts adjunctSegment).
 */
function beforeSetOffAdjunct(v: View, np: NP): NP {
  for (let j = np.start + 1; j < np.end - 1; j++) {
    if (isPunct(v, j, ',') && isWord(v, j - 1) && adjunctSegment(v, j + 1)) return { start: np.start, end: j, head: headOf(v, np.start, j) };
  }
  return np;
}

/** The cue verb's subject subtree as the parse gives it, trailing adjuncts included (for comparing its edges with the surface phrase's). */
export function cueSubjectTree(v: View, cue: number): NP | null {
  if (!v.parsed) return null;
  const t = treeOf(v.doc);
  let s = reportingSubject(v, t, cue, subjectOf(t, cue));
  // ("A series of photos from his rally is revealing": the resolver names the content noun "photos"
  // under a quantity noun; the span is the syntactic subject's, "A series of photos …")
  const up = s >= 0 ? t.head(s) : -1;
  if (up >= 0 && up < s && /^nsubj/.test(t.dep(up)) && t.head(up) === cue) s = up;
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
  while (lo < s && (!isWord(v, lo) || inClass(v, lo, W_PREP) || inClass(v, lo, W_STOP) || v.posCode[lo] === POS_ADP || v.posCode[lo] === POS_SCONJ)) lo++;
  while (hi > s && (isPunct(v, hi) || !isWord(v, hi))) hi--;
  if (hi + 1 - lo > MAX_SOURCE_TOKENS) lo = s;
  // the phrase's head as the surface rules read it ("Opposition leader Samuel Mensah" → Mensah,
  // however the parser attached the name)
  return { start: lo, end: hi + 1, head: headOf(v, lo, hi + 1) };
}

/** links a free adjunct climbs through: clauses (reported, infinitival, adverbial, relative, coordinated) */
const CLAUSE_LINKS = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'conj']);

/**
 * "Carson said he saw no need to change anything, telling Stephanopoulos …", "Mr. Cruz has pursued a
 * strategy of uniting evangelicals behind him, arguing that …": an -ing cue set off by a comma
 * adjoins the reporting clause, while the parse often hangs it inside a clause below it (and takes
 * that clause's subject, or the noun it modifies, for the speaker). Climb from the cue through
 * clause links and the nouns they hang on, and take the subject of the first clause up whose verb is
 * a cue, else of the outermost clause before the cue (PolNeAR train: the reporting clause's subject
 * is the source of such adjuncts). Any other cue keeps `s`.
 */
function reportingSubject(v: View, t: DepTree, cue: number, s: number): number {
  // (the comma may sit inside a closing quote mark: "… “more work to do,” noting …")
  const afterComma = isPunct(v, cue - 1, ',') || isQuoteTok(v, cue - 1) && isPunct(v, cue - 2, ',');
  if (v.tokens[cue]!.xpos !== 'VBG' || !afterComma) return s;
  const floor = v.doc.sentences[v.tokens[cue]!.sent]!.tokenStart;
  let best = -1;
  let x = cue;
  for (let hop = 0; hop < 8; hop++) {
    if (!CLAUSE_LINKS.has(baseDep(t.dep(x)))) break;
    let up = t.head(x);
    // (a clause hung on a noun: the verb that noun depends on)
    for (let k = 0; k < 3 && up >= 0 && !t.isVerbal(up); k++) up = t.head(up);
    if (up < floor || up >= cue || !t.isVerbal(up)) break;
    const subj = t.kidsWhere(up, (d) => d === 'nsubj' || d === 'nsubj:outer');
    if (subj.length && subj[0]! < up && !(/^(who|which|that)$/.test(v.lower[subj[0]!]!))) {
      best = subjectOf(t, up);
      if (cueAt(v, up, floor)) break;
    }
    x = up;
  }
  return best >= 0 && best < cue ? best : s;
}
