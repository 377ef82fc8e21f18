// Hearsay adverbs: "The FBI is reportedly making arrangements to …" — the adverb alone is the cue of
// an attribution with no stated source (PolNeAR train: "reportedly" marked 19 of 29 times; which
// adverbs cue is data/quotes/cue-constructions.tsv, construction "hearsay adverb": "allegedly" is
// marked 2 of 12 times and is not listed). The content is the clause the adverb modifies, in two
// pieces around the adverb ("The FBI is | making arrangements to …"), without the subordinator
// or preposition that opens it ("With | Bloomberg reportedly considering a run"), a clause
// coordinated after a comma, or the sentence's closing punctuation. A relative clause ("who
// reportedly has been itching to …") is left alone: its content would need the antecedent.
// Runs after the verb rules, on tokens they left free.
import type { Span } from '../../core/span.js';
import { attributableSentences } from './content-bounds.js';
import { isHearsayAdverb, subtreeSpan } from './constructions.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, isQuoteTok, tokSpan, POS_ADV, PB_ADJ, PB_ADP, PB_AUX, PB_NOUN, PB_PROPN, PB_VERB, posIn, type View } from './view.js';

/** dependents of the clause's verb that are no part of what is reported */
const OUTSIDE = new Set(['mark', 'parataxis', 'punct', 'cc', 'discourse', 'vocative']);
const SUBORDINATORS = new Set(['as', 'when', 'while', 'because', 'if', 'after', 'before', 'since', 'although', 'though', 'until', 'unless', 'whereas']);

/** the words the adverb reports: [start, end) of its verb's clause, or null */
function reportedClause(v: View, kids: readonly number[][], adv: number, s: number, ce: number): [number, number] | null {
  const h = v.tokens[adv]!.head;
  if (h < s || h >= ce) return null;
  // a relative clause needs its antecedent; an adverb on a noun or adjective reports no clause
  if (kids[h]!.some((k) => /^(who|which|that)$/i.test(v.lower[k]!) && k < h)) return null;
  if (!posIn(v, h, PB_VERB | PB_AUX | PB_ADJ | PB_NOUN | PB_PROPN | PB_ADP) || !kids[h]!.some((k) => /^nsubj/.test(v.tokens[k]!.dep))) return null;
  const subj = kids[h]!.find((k) => /^nsubj/.test(v.tokens[k]!.dep))!;
  const subjStart = subtreeSpan(kids, subj)[0];
  let lo = h;
  let hi = h + 1;
  for (const k of kids[h]!) {
    const dep = v.tokens[k]!.dep;
    if (OUTSIDE.has(dep)) continue;
    // an adjunct before the subject ("In total, …", "When the vote was called, …") is the author's
    if (k < subjStart) continue;
    // so is an adverbial clause set off by a comma or opened by a subordinator ("…, leaving
    // progressives fearful", "as it nears the end"); a means clause stays ("by tossing his credentials")
    if (dep === 'advcl' && k > h && (isPunct(v, subtreeSpan(kids, k)[0] - 1, ',') || kids[k]!.some((c) => v.tokens[c]!.dep === 'mark' && SUBORDINATORS.has(v.lower[c]!)))) continue;
    // a coordinated clause with its own subject ("…, but the trip was cut short") is the author's again
    if (dep === 'conj' && kids[k]!.some((c) => /^nsubj/.test(v.tokens[c]!.dep))) continue;
    const [a, b] = subtreeSpan(kids, k);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  // ("Reportedly, the mayor sold …": the adverb before the subject opens the report)
  lo = Math.max(Math.min(lo, adv), s);
  hi = Math.min(hi, ce);
  while (hi > lo && isPunct(v, hi - 1) && !isQuoteTok(v, hi - 1)) hi--;
  while (lo < hi && isPunct(v, lo)) lo++;
  return adv >= lo && adv < hi ? [lo, hi] : null;
}

export function attachHearsayAdverbs(st: State): void {
  const v = st.v;
  if (!v.parsed || !v.tagged) return;
  const kids = v.kids;
  for (const { s, ce } of attributableSentences(v, 4)) {
    for (let i = s; i < ce; i++) {
      // (a title-cased headline, "Weiner Reportedly Caught In …", is no reported clause: PolNeAR leaves headlines)
      // (an adverb first, from the view's column — isHearsayAdverb's own test: most tokens are none)
      if (st.usedTok[i] || v.inQuote[i]! >= 0 || v.posCode[i] !== POS_ADV || v.titleCase[v.tokens[i]!.sent]) continue;
      // (constructionAt's hearsay test alone: reading every verb's and noun's construction here was
      // the stage's largest allocation)
      if (!isHearsayAdverb(v.tokens[i]!, v.lower[i]!) || !v.lex.constructions.has(`${v.lower[i]}\thearsay adverb`)) continue;
      i = hearsayAt(st, kids, i, s, ce);
    }
  }
}

/**
 * The report the hearsay adverb at token `i` cues in sentence [s, ce), accepted; returns where the
 * scan resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small,
 * this rarer path on its own.)
 */
function hearsayAt(st: State, kids: readonly number[][], i: number, s: number, ce: number): number {
  const v = st.v;
  const clause = reportedClause(v, kids, i, s, ce);
  if (!clause || !isFree(st, clause[0], clause[1])) return i;
  const [lo, hi] = clause;
  // the adverb's comma ("Reportedly, he made …") is no part of either piece
  let after = i + 1;
  while (after < hi && isPunct(v, after, ',')) after++;
  const content: Span[] = [];
  if (lo < i) content.push(tokSpan(v, lo, i));
  if (after < hi) content.push(tokSpan(v, after, hi));
  if (!content.length) return i;
  // the report is the author's hearsay: cue the adverb, no stated source
  accept(st, {
    content,
    cue: tokSpan(v, i, i + 1),
    source: null,
    sourceHead: null,
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[i]!.sent,
    rule: 'quotes:hearsay-adverb',
    origin: 'hearsay',
  });
  return hi - 1;
}
