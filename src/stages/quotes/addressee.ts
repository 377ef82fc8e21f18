// The addressee where the text names one: "told X", "assured X", "responded to X", "said to X",
// "wrote to X", "in a letter to X". PolNeAR does not annotate recipients; the seed and our users do.
import type { Span } from '../../core/span.js';
import type { Cue } from './cues.js';
import { is } from './words.js';
import { isCap, isPossessive, isPunct, isWord, tokSpan, type View } from './view.js';

const DIRECT_OBJECT = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'urge', 'ask', 'thank']);
const TO_OBJECT = new Set(['say', 'respond', 'reply', 'write', 'explain', 'complain', 'announce', 'declare', 'admit', 'speak', 'tweet']);

/** [start, end) tokens of a short noun phrase starting at i: determiner, modifiers, names. */
export function shortNP(v: View, i: number, ceil: number): [number, number] | null {
  let j = i;
  if (j < ceil && is('pron', v.lower[j]!) && !['it', 'who', 'there'].includes(v.lower[j]!)) return [j, j + 1];
  if (['him', 'her', 'them', 'me', 'us'].includes(v.lower[j] ?? '')) return [j, j + 1];
  if (j < ceil && is('det', v.lower[j]!) && v.lower[j] !== 'that') j++;
  const s0 = j;
  while (j < ceil && j - s0 < 8 && isWord(v, j)) {
    const l = v.lower[j]!;
    if (is('stop', l) || is('prep', l) || is('aux', l) || is('pron', l) || is('time', l)) break;
    // a lower-case word after a name starts the content ("told Healey the plan…")
    if (j > s0 && !isCap(v, j) && isCap(v, j - 1)) break;
    j++;
    if (isPossessive(v, j)) j++;
    if (j > s0 && !isCap(v, j - 1) && !isCap(v, j)) break; // one common noun ("reporters")
  }
  return j > s0 ? [i, j] : null;
}

export function addresseeAfter(v: View, cue: Cue, ceil: number): Span | null {
  const lemma = cue.entry.lemma;
  let i = cue.end;
  if (DIRECT_OBJECT.has(lemma)) {
    if (cue.end > cue.head + 1 && !isPunct(v, cue.end - 1, ':')) return null; // "warned of …": no object
    const np = shortNP(v, i, ceil);
    if (!np) return null;
    // "told reporters" — any listener; other verbs take a person or an organisation by name
    if (lemma !== 'tell' && !isCap(v, np[0]) && !['him', 'her', 'them', 'us', 'me', 'you'].includes(v.lower[np[0]]!) && !is('det', v.lower[np[0]]!)) return null;
    return tokSpan(v, np[0], np[1]);
  }
  if (TO_OBJECT.has(lemma)) {
    // skip "in a letter", "in a tweet" before "to X"
    if (v.lower[i] === 'in' && is('det', v.lower[i + 1] ?? '') && i + 3 < ceil) i += 3;
    if (v.lower[i] !== 'to') return null;
    const np = shortNP(v, i + 1, ceil);
    return np ? tokSpan(v, np[0], np[1]) : null;
  }
  return null;
}
