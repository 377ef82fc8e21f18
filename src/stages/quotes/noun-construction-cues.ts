// Noun cues by construction (data/quotes/cue-constructions.tsv, "noun + of/about NP" and "noun +
// that-clause" rows): "calls for a special prosecutor", "renewed concerns about terrorist activity",
// "the idea that …" — a noun PolNeAR marks as a cue with its phrase in the constructions whose train
// rate the file lists (read from the parse by constructions.ts). The cue is the noun with its
// determiner and modifiers and, for an of/about phrase, the preposition ("a call for"); the content
// is the phrase's object or the clause; the source is the noun's possessor ("Carson's renewed
// endorsement of"), or for the object of a verb right before it the verb's subject, the verb group
// joining the cue ("Cruz made an unprompted call for"); else not stated. Possessed nouns of data/quote-nouns.tsv are
// noun-cues.ts's, which runs first; this reads the tokens every rule left free.
import type { Span } from '../../core/span.js';
import { attributableSentences } from './content-bounds.js';
import { constructionAt, subtreeSpan } from './constructions.js';
import { accept, inContent, isFree, type State } from './state.js';
import { attitudeEntry, verbGroup } from './cues.js';
import { cueSubject } from './cue-subject.js';
import type { NP } from './source-np.js';
import { isPunct, isQuoteTok, lowerLemma, tokSpan, POS_NOUN, POS_VERB, type View } from './view.js';

const MAX_CONTENT = 40;
/** the noun's own words before it that belong to the cue: articles, adjectives, numbers, compounds */
const CUE_MODIFIERS = new Set(['det', 'amod', 'nummod', 'compound', 'advmod']);

/** the first token of the cue: the noun's determiner and modifiers right before it */
function cueStart(v: View, kids: readonly number[][], n: number): number {
  let start = n;
  for (const k of [...kids[n]!].reverse()) {
    if (k > n || !CUE_MODIFIERS.has(v.tokens[k]!.dep)) continue;
    const [a, b] = subtreeSpan(kids, k);
    if (b !== start) break;
    start = a;
  }
  return start;
}

export function attachNounConstructionCues(st: State): void {
  const v = st.v;
  if (!v.parsed || !v.tagged || !v.lex.constructions.size) return;
  for (const { s, ce } of attributableSentences(v, 4)) {
    for (let i = s; i < ce; i++) {
      if (v.posCode[i] !== POS_NOUN || st.usedTok[i] || v.inQuote[i]! >= 0 || !v.lex.constructionLemmas.has(lowerLemma(v, i))) continue;
      i = nounConstructionCueAt(st, i, s, ce);
    }
  }
}

/**
 * The attribution the noun at token `i` (its lemma in a cue construction) cues in sentence [s, ce),
 * accepted; returns where the scan resumes: `i` when there is none. (Apart from the scan, as in
 * construction-cues.ts: the per-token loop compiles small, this rarer path on its own.)
 */
function nounConstructionCueAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  const kids = v.kids;
  const use = constructionAt(v.doc, kids, i);
  if (!use || use.comp < 0 || !v.lex.constructions.has(`${lowerLemma(v, i)}\t${use.kind}`)) return i;
  let [cs, cend] = subtreeSpan(kids, use.comp);
  let cueEnd = i + 1;
  if (use.kind === 'noun + of/about NP') {
    // the preposition closes the cue ("a call for"), its object is the content
    cueEnd = cs + 1;
    cs = cueEnd;
    if (cueEnd - i > 2) return i;
  }
  cend = Math.min(cend, ce);
  while (cend > cs && isPunct(v, cend - 1) && !isQuoteTok(v, cend - 1)) cend--;
  if (cend <= cs || cend - cs > MAX_CONTENT) return i;
  // the possessor is the source ("Carson's renewed endorsement of …"), and no part of the cue
  const poss = kids[i]!.find((k) => k < i && v.tokens[k]!.dep === 'nmod:poss');
  const pspan = poss === undefined ? null : subtreeSpan(kids, poss);
  let start = cueStart(v, kids, i);
  if (pspan) start = Math.max(start, pspan[1]);
  while (start < i && isPunct(v, start)) start++;
  // (the possessive mark itself: "Carson ’s")
  if (pspan && /^['’]s?$/.test(v.lower[start] ?? '')) start++;
  // the object of a verb of data/quote-rule-words.tsv speech-act-verb right before it ("heard a
  // call for help" is no call of the hearer's): the verb group is the cue's too and its subject the
  // source ("Cruz made an unprompted call for", "had a favorable opinion of", "to sow doubts about")
  let src: NP | null = pspan && poss !== undefined ? { start: pspan[0], end: pspan[1], head: poss } : null;
  const h = v.tokens[i]!.head;
  if (!pspan && v.tokens[i]!.dep === 'obj' && h >= s && h + 1 === start && v.posCode[h] === POS_VERB && v.lex.is('speech-act-verb', v.tokens[h]!.lemma.toLowerCase())) {
    const entry = attitudeEntry(v, h);
    start = verbGroup(v, h, entry, s, ce).start;
    if (v.lower[start - 1] === 'to' && start - 1 >= s) start--;
    src = cueSubject(v, h);
    if (src && src.end > start) src = null;
  }
  // (the subject may already be another attribution's source, as for a stance predicate: not a content's word)
  if (!isFree(st, start, cend) || src && inContent(st, src.start, src.end)) return i;
  const source: Span | null = src ? tokSpan(v, src.start, src.end) : null;
  // the noun's stance, its possessor's or nobody stated
  accept(st, {
    content: [tokSpan(v, cs, cend)],
    cue: tokSpan(v, start, cueEnd),
    source,
    sourceHead: src ? tokSpan(v, src.head, src.head + 1) : null,
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[i]!.sent,
    rule: 'quotes:noun-construction-cue',
    origin: 'noun-cue',
  });
  return cend - 1;
}
