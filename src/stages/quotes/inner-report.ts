// A report the verb rules read inside another one's content clause, kept as words of the outer
// content: "He said states like California and Colorado will clarify the situation first", read as
// "He said [states like …]" and "[states like …] will clarify [the situation first]". PolNeAR never
// nests (train: 0 of 19,667 gold cues inside another gold content), so where the outer content stops
// before an inner report of ours, gold either keeps the inner report inside the outer content (one
// attribution) or splits (two). Measured with eval/quote-inner-reports.ts on PolNeAR train, session 22
// (1,158 such pairs: gold keeps 166, splits 882), split is right almost everywhere — except where the
// inner cue verb is the outer cue's own clausal complement (ccomp): kept 9 of 10 (the same decision
// as nest cell e of eval/quote-nest-cells.ts, where gold keeps 1,387 and separates 23). There the
// outer content runs on to the inner report's end and the inner attribution is dropped.
// (Tried and dropped: a verb coordinated with that complement in its form, "says he'd sit Putin down
// and tell him …": train content exact +9, dev -1; eval/polnear-nesting-22.md.)
// Needs the parse; without it nothing changes.
import { cueHead, cueSentence } from './forward-content.js';
import { dropAttributions, type State } from './state.js';
import type { Attribution } from './types.js';
import { tokenAtOrAfter } from './view.js';

/** Keeps inner reports on the outer cue's ccomp inside the outer content; returns how many were dropped. */
export function keepInnerReports(st: State): number {
  const v = st.v;
  if (!v.parsed || st.atts.length < 2) return 0;
  // each attribution by the token of its cue verb (one pass over the attributions)
  const byHead = new Map<number, Attribution>();
  const heads: [Attribution, number][] = [];
  for (const a of st.atts) {
    if (!a.cue || !a.content.length) continue;
    const sent = cueSentence(v, a);
    if (!sent) continue;
    const h = cueHead(v, a, sent.tokenStart);
    if (h < 0) continue;
    heads.push([a, h]);
    if (!byHead.has(h)) byHead.set(h, a);
  }
  const dropped = new Set<Attribution>();
  for (const [o, oh] of heads) {
    // (a forward content: the outer cue, then its content)
    if (dropped.has(o) || o.content[0]!.start < o.cue!.end) continue;
    const oEnd = o.content.at(-1)!.end;
    for (const c of v.kids[oh]!) {
      if (c < oh || v.tokens[c]!.dep !== 'ccomp') continue;
      const i = byHead.get(c);
      if (!i || i === o || dropped.has(i) || i.content[0]!.start < oEnd || i.cue!.start < oEnd) continue;
      const last = o.content.at(-1)!;
      const end = Math.max(i.content.at(-1)!.end, i.cue!.end);
      o.content[o.content.length - 1] = { start: last.start, end };
      o.rule = 'quotes:inner-report-kept';
      for (let k = tokenAtOrAfter(v, last.start); k < v.tokens.length && v.tokens[k]!.start < end; k++) st.usedTok[k] = 1;
      dropped.add(i);
    }
  }
  dropAttributions(st, dropped);
  return dropped.size;
}
