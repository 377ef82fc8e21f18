// Small, general repairs of tagger and parser output that no grammatical English sentence needs
// undone. The tagger learned from UD treebanks where a sentence-initial noun phrase followed by an
// "-ed" word is often a reduced relative or a headline ("Weapons seized in raid"), so in a complete
// sentence with no finite verb at all it tags the only candidate VBN or JJ ("The United States
// imposed/JJ sanctions", "Palestinian police confiscated/VBN weapons") and the parser then builds a
// noun-rooted tree. A sentence ending in a full stop needs a finite verb; the "-ed" word right after
// its opening noun phrase is that verb. Separately, no clause has two subjects: a second nsubj after
// its verb is the object ("Egypt banned the Muslim Brotherhood" with Brotherhood as nsubj).

import { FINITE_VERB, hangFrom, moveTo, PREPOSITION_CASE, relabel, SECOND_SUBJECT, SUBJECT_APPOSITION, type RepairMarks } from './syntax-repair-rules.js';

/** finite verb and auxiliary tags: a sentence with one of them has its verb */
const FINITE_XPOS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** tags that end a subject noun phrase (also the heads the other repair files accept as a subject) */
export const SUBJECT_END_XPOS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP']);

/** index of the first token hung from the root (heads 1-based, 0 = root), or -1 */
export function rootIndex(heads: readonly number[]): number {
  for (let i = 0; i < heads.length; i++) if (heads[i] === 0) return i;
  return -1;
}
/** tags that open an object noun phrase right after a transitive verb */
const OBJECT_START_XPOS = new Set(['DT', 'NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'PRP$', 'CD', 'PRP']);

/**
 * Re-tag as VBD the "-ed" word that follows the opening noun phrase of a full-stop sentence that has
 * no finite verb: a VBN (any continuation), or a JJ with a noun phrase after it (an adjective there
 * would leave the sentence without a verb and two noun phrases side by side). Edits `ids` in place;
 * returns whether anything changed (and marks the re-tagged word in `marks`).
 */
export function repairMissingFiniteVerb(
  forms: readonly string[],
  ids: Int32Array,
  n: number,
  uposOf: readonly string[],
  xposOf: readonly string[],
  marks?: RepairMarks,
): boolean {
  if (n < 3 || forms[n - 1] !== '.') return false;
  // (most sentences have their finite verb: that test first, the VBD class looked up only when needed)
  for (let i = 0; i < n; i++) {
    const x = xposOf[ids[i]!]!;
    if (FINITE_XPOS.has(x) || uposOf[ids[i]!] === 'AUX') return false;
  }
  let vbd = -1;
  for (let t = 0; t < xposOf.length; t++) if (xposOf[t] === 'VBD' && uposOf[t] === 'VERB') vbd = t;
  if (vbd < 0) return false;
  for (let i = 1; i < n - 1; i++) {
    const x = xposOf[ids[i]!]!;
    const prev = xposOf[ids[i - 1]!]!;
    if (x.startsWith('VB') || uposOf[ids[i]!] === 'VERB') {
      if (x !== 'VBN') return false; // the first verbal word decides: a gerund or base form is no past tense
    }
    if (!/[a-z]ed$/.test(forms[i]!) || !SUBJECT_END_XPOS.has(prev)) continue;
    const next = xposOf[ids[i + 1]!]!;
    if (x === 'VBN' || (x === 'JJ' && OBJECT_START_XPOS.has(next))) {
      ids[i] = vbd;
      if (marks) marks[i] = marks[i]! | FINITE_VERB;
      return true;
    }
    return false;
  }
  return false;
}

/**
 * A verb with a subject before it and a second bare nominal subject after it: the second is its
 * object. Edits `deprels` in place (heads unchanged).
 */
export function repairSecondSubject(heads: readonly number[], deprels: string[], upos: readonly string[], marks?: RepairMarks): void {
  const n = heads.length;
  for (let v = 0; v < n; v++) {
    if (upos[v] !== 'VERB') continue;
    let before = false;
    for (let i = 0; i < v; i++) if (heads[i] === v + 1 && deprels[i] === 'nsubj') before = true;
    if (!before) continue;
    for (let i = v + 1; i < n; i++) {
      if (heads[i] !== v + 1 || deprels[i] !== 'nsubj') continue;
      // a nominal with its own preposition is no object ("… by the Brotherhood" would be obl)
      if (hasDependent(heads, deprels, i + 1, 'case', n)) continue;
      relabel(deprels, i, 'obj', marks, SECOND_SUBJECT);
    }
  }
}

/** relations that fill a clause's subject slot */
const SUBJECT_DEPS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl']);

// The dependent tests below are loops over parameters, not `heads.some((h, k) => …)`: a closure over
// the loop variable cost a context allocation per token of every sentence (≈ 26 MB per pass over the
// Wikinews bench in these two repairs, more than the syntax stage's token objects).

/** whether a token before index `end` hangs from head1 (1-based) with relation rel */
function hasDependent(heads: readonly number[], deprels: readonly string[], head1: number, rel: string, end: number): boolean {
  for (let k = 0; k < end; k++) if (heads[k] === head1 && deprels[k] === rel) return true;
  return false;
}

/** whether some token hangs from head1 (1-based) in a subject relation */
function hasSubject(heads: readonly number[], deprels: readonly string[], head1: number): boolean {
  for (let k = 0; k < heads.length; k++) if (heads[k] === head1 && SUBJECT_DEPS.has(deprels[k]!)) return true;
  return false;
}

/**
 * "On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a decree": a finite verb with no
 * subject whose fronted, case-marked phrase carries an apposition before the verb — the apposition
 * is the subject (a time or place phrase is not renamed by a person). The first apposition becomes
 * the verb's nsubj and later appositions of the same phrase attach to it. Edits in place.
 */
export function repairSubjectAsApposition(heads: number[], deprels: string[], xpos: readonly string[], marks?: RepairMarks): void {
  const n = heads.length;
  for (let v = 0; v < n; v++) {
    if (xpos[v] !== 'VBD' && xpos[v] !== 'VBZ' && xpos[v] !== 'VBP') continue;
    if (hasSubject(heads, deprels, v + 1)) continue;
    for (let o = 0; o < v; o++) {
      if (heads[o] !== v + 1 || !deprels[o]!.startsWith('obl')) continue;
      if (!hasDependent(heads, deprels, o + 1, 'case', o)) continue;
      const apps: number[] = [];
      for (let a = o + 1; a < v; a++) if (heads[a] === o + 1 && deprels[a] === 'appos') apps.push(a);
      if (!apps.length || !xpos[apps[0]!]!.startsWith('NNP')) continue;
      const subj = apps[0]!;
      moveTo(heads, deprels, subj, v + 1, 'nsubj', marks, SUBJECT_APPOSITION);
      for (const a of apps.slice(1)) hangFrom(heads, a, subj + 1, marks, SUBJECT_APPOSITION);
      // the commas around the moved phrase go with it
      for (let k = 0; k < n; k++) if (heads[k] === o + 1 && deprels[k] === 'punct' && k > o) hangFrom(heads, k, subj + 1, marks, SUBJECT_APPOSITION);
      break;
    }
  }
}

/** prepositions of place and medium that never open a clause with a subject of its own */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at']);

/**
 * "posted a message on Twitter blaming Israel" parsed as a clause "on Twitter blaming …" with
 * Twitter as the subject: in/on/at never introduce an -ing clause with a noun subject (none in the
 * 18,930 EWT + GUM training sentences; "in that I'm taking …" has a pronoun and an auxiliary), so
 * the noun is the preposition's object — an oblique of the word the participle hangs from (nmod
 * under a noun) — and the participle keeps no subject. Edits in place.
 */
export function repairPrepositionAsClauseMark(heads: number[], deprels: string[], xpos: readonly string[], forms: readonly string[], marks?: RepairMarks): void {
  const n = heads.length;
  for (let v = 0; v < n; v++) {
    if (xpos[v] !== 'VBG' || heads[v] === 0) continue;
    let m = -1;
    let s = -1;
    let aux = false;
    for (let k = 0; k < v; k++) {
      if (heads[k] !== v + 1) continue;
      if (deprels[k] === 'mark' && PLACE_PREPOSITIONS.has(forms[k]!.toLowerCase())) m = k;
      else if (deprels[k] === 'nsubj' && xpos[k]!.startsWith('NN')) s = k;
      else if (deprels[k]!.startsWith('aux')) aux = true;
    }
    // (a progressive with its auxiliary is a finite clause: "in that the authorities were making …")
    if (m < 0 || s < m || aux) continue;
    const h = heads[v]! - 1;
    moveTo(heads, deprels, m, s + 1, 'case', marks, PREPOSITION_CASE);
    moveTo(heads, deprels, s, h + 1, xpos[h]!.startsWith('NN') ? 'nmod' : 'obl', marks, PREPOSITION_CASE);
  }
}
