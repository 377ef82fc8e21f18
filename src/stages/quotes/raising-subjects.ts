// Raising passives whose subject the sentence-level rule (indirect.ts attachRaising) leaves alone
// because it is not the sentence's first phrase:
//   "…, Mitt Romney, who is expected to deliver an indictment of Trump"   content [who, to deliver …]
//   "But she is expected to move swiftly to claim an early advantage"     content [she, to move …]
//   "And while many of his supporters are expected to back her, …"       content [many of his supporters, to back her]
//   "It is expected to rise to 2.9 percent this year."                    content [It, to rise …]
// PolNeAR marks the passive group ("is (widely/not) expected") as the cue and no source: the
// expectation is nobody's in particular; the subject and the infinitive are what is expected.
// (PolNeAR train: "BE (ADV) expected to" is a gold cue 68 times in 76; 34 of those were missed
// before this rule, nearly all with a relative pronoun, a pronoun or a mid-sentence subject.)
// Only the raising-passive verbs of data/quote-cue-roles.tsv, only before "to"; an inanimate
// subject ("The storm is expected to move out to sea") is a forecast, not an attribution.
import { attributableSentences, extendToQuote, forwardEnd } from './content-bounds.js';
import { looksPastParticiple, lyAdverb } from './cues.js';
import { inanimateSource } from './not-speech.js';
import { leftNP, type NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { inClass, isPunct, tokSpan, PB_AUX, PB_PRON, PB_VERB, posIn, type View } from './view.js';
import { IN_CUES, W_ADV, W_AUX, W_NEG, W_PRON } from './words.js';
import { BE_FORMS } from '../../lexicon/function-words.js';

const RELATIVES = new Set(['who', 'which', 'that']);

/** the start of the passive group "is (not) (widely) expected" ending at the participle `i`, or -1 */
function passiveStart(v: View, i: number, floor: number): number {
  let g = i;
  while (g - 1 >= floor && (inClass(v, g - 1, W_NEG) || inClass(v, g - 1, W_ADV) || lyAdverb(v, g - 1))) g--;
  if (g - 1 < floor || !BE_FORMS.has(v.lower[g - 1]!)) return -1;
  g--;
  // "will (not) be expected", "has been expected"
  while (g - 1 >= floor && (inClass(v, g - 1, W_AUX) || inClass(v, g - 1, W_NEG))) g--;
  return g;
}

/** the subject before the group at `g`: a relative pronoun, or the noun phrase ending right there */
function subjectBefore(v: View, g: number, floor: number): NP | null {
  if (g - 1 >= floor && RELATIVES.has(v.lower[g - 1]!)) return { start: g - 1, end: g, head: g - 1 };
  const np = leftNP(v, g, floor);
  if (!np || np.end !== g || v.lower[np.start] === 'there' || inanimateSource(v, np)) return null;
  // "NCLB's replacement, which the Senate is expected to vote on": the relative pronoun is the
  // object of what is expected, so it opens the content (as after a cue verb in indirect.ts)
  if (np.start - 1 >= floor && (v.lower[np.start - 1] === 'which' || v.lower[np.start - 1] === 'whom')) return { ...np, start: np.start - 1 };
  return np;
}

/**
 * The infinitive ends with its clause: at a comma that hands over to the main clause of a
 * relative or subordinate subject ("…, who is expected to deliver it, spoke", "while X are
 * expected to back her, she …"); a comma inside the phrase ("a forceful, top-to-bottom
 * indictment") does not end it.
 */
function clauseEnd(v: View, start: number, fe: number): number {
  for (let j = start + 1; j + 1 < fe; j++) {
    if (!isPunct(v, j, ',') || v.inQuote[j]! >= 0) continue;
    const n = v.lower[j + 1]!;
    if (inClass(v, j + 1, W_PRON) || inClass(v, j + 1, W_AUX) || v.tagged && posIn(v, j + 1, PB_VERB | PB_AUX | PB_PRON)) return j;
  }
  return fe;
}

export function attachRaisingSubjects(st: State): void {
  const v = st.v;
  for (const { s, e, ce } of attributableSentences(v, 4)) {
    for (let i = s + 2; i + 2 < ce; i++) {
      if (v.lower[i + 1] !== 'to' || st.usedTok[i] || v.inQuote[i]! >= 0) continue;
      // (a word in no cue table has no entry: the view's bit before the lookup)
      const entry = (v.wordIn[i]! & IN_CUES) === 0 ? undefined : v.lex.cues.get(v.lower[i]!);
      if (!entry || !v.lex.is('raising-passive', entry.lemma) || !looksPastParticiple(v.lower[i]!)) continue;
      i = raisingPassiveAt(st, i, s, ce);
    }
  }
}

/**
 * The raising passive at token `i` ("is expected" before "to") in sentence [s, ce) with its subject
 * before it, accepted; returns where the scan resumes: `i` when there is none. (Apart from the scan:
 * the per-token loop compiles small, this rarer path on its own.)
 */
function raisingPassiveAt(st: State, i: number, s: number, ce: number): number {
  const v = st.v;
  const g = passiveStart(v, i, s);
  if (g < 0) return i;
  const subj = subjectBefore(v, g, s);
  if (!subj) return i;
  const fe = clauseEnd(v, i + 1, forwardEnd(v, i + 1, ce));
  if (fe <= i + 2 || !isFree(st, subj.start, i + 1) || !isFree(st, i + 1, fe)) return i;
  accept(st, {
    content: [tokSpan(v, subj.start, subj.end), { start: v.tokens[i + 1]!.start, end: extendToQuote(v, fe - 1) }],
    cue: tokSpan(v, g, i + 1),
    source: null,
    sourceHead: null,
    addressee: null,
    kind: 'indirect',
    sent: v.tokens[i]!.sent,
    rule: RELATIVES.has(v.lower[subj.start]!) && subj.end - subj.start === 1 ? 'quotes:raising-passive-relative' : 'quotes:raising-passive-subject',
    origin: 'indirect-passive',
  });
  return fe - 1;
}
