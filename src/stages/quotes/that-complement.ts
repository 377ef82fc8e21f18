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
import { isPunct, tokSpan, POS_AUX, POS_NOUN, POS_SCONJ, POS_VERB } from './view.js';
import { MAX_SENTENCE_TOKENS, contentEnd, forwardEnd } from './content-bounds.js';
import { subtreeSpan } from './constructions.js';
import type { CueEntry } from './words.js';

/** a verb between the cue verb and "that": the complement is that verb's ("a poll released Friday shows that …") */
function verbBetween(v: State['v'], i: number, mark: number): boolean {
  for (let k = i + 1; k < mark; k++) if (v.posCode[k] === POS_VERB || v.posCode[k] === POS_AUX) return true;
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
    for (let i = s + 1; i < e - 2; i++) {
      if (!candidates[i]) continue;
      const t = v.tokens[i]!;
      // the parse tests first (array lookups): most verbs have no "that" complement
      if (t.pos !== 'VERB' || t.dep === 'ccomp' || t.dep === 'csubj' || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      i = thatComplementAt(st, kids, i, s, e);
    }
  }
}

/**
 * The report the verb at token `i` makes with its "that" clause in sentence [s, e), accepted;
 * returns where the scan resumes: `i` when there is none. (Apart from the scan: the loop compiles
 * small, this rarer path on its own.)
 */
function thatComplementAt(st: State, kids: readonly number[][], i: number, s: number, e: number): number {
  const v = st.v;
  const t = v.tokens[i]!;
  const comp = kids[i]!.find((c) => v.tokens[c]!.dep === 'ccomp' && c > i);
  if (comp === undefined) return i;
  const mark = kids[comp]!.find((c) => v.tokens[c]!.dep === 'mark' && v.lower[c] === 'that' && c > i);
  // the tagger's complementizer opening the complement ("adopted that approach": a determiner)
  // ("would not unify even around that, with …": a pronoun before a comma, whatever its tag)
  if (mark === undefined || v.posCode[mark] !== POS_SCONJ || isPunct(v, mark + 1) || subtreeSpan(kids, comp)[0] !== mark) return i;
  // a "that" right after a noun opens that noun's clause, whatever the parse says ("bristled at
  // the implication that …", "played down the idea that …": the noun is the cue, noun-cues.ts)
  if (v.posCode[mark - 1] === POS_NOUN || verbBetween(v, i, mark)) return i;
  const subj = kids[i]!.find((c) => v.tokens[c]!.dep === 'nsubj' && c < i);
  if (subj === undefined) return i;
  // (a verb inside another verb's complement — "it was unclear whether the judges would rule that
  // …" — was skipped above: a report inside a report, which PolNeAR never marks, only the outermost)
  if (v.lex.is('not-report-that', (t.lemma ?? v.lower[i]!).toLowerCase()) || cueAt(v, i, s)) return i;
  // (the sentence's content end, a short scan back over its closing punctuation, for the few verbs that get here)
  const ce = contentEnd(v, s, e);
  if (mark >= ce - 1) return i;
  const [ss, se] = subtreeSpan(kids, subj);
  if (se > i) return i;
  const fe = forwardEnd(v, mark, ce);
  let end = fe;
  while (end > mark + 1 && isPunct(v, end - 1) && v.inQuote[end - 1]! < 0) end--;
  if (end <= mark + 1 || !isFree(st, mark, end) || !isFree(st, ss, se)) return i;
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
  return end - 1;
}
