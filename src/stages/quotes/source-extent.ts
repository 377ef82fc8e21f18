// How far a source phrase reaches to the left, from the parse: PolNeAR marks a source as its whole
// noun phrase — quantifiers, coordinations and the modifiers that identify it ("Large majorities of
// Republican primary voters in six states", "She and her defenders", "at least a dozen members of
// Congress") — where the surface rule (source-np.ts) stops at the first preposition object, number
// or conjunction it cannot place. When the cue verb's parse subject ends where the surface phrase
// ends and starts before it, in the same clause (no comma, colon or quote mark between), the
// subject's start is the source's.
import { cueSubject } from './cue-subject.js';
import { isPunct, isQuoteTok, isWord, type View } from './view.js';

/** at most this many tokens in a source widened from the parse */
const MAX_WIDENED = 18;

/** the verb a cue group starting at `cueStart` is built on: past auxiliaries, negation and adverbs */
function cueVerb(v: View, cueStart: number): number {
  for (let k = cueStart; k < cueStart + 5 && k < v.tokens.length; k++) {
    const t = v.tokens[k]!;
    if (t.pos === 'VERB') return k;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) return -1;
  }
  return -1;
}

/**
 * The start token the source [start, end) before the cue at `cueStart` should have, from the parse:
 * `start` itself unless the cue verb's subject covers the phrase and begins earlier, at or after
 * `floor`, with no clause punctuation between.
 */
export function parsedSourceStart(v: View, cueStart: number, start: number, end: number, floor: number): number {
  if (!v.parsed || !v.tagged) return start;
  const verb = cueVerb(v, cueStart);
  if (verb < 0) return start;
  const subj = cueSubject(v, verb);
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
  for (let k = subj.start; k < start; k++) if (v.tokens[k]!.pos === 'SCONJ') return start;
  return isWord(v, subj.start) ? subj.start : start;
}
