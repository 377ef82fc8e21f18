// "Trump groused that CNN “doesn't treat me properly”", "The Labor Department calculates that 4.2
// million workers will …", "Critics charge that she …": a verb with a subject of its own and a
// "that" complement clause reports what its subject said, found or holds, whatever the verb, so
// verbs no cue list holds are read too: the construction, not the word, is the evidence. Read last,
// on what no other rule took. PolNeAR train: of the verbs with a subject and a parsed "that"
// complement that no prediction touched, gold marks 90 of 177 as cues; this rule predicts 36 of
// them, 25 content-exact, 26 cue-exact. Verbs whose "that" clause is no report ("it means that",
// "it turns out that", "ensured that") are the not-report-that class of data/quote-rule-words.tsv.
// Source: the subject's subtree; content: from "that" to the complement's end (forwardEnd). Needs
// the parse.
import { cueAt, verbGroup } from './cues.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, tokSpan } from './view.js';
import { MAX_SENTENCE_TOKENS, contentEnd, forwardEnd } from './content-bounds.js';
import { subtreeSpan } from './constructions.js';
import type { CueEntry } from './words.js';

/** a verb between the cue verb and "that": the complement is that verb's ("a poll released Friday shows that …") */
function verbBetween(v: State['v'], i: number, mark: number): boolean {
  for (let k = i + 1; k < mark; k++) if (v.tokens[k]!.pos === 'VERB' || v.tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * The verbs worth the rule's parse tests: heads of a "that"-marked clause. One pass over the
 * "that" tokens instead of a search of every verb's children (most verbs have no "that" clause;
 * the per-verb search was ≈5% of the quotes stage). A verb left out here would fail the rule's own
 * tests (no clausal child with a "that" marker), so the rule reads the same verbs either way.
 */
function thatClauseHeads(v: State['v']): Uint8Array {
  const heads = new Uint8Array(v.tokens.length);
  for (let c = 0; c < v.tokens.length; c++) {
    if (v.lower[c] !== 'that') continue;
    const comp = v.tokens[c]!.head;
    if (comp < 0 || comp >= v.tokens.length) continue;
    const verb = v.tokens[comp]!.head;
    if (verb >= 0 && verb < heads.length) heads[verb] = 1;
  }
  return heads;
}

export function attachThatComplements(st: State): void {
  const v = st.v;
  if (!v.parsed) return;
  const kids = v.kids;
  const candidates = thatClauseHeads(v);
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s > MAX_SENTENCE_TOKENS) continue;
    let ce = -1;
    for (let i = s + 1; i < e - 2; i++) {
      if (!candidates[i]) continue;
      const t = v.tokens[i]!;
      // the parse tests first (array lookups): most verbs have no "that" complement
      if (t.pos !== 'VERB' || t.dep === 'ccomp' || t.dep === 'csubj' || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      const comp = kids[i]!.find((c) => v.tokens[c]!.dep === 'ccomp' && c > i);
      if (comp === undefined) continue;
      const mark = kids[comp]!.find((c) => v.tokens[c]!.dep === 'mark' && v.lower[c] === 'that' && c > i);
      // the tagger's complementizer opening the complement ("adopted that approach": a determiner)
      // ("would not unify even around that, with …": a pronoun before a comma, whatever its tag)
      if (mark === undefined || v.tokens[mark]!.pos !== 'SCONJ' || isPunct(v, mark + 1) || subtreeSpan(kids, comp)[0] !== mark) continue;
      // a "that" right after a noun opens that noun's clause, whatever the parse says ("bristled at
      // the implication that …", "played down the idea that …": the noun is the cue, noun-cues.ts)
      if (v.tokens[mark - 1]!.pos === 'NOUN' || verbBetween(v, i, mark)) continue;
      const subj = kids[i]!.find((c) => v.tokens[c]!.dep === 'nsubj' && c < i);
      if (subj === undefined) continue;
      // (a verb inside another verb's complement — "it was unclear whether the judges would rule that
      // …" — was skipped above: a report inside a report, which PolNeAR never marks, only the outermost)
      if (v.lex.is('not-report-that', (t.lemma ?? v.lower[i]!).toLowerCase()) || cueAt(v, i, s)) continue;
      if (ce < 0) ce = contentEnd(v, s, e);
      if (mark >= ce - 1) continue;
      const [ss, se] = subtreeSpan(kids, subj);
      if (se > i) continue;
      const fe = forwardEnd(v, mark, ce);
      let end = fe;
      while (end > mark + 1 && isPunct(v, end - 1) && v.inQuote[end - 1]! < 0) end--;
      if (end <= mark + 1 || !isFree(st, mark, end) || !isFree(st, ss, se)) continue;
      const entry: CueEntry = { form: v.lower[i]!, lemma: t.lemma ?? v.lower[i]!, cls: 'speech', use: 'all', example: '' };
      const g = verbGroup(v, i, entry, s, mark);
      accept(st, {
        content: [tokSpan(v, mark, end)],
        cue: tokSpan(v, g.start, Math.min(g.end, mark)),
        source: tokSpan(v, ss, se),
        sourceHead: tokSpan(v, subj, subj + 1),
        addressee: null,
        kind: 'indirect',
        sent: t.sent,
        rule: 'quotes:that-complement',
        origin: 'parse',
      });
      i = end - 1;
    }
  }
}
