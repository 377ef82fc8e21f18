// Transcript and headline attributions: a paragraph that opens with a speaker label and a colon
// ("PENCE: Well, look, …", "Pence: Gennifer Flowers Won't Be at Debate"). PolNeAR marks the label
// as the source, the colon as the cue and the rest of the paragraph as the content.
import { accept, isFree, type State } from './state.js';
import { is } from './words.js';
import { isCap, isPunct, isQuoteTok, isWord, tokSpan } from './view.js';

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
    if (c === s || c >= e - 1 || !isPunct(v, c, ':')) continue;
    if (is('label', v.lower[s]!) || is('label', v.lower[c - 1]!) || is('det', v.lower[s]!)) continue;
    // the content is speech: a few words, not a figure ("Clinton: 1,769")
    let words = 0;
    for (let k = c + 1; k < e && words < 3; k++) if (/\p{L}/u.test(v.tokens[k]!.form)) words++;
    if (words < 3) continue;
    if (!isFree(st, s, e)) continue;
    accept(st, {
      content: [{ start: v.tokens[c + 1]!.start, end: v.tokens[e - 1]!.end }],
      cue: tokSpan(v, c, c + 1),
      source: tokSpan(v, s, c),
      sourceHead: tokSpan(v, c - 1, c),
      addressee: null,
      kind: 'direct',
      sent: v.tokens[c]!.sent,
      rule: 'quotes:transcript-label',
    });
  }
}
