// The addressee where the text names one: "told X", "assured X", "responded to X", "said to X",
// "wrote to X", "in a letter to X". PolNeAR does not annotate recipients; the seed and our users do.
import type { Span } from '../../core/span.js';
import type { Cue } from './cues.js';
import { inClass, isCap, isPossessive, isPunct, isWord, tokSpan, type View } from './view.js';
import { OBJECT_PRONOUNS } from '../../lexicon/function-words.js';
import { W_AUX, W_DET, W_GATHERING, W_PREP, W_PRON, W_STOP, W_TIME } from './words.js';
import { OBJECT_LISTENER_VERBS, TO_LISTENER_VERBS } from '../../lexicon/listener-verbs.js';


/** [start, end) tokens of a short noun phrase starting at i: determiner, modifiers, names. */
export function shortNP(v: View, i: number, ceil: number): [number, number] | null {
  let j = i;
  if (j < ceil && inClass(v, j, W_PRON) && !['it', 'who', 'there'].includes(v.lower[j]!)) return [j, j + 1];
  if (OBJECT_PRONOUNS.has(v.lower[j] ?? '')) return [j, j + 1];
  if (j < ceil && inClass(v, j, W_DET) && v.lower[j] !== 'that') j++;
  const s0 = j;
  while (j < ceil && j - s0 < 8 && isWord(v, j)) {
    const l = v.lower[j]!;
    if (inClass(v, j, W_STOP) || inClass(v, j, W_PREP) || inClass(v, j, W_AUX) || inClass(v, j, W_PRON) || inClass(v, j, W_TIME)) break;
    // a lower-case word after a name starts the content ("told Healey the plan…")
    if (j > s0 && !isCap(v, j) && isCap(v, j - 1)) break;
    j++;
    if (isPossessive(v, j)) j++;
    if (j > s0 && !isCap(v, j - 1) && !isCap(v, j)) break; // one common noun ("reporters")
  }
  if (j > s0 && j - s0 < 8) j = compoundEnd(v, s0, j, ceil, s0 > i);
  return j > s0 ? [i, j] : null;
}

const NOUN_XPOS = new Set(['NN', 'NNS']);

/**
 * With the tagger: a compound after the first common word ("state television", "a weekly news
 * briefing") and, after a determiner, a name in apposition to it ("the state broadcaster RTS").
 * Without tags the phrase stays one word: a bare "told reporters the plan" must not swallow content.
 */
function compoundEnd(v: View, s0: number, j: number, ceil: number, determined: boolean): number {
  const plain = (k: number) => isWord(v, k) && !isCap(v, k) && !inClass(v, k, W_STOP) && !inClass(v, k, W_TIME) && !inClass(v, k, W_PREP) && !inClass(v, k, W_AUX) && !inClass(v, k, W_PRON) && !inClass(v, k, W_DET) && v.inQuote[k]! < 0;
  if (isCap(v, j - 1)) return j;
  if (!v.tagged) {
    // untagged: lower-case words only when a clear boundary ("that", a comma or colon, a quote)
    // follows them, so "told reporters the plan would fail" keeps one word
    let k = j;
    while (k < ceil && k - s0 < 4 && plain(k)) k++;
    return k > j && k < ceil && (v.lower[k] === 'that' || isPunct(v, k, ',:') || v.inQuote[k]! >= 0) ? k : j;
  }
  const noun = (k: number) => NOUN_XPOS.has(v.tokens[k]!.xpos) && plain(k);
  if (!(j < ceil && noun(j))) return j;
  while (j < ceil && j - s0 < 6 && noun(j)) j++;
  if (determined) while (j < ceil && j - s0 < 8 && isCap(v, j) && isWord(v, j) && v.tokens[j]!.xpos === 'NNP' && v.inQuote[j]! < 0) j++;
  return j;
}

/** the addressee span, or null when its head names an event rather than a listener */
export function listener(v: View, np: readonly [number, number]): Span | null {
  return inClass(v, np[1] - 1, W_GATHERING) ? null : tokSpan(v, np[0], np[1]);
}

/** The addressee after a cue, or null (a gathering is no addressee: see listener()). */
export function addresseeAfter(v: View, cue: Cue, ceil: number): Span | null {
  const np = objectAfter(v, cue, ceil);
  return np && listener(v, np);
}

/** The phrase after a cue in the addressee's slot ("told reporters", "said to X"), listener or not. */
export function objectAfter(v: View, cue: Cue, ceil: number): [number, number] | null {
  const lemma = cue.entry.lemma;
  let i = cue.end;
  if (Object.hasOwn(OBJECT_LISTENER_VERBS, lemma)) {
    if (cue.end > cue.head + 1) return null; // "warned of …": no object
    const np = shortNP(v, i, ceil);
    if (!np) return null;
    // "told reporters" — any listener; other verbs take a person or an organisation by name
    if (lemma !== 'tell' && !isCap(v, np[0]) && !(OBJECT_PRONOUNS.has(v.lower[np[0]]!) || v.lower[np[0]] === 'you') && !inClass(v, np[0], W_DET)) return null;
    return np;
  }
  if (Object.hasOwn(TO_LISTENER_VERBS, lemma)) {
    // skip "in a letter", "in a tweet" before "to X"
    if (v.lower[i] === 'in' && inClass(v, i + 1, W_DET) && i + 3 < ceil) i += 3;
    if (v.lower[i] !== 'to') return null;
    return shortNP(v, i + 1, ceil);
  }
  return null;
}
