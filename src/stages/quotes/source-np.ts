// The source noun phrase next to a cue, as PolNeAR marks it: determiners, titles, modifiers,
// possessives and prepositional phrases that identify the source ("A reporter for USA Today"),
// a comma-delimited apposition ("Samantha Phillips, the city's emergency operations director,")
// and compounds of names ("Google and Yahoo"). Without a parse these edges come from closed-class
// words and capitalisation; the head is the word the speaker is resolved from.
import { inClass, isCap, isPossessive, isPunct, isQuoteTok, isWord, POS_ADP, POS_ADV, POS_AUX, POS_DET, POS_NOUN, POS_PROPN, POS_VERB, PB_ADJ, PB_NOUN, PB_PROPN, posIn, POS_SCONJ, POS_CCONJ, POS_PRON, POS_ADJ, type View } from './view.js';
import { W_ADV, W_AUX, W_DET, W_LEAD, W_NEG, W_PREP, W_PRON, W_STOP, W_SURVEY_PARTICIPLE, W_TIME } from './words.js';
import { timeLexicon } from '../time/lexicon.js';
import { cueInDescription } from './source-relative.js';
import { titleEnd } from './source-title.js';
import { withoutAsideRelative } from './source-aside.js';
import { afterConnective, afterDateline, withoutTrailingAdjunct, withoutLeadingAdverb, linkedSubject, parsedSourceStart, quantifiedStart } from './source-extent.js';
import { OBJECT_PRONOUNS } from '../../lexicon/function-words.js';

export interface NP {
  /** [start, end) in tokens */
  readonly start: number;
  readonly end: number;
  /** token of the head word (the last name word, or the pronoun) */
  readonly head: number;
}

const MAX_NP = 18;
// prepositions that may link a modifier inside a source ("a reporter for USA Today", "officials in
// Washington"); "with", "on", "to" rarely do and mostly start an adjunct ("… on Feb. 28 with X")
const NP_PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'on', 'to']);
const LINKING_ADJECTIVES = new Set(['familiar', 'involved', 'acquainted', 'close', 'briefed', 'connected']);
// the preposition each linking adjective takes into the source ("people familiar with …", "those close to …")
const LINKING_PREPS = new Set(['with', 'to']);

/** the preposition at `j` links a linking adjective before it to its object ("close | to", "familiar | with") */
function linkingPrep(v: View, j: number, floor: number): boolean {
  return LINKING_PREPS.has(v.lower[j]!) && j - 2 >= floor && LINKING_ADJECTIVES.has(v.lower[j - 1]!) && isWord(v, j - 2);
}
const NOT_SOURCE = new Set(['it', 'there', 'this', 'that', 'which', 'what', 'who']);

/** an apostrophe closing a plural or -s possessive ("Sanders' campaign manager"), not a quote mark */
export function possessiveMark(v: View, i: number): boolean {
  const f = v.tokens[i]!.form;
  return (f === "'" || f === '’') && i > 0 && /s$/i.test(v.tokens[i - 1]!.form) && v.tokens[i - 1]!.end === v.tokens[i]!.start && isWord(v, i + 1);
}

/** The head word of the source phrase [s, e): the word its speaker is resolved from. */
export function headOf(v: View, s: number, e: number): number {
  // the last capitalised word before any preposition, else the last word before it — but a
  // phrase that ends on a common noun is headed by it: "Aid agencies", "Greek authorities",
  // "the governor's spokeswoman" (the name before it only modifies the group or the person)
  let end = e;
  for (let i = s + 1; i < e; i++) if ((NP_PREPS.has(v.lower[i]!) || v.lower[i] === 'with') && !isCap(v, i)) { end = i; break; }
  let last = end - 1;
  if (end < e && LINKING_ADJECTIVES.has(v.lower[last]!)) last--; // "people familiar (with …)"
  // "a report released (in …)": the noun the participle modifies
  if (end < e && last > s && v.tagged && v.posCode[last] === POS_VERB && posIn(v, last - 1, PB_NOUN | PB_PROPN)) last--;
  while (last > s && !isWord(v, last) && v.tokens[last]!.form !== ')') last--;
  // (not in a coordination: "Biden and others in the Democratic Party" is headed by its name)
  let coordinated = false;
  for (let k = s; k < last && !coordinated; k++) coordinated = v.lower[k] === 'and' || v.lower[k] === 'or' || v.lower[k] === '&';
  if (!coordinated && last > s && isWord(v, last) && !isCap(v, last) && !isPossessive(v, last) && /^\p{Ll}+$/u.test(v.lower[last]!) && !inClass(v, last, W_DET) && !inClass(v, last, W_STOP) && !inClass(v, last, W_TIME) && !inClass(v, last, W_ADV)) return last;
  for (let i = end - 1; i >= s; i--) if (isCap(v, i) && isWord(v, i) && !inClass(v, i, W_DET)) return i;
  for (let i = end - 1; i >= s; i--) if (isWord(v, i) && !isPossessive(v, i)) return i;
  return end - 1;
}

/**
 * A participle with its prepositional phrase after a noun is a reduced relative clause that
 * identifies the source: "People briefed on the situation say", "A poll conducted by …
 * showed", "A majority of voters looking for an outsider supported" (PolNeAR keeps it in the
 * source). True when the preposition at `j` follows such a participle (no cue word: "X said on
 * Monday …" is a clause) that follows a noun.
 */
function reducedRelative(v: View, j: number, end: number): boolean {
  // (a possessor is the source of a noun cue, not a phrase of its own: "seized on Trump's claim")
  if (isPossessive(v, end - 1) || isPossessive(v, end)) return false;
  if (!v.tagged || v.posCode[j] !== POS_ADP || !NP_PREPS.has(v.lower[j]!) && !REDUCED_RELATIVE_PREPS.has(v.lower[j]!)) return false;
  const p = v.tokens[j - 1]!;
  const l = v.lower[j - 1]!;
  // (a past tense after a name is the clause's verb: "Politifact seized on …"; after a common noun
  // the tagger often reads a participle so: "People briefed on …")
  const participle = p.pos === 'VERB' && (p.xpos === 'VBN' || p.xpos === 'VBG' || p.xpos === 'VBD' && /ed$/.test(l) && v.posCode[j - 2] === POS_NOUN);
  if (!participle || v.lex.cues.has(l) || isCap(v, j - 1)) return false;
  return posIn(v, j - 2, PB_NOUN | PB_PROPN) && isWord(v, j - 2);
}
// prepositions a participle's phrase opens beyond the NP linkers: "briefed on", "looking to"
const REDUCED_RELATIVE_PREPS = new Set(['on', 'with', 'to', 'about', 'over', 'by']);

const DISTRIBUTIVES = new Set(['each', 'every', 'both']);

/** a plural noun or "those" before a poll participle: the people asked ("voters polled", "those surveyed") */
function surveyedParty(v: View, j: number): boolean {
  const l = v.lower[j]!;
  if (l === 'those' || l === 'people') return true;
  return v.tagged && (v.posCode[j] === POS_NOUN || v.posCode[j] === POS_PROPN) && /s$/.test(l);
}

/** A noun phrase ending at token `end` (exclusive), not reaching before `floor`. */
function coreLeft(v: View, end: number, floor: number, reduced = true): number {
  let j = end - 1;
  let depth = 0; // inside (…) going backwards
  let sawDet = false;
  while (j >= floor && end - j <= MAX_NP) {
    const l = v.lower[j]!;
    const f = v.tokens[j]!.form;
    if (f === ')') { depth++; j--; continue; }
    if (f === '(') { if (depth === 0) break; depth--; j--; continue; }
    if (depth > 0) { j--; continue; }
    if (reduced && j - 2 >= floor && reducedRelative(v, j, end)) { sawDet = false; j -= 2; continue; }
    if (sawDet) {
      if (linkingPrep(v, j, floor)) { sawDet = false; j -= 2; continue; }
      // after a determiner only a linking preposition can continue the phrase ("the secretary of the navy")
      if (NP_PREPS.has(l) && j - 1 >= floor && isWord(v, j - 1) && !inClass(v, j - 1, W_STOP) && !inClass(v, j - 1, W_AUX) && !inClass(v, j - 1, W_PREP)) { sawDet = false; j--; continue; }
      break;
    }
    if (isPossessive(v, j) || f === '’' && j > floor && /s$/.test(v.lower[j - 1]!) || f === '.' && j > floor && /^[A-Z][a-z]?$/.test(v.tokens[j - 1]!.form) || f === '-' || f === '/' || f === '&' || f === '.' && v.text[v.tokens[j]!.start - 1] !== ' ' && isCap(v, j - 1)) { j--; continue; }
    // "42% say": the per-cent sign after a number belongs to the share that is the source
    if (f === '%' && j > floor && /^\d/.test(v.lower[j - 1]!)) { j--; continue; }
    if (!isWord(v, j)) break;
    // "those surveyed say", "the senators polled said": a poll verb's participle closing the
    // phrase names whom the poll asked; it is part of the source, not the clause's verb
    if (j === end - 1 && j > floor && inClass(v, j, W_SURVEY_PARTICIPLE) && surveyedParty(v, j - 1)) { j--; continue; }
    if ((inClass(v, j, W_TIME) || timeLexicon().months.has(l) && isCap(v, j)) && !isPossessive(v, j + 1)) break;
    // an adverb before the cue is not part of the source ("World leaders and diplomats almost …")
    if (v.tagged && v.posCode[j] === POS_ADV && !isCap(v, j) && !/^\d/.test(l)) break;
    if (inClass(v, j, W_DET) && l !== 'that' && l !== 'this' || /^\d/.test(l)) { sawDet = inClass(v, j, W_DET) && !['two', 'three', 'many', 'several', 'some', 'other', 'most', 'all'].includes(l); j--; continue; }
    if (l === 'and' || l === '&') {
      if (j - 1 >= floor && isCap(v, j - 1) && isCap(v, j + 1)) { j--; continue; }
      break;
    }
    // "people familiar with the matter", "officials involved in the talks": the adjective takes the
    // prepositional phrase into the source
    if (linkingPrep(v, j, floor)) { j -= 2; continue; }
    // "those close to him", "a source familiar with them": the pronoun is the linking preposition's
    // object, inside the phrase
    if (j === end - 1 && OBJECT_PRONOUNS.has(l) && linkingPrep(v, j - 1, floor)) { j--; continue; }
    if (NP_PREPS.has(l)) {
      const prevOk = j - 1 >= floor && isWord(v, j - 1) && !inClass(v, j - 1, W_STOP) && !inClass(v, j - 1, W_AUX) && !inClass(v, j - 1, W_PREP) && !inClass(v, j - 1, W_TIME) && !inClass(v, j - 1, W_PRON);
      // ("the board of elections", "half of white women": after "of" a common noun phrase too)
      // ("voters in each state", "officials in both parties": distributive determiners open a noun phrase too)
      const nextOk = isCap(v, j + 1) || inClass(v, j + 1, W_DET) || DISTRIBUTIVES.has(v.lower[j + 1]!) || /^\d/.test(v.lower[j + 1]!) || l === 'of' && v.tagged && posIn(v, j + 1, PB_NOUN | PB_ADJ);
      if (prevOk && nextOk) { j--; continue; }
      break;
    }
    if (inClass(v, j, W_STOP) || inClass(v, j, W_AUX) || inClass(v, j, W_NEG) || inClass(v, j, W_PRON) || inClass(v, j, W_PREP) || !isCap(v, j) && (inClass(v, j, W_LEAD) || inClass(v, j, W_ADV))) break;
    if (v.tagged) {
      const pos = v.posCode[j]!;
      // a participle before a noun modifies it ("registered voters", "leaked emails")
      const modifier = pos === POS_VERB && /^VB[NG]$/.test(v.tokens[j]!.xpos ?? '') && j + 1 < end && v.posCode[j + 1] === POS_NOUN;
      if ((pos === POS_VERB || pos === POS_AUX) && !isCap(v, j) && !modifier || pos === POS_ADP && !NP_PREPS.has(l) || pos === POS_SCONJ || pos === POS_CCONJ || pos === POS_PRON && !isPossessive(v, j)) break;
    }
    j--;
  }
  let s = j + 1;
  // never start on a preposition, a conjunction or punctuation
  while (s < end && (NP_PREPS.has(v.lower[s]!) || !isWord(v, s) && v.tokens[s]!.form !== '(')) s++;
  return s;
}

/** The source NP before a cue group starting at token `cueStart`. */
/** a word of a time adjunct: "Friday", "April", "2016", "week" */
function timeWord(v: View, j: number): boolean {
  const l = v.lower[j] ?? '';
  return inClass(v, j, W_TIME) || timeLexicon().months.has(l) && isCap(v, j) || /^(19|20)\d\d$/.test(l);
}

/** the last token of the source before a cue, past adjuncts between them ("X almost …", "X on Friday …") */
function beforeAdjuncts(v: View, i: number, floor: number): number {
  let j = i;
  for (let guard = 0; guard < 3 && j > floor; guard++) {
    if (v.tagged && v.posCode[j] === POS_ADV && !isCap(v, j) && isWord(v, j)) {
      j--;
      continue;
    }
    if (timeWord(v, j)) {
      let k = j;
      while (k - 1 > floor && (timeWord(v, k - 1) || /^\d{1,2}$/.test(v.lower[k - 1]!))) k--;
      if (k - 1 > floor && (inClass(v, k - 1, W_PREP) || v.lower[k - 1] === 'last' || v.lower[k - 1] === 'this' || v.lower[k - 1] === 'earlier')) k--;
      // "Neil Basu, on Sunday said": the adjunct follows an apposition's comma
      if (k - 1 > floor && isPunct(v, k - 1, ',')) return k - 1;
      if (k - 1 <= floor || !isWord(v, k - 1) || inClass(v, k - 1, W_STOP)) return i;
      j = k - 1;
      continue;
    }
    break;
  }
  return j >= floor && (isWord(v, j) || j !== i && isPunct(v, j, ',')) ? j : i;
}

// per view: the phrase before each (cueStart, floor) asked for. leftNP reads nothing but the view
// (whose lazy caches are pure), and the rules ask it again for the same cue — the two indirect
// scans, attach-direct, the forward-content cut — each time walking the parse for the subject
const LEFT_NPS = new WeakMap<View, Map<number, NP | null>>();

export function leftNP(v: View, cueStart: number, floor: number): NP | null {
  const n = v.tokens.length;
  if (floor < 0 || floor > n) return leftNPOf(v, cueStart, floor);
  let memo = LEFT_NPS.get(v);
  if (!memo) LEFT_NPS.set(v, (memo = new Map()));
  // (0 ≤ floor ≤ tokens.length: the pair maps to one number, one to one)
  const key = cueStart * (n + 1) + floor;
  let np = memo.get(key);
  if (np === undefined) memo.set(key, (np = leftNPOf(v, cueStart, floor)));
  return np;
}

function leftNPOf(v: View, cueStart: number, floor: number): NP | null {
  const np = leftPhrase(v, cueStart, floor);
  const phrase = np && withoutTrailingAdjunct(v, withoutLeadingAdverb(v, afterDateline(v, np)), (s, e) => headOf(v, s, e));
  return phrase && withoutAsideRelative(v, phrase, (s, e) => headOf(v, s, e), true);
}

function leftPhrase(v: View, cueStart: number, floor: number): NP | null {
  if (cueStart - 1 < floor) return null;
  // "… and added:", "went on to say", "began by saying": the clause's subject, from the parse
  const linked = linkedSubject(v, cueStart, floor);
  if (linked) return linked;
  const i = beforeAdjuncts(v, cueStart - 1, floor);
  const l = v.lower[i]!;
  if (inClass(v, i, W_PRON)) return NOT_SOURCE.has(l) && l !== 'it' ? null : { start: i, end: i + 1, head: i };
  if (isPunct(v, i, ',')) {
    // a subject with appositions or parentheticals that fills the sentence up to the cue:
    // "Elward Edd, an official at the Hopi Tribal Housing Authority, which has …, said"
    // "Proponents of the new bill, however, say"
    const whole = sentenceSubject(v, i, floor);
    if (whole) return whole;
    // apposition: NAME, APPOSITIVE, CUE — the appositive is at most ~15 tokens and has no verb cue
    let c = i - 1;
    while (c >= floor && i - c <= 16 && !isPunct(v, c, ',;:') && !(isQuoteTok(v, c) && !possessiveMark(v, c))) c--;
    if (c < floor || !isPunct(v, c, ',') || c === i - 1) return null;
    if (inClass(v, c + 1, W_STOP) && v.lower[c + 1] !== 'who') return null;
    const s = coreLeft(v, c, floor);
    // "Mr. Trump, asked about the deaths of journalists, had said", "the governor, citing the
    // polls, said": a participle or prepositional phrase between commas is the author's adjunct,
    // not an apposition — the source is the phrase before it (PolNeAR train leaves it out)
    if (s < c && adjunctSegment(v, c + 1) && isWord(v, c - 1)) return { start: s, end: c, head: headOf(v, s, c) };
    // a name on one side: "Hugh Hill, a doctor," or "one of the family's attorneys, Justin Bamberg,"
    let named = isCap(v, c - 1);
    for (let k = c + 1; k < i && !named; k++) named = isCap(v, k) && !inClass(v, k, W_DET);
    if (s >= c || !named) return null;
    return { start: s, end: i, head: headOf(v, s, c) };
  }
  let s = coreLeft(v, i + 1, floor);
  if (s > i) return null;
  if (s === i && NOT_SOURCE.has(l)) return null;
  // a compound source: "Developers and supporters in Congress", "RT and its defenders" — only
  // when the first conjunct starts the sentence or follows a comma (else it is an object: "… did Y
  // and officials said")
  if (s - 1 > floor && (v.lower[s - 1] === 'and' || v.lower[s - 1] === 'or' || v.lower[s - 1] === '&')) {
    // (the first conjunct without a participle phrase: "The senator voted for the bill and the
    // mayor said" is two clauses)
    const s2 = coreLeft(v, s - 1, floor, false);
    if (s2 < s - 1 && (s2 === floor || isPunct(v, s2 - 1, ',;:'))) s = s2;
  }
  // (not before a parenthetical cue, "A, union members and leaders say, is …": A is the content)
  if (v.lower.slice(s, i + 1).includes('and') && ![1, 2, 3].some((d) => isPunct(v, cueStart + d, ','))) s = listStart(v, s, floor);
  s = quantifiedStart(v, parsedSourceStart(v, cueStart, s, i + 1, floor), floor);
  return { start: s, end: i + 1, head: headOf(v, s, i + 1) };
}

/**
 * The first member of a list that opens the sentence and ends in the coordination starting at `s`:
 * "The family, protesters and civic leaders", "the United States, Britain and France" (PolNeAR
 * keeps every member). A phrase before a comma that does not open the sentence is an adjunct
 * ("On Monday, Britain and France said"), and then `s` stays.
 */
const CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'since', 'although', 'though', 'whereas', 'that', 'when', 'but']);
function listStart(v: View, s: number, floor: number): number {
  const opening = afterConnective(v, floor);
  for (let k = s; k - 1 > opening && isPunct(v, k - 1, ','); ) {
    const s3 = coreLeft(v, k - 1, floor, false);
    if (s3 >= k - 1) return s;
    // (or a clause opened by a subordinator: "… as the United States, Britain and France support …")
    if (s3 === opening || s3 - 1 > opening && CLAUSE_OPENERS.has(v.lower[s3 - 1]!)) return s3;
    if (!isPunct(v, s3 - 1, ',')) return s;
    k = s3;
  }
  return s;
}

/** true when the comma segment starting at token `k` opens on a participle ("asked about …", "citing …") or a preposition other than "of" */
export function adjunctSegment(v: View, k: number): boolean {
  // ("many tax experts, including Mr. Goldberg": a list's members stay in the source)
  if (!v.tagged || isCap(v, k) || v.lower[k] === 'including') return false;
  const t = v.tokens[k]!;
  const pos = v.posCode[k]!;
  if (pos === POS_VERB && /^VB[NG]$/.test(t.xpos ?? '')) return true;
  // ("Clinton, clearly frustrated,", "DuPont, only two months later,": an adverb opens the author's aside;
  // "Mr. Lewandowski, now a paid CNN commentator," is an apposition)
  if (pos === POS_ADV && v.posCode[k + 1] !== POS_DET) return true;
  return pos === POS_ADP && inClass(v, k, W_PREP) && v.lower[k] !== 'of';
}

/** [floor, comma) when it is one noun phrase followed by comma-delimited segments (≤ 4, ≤ 45 tokens). */
function sentenceSubject(v: View, comma: number, sentenceStart: number): NP | null {
  const floor = afterConnective(v, sentenceStart);
  if (comma - floor > 45) return null;
  let first = -1;
  let segs = 0;
  for (let j = floor; j < comma; j++) {
    if (isQuoteTok(v, j) && !possessiveMark(v, j) || isPunct(v, j, ';:')) return null;
    if (isPunct(v, j, ',')) {
      if (first < 0) first = j;
      segs++;
    }
  }
  if (first <= floor || segs > 4) return null;
  if (coreLeft(v, first, floor) !== floor) return null;
  // drop trailing segments the author adds: ", which …", ", at Monday's debate", ", dedicating …"
  let end = comma;
  for (let j = first; j < comma; j++) {
    if (!isPunct(v, j, ',')) continue;
    const n = v.lower[j + 1] ?? '';
    // (", however," is the author's connective: never in a PolNeAR source, train 0 in / 31 out)
    const connective = (inClass(v, j + 1, W_LEAD) || n === 'though' || n === 'too') && (j + 2 === comma || isPunct(v, j + 2, ','));
    if (n === 'which' || connective || inClass(v, j + 1, W_PREP) && n !== 'of' || /^[a-z]+ing$/.test(n) && n !== 'including' || adjunctSegment(v, j + 1)) {
      end = j;
      break;
    }
  }
  if (end !== comma) return { start: floor, end, head: headOf(v, floor, first) };
  // a clause in the first segment ("In response, Twitter said") is not a subject
  if (inClass(v, floor, W_PREP) || inClass(v, floor, W_STOP) || inClass(v, floor, W_TIME)) return null;
  return { start: floor, end: comma, head: headOf(v, floor, first) };
}

/**
 * A lower-case title or description before a name: "former Gov. Bill Richardson", "undecided
 * Republican voter Stephanie Hooton", "former Obama adviser David Axelrod" — adjectives and nouns
 * (no verb, preposition or punctuation but an abbreviation's period and a title's "of") up to a
 * capitalised word within six tokens.
 */
function titledName(v: View, start: number, ceil: number): boolean {
  if (!v.tagged) return false;
  for (let j = start; j < Math.min(ceil, start + 7); j++) {
    if (isCap(v, j) && j > start) return true;
    // an "of" inside the title ("former secretary of state Hillary Clinton", "master of ceremonies X")
    if (j > start && v.lower[j] === 'of' && posIn(v, j + 1, PB_NOUN | PB_PROPN)) continue;
    const pos = v.posCode[j]!;
    // ("undecided voter", "retired teacher": a participle before a noun modifies it)
    const participle = pos === POS_VERB && /^VB[ND]$/.test(v.tokens[j]!.xpos ?? '') && /ed$/.test(v.lower[j]!) && posIn(v, j + 1, PB_ADJ | PB_NOUN | PB_PROPN);
    if (!(pos === POS_ADJ || pos === POS_NOUN || participle)) return false;
  }
  return false;
}

/** The source NP after an inverting cue ("…," said Sterling Pratt, wine director at Schaefer's). */
export function rightNP(v: View, start: number, ceil: number): NP | null {
  if (start >= ceil || !isWord(v, start)) return null;
  const l0 = v.lower[start]!;
  // the inverted source is a name, a determiner phrase or a subject pronoun, never "that …"/"to …"
  if (!isCap(v, start) && !inClass(v, start, W_DET) && !inClass(v, start, W_PRON) && !/^(\d|one\b)/.test(l0) && !titledName(v, start, ceil) || l0 === 'that' || l0 === 'this') return null;
  if (inClass(v, start, W_PRON)) return NOT_SOURCE.has(l0) ? null : { start, end: start + 1, head: start };
  let j = start;
  let segs = 0;
  let nameEnd = -1;
  while (j < ceil) {
    const l = v.lower[j]!;
    const f = v.tokens[j]!.form;
    const title = segs > 0 ? titleEnd(v, j, ceil) : -1;
    if (title > 0) {
      j = title;
      continue;
    }
    if (isQuoteTok(v, j) && !possessiveMark(v, j) || f === ';' || f === ':' || f === '—' || f === '–') break;
    if ((f === '.' || f === '?' || f === '!') && (j + 1 >= ceil || !/^[A-Z][a-z]?$/.test(v.tokens[j - 1]?.form ?? ''))) break;
    if (f === ',') {
      const n = v.lower[j + 1] ?? '';
      if (n === 'who' && segs < 2) {
        // a relative clause that identifies the source runs to the end of the sentence
        segs = 3;
        j++;
        continue;
      }
      // (", on what was his first full day …": a prepositional adjunct is the author's, not the source)
      if (!n || inClass(v, j + 1, W_STOP) || inClass(v, j + 1, W_PRON) || /ing$/.test(n) || n === 'according' || isQuoteTok(v, j + 1) || segs >= 2 || inClass(v, j + 1, W_PREP) && n !== 'of') break;
      // an age stays in the source and opens no segment of its own: "Stacey Edwards, 31, of
      // Meridian, Ind." (PolNeAR train, inverted sources: age in 24, out 5); "a 59-year-old from …"
      // is left out
      if (/^\d{1,3}$/.test(n) && segs === 0 && isPunct(v, j + 2)) {
        j += 2;
        continue;
      }
      if (n === 'a' && /^\d+-year-old$/.test(v.lower[j + 2] ?? '')) break;
      segs++;
      j++;
      continue;
    }
    if (segs > 0 && v.lex.cues.has(l) && !isCap(v, j)) {
      const described = cueInDescription(v, start, j);
      if (described === 'keep') {
        j++;
        continue;
      }
      if (described !== null) {
        j = described;
        break;
      }
      // "…, said Kristen Day, executive director of Democrats for Life, reports USA Today"
      if (segs < 3) {
        while (j > start && !isPunct(v, j - 1, ',')) j--;
        j--;
      }
      break;
    }
    if (segs === 0) {
      // in the name segment a time word or a prepositional phrase of place/time ends the source
      if (inClass(v, j, W_TIME) && v.tokens[j - 1]?.form !== '-' || (j > start && NP_PREPS.has(l) && (inClass(v, j + 1, W_TIME) || v.lower[j + 1] === 'a' || v.lower[j + 1] === 'an' || /^(twitter|facebook|cnn|fox|msnbc|nbc|abc|cbs)$/.test(v.lower[j + 1]!) || timeLexicon().weekdays.has(v.lower[j + 1]!)))) break;
      if (j > start && (inClass(v, j, W_STOP) || inClass(v, j, W_AUX))) break;
      if (v.tagged && j > start && (v.posCode[j] === POS_VERB || v.posCode[j] === POS_AUX)) break;
      nameEnd = j + 1;
    }
    j++;
  }
  let e = j;
  while (e > start && !isWord(v, e - 1) && v.tokens[e - 1]!.form !== ')') e--;
  // "…,” said Harvey, who added …": a relative pronoun left alone at the end is no part of the source
  if (e - 2 > start && v.lower[e - 1] === 'who' && isPunct(v, e - 2, ',')) e -= 2;
  if (e <= start) return null;
  const np = withoutTrailingAdjunct(v, { start, end: e, head: headOf(v, start, nameEnd > start ? nameEnd : e) }, (s, e2) => headOf(v, s, e2));
  return withoutAsideRelative(v, np, (s, e2) => headOf(v, s, e2), false);
}
