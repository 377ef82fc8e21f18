// Follow-on quotes: a quotation with no cue of its own that continues a direct attribution (PolNeAR:
// "content continuations should be included in the attribution … even though it starts a new
// sentence … Sometimes the continuation will appear in its own paragraph"):
//   - a paragraph that is wholly a quotation, right after a paragraph whose direct quote has a speaker;
//   - “X,” she said. “Y.” — a quotation opening the sentence right after the attribution, in the same
//     paragraph, with nothing but that attribution's own cue and source in between.
import { type State } from './state.js';
import { firstMarkEndingAfter, tokenAtOrAfter, type View } from './view.js';
import type { Attribution } from './types.js';

/** true when the words between offsets a and b all belong to the sentence of the cue at `cue`
 * (the attribution's own cue, source and adjuncts: "said by telephone on NBC's “Meet the Press.”") */
function onlyAttributionBetween(st: State, a: number, b: number, cue: number): boolean {
  const v = st.v;
  const sent = v.tokens[tokenAtOrAfter(v, cue)]?.sent;
  for (let i = tokenAtOrAfter(v, a); i < v.tokens.length && v.tokens[i]!.start < b; i++) {
    if (v.tokens[i]!.sent !== sent) return false;
  }
  return true;
}

/** true when the quotation [start, end) starts a sentence (its first token opens one) */
function opensSentence(v: View, start: number): boolean {
  const i = tokenAtOrAfter(v, start);
  if (i >= v.tokens.length) return false;
  const sent = v.doc.sentences[v.tokens[i]!.sent];
  return !!sent && sent.tokenStart === i;
}

export function attachFloating(st: State): void {
  const v = st.v;
  const byPara = new Map<number, number>(); // paragraph → index of the last direct attribution ending there
  const direct = (a: Attribution) => a.origin === 'direct';
  for (let i = 0; i < st.atts.length; i++) {
    const a = st.atts[i]!;
    if (!direct(a)) continue;
    const last = a.content[a.content.length - 1]!;
    const k = firstMarkEndingAfter(v, last.start);
    if (k < v.marks.length && v.marks[k]!.start === last.start) byPara.set(v.marks[k]!.paragraph, i);
  }
  for (let m = 0; m < v.marks.length; m++) {
    const q = v.marks[m]!;
    if (st.usedMark[m] || q.continued) continue;
    const [ps, pe] = v.paraTok[q.paragraph]!;
    if (ps >= pe) continue;
    let n = m;
    while (v.marks[n]!.next >= 0) n = v.marks[n]!.next;
    const end = v.marks[n]!.end;
    const lastPara = v.marks[n]!.paragraph;
    const [, lpe] = v.paraTok[lastPara]!;
    // the quotation runs to the end of its (last) paragraph
    if (v.text.slice(end, v.tokens[lpe - 1]!.end).trim().replace(/^[.,]$/, '') !== '') continue;
    let prev: number | undefined;
    if (v.tokens[ps]!.start === q.start) prev = byPara.get(q.paragraph - 1);
    else {
      // “X,” she said. “Y.”: the same paragraph's direct attribution right before it
      const same = byPara.get(q.paragraph);
      if (same === undefined || !opensSentence(v, q.start)) continue;
      const a = st.atts[same]!;
      const last = a.content[a.content.length - 1]!;
      const cue = a.cue;
      if (!cue || cue.start < last.end || cue.end > q.start || !onlyAttributionBetween(st, last.end, q.start, cue.start)) continue;
      prev = same;
    }
    if (prev === undefined) continue;
    const a = st.atts[prev]!;
    for (let k = m; k >= 0; k = v.marks[k]!.next) {
      a.content.push({ start: v.marks[k]!.start, end: v.marks[k]!.end });
      st.usedMark[k] = 1;
      byPara.set(v.marks[k]!.paragraph, prev);
      if (v.marks[k]!.next < 0) break;
    }
  }
}
