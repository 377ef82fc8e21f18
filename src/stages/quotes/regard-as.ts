// Regard-as attributions: a verb that casts its object as something in the subject's eyes
//   "Critics of the program see reauthorization as an opportunity to fix problems"
//   source "Critics of the program", cue "see", content "reauthorization as an opportunity …"
//   "…, who saw the comment as a dig at America's military"      source "who"
//   "Clinton leaned in, painting Trump as a Romney caricature"  source from the parse (participle)
// PolNeAR counts these as the subject's view (guidelines: beliefs and characterisations are
// attributions). The verbs are the regard-as class of data/quote-rule-words.tsv; the quoted-label
// case ("played down the comments as “…”") is characterizations.ts's. Only active uses with a
// plain noun-phrase object and an "as" that opens a predicate: "was seen as" has no holder, "as
// soon as" / "as he left" are no predicate.
// Runs after the verb and noun rules, on tokens they left free.
import { attributableSentences, extendToQuote, forwardEnd } from './content-bounds.js';
import { lyAdverb } from './cues.js';
import { cueSubject } from './cue-subject.js';
import { inanimateSource } from './not-speech.js';
import { leftNP, type NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { inClass, isCap, isPossessive, isPunct, isWord, tokSpan, POS_VERB, POS_AUX, POS_DET, POS_SCONJ, PB_ADP, PB_ADV, PB_AUX, PB_CCONJ, PB_PART, PB_PRON, PB_SCONJ, PB_VERB, posIn, type View } from './view.js';
import { W_ADV, W_AUX, W_NEG, W_PREP, W_PRON, W_REGARD_AS } from './words.js';
import { BE_FORMS } from '../../lexicon/function-words.js';

const MAX_OBJECT = 10;
const RELATIVES = new Set(['who', 'which', 'that']);
// words after "as" that open a clause or a comparison, not a predicate ("as soon as", "as he left")
const NOT_PREDICATE = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'soon', 'well', 'long', 'much', 'many', 'far', 'part', 'if', 'though', 'of', 'to', 'for', 'with', 'in', 'at', 'on']);

/** the "as" that ends a plain noun-phrase object starting at `from`, or -1 */
function asAfterObject(v: View, from: number, ce: number): number {
  for (let j = from; j < Math.min(ce - 1, from + MAX_OBJECT); j++) {
    if (v.lower[j] === 'as') {
      const n = v.lower[j + 1] ?? '';
      if (j === from || !isWord(v, j + 1) || NOT_PREDICATE.has(n)) return -1;
      // "as they select …", "as investors decide …": a finite verb soon after opens a clause
      if (v.tagged && /^(VBD|VBZ|VBP|MD)$/.test(v.tokens[j + 2]?.xpos ?? '') && v.posCode[j + 1] !== POS_DET) return -1;
      return j;
    }
    if (v.inQuote[j]! >= 0 || isPunct(v, j) && !isPossessive(v, j)) return -1;
    if (v.tagged && (v.posCode[j] === POS_VERB || v.posCode[j] === POS_AUX || v.posCode[j] === POS_SCONJ)) return -1;
  }
  return -1;
}

/** the object opens with a noun phrase: not an adverb or a preposition ("comes across as") */
function nominalStart(v: View, s: number): boolean {
  if (inClass(v, s, W_PREP)) return false;
  return !v.tagged || !posIn(v, s, PB_ADP | PB_ADV | PB_PART | PB_CCONJ | PB_SCONJ);
}

/** the holder of the view: a relative pronoun, the phrase before the verb group, or a participle's subject */
function holder(v: View, i: number, g: number, s: number): NP | null {
  const prev = v.lower[g - 1] ?? '';
  if (g - 1 >= s && RELATIVES.has(prev) && g - 1 > s) return { start: g - 1, end: g, head: g - 1 };
  if (/ing$/.test(v.lower[i]!)) return isPunct(v, g - 1, ',—–') ? cueSubject(v, i) : null;
  const np = leftNP(v, g, s);
  return np && np.end === g && v.lower[np.start] !== 'there' && !inanimateSource(v, np) ? np : null;
}

/**
 * The predicate ends with its clause: at a comma that hands over to another clause (", and
 * officials had …", ", it would fall …", ", as soon as Monday") or to the author's dash; a comma
 * inside the phrase ("a fair, modest price") does not end it.
 */
function clauseEnd(v: View, start: number, fe: number): number {
  for (let j = start + 1; j + 1 < fe; j++) {
    if (v.inQuote[j]! >= 0) continue;
    if (isPunct(v, j, '—–;')) return j;
    if (!isPunct(v, j, ',')) continue;
    const n = v.lower[j + 1]!;
    if (n === 'and' || n === 'but' || n === 'as' || n === 'while' || inClass(v, j + 1, W_PRON) || inClass(v, j + 1, W_AUX) || v.tagged && posIn(v, j + 1, PB_VERB | PB_AUX | PB_PRON | PB_SCONJ)) return j;
  }
  return fe;
}

export function attachRegardAs(st: State): void {
  const v = st.v;
  for (const { s, e, ce } of attributableSentences(v, 5)) {
    for (let i = s + 1; i + 3 < ce; i++) {
      // (the part of speech first, from the view's column: most tokens are no verb)
      if (v.tagged && v.posCode[i] !== POS_VERB) continue;
      if (!inClass(v, i, W_REGARD_AS) || st.usedTok[i] || v.inQuote[i]! >= 0 || isCap(v, i)) continue;
      i = regardAsAt(st, i, s, ce);
    }
  }
}

/**
 * The view the verb at token `i` ("see … as") states in sentence [s, ce), accepted; returns where the
 * scan resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small, this
 * rarer path on its own.)
 */
function regardAsAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  // the verb group: auxiliaries, negation and adverbs ("have long viewed"); a form of "be"
  // before it makes it passive ("was seen as"), "to" an infinitive whose holder is elsewhere
  let g = i;
  while (g - 1 > s && (inClass(v, g - 1, W_AUX) || inClass(v, g - 1, W_NEG) || inClass(v, g - 1, W_ADV) || lyAdverb(v, g - 1))) g--;
  let passive = false;
  for (let k = g; k < i; k++) if (BE_FORMS.has(v.lower[k]!)) passive = true;
  if (passive || BE_FORMS.has(v.lower[g - 1] ?? '') || v.lower[g - 1] === 'to') return i;
  if (!nominalStart(v, i + 1)) return i;
  const as = asAfterObject(v, i + 1, ce);
  if (as < 0) return i;
  const np = holder(v, i, g, s);
  if (!np || !isFree(st, np.start, np.end)) return i;
  const fe = clauseEnd(v, as + 1, forwardEnd(v, as + 1, ce));
  if (fe <= as + 1 || !isFree(st, g, fe)) return i;
  // "regarded it as a cleaner fuel", "has framed herself as the Plan B": a pronoun object is
  // no part of what is held (PolNeAR's content is the predicate after "as")
  const from = as === i + 2 && inClass(v, i + 1, W_PRON) ? as + 1 : i + 1;
  accept(st, {
    content: [{ start: v.tokens[from]!.start, end: extendToQuote(v, fe - 1) }],
    cue: tokSpan(v, g, i + 1),
    source: tokSpan(v, np.start, np.end),
    sourceHead: tokSpan(v, np.head, np.head + 1),
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[i]!.sent,
    rule: 'quotes:regard-as',
    origin: 'characterization',
    cueClass: 'attitude',
  });
  return fe - 1;
}
