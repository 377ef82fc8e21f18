// A block quotation set off without quotation marks: a paragraph that ends "X wrote:", "Limbaugh
// added:", "Hewitt writes:" and a next paragraph that is the words reported. The quoted-paragraph
// form ("He said: ⏎ “…”") is attach-direct's (attributionBefore's colon paragraph); this is the
// same frame when the next paragraph opens on no quotation mark — op-eds and blogs indent long
// quotations instead of marking them. PolNeAR train marks 5 of 6 such frames (the sixth: a tweet's
// markup), dev 2 of 2, content the next paragraph in both dev cases and the first paragraph's words
// at least in the rest. Runs right after the direct rules, before the verb rules (whose cues inside the block are nested
// reports); a speech verb only.
import { cueAt, verbGroup } from './cues.js';
import { leftNP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, isQuoteTok, isWord, tokSpan } from './view.js';

/** the longest "X verb:" frame, in tokens, a paragraph may hold (a whole sentence is a frame too) */
const MAX_FRAME = 40;

export function attachColonBlocks(st: State): void {
  const v = st.v;
  const paras = v.paraTok;
  for (let p = 0; p + 1 < paras.length; p++) {
    const [a, b] = paras[p]!;
    const [c, d] = paras[p + 1]!;
    // the frame paragraph ends on a colon right after the cue; the next one holds words and no mark first
    if (b - a < 3 || b - a > MAX_FRAME || d <= c || !isPunct(v, b - 1, ':')) continue;
    if (isQuoteTok(v, c) || !isWord(v, c) || !isFree(st, c, d) || !isFree(st, a, b)) continue;
    const i = b - 2;
    const entry = cueAt(v, i, a);
    if (!entry || entry.cls !== 'speech') continue;
    const sent = v.tokens[i]!.sent;
    const floor = Math.max(a, v.doc.sentences[sent]!.tokenStart);
    const g = verbGroup(v, i, entry, floor, b - 1);
    const np = leftNP(v, g.start, floor);
    if (!np) continue;
    // the words of the next paragraph, without a closing full stop's punctuation run
    let e = d;
    while (e > c && isPunct(v, e - 1) && !isQuoteTok(v, e - 1)) e--;
    if (e <= c) continue;
    accept(st, {
      content: [tokSpan(v, c, e)],
      cue: tokSpan(v, g.start, g.end),
      source: tokSpan(v, np.start, np.end),
      sourceHead: tokSpan(v, np.head, np.head + 1),
      addressee: null,
      kind: 'indirect',
      sent,
      rule: 'quotes:colon-block',
      origin: 'indirect-clause',
      cueClass: entry.cls,
    });
  }
}
