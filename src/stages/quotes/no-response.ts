// Unanswered inquiries: "X did not (immediately) respond to a request for comment", "X did not
// return a message seeking comment". PolNeAR's guidelines count declining and not commenting as
// attributions ("He declined to comment"); annotators marked the negated reply the same way, cue
// the verb group with its "to", content the inquiry ("a request for comment", "emailed questions
// about his investments"). Train: 16 of 36 "did not respond/return" marked, 16 of 30 once the
// object names an inquiry (request, question, message, call …: data/quote-rule-words.tsv) and the
// verb is a main clause's ("…, who did not respond to …", "why they did not respond" were never
// marked); which of those an annotator marks is the annotator's habit, not the wording.
// Runs after the verb rules, on tokens they left free.
import { attributableSentences, forwardEnd } from './content-bounds.js';
import { lyAdverb } from './cues.js';
import { leftNP } from './source-np.js';
import { acceptIndirect, isFree, type State } from './state.js';
import { inClass, isPunct, POS_VERB, type View } from './view.js';
import { W_ADV, W_AUX, W_NEG, W_UNANSWERED_INQUIRY, W_UNANSWERED_REPLY } from './words.js';

/** words of the object phrase searched for the inquiry noun ("USA TODAY's repeated requests") */
const INQUIRY_WINDOW = 5;
const RELATIVES = new Set(['who', 'which', 'that', 'why', 'whether', 'if']);

/** the start of the negated verb group ending before `i` ("did not immediately"), or -1 without a negation */
function negatedGroupStart(v: View, i: number, floor: number): number {
  let g = i;
  let negated = false;
  while (g - 1 >= floor && (inClass(v, g - 1, W_AUX) || inClass(v, g - 1, W_NEG) || inClass(v, g - 1, W_ADV) || lyAdverb(v, g - 1))) {
    if (inClass(v, g - 1, W_NEG)) negated = true;
    g--;
  }
  return negated && g < i - 1 ? g : -1;
}

/** the object names an inquiry within its first words */
function namesInquiry(v: View, from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + INQUIRY_WINDOW); j++) {
    if (isPunct(v, j) && !(v.lower[j] === "'s" || v.lower[j] === '’s')) return false;
    if (inClass(v, j, W_UNANSWERED_INQUIRY)) return true;
  }
  return false;
}

export function attachNoResponse(st: State): void {
  const v = st.v;
  for (const { s, ce } of attributableSentences(v, 6)) {
    for (let i = s + 2; i + 2 < ce; i++) {
      // (the part of speech first, from the view's column: most tokens are no verb)
      if (v.tagged && v.posCode[i] !== POS_VERB) continue;
      if (!inClass(v, i, W_UNANSWERED_REPLY) || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      i = noResponseAt(st, i, s, ce);
    }
  }
}

/**
 * The unanswered inquiry the verb at token `i` reports in sentence [s, ce), accepted; returns where
 * the scan resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small,
 * this rarer path on its own.)
 */
function noResponseAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  const g = negatedGroupStart(v, i, s);
  if (g <= s || RELATIVES.has(v.lower[g - 1]!)) return i;
  // "respond to …": the preposition belongs to the cue, its object is the content
  const from = v.lower[i + 1] === 'to' ? i + 2 : i + 1;
  const end = forwardEnd(v, from, ce);
  if (end <= from || !namesInquiry(v, from, end)) return i;
  const np = leftNP(v, g, s);
  if (!np || np.end !== g || !isFree(st, np.start, end)) return i;
  // the subject's unanswered inquiry: cue the negated verb group, content the inquiry
  acceptIndirect(st, i, { start: from, end }, { start: g, end: from }, np, 'quotes:no-response', 'no-response');
  return end - 1;
}
