// Cue detection: a speech or attitude verb (data/speech-verbs.tsv) read as a verb, with its verb
// group as PolNeAR marks it — auxiliaries, negation and adverbs before it ("has also said", "did
// not say"), a particle after it ("called for", "pointed out") and "in a statement". An introducing
// colon ("said:") is punctuation, not part of the cue (spans never end on punctuation).
// Token ranges are half-open [start, end).
import type { CueEntry } from './words.js';
import { inClass, isCap, isPunct, isQuoteTok, isWord, POS_ADJ, POS_ADP, POS_ADV, POS_DET, POS_NOUN, POS_VERB, posIn, PB_NOUN, PB_PROPN, PB_ADJ, PB_DET, PB_NUM, PB_ADP, PB_VERB, PB_AUX, POS_PROPN, type View } from './view.js';
import { W_ADV, W_AUX, W_NAMING, W_NEG, W_NOT_LY_ADVERB, W_NOUN_READING, W_STANCE_MODIFIER, W_STANCE_NOUN, W_TIME } from './words.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/function-words.js';

// (hoisted: a regular-expression literal in a function body is a new RegExp object at every call, and
// these run for nearly every cue word and verb group)
const LY_FORM = /^[a-z]{3,}ly$/;
const LOWER_WORD = /^[a-z]+$/;
const ING_END = /ing$/;
const PRONOUN_CLITIC = /^(he|she|it|that|who|there)['’]s$/;
const NUMBER = /^\d+$/;
const DIGIT_FIRST = /^\d/;
const POSSESSIVE_END = /['’]s$/;
const PAST_PARTICIPLE_END = /(ed|wn|ld|ght|id|en)$/;

export interface Cue {
  readonly entry: CueEntry;
  /** the cue word itself */
  readonly head: number;
  /** the verb group, [start, end) in tokens */
  readonly start: number;
  readonly end: number;
}

// particles and prepositions PolNeAR keeps in the cue: phrasal verbs ("called out", "spoke
// out against") and the preposition a stance verb selects ("warned of", "apologized for")
const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on', 'out'],
  point: ['out', 'to'],
  speak: ['about', 'of', 'out', 'against', 'up', 'with'],
  talk: ['about', 'of', 'with', 'up'],
  decide: ['against'],
  wonder: ['about'],
  refer: ['to'],
  complain: ['about', 'of'],
  warn: ['of', 'against', 'about'],
  ask: ['about', 'for'],
  vote: ['for', 'against'],
  agree: ['with'],
  disagree: ['with'],
  comment: ['on', 'about'],
  insist: ['on'],
  focus: ['on'],
  apologize: ['for'],
  blame: ['for'],
  praise: ['for'],
  thank: ['for'],
  criticize: ['for'],
  slam: ['for'],
  blast: ['for'],
  applaud: ['for'],
  credit: ['for'],
  argue: ['for', 'against'],
  campaign: ['for', 'against', 'on'],
  advocate: ['for'],
  push: ['for'],
  worry: ['about'],
  think: ['about', 'of'],
  know: ['about', 'of'],
  hear: ['about', 'of'],
  learn: ['about', 'of'],
  joke: ['about'],
  boast: ['about', 'of'],
  brag: ['about'],
  write: ['about', 'of'],
  tweet: ['about'],
  testify: ['about'],
  reflect: ['on'],
  elaborate: ['on'],
  object: ['to'],
  allude: ['to'],
  hint: ['at'],
  rail: ['against'],
  protest: ['against'],
  caution: ['against'],
  hope: ['for'],
  wish: ['for'],
  express: ['about'],
};

const NOUN_PREPS = new Set(['that', 'about', 'for', 'over', 'with', 'at', 'in', 'of', 'to', 'toward', 'towards', 'regarding']);

/** an -ly adverb ("repeatedly", "publicly"): the tagger's ADV when it has run, else the suffix */
export function lyAdverb(v: View, i: number): boolean {
  const l = v.lower[i] ?? '';
  if (!LY_FORM.test(l) || inClass(v, i, W_NOT_LY_ADVERB)) return false;
  return !v.tagged || v.posCode[i] === POS_ADV;
}

// adverbs that belong to the verb group even after a comma
const NOT_CONNECTIVE = new Set(['also', 'then', 'later', 'again', 'repeatedly', 'recently', 'previously', 'publicly', 'often', 'never', 'always', 'once', 'quickly', 'immediately', 'first', 'further', 'too', 'even', 'just', 'only', 'since']);

const CLITIC_SUBJECTS = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what']);

// adverbs the tagger reads as ADV that belong to the clause or the source, not the verb group
// ("here" and "when" before a predicted cue: PolNeAR train 0 in / 15 out; "all"/"both" float
// between source and cue, 5 in / 7 out, and stay with the source)
const NOT_GROUP_ADV = new Set(['here', 'there', 'when', 'where', 'why', 'how', 'however', 'so', 'thus', 'therefore', 'instead', 'meanwhile', 'too', 'as', 'all', 'both', 'each', 'together', 'alone', 'else', 'not', 'yet', 'hence', 'otherwise', 'nonetheless', 'nevertheless', 'moreover', 'indeed', 'rather']);

/** a word before the cue verb that the tagger reads as an adverb of the verb group ("has long
 * said", "always hoped", "soon noted"; PolNeAR train, adverbs just left of a predicted cue:
 * "suddenly" 4 in / 0 out, "only" 3 / 0, "soon", "always", "fiercely" 2 / 0 each, none seen out)
 * — the lexicon's group adverbs and -ly adverbs work without the tagger */
function groupAdverb(v: View, i: number): boolean {
  const l = v.lower[i]!;
  if (inClass(v, i, W_ADV) || lyAdverb(v, i)) return true;
  return v.tagged && v.posCode[i] === POS_ADV && LOWER_WORD.test(l) && !NOT_GROUP_ADV.has(l) && !isCap(v, i);
}

/** tokens ending at `j` are adjectives (or "so") after a determiner or possessive, within three words */
function determinedModifier(v: View, j: number, floor: number): boolean {
  let k = j;
  while (k >= floor && j - k < 3 && (v.posCode[k] === POS_ADJ || v.lower[k] === 'so' || /-/.test(v.lower[k]!) && v.posCode[k] !== POS_VERB)) k--;
  if (k === j || k < floor) return false;
  const d = v.lower[k]!;
  // ("it's worth noting": after a subject pronoun the clitic is "is")
  return v.posCode[k] === POS_DET || POSSESSIVE_DETERMINERS.has(d) || (d === "'s" || d === '’s') && !CLITIC_SUBJECTS.has(v.lower[k - 1] ?? '');
}

/** how far back a naming participle looks for the indefinite article of its noun phrase */
const MAX_NAMED_NP = 4;
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);

/**
 * A naming participle (data/quote-words.tsv naming) right after an indefinite noun phrase names a thing, nobody
 * speaks: "a program called Sandy Hook Promise", "a civil rights group called Color of Change",
 * "a move dubbed the boneless" (a reduced relative; "a group called for …" keeps its particle
 * and is a cue). PolNeAR train: such a "called" was predicted a cue 17 times, marked none.
 */
function namingParticiple(v: View, i: number, floor: number): boolean {
  const l = v.lower[i]!;
  if (!v.tagged || !inClass(v, i, W_NAMING) || !/ed$/.test(l) || v.posCode[i - 1] !== POS_NOUN) return false;
  const next = v.lower[i + 1] ?? '';
  if (next === 'for' || next === 'on' || next === 'out' || next === 'off' || next === 'up') return false;
  for (let k = i - 1; k >= floor && i - k <= MAX_NAMED_NP; k--) {
    // the phrase is an object ("joined a movement called …"), not the clause's subject ("A
    // spokesman called Trump …"): a verb or a preposition governs it
    if (INDEFINITE.has(v.lower[k]!)) return k > floor && (v.posCode[k - 1] === POS_VERB || v.posCode[k - 1] === POS_ADP);
    if (!posIn(v, k, PB_NOUN | PB_ADJ | PB_PROPN) && !/-/.test(v.lower[k]!)) return false;
  }
  return false;
}

/** how far back the tests of cueAtFloor look from the cue word (namingParticiple: MAX_NAMED_NP
 * words, determinedModifier three): with its floor further back the answer is the same for any floor */
const FLOOR_FREE = MAX_NAMED_NP + 1;

/** Is token i a cue word read as a verb (or "according to")? Returns its lexicon entry. */
/**
 * The cue word is the second half of a hyphenated compound modifier ("a jury-recommended sentence",
 * "the Clinton-endorsing White House", "a court-ordered release"): no verb of its own. "self-described
 * X" stays a cue: PolNeAR marks it often enough (train, dropping these cues but keeping "self-": 26
 * predictions, content F1 +0.0003, cue +0.0005, overlap80 +0.0001; dev 1, all figures up; with
 * "self-" too, overlap80 loses 15 matches).
 */
function hyphenCompound(v: View, i: number): boolean {
  const h = v.tokens[i - 1]!;
  return h.end === v.tokens[i]!.start && v.lower[i - 1] === '-' && v.tokens[i - 2]!.end === h.start && isWord(v, i - 2);
}

export function cueAt(v: View, i: number, floor: number): CueEntry | null {
  if (v.verbCue[i] !== 1) return null; // (no cue word: the lexicon lookup below, made once per document)
  if (floor > i - FLOOR_FREE) return cueAtFloor(v, i, floor);
  // (the rules ask again for the same cue words: the answer once per token and document)
  let e = v.cueAnswers[i];
  if (e === undefined) v.cueAnswers[i] = e = cueAtFloor(v, i, floor);
  return e;
}

// a determiner or possessive right before a cue form makes it a noun: "the report", "his plans", "a note that …"
const DETERMINERS_BEFORE_NOUN = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'our', 'my', 'no']);

function cueAtFloor(v: View, i: number, floor: number): CueEntry | null {
  const l = v.lower[i]!;
  if (l === 'according' && v.lower[i + 1] === 'to') return v.lex.cues.get('according to') ?? null;
  const e = v.lex.cues.get(l);
  if (!e || e.cls === 'prep' || e.cls === 'noun') return null;
  // a manner-of-speaking verb that cues only quotations ("joked", "retorted") reports speech too
  // when a "that" clause follows: "He joked that his comments should be taken lightly"
  // (a determiner or possessive before it still makes it a noun: "He left a note that …")
  if (e.use === 'quote' && e.cls === 'speech' && v.lower[i + 1] === 'that' && !isCap(v, i)) return i > floor && DETERMINERS_BEFORE_NOUN.has(v.lower[i - 1] ?? '') ? null : { ...e, use: 'all' };
  if (e.particles && particlesAfter(v, i, e) === 0) return null;
  // a capitalised word mid-sentence is a name or a title — except in a headline set in title case,
  // where a speech verb or a third-person attitude verb still cues ("Bellwether County Says …")
  if (isCap(v, i) && i > floor && !(v.titleCase[v.tokens[i]!.sent] && (e.cls === 'speech' || /s$/.test(l)) && e.use === 'all')) return null;
  if (i >= 2 && hyphenCompound(v, i) && v.lower[i - 2] !== 'self') return null;
  if (v.tagged && posIn(v, i, PB_NOUN | PB_PROPN | PB_ADJ)) {
    // the tagger reads it as a noun: believe it when a determiner, adjective, number or preposition precedes
    // (its errors on cue verbs after a name — "Blige sings" — are common)
    if (i > floor && posIn(v, i - 1, PB_DET | PB_ADJ | PB_NUM | PB_ADP)) return null;
  }
  // forms that are nouns at least as often as verbs ("TV show", "a 10-point lead", "a strong
  // showing"): when the tagger ran, trust a noun reading after a noun or an adjective too
  if (v.tagged && inClass(v, i, W_NOUN_READING) && i > floor && !posIn(v, i, PB_VERB | PB_AUX)) {
    if (posIn(v, i - 1, PB_NOUN | PB_ADJ | PB_VERB) || v.posCode[i - 1] === POS_PROPN && !isCap(v, i - 1) || /-/.test(v.lower[i - 1]!)) return null;
  }
  // an -ing form after a determiner and adjectives is a noun: "a strong showing", "his poor
  // second-place showing", "the thumping showing"; "the so called …" is no cue either
  if (i > floor && v.tagged && (ING_END.test(l) || l === 'called' && v.lower[i - 1] === 'so') && determinedModifier(v, i - 1, floor)) return null;
  if (i > floor && namingParticiple(v, i, floor)) return null;
  // a determiner or possessive before it makes it a noun: "the report", "his plans"
  const prev = v.lower[i - 1] ?? '';
  if (i > floor && DETERMINERS_BEFORE_NOUN.has(prev)) return null;
  // a number or a possessive before it makes it a noun too: "eight states", "Obama's plans"
  // (but "he's predicting", "she’s said": after a subject pronoun the clitic is "is"/"has")
  const clitic = prev === "'s" || prev === '’s' ? (v.lower[i - 2] ?? '') : PRONOUN_CLITIC.test(prev) ? 'he' : '';
  // ("Six in 10 say", "nine out of 10 said": a share of those polled is a subject, train 26 of 30 marked)
  const share = NUMBER.test(prev) && (v.lower[i - 2] === 'in' || v.lower[i - 2] === 'of');
  if (i > floor && (DIGIT_FIRST.test(prev) && !share || POSSESSIVE_END.test(prev) || prev === "'s" || prev === '’s') && !CLITIC_SUBJECTS.has(clitic)) return null;
  return e;
}

/** how many particle words of a particle-bound cue follow token i ("spoke about" → 1), 0 when none does */
export function particlesAfter(v: View, i: number, e: CueEntry): number {
  for (const seq of e.particles ?? []) if (seq.every((w, k) => v.lower[i + 1 + k] === w)) return seq.length;
  return 0;
}

const GO_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);
const CONTINUE = new Set(['continued', 'continues', 'continue', 'continuing']);
// "declined to say", "was quick to point out" (train: in 28 / out 0, 6 / 0; "appeared to imply" and
// "tried to explain" are as consistent on train but moved dev the wrong way: left out)
const CARRY_TO = new Set(['declined', 'declines', 'refused', 'refuses', 'quick', 'careful']);
// "began by saying", "responded by calling", "concluded by warning" (train: a reply or a closing
// verb before "by" + cue is in the cue 13 times, out 4)
const BEGIN = new Set(['began', 'begins', 'begin', 'beginning', 'started', 'starts', 'ended', 'ends', 'responded', 'responds', 'concluded', 'concludes', 'replied', 'replies', 'answered', 'answers', 'reacted', 'reacts', 'closed', 'closes', 'opened', 'opens']);
const ISSUE = new Set(['issued', 'issues', 'released', 'releases', 'sent', 'sends', 'put', 'published', 'publishes', 'posted', 'posts']);
const STATEMENT = new Set(['statement', 'letter', 'memo', 'release', 'report', 'video', 'message', 'op-ed', 'tweet']);
/** words between the article and the statement noun: "a joint statement", "a follow-up press release" */
const MAX_STATEMENT_MODIFIERS = 2;

/** where a carrier before the cue group starting at `s` begins ("went on to", "continued to",
 * "began by", "issued a statement"), or `s` when none does */
function carrierStart(v: View, s: number, floor: number): number {
  const w = (k: number) => (k >= floor ? v.lower[k] ?? '' : '');
  if (w(s - 1) === 'to' && w(s - 2) === 'on' && GO_ON.has(w(s - 3))) return s - 3;
  if (w(s - 1) === 'to' && (CONTINUE.has(w(s - 2)) || CARRY_TO.has(w(s - 2)))) return s - 2;
  if (w(s - 1) === 'by' && BEGIN.has(w(s - 2))) return s - 2;
  // "issued a statement saying", "released a press release saying", "released a statement
  // Wednesday evening, saying", "put out a statement saying", "published a report detailing"
  // (PolNeAR train: such a carrier is in the cue 24 times, out none)
  if (ING_END.test(w(s))) {
    let n = s - 1;
    if (v.lower[n] === ',') n--;
    while (n > s - 4 && v.lex.is('time', w(n))) n--;
    if (!STATEMENT.has(w(n))) return s;
    let k = n - 1;
    while (k > n - 1 - MAX_STATEMENT_MODIFIERS && w(k) !== 'a' && w(k) !== 'an' && /^[a-z-]+$/.test(w(k))) k--;
    if (w(k) !== 'a' && w(k) !== 'an') return s;
    if (ISSUE.has(w(k - 1))) return k - 1;
    if (w(k - 1) === 'out' && w(k - 2) === 'put') return k - 2;
  }
  return s;
}

/**
 * An adverb right after the cue verb that closes its clause or leads into the content: "…,” he
 * said sarcastically.", "Sanders has said repeatedly that …", "he said then." (PolNeAR train:
 * recently 7 in / 1 out, repeatedly 5 / 0, manner -ly adverbs 12 / 1). One that opens a phrase
 * stays out: "said earlier this year", "saying only that" (a focus word of the content).
 */
function trailingAdverb(v: View, i: number, ceil: number): boolean {
  if (i >= ceil || v.inQuote[i]! >= 0) return false;
  const l = v.lower[i]!;
  if (l === 'only' || l === 'just' || l === 'even' || l === 'first' || !(inClass(v, i, W_ADV) || lyAdverb(v, i))) return false;
  return i + 1 >= ceil || isPunct(v, i + 1) || isQuoteTok(v, i + 1) || v.lower[i + 1] === 'that';
}

/** the longest group-adjunct phrase (at most this many words) the rule looks for */
const MAX_GROUP_ADJUNCT = 4;

/**
 * Where a group-adjunct phrase ending right before token `s` starts, when an auxiliary stands right
 * before it ("have | both | argued", "has | in the past | described"); `s` when there is none.
 */
function adjunctAfterAuxiliary(v: View, s: number, floor: number): number {
  let phrase = '';
  for (let n = 1; n <= MAX_GROUP_ADJUNCT && s - n - 1 >= floor; n++) {
    const k = s - n;
    if (!isWord(v, k)) return s;
    phrase = n === 1 ? v.lower[k]! : `${v.lower[k]!} ${phrase}`;
    if (inClass(v, k - 1, W_AUX) && v.lex.is('group-adjunct', phrase)) return k;
  }
  return s;
}

/** Where the auxiliaries, negations and group adverbs right before token `s` start ("has not yet | said", "he's | said"). */
function auxiliariesBefore(v: View, s: number, floor: number): number {
  while (s - 1 >= floor) {
    const l = v.lower[s - 1]!;
    if (inClass(v, s - 1, W_AUX) || inClass(v, s - 1, W_NEG) || groupAdverb(v, s - 1) || (l === "'s" || l === '’s') && CLITIC_SUBJECTS.has(v.lower[s - 2] ?? '')) s--;
    else break;
  }
  return s;
}

/** The cue entry verbGroup reads for a verb no cue list holds (a construction's or a noun cue's governing verb): an attitude verb of any use. */
export function attitudeEntry(v: View, head: number, lemma = v.tokens[head]!.lemma.toLowerCase()): CueEntry {
  return { form: v.tokens[head]!.form, lemma, cls: 'attitude', use: 'all', example: '' };
}

/** Extends a cue word to its verb group within [floor, ceil). */
export function verbGroup(v: View, head: number, entry: CueEntry, floor: number, ceil: number): Cue {
  if (entry.cls === 'prep') return { entry, head, start: head, end: head + 2 };
  let s = auxiliariesBefore(v, head, floor);
  // "have both argued", "has in the past described", "have since denounced": an adjunct between an
  // auxiliary and the verb is inside the cue, which PolNeAR marks as one span from the auxiliary
  // (train: 10 of 10 such cues; data/quote-rule-words.tsv group-adjunct)
  const inner = adjunctAfterAuxiliary(v, s, floor);
  if (inner < s) s = auxiliariesBefore(v, inner, floor);
  // an adverb that starts the group but follows a comma belongs to the clause, not to the cue
  // ("Clinton, the former secretary of state, also praised …": after an apposition's comma the
  // adverb is the verb's — only a connective like "however" is the clause's)
  while (s < head && !inClass(v, s, W_AUX) && !inClass(v, s, W_NEG) && isPunct(v, s - 1, ',') && !NOT_CONNECTIVE.has(v.lower[s]!)) s++;
  // a cue carried by a verb of continuation or an issued statement belongs to one group with it
  // (PolNeAR train: "went on to say" in 24 / out 1, "continued to say" 25 / 0, "issued a statement
  // saying" 24 / 0, "began by saying" 3 / 0); the group's own auxiliaries and adverbs come along
  const carrier = carrierStart(v, s, floor);
  if (carrier < s) {
    s = carrier;
    while (s - 1 >= floor && (inClass(v, s - 1, W_AUX) || inClass(v, s - 1, W_NEG) || inClass(v, s - 1, W_ADV) || lyAdverb(v, s - 1))) s--;
  }
  let e = head + 1;
  // a particle-bound cue takes its particles ("lashed out at")
  if (entry.particles) e = Math.min(ceil, head + 1 + particlesAfter(v, head, entry));
  const parts = entry.particles ? undefined : PARTICLES[entry.lemma];
  // a particle, unless it opens a time adjunct ("spoke on Monday")
  if (parts && e < ceil && parts.includes(v.lower[e]!) && !inClass(v, e + 1, W_TIME)) e++;
  if (parts && e < ceil && v.lower[e - 1] === 'out' && parts.includes(v.lower[e]!) && v.lower[e] !== 'out') e++; // "spoke out against"
  // "expressed (deep) concern that …", "voiced support for …": the noun completes the cue (data/quote-cue-phrases.tsv)
  if (v.lex.is('light-verb', entry.lemma) && e < ceil) {
    let k = e;
    if (POSSESSIVE_DETERMINERS.has(v.lower[k]!) || inClass(v, k, W_STANCE_MODIFIER)) k++;
    if (inClass(v, k, W_STANCE_NOUN)) {
      e = k + 1;
      if (e < ceil && NOUN_PREPS.has(v.lower[e]!) && v.lower[e] !== 'that') e++;
    }
  }
  if (e + 2 < ceil && v.lower[e] === 'in' && v.lower[e + 1] === 'a' && v.lower[e + 2] === 'statement') e += 3;
  else if (e === head + 1 && trailingAdverb(v, e, ceil)) e++;
  return { entry, head, start: s, end: e };
}

/** a past participle by its ending ("expected", "shown", "told", "thought", "said", "given"): the
 * passive cue test of indirect.ts and raising-subjects.ts, which see words, not always tags */
export function looksPastParticiple(word: string): boolean {
  return PAST_PARTICIPLE_END.test(word);
}
