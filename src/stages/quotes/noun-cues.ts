// Attributions cued by a speech, belief or intention noun after a possessive (data/quote-nouns.tsv):
//   "Her criticism of the plan …"    source "Her", cue "criticism of", content "the plan"
//   "the mayor’s warning that S"     source "the mayor", cue "warning", content "that S"
//   "his past comments on X"         adjectives before the noun belong to the cue (PolNeAR)
//   "Cruz reboots his attacks on X"  a verb governing the noun, its possessor a pronoun: the verb
//                                    group joins the cue and its subject is the source (noun-cue-verb-led)
// An NP content ends at the clause's verb or a comma; a clause content ("that …", "to …") ends
// where forward indirect content ends. Runs after the verb rules, on tokens they left free.
import { forwardEnd, MAX_SENTENCE_TOKENS } from './content-bounds.js';
import { leftNP, type NP } from './source-np.js';
import { attitudeEntry, verbGroup } from './cues.js';
import { cueSubject } from './cue-subject.js';
import { acceptIndirect, inContent, isFree, type State } from './state.js';
import { inClass, IN_NOUN_CUES, isCap, isPossessive, isPunct, isWord, wordsEnd, POS_ADJ, POS_AUX, POS_VERB, type View } from './view.js';
import { W_AUX, W_NEG } from './words.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/function-words.js';

const MAX_NP_CONTENT = 25;

/** end of an NP content: before a verb, a comma, a semicolon or a relative pronoun */
function npEnd(v: View, start: number, ce: number): number {
  let j = start;
  while (j < ce && j - start < MAX_NP_CONTENT) {
    const l = v.lower[j]!;
    if (v.inQuote[j]! < 0) {
      if (isPunct(v, j, ',;:—–()')) break;
      if (j > start && (l === 'which' || l === 'who' || l === 'that' || inClass(v, j, W_AUX) || inClass(v, j, W_NEG))) break;
      if (j > start && v.tagged && (v.posCode[j] === POS_VERB || v.posCode[j] === POS_AUX) && !/ing$/.test(l)) break;
      // without the tagger a past-tense form is the best guess at the main verb
      if (j > start && !v.tagged && /[a-z]ed$/.test(l)) break;
    }
    j++;
  }
  return j - start >= MAX_NP_CONTENT ? -1 : j;
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

function finiteCut(v: View, from: number, end: number): number {
  if (!v.tagged) return end;
  for (let j = from; j < end; j++) if (v.inQuote[j]! < 0 && FINITE.has(v.tokens[j]!.xpos ?? '')) return j;
  return end;
}

export function attachNounCues(st: State): void {
  const v = st.v;
  const table = v.lex.nouns;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < 4 || e - s > MAX_SENTENCE_TOKENS) continue;
    const ce = wordsEnd(v, s, e);
    for (let i = s + 1; i + 2 < ce; i++) {
      if ((v.wordIn[i]! & IN_NOUN_CUES) === 0) continue; // (no speech noun: the view's one lookup per token)
      const preps = table.get(v.lower[i]!);
      if (!preps || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      i = nounCueAt(st, preps, i, s, ce);
    }
  }
}

/**
 * The attribution the speech noun at token `i` (its prepositions `preps`) cues in sentence [s, ce),
 * accepted; returns where the scan resumes: `i` when there is none. (Apart from the scan: the per-
 * token loop compiles small, this rarer path on its own.)
 */
function nounCueAt(st: State, preps: ReadonlySet<string>, i: number, s: number, ce: number): number {
  const v = st.v;
  const prep = v.lower[i + 1]!;
  if (!preps.has(prep)) return i;
  // adjectives between the possessor and the noun ("his past comments")
  let a = i;
  while (a - 1 > s && a - i > -2 && isWord(v, a - 1) && !isCap(v, a - 1) && !POSSESSIVE_DETERMINERS.has(v.lower[a - 1]!) && !isPossessive(v, a - 1) && (!v.tagged || v.posCode[a - 1] === POS_ADJ)) a--;
  const p = a - 1;
  let src: NP | null = null;
  if (POSSESSIVE_DETERMINERS.has(v.lower[p]!)) src = { start: p, end: p + 1, head: p };
  else if (v.lower[p] === "'s" || v.lower[p] === '’s') {
    const np = leftNP(v, p, s);
    // PolNeAR keeps the clitic in the source: "Trump’s" proposal
    if (np && np.end === p) src = { start: np.start, end: p + 1, head: np.head };
  }
  if (!src) return i;
  // "Cruz reboots his attacks on Trump", "he has stepped up his attacks on", "shared her belief that":
  // a verb whose object the possessed noun is, its possessor a pronoun, joins the cue, and its subject
  // is the source (PolNeAR train: 10 such cues start at the verb group, 2 at the noun)
  // (the subject may already be another attribution's source: "X ratcheted up his attacks on Y, saying …")
  let cueFrom = a;
  const led = verbLed(v, i, p, s);
  if (led && isFree(st, led.start, a) && !inContent(st, led.src.start, led.src.end)) {
    src = led.src;
    cueFrom = led.start;
  } else if (!isFree(st, src.start, src.end)) return i;
  // "to" opens a clause after an intention noun ("refusal to act"), a phrase otherwise ("opposition to X")
  const clause = prep === 'that' || prep === 'to' && !/^(the|a|an|this|that|these|those|his|her|their|its)$/.test(v.lower[i + 2]!) && !isCap(v, i + 2);
  const start = clause ? i + 1 : i + 2;
  let end = clause ? forwardEnd(v, start, ce) : npEnd(v, start, ce);
  // the noun phrase is often a subject: its clause ends before the main clause's finite verb
  if (clause && prep === 'to') end = finiteCut(v, start + 2, end);
  // "The mayor's view that the bridge is safe was challenged …": a subject's "that" clause
  // ends before the main clause's finite verb, the second one after "that"
  if (prep === 'that' && src.start === s) {
    const own = finiteCut(v, start + 2, end);
    if (own < end) end = finiteCut(v, own + 1, end);
  }
  if (end < 0 || end - start < (clause ? 2 : 1) || !isFree(st, start, end)) return i;
  const rule = cueFrom < a
    // a verb group leads the possessed noun: "Cruz reboots his attacks on Trump" — the verb's subject is the source
    ? 'quotes:noun-cue-verb-led'
    // a possessed speech, belief or intention noun (data/quote-nouns.tsv): "the mayor's warning that S" — the possessor is the source
    : 'quotes:noun-cue';
  acceptIndirect(st, i, { start, end }, { start: cueFrom, end: clause ? i + 1 : i + 2 }, src, rule, 'noun-cue');
  return end;
}

/**
 * The verb group that leads a possessed noun cue and the verb's subject, when the possessor (token `p`)
 * is a possessive pronoun right after a verb — or after the verb's particle ("ratcheted up his
 * attacks on") — that governs the noun
 * `i`; null otherwise (then the possessor is the source and the noun starts the cue, as before).
 */
function verbLed(v: View, i: number, p: number, s: number): { start: number; src: NP } | null {
  if (!v.parsed || !v.tagged || !POSSESSIVE_DETERMINERS.has(v.lower[p]!)) return null;
  const h = v.tokens[i]!.head;
  if (h < s || h >= p || v.posCode[h] !== POS_VERB) return null;
  // between the verb and the possessor only the verb's particle ("stepped up"); an infinitive's verb
  // stays out ("needs to calibrate her attacks on": train 2 of 2 cues at the noun)
  for (let k = h + 1; k < p; k++) if (!(v.tokens[k]!.dep === 'compound:prt' && v.tokens[k]!.head === h)) return null;
  if (p - h > 2 || v.lower[h - 1] === 'to') return null;
  const entry = attitudeEntry(v, h);
  const start = verbGroup(v, h, entry, s, p).start;
  const src = cueSubject(v, h);
  if (!src || src.end > start) return null;
  return { start, src };
}
