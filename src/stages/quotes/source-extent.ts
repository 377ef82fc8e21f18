// How far a source phrase reaches to the left, from the parse: PolNeAR marks a source as its whole
// noun phrase — quantifiers, coordinations and the modifiers that identify it ("Large majorities of
// Republican primary voters in six states", "She and her defenders", "at least a dozen members of
// Congress") — where the surface rule (source-np.ts) stops at the first preposition object, number
// or conjunction it cannot place. When the cue verb's parse subject ends where the surface phrase
// ends and starts before it, in the same clause (no comma, colon or quote mark between), the
// subject's start is the source's.
import { cueSubject, cueSubjectTree } from './cue-subject.js';
import type { NP } from './source-np.js';
import { inClass, isPunct, isQuoteTok, isWord, POS_SCONJ, POS_VERB, PB_ADV, PB_AUX, PB_PART, PB_VERB, posIn, type View } from './view.js';
import { W_ADV, W_AUX, W_LEAD, W_PREP, W_TIME } from './words.js';
import { lyAdverb } from './cues.js';
import { TEMPORAL_SUBORDINATORS } from '../../lexicon/function-words.js';

/** at most this many tokens in a source widened from the parse */
const MAX_WIDENED = 18;

/** the verb a cue group starting at `cueStart` is built on: past auxiliaries, negation and adverbs */
function cueVerb(v: View, cueStart: number): number {
  for (let k = cueStart; k < cueStart + 5 && k < v.tokens.length; k++) {
    const t = v.tokens[k]!;
    // ("have long complained": an auxiliary the tagger reads as a verb is followed by the group's own verb)
    const auxiliary = inClass(v, k, W_AUX) && posIn(v, k + 1, PB_VERB | PB_ADV | PB_PART | PB_AUX);
    if (t.pos === 'VERB' && !auxiliary) return k;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || auxiliary)) return -1;
  }
  return -1;
}

/**
 * The start token the source [start, end) before the cue at `cueStart` should have, from the parse:
 * `start` itself unless the cue verb's subject covers the phrase and begins earlier, at or after
 * `floor`, with no clause punctuation between.
 */
export function parsedSourceStart(v: View, cueStart: number, start: number, end: number, floor: number): number {
  // (a phrase that already starts at the floor cannot start earlier: no parse to read — most
  // sources open their sentence)
  if (!v.parsed || !v.tagged || start <= floor) return start;
  const verb = cueVerb(v, cueStart);
  if (verb < 0) return start;
  const subj = cueSubjectTree(v, verb);
  if (!subj || subj.start >= start || subj.start < floor || subj.end !== end) return start;
  if (end - subj.start > MAX_WIDENED) return start;
  for (let k = subj.start; k < start; k++) {
    if (isPunct(v, k, ',;:()—–') || isQuoteTok(v, k) && !/['’]s?$/.test(v.tokens[k]!.form)) return start;
  }
  // the widened subject opens its clause ("…, and she and her defenders argue"), else the parse
  // has swallowed an object or a time phrase before it ("call him a liar and NBC News will accuse",
  // "a few weeks after Obama announced")
  const before = subj.start > floor ? v.tokens[subj.start - 1]!.pos : 'PUNCT';
  if (!(before === 'PUNCT' || before === 'CCONJ' || before === 'SCONJ' || v.lower[subj.start - 1] === 'that')) return start;
  for (let k = subj.start; k < start; k++) if (v.posCode[k] === POS_SCONJ) return start;
  // ("Years after Bill Clinton claimed", "A few weeks after Obama announced": the parse hangs the
  // source on a time noun before a connective opening its clause; PolNeAR marks the name alone — but
  // "A report from the government during the weekend said": "during" opens no clause, the subject
  // before it is the source)
  for (let k = subj.start; k < start; k++) if (TEMPORAL_SUBORDINATORS.has(v.lower[k]!)) return start;
  return isWord(v, subj.start) ? subj.start : start;
}

// approximators PolNeAR keeps at the head of a quantified source ("About half of the voters",
// "At least four senators", "More than 4 in 10 Republicans"); the surface rule stops at them,
// reading "about"/"at"/"than" as prepositions
const APPROXIMATORS: readonly (readonly string[])[] = [
  ['at', 'least'], ['at', 'most'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['as', 'many', 'as'], ['no', 'more', 'than'],
  ['about'], ['nearly'], ['almost'], ['roughly'], ['around'], ['approximately'], ['only'], ['just'], ['over'], ['some'], ['exactly'], ['barely'],
];
const QUANTITY = /^(\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|a|an|third|quarter|two-thirds|three-quarters|three-fourths|one-third|one-quarter|one-fourth|one-half|majority|percent)$/;

/** `start`, or the start of the approximator around a quantity that opens the source there
 * (the surface rule may have stopped inside it: "least four senators") */
export function quantifiedStart(v: View, start: number, floor: number): number {
  for (const seq of APPROXIMATORS) {
    // the approximator ends right before the quantity at or after `start`
    for (let q = start; q <= start + seq.length - 1 && q < v.tokens.length; q++) {
      const a = q - seq.length;
      if (a < floor || a > start || !QUANTITY.test(v.lower[q] ?? '')) continue;
      if (seq.every((w, k) => v.lower[a + k] === w)) return a;
    }
  }
  return start;
}

// words that join a cue to a clause whose subject is its source: "… and added:", "began by
// saying", "went on to say", "then predicted"
// ("to" only after "went on"/"goes on": "wants to say", "decided to endorse" make the infinitive
// part of a longer cue, which the verb rules leave alone)
const LINKERS = new Set(['and', 'but', 'then', 'by']);

/**
 * The source of a cue that follows a linker, or of a participle ("He adopted a fake accent and joked, …", "She went
 * on to say: …", "He began by saying …"): the cue verb's parse subject, when it lies inside
 * [floor, cueStart) — the one resolver the events stage uses (cue-subject.ts). Null otherwise.
 */
export function linkedSubject(v: View, cueStart: number, floor: number): NP | null {
  const link = v.lower[cueStart - 1] ?? '';
  if (!v.parsed || !v.tagged) return null;
  const verb = cueVerb(v, cueStart);
  if (verb < 0) return null;
  // an -ing cue: a participle adjunct or a reduced relative takes the parse's subject ("Both
  // candidates … , the companies reporting …"); a gerund after a preposition or a verb ("for
  // refusing", "avoids condemning") is part of a longer cue and is left alone
  const prevPos = v.tokens[cueStart - 1]?.pos ?? '';
  const participle = verb === cueStart && v.tokens[verb]!.xpos === 'VBG' && !/^(ADP|SCONJ|VERB|AUX|PART)$/.test(prevPos);
  if (!(LINKERS.has(link) || link === 'to' && v.lower[cueStart - 2] === 'on' || participle)) return null;
  // "with EU foreign policy chief Kaja Kallas stating that …": a participle that modifies the noun
  // right before it (acl) has that noun as its subject — the surface phrase, not the clause's subject
  const t = v.tokens[verb]!;
  if (participle && !LINKERS.has(link) && t.dep.startsWith('acl') && t.head >= cueStart - 3 && t.head < cueStart) return null;
  const subj = cueSubject(v, verb);
  if (!subj || subj.start < floor || subj.end > cueStart - 1) return null;
  for (let k = subj.end; k < cueStart; k++) if (isQuoteTok(v, k)) return null;
  // "… with EU foreign policy chief Kaja Kallas stating that …": an absolute construction names
  // its own subject, whatever the parse attached the participle to
  if (participle && !LINKERS.has(link)) for (let k = subj.end; k < cueStart; k++) if (v.lower[k] === 'with' || v.lower[k] === 'without') return null;
  return subj;
}

const DASHES = new Set(['—', '–', '―', '-']);

/**
 * A source never starts before a dateline's dash: "WASHINGTON (Reuters) - President Barack Obama
 * said", "PHILADELPHIA ― Hillary Clinton’s campaign said" → the phrase after the dash. A dateline
 * dash is spaced and follows a wire credit's ")" or a word in capitals.
 */
export function afterDateline(v: View, np: NP): NP {
  for (let k = np.end - 2; k > np.start; k--) {
    if (!DASHES.has(v.tokens[k]!.form) || v.text[v.tokens[k]!.start - 1] !== ' ') continue;
    const before = v.tokens[k - 1]!.form;
    if (before === ')' || /^[A-Z][A-Z.]{2,}$/.test(before)) return { start: k + 1, end: np.end, head: Math.max(np.head, k + 1) };
  }
  return np;
}

// sentence adverbs the author puts before a subject: "Even economists who favor the tax agree",
// "Then Mr. Rubin asked", "Yet some voters said" (PolNeAR train: "even" out of the source 8 times,
// in 2)
const LEADING_ADVERBS = new Set(['even', 'now', 'then', 'yet', 'perhaps', 'meanwhile', 'still', 'instead', 'indeed', 'also', 'so']);

/** the source without a sentence adverb at its start */
export function withoutLeadingAdverb(v: View, np: NP): NP {
  if (np.end - np.start < 2 || !LEADING_ADVERBS.has(v.lower[np.start]!) || !isWord(v, np.start + 1)) return np;
  return { start: np.start + 1, end: np.end, head: Math.max(np.head, np.start + 1) };
}

/**
 * `floor`, or the token after a connective that opens the sentence with its comma: "Still, Tad
 * Devine, a senior adviser to Mr. Sanders, said …", "Moreover, Jeffrey D. Sachs, director of …,
 * noted …" — the connective is the author's, and a source starting on it has no noun for a head.
 */
export function afterConnective(v: View, floor: number): number {
  const l = v.lower[floor] ?? '';
  if (!isWord(v, floor) || !isPunct(v, floor + 1, ',')) return floor;
  return inClass(v, floor, W_LEAD) || inClass(v, floor, W_ADV) || lyAdverb(v, floor) ? floor + 2 : floor;
}

// fixed adjuncts the author puts after a source: "Britain and France in particular", "RNC members,
// in fact, …", "Rush Limbaugh, for one,", "Rep. Bobby Scott at the time"
const TRAILING_ADJUNCTS: readonly (readonly string[])[] = [['in', 'particular'], ['in', 'fact'], ['for', 'one'], ['at', 'the', 'time']];
// what may stand between a preposition and its time word: "on Monday", "last week", "on Thursday night"
const TIME_LEADS = new Set(['last', 'this', 'next', 'earlier', 'late', 'early', 'the']);

/**
 * The source without a time adjunct or a sentence adverb phrase at its end: "Vice President Joe
 * Biden on Monday", "a congressional report on Wednesday", "a poll released on Thursday", "Britain
 * and France in particular" (PolNeAR train: such adjuncts are left out of the source). A bare time
 * word ("Clinton defenders today") and a month ("a poll in December") are left alone.
 */
export function withoutTrailingAdjunct(v: View, np: NP, head: (s: number, e: number) => number): NP {
  let e = np.end;
  while (e > np.start && isPunct(v, e - 1, ',.')) e--;
  for (const seq of TRAILING_ADJUNCTS) {
    const a = e - seq.length;
    if (a > np.start && seq.every((w, k) => v.lower[a + k] === w)) {
      e = a;
      break;
    }
  }
  let k = e;
  while (k > np.start && inClass(v, k - 1, W_TIME)) k--;
  if (k < e) {
    let p = k;
    if (p - 1 > np.start && TIME_LEADS.has(v.lower[p - 1]!) && !inClass(v, p - 1, W_TIME)) p--;
    // only a prepositional time phrase right after the source's own last word ("Biden on Monday";
    // not "ambassador … until earlier this year", where it belongs to a clause)
    const before = v.tokens[p - 2];
    if (p - 1 > np.start && inClass(v, p - 1, W_PREP) && before && (/^(NOUN|PROPN|VERB)$/.test(before.pos ?? '') || before.form === ')')) {
      e = p - 1;
      // ("a poll released (on Thursday)": the participle goes with its adjunct)
      if (e - 1 > np.start && v.tagged && v.posCode[e - 1] === POS_VERB && /^VB[ND]$/.test(v.tokens[e - 1]!.xpos ?? '')) e--;
    }
  }
  while (e > np.start && isPunct(v, e - 1, ',')) e--;
  if (e >= np.end || e <= np.start || e === np.end - 1 && isPunct(v, np.end - 1)) return np;
  return { start: np.start, end: e, head: np.head < e ? np.head : head(np.start, e) };
}
