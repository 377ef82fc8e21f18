// Questions put to someone, reported from the side of the one asked (asked.ts takes the fronted
// "Asked whether …, X said"):
//   "Hillary Clinton was asked about speeches she made …"     cue "was asked about", no source
//   "he was asked by a caller why young Syrian men are …"     cue "was asked", source "a caller"
//   "…,” he said when asked how ties would fare if he won."   cue "asked", content the question
//   "Donald Trump was asked a relatively straightforward question about police violence"
// PolNeAR marks the question (or what it was about) as content, the passive group as cue and the
// asker named by "by" as source; the one asked is no source (train: "BE asked" is a gold cue 34
// times in 44, 28 of them missed before this rule). Only with what a question needs after it: a
// question word, "about", "to" + verb, or a noun phrase naming the question.
import { cueAttribution, lastCapital } from './cue-attribution.js';
import { attributableSentences, extendToQuote, forwardEnd } from './content-bounds.js';
import type { Cue } from './cues.js';
import { lyAdverb } from './cues.js';
import type { NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { inClass, isPunct, POS_AUX, POS_VERB, PB_AUX, PB_PRON, PB_VERB, posIn, type View } from './view.js';
import { W_ADV, W_AUX, W_NEG, W_PREP, W_PRON, type CueEntry } from './words.js';
import { BE_FORMS, QUESTION_OPENERS } from '../../lexicon/function-words.js';

const OPENERS = new Set([...QUESTION_OPENERS, 'about', 'to']);
// the subordinators of a reduced clause: "when asked why …", "after being asked about …"
const REDUCED = new Set(['when', 'after', 'if', 'once', 'before', 'while', 'until', 'unless']);
// a noun phrase that names a question ("was asked a direct question about this")
const QUESTION_NOUNS = new Set(['question', 'questions']);
const MAX_ADJUNCT = 8;

/** the start of "was (also) asked", "has been asked", "being asked" ending at `i`, or -1 when not passive */
function passiveStart(v: View, i: number, floor: number): number {
  let g = i;
  while (g - 1 >= floor && (inClass(v, g - 1, W_NEG) || inClass(v, g - 1, W_ADV) || lyAdverb(v, g - 1))) g--;
  if (g - 1 < floor || !BE_FORMS.has(v.lower[g - 1]!) || v.lower[g - 1] === "'s" || v.lower[g - 1] === '’s') return -1;
  g--;
  while (g - 1 >= floor && (inClass(v, g - 1, W_AUX) || inClass(v, g - 1, W_NEG))) g--;
  return g;
}

/** the question after the cue: its first token, the asker named by "by", or null when none follows */
function question(v: View, from: number, e: number): { start: number; about: boolean; asker: NP | null } | null {
  let j = from;
  let asker: NP | null = null;
  if (v.lower[j] === 'by') {
    let k = j + 1;
    while (k < Math.min(e, j + MAX_ADJUNCT) && !OPENERS.has(v.lower[k]!) && !isPunct(v, k)) k++;
    if (k === j + 1 || !OPENERS.has(v.lower[k]!)) return null;
    asker = { start: j + 1, end: k, head: lastCapital(v, j + 1, k) };
    j = k;
  } else if (inClass(v, j, W_PREP) && v.lower[j] !== 'about' && v.lower[j] !== 'to') {
    // a time or place adjunct before the question ("on Monday whether", "during the debate why")
    let k = j + 1;
    while (k < Math.min(e, j + MAX_ADJUNCT) && !OPENERS.has(v.lower[k]!) && !isPunct(v, k)) k++;
    if (!OPENERS.has(v.lower[k]!)) return null;
    j = k;
  }
  while (j < e && (lyAdverb(v, j) || v.lower[j] === 'again')) j++;
  const l = v.lower[j] ?? '';
  if (OPENERS.has(l)) {
    // "to" must open a verb phrase ("asked to comment"), not a destination
    if (l === 'to' && v.tagged && v.posCode[j + 1] !== POS_VERB && v.posCode[j + 1] !== POS_AUX) return null;
    return { start: j, about: l === 'about' && j === from, asker };
  }
  // "was asked a direct question about this", "were asked a series of questions"
  if (!asker && (l === 'a' || l === 'the' || l === 'this')) {
    for (let k = j + 1; k < Math.min(e, j + 5); k++) if (QUESTION_NOUNS.has(v.lower[k]!)) return { start: j, about: false, asker };
  }
  return null;
}

/** content ends at a comma that hands back to the main clause, or at the author's dash */
function questionEnd(v: View, start: number, fe: number, reduced: boolean): number {
  for (let j = start + 1; j + 1 < fe; j++) {
    if (v.inQuote[j]! >= 0) continue;
    if (isPunct(v, j, '—–;')) return j;
    if (!isPunct(v, j, ',')) continue;
    if (reduced) return j;
    const n = v.lower[j + 1]!;
    if (n === 'and' || n === 'but' || inClass(v, j + 1, W_PRON) || inClass(v, j + 1, W_AUX) || v.tagged && posIn(v, j + 1, PB_VERB | PB_AUX | PB_PRON)) return j;
  }
  return fe;
}

export function attachAskedPassive(st: State): void {
  const v = st.v;
  const entry = v.lex.cues.get('asked');
  if (!entry) return;
  for (const { s, e, ce } of attributableSentences(v, 4)) {
    for (let i = s; i + 1 < ce; i++) {
      if (v.lower[i] !== 'asked' || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      i = askedPassiveAt(st, entry, i, s, ce);
    }
  }
}

/**
 * The question the "asked" at token `i` reports in sentence [s, ce), accepted; returns where the scan
 * resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small, this rarer
 * path on its own.)
 */
function askedPassiveAt(st: State, entry: CueEntry, i: number, s: number, ce: number): number {
  const v = st.v;
  const passive = passiveStart(v, i, s);
  // (a sentence-initial "Asked on Monday whether …," that asked.ts left: an adjunct before the question)
  const reduced = passive < 0 && (i === s || REDUCED.has(v.lower[i - 1]!) || isPunct(v, i - 1, ',') && !isPunct(v, i - 2, ','));
  if (passive < 0 && !reduced) return i;
  const q = question(v, i + 1, ce);
  if (!q) return i;
  const start = q.about ? q.start + 1 : q.start;
  const fe = questionEnd(v, start, forwardEnd(v, start, ce), reduced);
  const cueStart = passive >= 0 ? passive : i;
  if (fe - start < 1 || !isFree(st, cueStart, fe)) return i;
  const cue: Cue = { entry, head: i, start: cueStart, end: q.about ? i + 2 : i + 1 };
  const made = cueAttribution(v, [{ start: v.tokens[start]!.start, end: extendToQuote(v, fe - 1) }], cue, q.asker, 'asked', passive >= 0 ? 'asked-passive' : 'asked-reduced', null);
  accept(st, made);
  return fe - 1;
}

