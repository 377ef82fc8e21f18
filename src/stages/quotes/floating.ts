// Follow-on quotes: a paragraph that is wholly a quotation with no cue of its own, right after a
// paragraph whose direct quote has a speaker, continues that attribution (PolNeAR: "content
// continuations … in their own paragraph … are part of the same attribution").
import { type State } from './state.js';
import { firstMarkEndingAfter } from './view.js';

export function attachFloating(st: State): void {
  const v = st.v;
  const byPara = new Map<number, number>(); // paragraph → index of the last direct attribution ending there
  for (let i = 0; i < st.atts.length; i++) {
    const a = st.atts[i]!;
    if (a.origin !== 'direct') continue;
    const last = a.content[a.content.length - 1]!;
    const k = firstMarkEndingAfter(v, last.start);
    if (k < v.marks.length && v.marks[k]!.start === last.start) byPara.set(v.marks[k]!.paragraph, i);
  }
  for (let m = 0; m < v.marks.length; m++) {
    const q = v.marks[m]!;
    if (st.usedMark[m] || q.continued) continue;
    const [ps, pe] = v.paraTok[q.paragraph]!;
    if (ps >= pe) continue;
    // the quote must be the whole paragraph
    if (v.tokens[ps]!.start !== q.start) continue;
    let n = m;
    while (v.marks[n]!.next >= 0) n = v.marks[n]!.next;
    const end = v.marks[n]!.end;
    const lastPara = v.marks[n]!.paragraph;
    const [, lpe] = v.paraTok[lastPara]!;
    if (v.text.slice(end, v.tokens[lpe - 1]!.end).trim().replace(/^[.,]$/, '') !== '') continue;
    const prev = byPara.get(q.paragraph - 1);
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
