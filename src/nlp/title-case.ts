// Headline casing: a paragraph written in title case ("Trump Says He Will Build The Wall.") starts
// nearly every word with a capital, so a capital after a gap says nothing about a sentence start.
// The learned boundary classifier (sentence-boundary.ts) keys on exactly that signal for the
// unpunctuated ends of web text, and split such headlines mid-clause ("Trump Says | He Will …"),
// which cut the headline's attribution in two. A title-cased paragraph keeps only the rule ends.
import type { RawToken } from './tokenize.js';
import * as chars from './tokenize-chars.js';

const { isDigit, isLetter, isLower, isUpper } = chars; // read once (see tokenize.ts)

/**
 * Marks of e-mail headers and signature blocks, which are title-cased too but hold several
 * unpunctuated lines ("Sara Shackleton 02/27/2001 08:23 AM Dee,", "Regards, Ken Rice"): a digit,
 * a comma, a colon or an at-sign anywhere rules a headline out (EWT train: 34 of its 109
 * title-cased paragraphs have such inner sentence ends, all of them with one of these marks).
 */
function isBlockMark(c: number): boolean {
  return isDigit(c) || c === 44 || c === 58 || c === 64;
}

/** Fewer words than this is a name or a label, not a headline: the classifier decides as before. */
const MIN_WORDS = 4;
/** Lower-case words a title keeps lower-case are short function words ("of", "the", "with", "from"). */
const MAX_LOWER_WORD = 4;
/** Share of words that must start with a capital. */
const MIN_CAPITAL_SHARE = 0.75;

/**
 * True when tokens[from, to) read as a title-cased line: at least MIN_WORDS words, at least
 * MIN_CAPITAL_SHARE of them capitalised, and every lower-case word a short function word.
 * Linear in the characters of the paragraph.
 */
export function isTitleCased(text: string, tokens: readonly RawToken[], from: number, to: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    for (let k = t.start; k < t.end; k++) if (isBlockMark(text.charCodeAt(k))) return false;
    const c = text.charCodeAt(t.start);
    if (!isLetter(c)) continue;
    words++;
    if (isUpper(c)) capitals++;
    else if (isLower(c) && t.end - t.start > MAX_LOWER_WORD) return false;
  }
  return words >= MIN_WORDS && capitals >= MIN_CAPITAL_SHARE * words;
}
