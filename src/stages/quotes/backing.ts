// Backing: "X backed / backs / is backing Y", "a super PAC backing Y": X's support for Y is an
// attribution in PolNeAR (cue the verb group, content the object phrase "Hillary Clinton", "a
// no-fly zone in Syria"). The verb alone is a coin flip (train: 46 of 135 forms marked); the
// context makes the subset: an active verb with a noun-phrase object right after it. Left out:
// particles and physical senses ("backed down/off/away/up", "backed by", "backed into"),
// compounds ("Koch-backed", "mortgage-backed"), a gerund after a preposition ("differ on
// backing"), a poll share as subject ("45 percent backed Clinton": train 0 of 3 marked).
// The object ends at its clause: a comma, a dash, a verb, a subordinator or a time adjunct
// ("backed Mr. Romney in 2012", "backed Trump, 57 percent to 22 percent").
// Runs after the verb rules, on tokens they left free.
import { attributableSentences } from './content-bounds.js';
import { isMonthWord } from '../../lexicon/day-words.js';
import { lyAdverb } from './cues.js';
import { leftNP, type NP } from './source-np.js';
import { acceptIndirect, isFree, type State } from './state.js';
import { inClass, isPossessive, isPunct, POS_VERB, POS_ADP, POS_CCONJ, POS_DET, POS_NOUN, POS_PRON, POS_PROPN, POS_SCONJ, PB_NOUN, PB_PRON, PB_PROPN, posIn, type View } from './view.js';
import { W_ADV, W_AUX, W_BACKING, W_NEG, W_TIME } from './words.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';

const MAX_OBJECT = 14;
// words after the verb (or its short object) that make it a physical or phrasal sense
const PARTICLES = new Set(['down', 'off', 'away', 'up', 'out', 'by', 'into', 'onto', 'from', 'to', 'in', 'on', 'with', 'against', 'behind']);
const NOMINAL_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);
const POLL_SHARE = /^(\d[\d,.]*%?|percent|%)$/;

/** the verb group's start: auxiliaries, negation and adverbs before the verb ("had previously backed") */
function groupStart(v: View, i: number, floor: number): number {
  let g = i;
  while (g - 1 >= floor && (inClass(v, g - 1, W_AUX) || inClass(v, g - 1, W_NEG) || inClass(v, g - 1, W_ADV) || lyAdverb(v, g - 1))) g--;
  return g;
}

/** a hyphen, or the word after it, written without spaces ("no-fly") */
function inWord(v: View, j: number): boolean {
  const t = v.tokens[j]!;
  const p = v.tokens[j - 1];
  const n = v.tokens[j + 1];
  return t.form === '-' ? !!p && !!n && p.end === t.start && t.end === n.start : !!p && p.form === '-' && p.end === t.start && (v.tokens[j - 2]?.end ?? -1) === p.start;
}

/** the end of the object noun phrase starting at `from`, or -1 when none starts there */
function objectEnd(v: View, from: number, ce: number): number {
  if (!NOMINAL_POS.has(v.tokens[from]?.pos ?? '') || v.inQuote[from]! >= 0) return -1;
  let j = from;
  for (; j < Math.min(ce, from + MAX_OBJECT); j++) {
    const t = v.tokens[j]!;
    // "a no-fly zone": the parts of a hyphenated word are one word
    if (inWord(v, j)) continue;
    // "backed her up": a particle after a pronoun object ends it
    if (v.posCode[j - 1] === POS_PRON && PARTICLES.has(v.lower[j]!)) break;
    if (isPunct(v, j) && !isPossessive(v, j) && !(t.form === '.' && j > from)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' && j + 1 < ce && v.posCode[j + 1] !== POS_PROPN) break;
    if (j > from && RELATIVE_PRONOUNS.has(v.lower[j]!)) break;
    // "in 2012", "last year", "in March": the author's time adjunct
    if (t.pos === 'ADP' && (/^\d{4}$/.test(v.lower[j + 1] ?? '') || isMonthWord(v.lower[j + 1] ?? '') || inClass(v, j + 1, W_TIME))) break;
    if (inClass(v, j, W_TIME) && j > from) break;
  }
  // a trailing preposition or article is no part of the phrase
  while (j > from && (v.posCode[j - 1] === POS_ADP || v.posCode[j - 1] === POS_DET || v.posCode[j - 1] === POS_CCONJ)) j--;
  return j;
}

/** the noun phrase a participle modifies ("a constellation of super PACs backing …"), ending at `i` */
function modifiedNP(v: View, i: number, floor: number): NP | null {
  const h = i - 1;
  if (h < floor || !posIn(v, h, PB_NOUN | PB_PROPN | PB_PRON)) return null;
  let k = h;
  while (k - 1 >= floor) {
    const p = v.tokens[k - 1]!;
    if (p.pos === 'DET') { k--; break; }
    // ("super PACs": the tagger's adverb before a noun modifies it)
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(p.pos ?? '') || isPossessive(v, k - 1) || p.pos === 'ADV' && k === h && /^[a-z]+$/.test(p.form)) { k--; continue; }
    // "a constellation of super PACs": an "of" phrase continues the head before it
    if (v.lower[k - 1] === 'of' && k - 2 >= floor && v.posCode[k - 2] === POS_NOUN) { k -= 2; continue; }
    break;
  }
  return { start: k, end: i, head: h };
}

/** the supporter: a relative pronoun, the subject before the verb group, or a participle's noun */
function supporter(v: View, i: number, g: number, s: number): NP | null {
  const prev = v.lower[g - 1] ?? '';
  if (g - 1 > s && RELATIVE_PRONOUNS.has(prev)) return { start: g - 1, end: g, head: g - 1 };
  if (v.lower[i]!.endsWith('ing') && g === i) {
    if (v.posCode[i - 1] === POS_ADP || v.posCode[i - 1] === POS_SCONJ) return null;
    return modifiedNP(v, i, s);
  }
  const np = leftNP(v, g, s);
  return np && np.end === g ? np : null;
}

export function attachBacking(st: State): void {
  const v = st.v;
  if (!v.tagged) return;
  for (const { s, ce } of attributableSentences(v, 4)) {
    for (let i = s; i + 1 < ce; i++) {
      // (the part of speech first, from the view's column: most tokens are no verb)
      if (v.posCode[i] !== POS_VERB || !inClass(v, i, W_BACKING)) continue;
      i = backingAt(st, i, s, ce);
    }
  }
}

/**
 * The support the backing verb at token `i` states in sentence [s, ce), accepted; returns where the
 * scan resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small,
 * this rarer path on its own.)
 */
function backingAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  // (here, not in the scan: read only at a backing verb, they had no type feedback when the scan was
  // optimised, and it was thrown out at the first one)
  if (st.usedTok[i] || v.inQuote[i]! >= 0) return i;
  // "Koch-backed", "Rubio-backing": a compound modifier
  if (i > 0 && v.tokens[i - 1]!.end === v.tokens[i]!.start) return i;
  if (PARTICLES.has(v.lower[i + 1]!)) return i;
  const end = objectEnd(v, i + 1, ce);
  if (end <= i + 1) return i;
  // "backed her up", "backs them up in the news media": the phrasal sense
  if (PARTICLES.has(v.lower[end] ?? '') && end - i <= 3) return i;
  const g = groupStart(v, i, s);
  // "tea-party backed candidate X": a past participle with no "have" modifies a noun
  if (v.tokens[i]!.xpos === 'VBN' && !v.lower.slice(g, i).some((w) => w === 'has' || w === 'have' || w === 'had' || w === "'s" || w === '’s')) return i;
  const np = supporter(v, i, g, s);
  if (!np || POLL_SHARE.test(v.lower[np.start]!) || POLL_SHARE.test(v.lower[np.start + 1] ?? '')) return i;
  if (!isFree(st, np.start, np.end) || !isFree(st, g, end)) return i;
  // the subject's support: cue the verb group, content the object phrase
  acceptIndirect(st, i, { start: i + 1, end }, { start: g, end: i + 1 }, np, 'quotes:backing-support', 'backing');
  return end - 1;
}
