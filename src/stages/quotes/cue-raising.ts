// Perception attributions with no source: "The statistics appear to be fabricated", "Trump's
// supporters seemed equally unperturbed", "It appears that the game was not boring". PolNeAR marks
// "seem"/"appear" as the cue, no source (the impression is the author's), and the content as the
// subject plus the predicate after the verb — the shape of the raising passives ("is expected to").
// Only a predicate that makes the verb a raising verb opens a content (an infinitive, an adjective,
// "like", or "that" after an empty "it"); "appeared on Fox News" is an appearance, not a cue.
import { attributableSentences, extendToQuote, forwardEnd } from './content-bounds.js';
import { lyAdverb } from './cues.js';
import { leftNP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { inClass, isPunct, isWord, tokSpan, POS_AUX, POS_VERB, type View } from './view.js';
import { W_ADV, W_AUX, W_NEG, W_TIME } from './words.js';

const RAISING_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const RELATIVES = new Set(['who', 'which']);

// a measure of time after the article: "appeared a day later", "appeared an hour before the vote"
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'few', 'couple', 'moment', 'while', 'time']);

/** "a day later", "a few weeks after": the words after an article measure time, not a predicate */
function timeAdjunct(v: View, k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const l = (v.lower[j] ?? '').replace(/s$/, '');
    if (v.lex.is('time', l) || TIME_UNITS.has(l)) return true;
  }
  return false;
}

/** the first token of the predicate after a raising verb at `i`, or -1 when none opens there */
function predicateStart(v: View, i: number, ce: number, emptySubject: boolean): number {
  const k = i + 1;
  if (k >= ce) return -1;
  const l = v.lower[k]!;
  const pos = (j: number) => v.tokens[j]?.pos ?? '';
  // ("It seems unfair to …": the adjective opens the impression as "that" does)
  if (emptySubject) return l === 'that' || pos(k) === 'ADJ' && !v.lex.stance.has(l) && !inClass(v, k, W_TIME) ? k : -1;
  // ("appeared to imply that …", "seems to recognize …": a cue verb in the infinitive opens the
  // impression too — no rule reads the infinitive's own attribution, and PolNeAR train marks
  // "seem/appear" alone as the cue about as often as with the infinitive, 24 / 20)
  if (l === 'to') return pos(k + 1) === 'VERB' || pos(k + 1) === 'AUX' ? k : -1;
  if (l === 'like' && isWord(v, k + 1)) return k;
  // "appeared paralyzed", "seemed taken aback", "appeared poised to win", "seemed aimed at …": a
  // participle predicate (PolNeAR train: 10 of 40 missed seem/appear cues)
  if (v.tokens[k]!.xpos === 'VBN') return k;
  // "the returns seemed a reminder that …": a noun phrase predicate ("appeared a day later" is none)
  if ((l === 'a' || l === 'an') && isWord(v, k + 1) && !timeAdjunct(v, k + 1)) return k;
  // ("seemed eager to …", "appears confident that …": a stance adjective is its own cue, stance-predicates.ts)
  if (v.lex.stance.has(l) || v.lex.stance.has(v.lower[k + 1]!)) return -1;
  // ("appeared last week": a time adjunct, not a predicate)
  if (pos(k) === 'ADJ') return inClass(v, k, W_TIME) || inClass(v, k + 1, W_TIME) || l === 'last' || l === 'next' ? -1 : k;
  // "seemed equally unperturbed", "appears somewhat uneasy"
  if ((pos(k) === 'ADV' || lyAdverb(v, k)) && pos(k + 1) === 'ADJ') return k;
  return -1;
}

/** longest phrase set off by commas between a subject and its raising verb */
const MAX_INTERPOSED = 25;

/**
 * "Hizbollah, which has lost 6,000 dead in Syria, seems unlikely …", "religion, not ethnicity,
 * appeared to …": a subject whose appositive or relative clause sits between it and the verb at
 * `g`. PolNeAR's content takes the subject with its interposed phrase (the closing comma left
 * out), so the span runs from the subject's start to the token before the closing comma.
 */
function interposedSubject(v: View, g: number, floor: number): { start: number; end: number } | null {
  if (!isPunct(v, g - 1, ',')) return null;
  for (let j = g - 2; j > floor && j >= g - 1 - MAX_INTERPOSED; j--) {
    if (isPunct(v, j, ';:—–()') || v.inQuote[j]! >= 0) return null;
    if (!isPunct(v, j, ',')) continue;
    if (j === g - 2) return null; // ", ," : nothing set off
    const np = leftNP(v, j, floor);
    return np && np.end === j && v.lower[np.start] !== 'there' ? { start: np.start, end: g - 1 } : null;
  }
  return null;
}

export function attachRaisingVerbs(st: State): void {
  const v = st.v;
  if (!v.tagged) return;
  for (const { s, e, ce } of attributableSentences(v, 3)) {
    for (let i = s + 1; i < ce; i++) {
      // (the part of speech first, from the view's column: most tokens are no verb, and it is cheaper than the word lookup)
      if (v.posCode[i] !== POS_VERB && v.posCode[i] !== POS_AUX) continue;
      if (!RAISING_VERBS.has(v.lower[i]!) || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      i = raisingVerbAt(st, i, s, ce);
    }
  }
}

/**
 * The perception the raising verb at token `i` cues in sentence [s, ce), accepted; returns where the
 * scan resumes: `i` when there is none. (Apart from the scan: the per-token loop compiles small,
 * this rarer path on its own.)
 */
function raisingVerbAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  // the verb group: auxiliaries, negation and adverbs before the verb ("would not seem")
  let g = i;
  while (g - 1 > s && (inClass(v, g - 1, W_AUX) || inClass(v, g - 1, W_NEG) || inClass(v, g - 1, W_ADV) || lyAdverb(v, g - 1))) g--;
  const prev = v.lower[g - 1] ?? '';
  const interposed = RELATIVES.has(prev) ? null : interposedSubject(v, g, s);
  const subj = interposed ?? (RELATIVES.has(prev) ? { start: g - 1, end: g } : leftNP(v, g, s));
  if (!subj) return i;
  const empty = subj.end - subj.start === 1 && v.lower[subj.start] === 'it';
  if (!empty && (subj.end !== (interposed ? g - 1 : g) || v.lower[subj.start] === 'there')) return i;
  const k = predicateStart(v, i, ce, empty);
  if (k < 0) return i;
  // the impression ends at its clause: PolNeAR leaves ", despite …", ", as he …" to the author
  let fe = forwardEnd(v, k, ce);
  for (let j = k + 1; j < fe; j++) if (isPunct(v, j, ',;:—–(') && v.inQuote[j]! < 0) { fe = j; break; }
  if (fe <= k || !isFree(st, subj.start, subj.end) || !isFree(st, k, fe)) return i;
  const body = { start: v.tokens[k]!.start, end: extendToQuote(v, fe - 1) };
  accept(st, {
    content: empty ? [body] : [tokSpan(v, subj.start, subj.end), body],
    cue: tokSpan(v, g, i + 1),
    source: null,
    sourceHead: null,
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[i]!.sent,
    rule: 'quotes:raising-verb',
    origin: 'perception',
  });
  return fe;
}
