// Transcript and headline attributions: a paragraph that opens with a speaker label and a colon
// ("PENCE: Well, look, …", "Pence: Gennifer Flowers Won't Be at Debate"). PolNeAR marks the label
// as the source, the colon as the cue and the rest of the paragraph as the content.
import { accept, isFree, type State } from './state.js';
import { inClass, isCap, isPunct, isQuoteTok, isWord, tokSpan, POS_NOUN } from './view.js';
import { W_AUX, W_DET, W_LABEL, W_NEG, W_PRON, W_STOP } from './words.js';

const LABEL_BREAK = new Set(['to', 'on', 'in', 'about']);
const LABEL_WORDS = new Set(['to', 'on', 'in', 'at', 'about', 'of', 'for', 'and']);

/** the colon ending a label of ≤ 8 tokens that opens with a name and ends with a capitalised word
 * or a number, with only role nouns and linking prepositions lower-cased; -1 when none */
function wideLabelEnd(v: State['v'], s: number, e: number): number {
  for (let c = s + 1; c < Math.min(e, s + 9); c++) {
    if (isPunct(v, c, ':')) return isCap(v, c - 1) || /^\d/.test(v.lower[c - 1]!) ? c : -1;
    const l = v.lower[c]!;
    if (isCap(v, c) || /^\d/.test(l) || v.tokens[c]!.form === '.' || /^['’]s$/.test(l) || LABEL_WORDS.has(l)) continue;
    if (!isWord(v, c) || inClass(v, c, W_STOP) || inClass(v, c, W_AUX) || inClass(v, c, W_PRON) || inClass(v, c, W_DET) || inClass(v, c, W_NEG)) return -1;
    // a role noun ("pollster"), never a verb: the tagger decides when it ran, else the cue lexicon
    if (v.tagged ? v.posCode[c] !== POS_NOUN : v.lex.cues.has(l) || /(ed|ing)$/.test(l)) return -1;
  }
  return -1;
}

export function attachTranscript(st: State): void {
  const v = st.v;
  for (let p = 0; p < v.paraTok.length; p++) {
    const [s0, e] = v.paraTok[p]!;
    // a transcript may be quoted as a whole: "WALLACE: Let's start …
    const s = isQuoteTok(v, s0) ? s0 + 1 : s0;
    if (e - s < 4) continue;
    // the label: one to four capitalised words ("Sen. Rand Paul") then a colon
    let c = s;
    while (c < e && c - s <= 5 && (isWord(v, c) && isCap(v, c) || v.tokens[c]!.form === '.')) c++;
    let srcEnd = c;
    if (c < e && !isPunct(v, c, ':') && c > s) {
      // a longer label with a role word or a setting: "Republican pollster Daron Shaw:",
      // "Clinton to Planned Parenthood:", "Gillibrand on the transcripts:" — the source stops
      // before "to"/"on"/"in", which name the addressee, the topic or the occasion
      const wide = wideLabelEnd(v, s, e);
      if (wide > 0) {
        c = wide;
        srcEnd = s + 1;
        while (srcEnd < c && !LABEL_BREAK.has(v.lower[srcEnd]!)) srcEnd++;
      }
    }
    if (c === s || c >= e - 1 || !isPunct(v, c, ':')) continue;
    if (inClass(v, s, W_LABEL) || inClass(v, c - 1, W_LABEL) || inClass(v, s, W_DET)) continue;
    // the content is speech: a few words, not a figure ("Clinton: 1,769")
    let words = 0;
    for (let k = c + 1; k < e && words < 3; k++) if (/\p{L}/u.test(v.tokens[k]!.form)) words++;
    if (words < 3) continue;
    if (!isFree(st, s, e)) continue;
    accept(st, {
      content: [{ start: v.tokens[c + 1]!.start, end: v.tokens[e - 1]!.end }],
      cue: tokSpan(v, c, c + 1),
      source: tokSpan(v, s, srcEnd),
      sourceHead: tokSpan(v, srcEnd - 1, srcEnd),
      addressee: null,
      kind: 'direct',
      sent: v.tokens[c]!.sent,
      rule: 'quotes:transcript-label',
      origin: 'transcript',
    });
  }
}
