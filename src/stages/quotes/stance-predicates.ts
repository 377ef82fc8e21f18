// Attributions cued by a stance adjective or agent noun after a copula (data/quotes/stance-predicates.tsv):
//   "Republicans have been critical of Clinton’s emails"   source "Republicans", cue "have been critical of"
//   "He remains a vocal proponent of gun control"           cue "remains a vocal proponent of"
//   "Aides are confident that she will win"                 cue "are confident", content "that she will win"
// PolNeAR marks these as attributions: the copula group (auxiliaries, negation, adverbs), the
// determiner and adjectives of an agent noun and the preposition the word selects are the cue; the
// subject is the source. "that"/"to" open a clause that is content (the cue ends before them).
// Runs after the verb rules, on tokens they left free.
import { forwardEnd, MAX_SENTENCE_TOKENS, objectEnd } from './content-bounds.js';
import { lyAdverb } from './cues.js';
import { leftNP } from './source-np.js';
import { acceptIndirect, inContent, isFree, type State } from './state.js';
import { inClass, IN_STANCE, isCap, isPunct, isWord, wordsEnd, POS_ADJ, POS_ADV, POS_VERB, type View } from './view.js';
import { W_ADV, W_AUX, W_DET, W_NEG, W_PREP, W_PRON, W_STOP, type StanceEntry } from './words.js';
import { BE_FORMS } from '../../lexicon/function-words.js';

// verbs that link a subject to a predicate adjective or noun as "be" does
const LINKING = new Set(['remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'become', 'becomes', 'became', 'appear', 'appears', 'appeared', 'grow', 'grows', 'grew', 'feel', 'feels', 'felt']);
// degree words before a stance adjective or inside an agent noun phrase ("so proud", "most outspoken")
const DEGREE = new Set(['so', 'very', 'too', 'most', 'more', 'less', 'least', 'quite', 'rather', 'also', 'still', 'long', 'well', 'not', "n't", 'never', 'always', 'already', 'now', 'even', 'both', 'all', 'increasingly', 'particularly', 'especially', 'deeply', 'highly', 'fairly']);
const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_MODIFIERS = 5;

function isAdverb(v: View, k: number): boolean {
  const l = v.lower[k]!;
  return DEGREE.has(l) || inClass(v, k, W_ADV) || inClass(v, k, W_NEG) || lyAdverb(v, k) || v.tagged && v.posCode[k] === POS_ADV && !isCap(v, k);
}

/** an adjective inside an agent noun phrase ("a staunch supporter", "an early backer") */
function isModifier(v: View, k: number): boolean {
  if (!isWord(v, k) || isCap(v, k)) return false;
  if (v.tagged) return v.posCode[k] === POS_ADJ || v.posCode[k] === POS_ADV;
  // untagged: any lower-case content word (the article before them is still required)
  const l = v.lower[k]!;
  return !ARTICLES.has(l) && !BE_FORMS.has(l) && !LINKING.has(l) && !(inClass(v, k, W_STOP | W_DET | W_PREP | W_AUX | W_PRON) || v.lex.is('verb', l));
}

/** start of the copula group that ends just before token `k`, or -1 when no copula or linking verb is there */
function copulaStart(v: View, k: number, floor: number): number {
  const l = v.lower[k - 1];
  if (k - 1 < floor || !l || !(BE_FORMS.has(l) || LINKING.has(l)) || l === 'being') return -1;
  let s = k - 1;
  while (s - 1 >= floor && (inClass(v, s - 1, W_AUX) || isAdverb(v, s - 1)) && !isPunct(v, s - 1)) s--;
  return s;
}

export function attachStancePredicates(st: State): void {
  const v = st.v;
  const table = v.lex.stance;
  if (!table.size) return;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < 4 || e - s > MAX_SENTENCE_TOKENS) continue;
    const ce = wordsEnd(v, s, e);
    for (let i = s + 1; i + 2 < ce; i++) {
      if ((v.wordIn[i]! & IN_STANCE) === 0) continue; // (no stance word: the view's one lookup per token)
      const entry = table.get(v.lower[i]!);
      if (!entry || st.usedTok[i] || v.inQuote[i]! >= 0 || isCap(v, i)) continue;
      i = stancePredicateAt(st, entry, i, s, ce);
    }
  }
}

/**
 * The stance the predicate at token `i` (its table entry `entry`) states in sentence [s, ce),
 * accepted; returns where the scan resumes: `i` when there is none. (Apart from the scan: the per-
 * token loop compiles small, this rarer path on its own.)
 */
function stancePredicateAt(st: State, entry: StanceEntry, i: number, s: number, ce: number): number {
  const v = st.v;
  const next = v.lower[i + 1]!;
  if (!entry.preps.has(next)) return i;
  // a verb reading ("opposed the bill", "worried that") is the verb rules' to take
  if (entry.kind === 'adj' && v.tagged && v.posCode[i] === POS_VERB && !BE_FORMS.has(v.lower[i - 1]!)) return i;
  // left of the word: degree adverbs, and for an agent noun its adjectives and article
  let k = i;
  while (k - 1 > s && i - k < MAX_MODIFIERS && isAdverb(v, k - 1)) k--;
  if (entry.kind === 'agent') {
    // "a consistent and outspoken supporter"
    while (k - 1 > s && i - k < MAX_MODIFIERS && (isModifier(v, k - 1) || v.lower[k - 1] === 'and' && isModifier(v, k - 2))) k--;
    // a singular agent noun takes its article; a plural may stand bare ("are advocates for")
    if (ARTICLES.has(v.lower[k - 1]!)) k--;
    else if (!v.lower[i]!.endsWith('s')) return i;
  }
  const cs = copulaStart(v, k, s);
  if (cs < 0) return i;
  // "…, who is a staunch opponent of X": the relative pronoun is the source, as after a cue verb
  const rel = v.lower[cs - 1] === 'who' ? cs - 1 : -1;
  const np = rel >= 0 ? { start: rel, end: cs, head: rel } : leftNP(v, cs, s);
  // the subject may already be another attribution's source ("X was critical of Y, telling Z …":
  // PolNeAR gives both the same source), never words of its content
  if (!np || np.end !== cs || inContent(st, np.start, np.end)) return i;
  const clause = next === 'that' || next === 'to';
  const start = clause ? i + 1 : i + 2;
  let end = forwardEnd(v, start, ce);
  if (!clause) end = objectEnd(v, start, end, false);
  if (end - start < (clause ? 2 : 1) || !isFree(st, cs, end)) return i;
  acceptIndirect(st, i, { start, end }, { start: cs, end: clause ? i + 1 : i + 2 }, np,
    entry.kind === 'agent' ? 'quotes:stance-agent-noun' : 'quotes:stance-adjective', 'stance-predicate');
  return end;
}
