// A report inside a report: "Benjamin said he believes “there may be …”", "the senator said she
// regretted her remarks". PolNeAR annotates only the outermost attribution (guidelines: no nested
// attributions), with the inner report whole in its content; nest cell e of
// eval/quote-nest-cells.ts (the content's own verb is a cue: train 1,354 kept, 22 separated). When
// no rule read the outer cue (its source was too far or an earlier rule took the inner cue with its
// quotation) and a rule read the inner one, the attribution is moved out to the outer cue: cue its
// verb group, source its subject, content the inner clause from its first word (the "that", the
// inner subject) to where the inner content ended. From the parse: the inner cue is the ccomp of a
// free cue verb with a subject of its own.
import { cueAt, verbGroup } from './cues.js';
import { subtreeSpan } from './constructions.js';
import { cueHead, cueSentence } from './forward-content.js';
import type { State } from './state.js';
import { inClass, isPunct, tokenAtOrAfter, tokSpan } from './view.js';
import { W_TIME } from './words.js';

/** Moves attributions of a report's reported cue out to the free report cue; returns how many. */
export function liftOuterReports(st: State): number {
  const v = st.v;
  if (!v.parsed) return 0;
  const kids = v.kids;
  let moved = 0;
  for (const a of st.atts) {
    if (!a.cue || !a.content.length || a.content[0]!.start < a.cue.end) continue;
    const sent = cueSentence(v, a);
    if (!sent) continue;
    const s = sent.tokenStart;
    const inner = cueHead(v, a, s);
    if (inner < 0 || v.tokens[inner]!.dep !== 'ccomp') continue;
    const o = v.tokens[inner]!.head;
    if (o < s || o >= inner || st.usedTok[o] || v.inQuote[o]! >= 0) continue;
    const entry = cueAt(v, o, s);
    if (!entry || entry.cls === 'prep' || entry.cls === 'noun' || entry.use === 'quote') continue;
    const subj = kids[o]!.find((c) => c < o && v.tokens[c]!.dep === 'nsubj');
    // (a time word the parser made the subject is no source: "a poll released Saturday found")
    if (subj === undefined || inClass(v, subj, W_TIME)) continue;
    const [subjStart, subjAll] = subtreeSpan(kids, subj);
    // (the apposition's closing comma is the parse's, not the source's)
    let subjEnd = subjAll;
    while (subjEnd > subj + 1 && isPunct(v, subjEnd - 1)) subjEnd--;
    if (subjAll > o || st.usedTok.subarray(subjStart, subjEnd).includes(1) || st.usedTok.subarray(subjStart, subjEnd).includes(2)) continue;
    const g = verbGroup(v, o, entry, subjEnd, inner);
    const [from] = subtreeSpan(kids, inner);
    if (from < g.end) continue;
    const end = a.content.at(-1)!.end;
    a.content = [{ start: v.tokens[from]!.start, end }];
    a.cue = tokSpan(v, g.start, g.end);
    a.source = tokSpan(v, subjStart, subjEnd);
    a.sourceHead = tokSpan(v, subj, subj + 1);
    a.addressee = null;
    a.cueClass = entry.cls;
    a.rule = 'quotes:outer-report';
    for (let i = subjStart; i < subjEnd; i++) st.usedTok[i] = 2;
    for (let i = g.start; i < g.end; i++) st.usedTok[i] = 2;
    for (let i = from; i < v.tokens.length && v.tokens[i]!.start < end; i++) st.usedTok[i] = 1;
    moved++;
  }
  return moved;
}
