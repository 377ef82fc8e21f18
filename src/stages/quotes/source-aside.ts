// A relative clause after a source the reader already knows is the author's aside, not part of
// the source: "Trump, who has nearly 9 million followers, tweeted …", "Mr. Paulson, who made
// billions …, told investors …". On a first mention the clause introduces the speaker and PolNeAR
// keeps it ("Ann Compton, who covered the White House for 40 years for ABC News, said …").
// PolNeAR train, sources before their cue followed by ", who"/", whose": a bare name (one word,
// at most an abbreviated title before it) named earlier in the article has the clause out 51 /
// in 32; a full name or a description keeps it (in 55 / out 9). After an inverted cue ("…," said
// Trump, who …) the clause stays in either way (in 28 / out 23), so only the left source is cut
// there. On either side a clause saying the source spoke anonymously ("…, who spoke on the
// condition of anonymity") is the circumstance of the report (train: out 8 / in 2).
import type { NP } from './source-np.js';
import { inClass, isCap, isPunct, isWord, type View } from './view.js';
import { W_ANONYMITY } from './words.js';

const RELATIVE_OPENERS = new Set(['who', 'whose']);

/** an abbreviated title before a name ("Mr.", "Ms.", "Sen.", "Dr."): a short capitalised word and its period */
function abbreviatedTitle(v: View, j: number): number {
  if (!/^[A-Z][a-z]{1,3}\.?$/.test(v.tokens[j]!.form)) return 0;
  if (v.tokens[j]!.form.endsWith('.')) return 1;
  return isPunct(v, j + 1, '.') ? 2 : 0;
}

/** the one capitalised name word [s, comma) holds past an abbreviated title, or -1 */
function bareName(v: View, s: number, comma: number): number {
  const t = comma - s > 1 ? abbreviatedTitle(v, s) : 0;
  const k = s + t;
  return k === comma - 1 && isWord(v, k) && isCap(v, k) ? k : -1;
}

/** the name word appears in the article before token `at` (a whole word, same case) */
function namedBefore(v: View, name: number, at: number): boolean {
  const word = v.tokens[name]!.form.replace(/[^\p{L}'’-]/gu, '');
  if (word.length < 2) return false;
  const before = v.text.slice(0, v.tokens[at]!.start);
  return new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(before);
}

/** a word of the anonymity class (data/quote-rule-words.tsv) in tokens [from, to) */
function grantsAnonymity(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (inClass(v, j, W_ANONYMITY)) return true;
  return false;
}

/**
 * The source without a relative clause that is the author's aside: after an already named bare
 * name (`left`: a source before its cue only), or one that says the source spoke anonymously;
 * else `np` unchanged.
 */
export function withoutAsideRelative(v: View, np: NP, head: (s: number, e: number) => number, left: boolean): NP {
  for (let j = np.start + 1; j < np.end - 1; j++) {
    if (!isPunct(v, j, ',')) continue;
    if (!RELATIVE_OPENERS.has(v.lower[j + 1]!)) continue;
    const name = left ? bareName(v, np.start, j) : -1;
    const aside = name >= 0 && namedBefore(v, name, np.start) || grantsAnonymity(v, j + 2, np.end);
    return aside ? { start: np.start, end: j, head: np.head < j ? np.head : head(np.start, j) } : np;
  }
  return np;
}
