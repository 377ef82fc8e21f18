// "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT according to X.": the source
// follows the cue.
import type { Span } from '../../core/span.js';
import { contentEnd, extendToQuote, leadEnd, MAX_SENTENCE_TOKENS } from './content-bounds.js';
import { cueAttribution, lastCapital } from './cue-attribution.js';
import type { Cue } from './cues.js';
import type { NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, isQuoteTok, isWord, type View } from './view.js';

/** without a comma before it, "according to X" must close the clause within this many tokens */
const MAX_BARE_SOURCE = 8;

/** a closing quote mark right after a comma: '…relationship,” according to' */
function closedQuote(v: View, i: number): boolean {
  return isQuoteTok(v, i) && isPunct(v, i - 1, ',');
}

/** "According to X, CONTENT." / "CONTENT, according to X." */
export function attachAccordingTo(st: State): void {
  const v = st.v;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s > MAX_SENTENCE_TOKENS) continue;
    const ce = contentEnd(v, s, e);
    for (let i = s; i + 2 < e; i++) {
      if (v.lower[i] !== 'according' || v.lower[i + 1] !== 'to' || st.usedTok[i]) continue;
      const cue: Cue = { entry: v.lex.cues.get('according to')!, head: i, start: i, end: i + 2 };
      if (i === s || isPunct(v, i - 1, ',') && i - 1 === s) {
        // According to X, CONTENT.
        let c = i + 2;
        while (c < ce && !isPunct(v, c, ',')) c++;
        if (c >= ce - 1 || c === i + 2) break; // "According to , …": no source, no attribution (issue 15)
        const np: NP = { start: i + 2, end: c, head: lastCapital(v, i + 2, c) };
        if (!isFree(st, c + 1, ce)) break;
        accept(st, cueAttribution(v, [{ start: v.tokens[c + 1]!.start, end: extendToQuote(v, ce - 1) }], cue, np, 'according-to', 'according-to-initial', null));
      } else if (isPunct(v, i - 1, ',—–') || closedQuote(v, i - 1) || i - s >= 4 && isWord(v, i - 1)) {
        // CONTENT, according to X[, …].  /  CONTENT according to X. (no comma: "… were injured
        // yesterday according to health officials")  /  CONTENT — according to X.  /  "QUOTE,"
        // according to X. (the comma inside the closing quote mark; the mark stays in the content)
        const comma = isPunct(v, i - 1, ',—–') ? 1 : 0;
        let c = i + 2;
        while (c < ce && !isPunct(v, c, ',;')) c++;
        if (c === i + 2) break; // "…, according to , …": an empty source would be an inverted span (issue 15)
        if (!comma && c - (i + 2) > MAX_BARE_SOURCE) break;
        const np: NP = { start: i + 2, end: c, head: lastCapital(v, i + 2, c) };
        const s0 = leadEnd(v, s);
        const head: Span = { start: v.tokens[s0 < i - comma ? s0 : s]!.start, end: v.tokens[i - 1 - comma]!.end };
        if (i - comma <= s || !isFree(st, s, i - comma)) break;
        const content = [head];
        if (c < ce - 1 && isFree(st, c + 1, ce)) content.push({ start: v.tokens[c + 1]!.start, end: v.tokens[ce - 1]!.end });
        accept(st, cueAttribution(v, content, cue, np, 'according-to', 'according-to-final', null));
      }
      break;
    }
  }
}
