// Refiner: is the source phrase a speaker at all? A speaker is a person, an organisation, a group
// noun ("officials", "Greek authorities", "a spokesperson") or a pronoun standing for one. Words
// the phrase finder can land on that are none of these — an adverb or connective ("Instead,"), a
// function word, a time word, the object of a preposition ("diplomats familiar with [the plans]")
// — leave the quote without a speaker and say why (`speakerReason`), rather than inventing one.
import type { SpeakerReason } from '../../core/doc.js';
import type { Attribution } from './types.js';
import { lyAdverb } from './cues.js';
import { inClass, isCap, isPossessive, isPunct, isWord, tokSpan, tokenAtOrAfter, POS_ADJ, type View } from './view.js';
import { W_ADV, W_AUX, W_DET, W_LEAD, W_PREP, W_PRON, W_STOP, W_TIME } from './words.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/function-words.js';

/** Why the attribution's source is no speaker, or null when it may be one. */
export function speakerProblem(v: View, a: Attribution): SpeakerReason | null {
  if (!a.source) return a.sourceHead ? null : 'not-stated';
  const head = a.sourceHead ?? a.source;
  const h = tokenAtOrAfter(v, head.start);
  if (h >= v.tokens.length || !isWord(v, h)) return 'not-a-noun';
  const l = v.lower[h]!;
  // the phrase finder stopped on a word that cannot head a noun phrase
  if (!isCap(v, h) || inClass(v, h, W_LEAD)) {
    // (relative pronouns stand for their antecedent: "the agency, which said …")
    const stop = inClass(v, h, W_STOP) && !RELATIVE_PRONOUNS.has(l);
    if (inClass(v, h, W_LEAD) || inClass(v, h, W_ADV) || lyAdverb(v, h) || stop || inClass(v, h, W_TIME) || inClass(v, h, W_PREP) || inClass(v, h, W_AUX)) return 'not-a-noun';
  }
  // a bare fragment the phrase finder stopped on: an article or an adjective alone ("a", "old" of
  // "17-year-old", "particular" of "in particular") names no one
  const s0 = tokenAtOrAfter(v, a.source.start);
  const e0 = tokenAtOrAfter(v, a.source.end);
  // (a quantifier stands for a group: "Many fear …", "Few think …")
  const l0 = v.lower[s0]!;
  const quantifier = inClass(v, s0, W_DET) && !ARTICLES.has(l0) || l0 === 'few' || l0 === 'fewer';
  if (e0 - s0 === 1 && !isCap(v, s0) && !quantifier && (ARTICLES.has(l0) || v.tagged && v.posCode[s0] === POS_ADJ)) return 'not-a-noun';
  // a source that ends before its cue and starts right after a preposition is that preposition's
  // object, not the subject of the cue ("people familiar with the plans said": not "the plans");
  // a possessor is a source ("seized on Trump's claim that …": the claim is Trump's)
  const s = tokenAtOrAfter(v, a.source.start);
  const e = tokenAtOrAfter(v, a.source.end) - 1;
  const possessor = isPossessive(v, e) || isPossessive(v, e + 1) || POSSESSIVE_DETERMINERS.has(v.lower[e] ?? '');
  if (a.cue && a.source.end <= a.cue.start && s > 0 && v.tokens[s - 1]!.sent === v.tokens[s]!.sent && !possessor && a.origin !== 'noun-cue') {
    // only an adjunct phrase that opens the clause ("In a statement announcing the pick, …",
    // "With leaders worried about …") or hangs from an adjective ("sore from injections"); after a
    // noun the phrase is a modifier the source finder left out ("a majority of voters")
    const p = s - 1;
    const opensClause = p === v.doc.sentences[v.tokens[p]!.sent]!.tokenStart || isPunct(v, p - 1, ',;:—–');
    const afterAdjective = v.tagged && v.posCode[p - 1] === POS_ADJ;
    if (OBJECT_PREPOSITIONS.has(v.lower[p]!) && (opensClause || afterAdjective)) return 'in-prepositional-phrase';
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const ARTICLES = new Set(['a', 'an', 'the']);
// prepositions that take only a noun phrase ("after", "before", "since", "as" also open clauses:
// "after Trump said …"; "with" opens absolute clauses: "with Trump echoing … and accusing …")
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'on', 'to', 'about', 'by', 'among', 'against', 'under', 'over', 'during', 'via', 'into', 'toward', 'towards', 'regarding']);

/** The text of a group-noun source without its leading determiner ("the Greek authorities" → "Greek authorities"). */
export function groupName(v: View, a: Attribution): string | null {
  if (!a.source || !a.sourceHead) return null;
  let s = tokenAtOrAfter(v, a.source.start);
  const h = tokenAtOrAfter(v, a.sourceHead.start);
  if (h <= s || isCap(v, h) || inClass(v, h, W_PRON)) return null;
  while (s < h && inClass(v, s, W_DET)) s++;
  return s < h ? v.text.slice(tokSpan(v, s, h + 1).start, tokSpan(v, s, h + 1).end) : null;
}
