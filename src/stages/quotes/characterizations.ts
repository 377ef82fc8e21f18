// Characterisations: "VERB NP as “…”" — a verb that casts its object as a quoted label
//   "Trump played down the comments as “just part of the campaign”"
//   source "Trump", cue "played down", content "the comments as “just part of the campaign”"
// PolNeAR marks these as attributions whatever the verb (billed, summed up, portraying, lists, …):
// the quotation marks make the label the subject's words. Only verbs no cue list has reach this rule
// (the verb rules took the others), and only with an opening quote mark right after "as" (or after
// its article), so "served as chairman" or "identified the man as John Smith" stay no quote.
// Runs after the verb and noun rules, on tokens they left free.
import { contentEnd, extendToQuote, MAX_SENTENCE_TOKENS } from './content-bounds.js';
import { verbGroup } from './cues.js';
import { leftNP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { inClass, IN_CUES, isCap, isPossessive, isPunct, isQuoteTok, isWord, tokSpan, POS_VERB, POS_AUX, PB_NOUN, PB_PRON, PB_PROPN, posIn, type View } from './view.js';
import { W_PREP } from './words.js';
import type { CueEntry } from './words.js';

const MAX_OBJECT = 8;
const PARTICLES = new Set(['up', 'down', 'off', 'out']);
const ARTICLES = new Set(['a', 'an', 'the']);
// words that open an adjunct of the telling, not more of the label ("… as “X” on Monday")
const ADJUNCT = new Set(['on', 'during', 'after', 'before', 'when', 'while', 'amid', 'following', 'last', 'this', 'earlier', 'in', 'at']);

function isVerb(v: View, i: number): boolean {
  // (the part of speech first, from the view's column: the rule asks at every token, most are no verb)
  if (v.tagged && v.posCode[i] !== POS_VERB) return false;
  if (!isWord(v, i) || isCap(v, i)) return false;
  return v.tagged || /[a-z](ed|es|ing)$/.test(v.lower[i]!);
}

/** the "as" that ends the verb's object, when a quotation opens right after it; -1 otherwise */
function asBeforeQuote(v: View, from: number, ce: number): number {
  for (let j = from + 1; j < Math.min(ce - 1, from + 1 + MAX_OBJECT); j++) {
    if (v.inQuote[j]! >= 0) return -1;
    if (v.lower[j] === 'as') {
      const q = ARTICLES.has(v.lower[j + 1]!) ? j + 2 : j + 1;
      return j > from + 1 && q < ce && isQuoteTok(v, q) && nominal(v, from + 1, j) ? j : -1;
    }
    // the object is a plain noun phrase: no clause, no punctuation but a possessive
    if (isPunct(v, j) && !isPossessive(v, j) || v.tagged && (v.posCode[j] === POS_VERB || v.posCode[j] === POS_AUX)) return -1;
  }
  return -1;
}

/** the object is a noun phrase: not an adverb or a prepositional phrase ("comes across as", "introduced to cheers as") */
function nominal(v: View, s: number, e: number): boolean {
  if (!v.tagged) return !inClass(v, s, W_PREP);
  const p = v.tokens[s]!.pos;
  if (p === 'ADP' || p === 'ADV') return false;
  for (let k = s; k < e; k++) if (posIn(v, k, PB_NOUN | PB_PROPN | PB_PRON)) return true;
  return false;
}

export function attachCharacterizations(st: State): void {
  const v = st.v;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < 5 || e - s > MAX_SENTENCE_TOKENS || !v.marks.length) continue;
    for (let i = s + 1; i + 3 < e; i++) {
      if (st.usedTok[i] || v.inQuote[i]! >= 0 || !isVerb(v, i) || (v.wordIn[i]! & IN_CUES) !== 0) continue;
      i = characterizationAt(st, i, s, e);
    }
  }
}

/**
 * The label the verb at token `i` casts its object as in sentence [s, e), accepted; returns where the
 * scan resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small, this
 * rarer path on its own.)
 */
function characterizationAt(st: State, i: number, s: number, e: number): number {
  const v = st.v;
  const obj = PARTICLES.has(v.lower[i + 1]!) ? i + 1 : i;
  const as = asBeforeQuote(v, obj, e);
  if (as < 0) return i;
  const m = v.inQuote[ARTICLES.has(v.lower[as + 1]!) ? as + 2 : as + 1]!;
  const mark = m >= 0 ? v.marks[m] : undefined;
  if (!mark?.closed) return i;
  const entry: CueEntry = { form: v.lower[i]!, lemma: v.lower[i]!, cls: 'attitude', use: 'all', example: '' };
  const g = { ...verbGroup(v, i, entry, s, e), end: obj + 1 };
  const np = leftNP(v, g.start, s);
  if (!np || !isFree(st, np.start, np.end)) return i;
  let last = as;
  while (last + 1 < e && v.tokens[last + 1]!.start < mark.end) last++;
  // the label runs on to the next punctuation outside quotes ("as a “change warrior” who “saved
  // the company”", "as a “town square” open to all")
  // — unless the quotation closes on its own comma ("as a “strong leader,” comparing him …")
  const ce = contentEnd(v, s, e);
  const ownComma = /,\s*\S$/.test(v.text.slice(mark.start, mark.end)) && v.lower[last + 1] !== 'or' && v.lower[last + 1] !== 'and';
  if (!ownComma && !ADJUNCT.has(v.lower[last + 1]!)) while (last + 1 < ce && !(v.inQuote[last + 1]! < 0 && isPunct(v, last + 1, ',;:.—–―()'))) last++;
  if (!isFree(st, g.start, last + 1)) return i;
  accept(st, {
    content: [{ start: v.tokens[obj + 1]!.start, end: extendToQuote(v, last) }],
    cue: tokSpan(v, g.start, g.end),
    source: tokSpan(v, np.start, np.end),
    sourceHead: tokSpan(v, np.head, np.head + 1),
    addressee: null,
    kind: 'mixed',
    sent: v.tokens[i]!.sent,
    rule: 'quotes:characterization-as',
    origin: 'characterization',
    cueClass: 'attitude',
  });
  return last;
}
