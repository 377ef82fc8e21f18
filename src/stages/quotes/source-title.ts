// A quoted title inside a source's description: "Adam Segal, the author of ''Hacked World Order,''
// who studies …", "Steven Brill, author of “America's Bitter Pill,” a history of …", "one of the
// original “big four” negotiators". PolNeAR keeps the title in the source (train: the inverted
// sources cut at such a mark all run past it); a quotation mark that follows a word, not a comma,
// and closes within a few words is no quotation of the speaker's.
import { isQuoteTok, isWord, type View } from './view.js';

/** at most this many tokens inside a title taken into a source */
const MAX_TITLE = 15;

/** The token after the closing mark of a quoted title opening at token `j`, or -1 when `j` opens none before `ceil`. */
export function titleEnd(v: View, j: number, ceil: number): number {
  const m = v.inQuote[j]!;
  if (m < 0 || !isQuoteTok(v, j) || j === 0 || !isWord(v, j - 1)) return -1;
  const mark = v.marks[m]!;
  if (!mark.closed || v.tokens[j]!.start !== mark.start) return -1;
  let k = j + 1;
  while (k < ceil && k - j <= MAX_TITLE && v.inQuote[k] === m) k++;
  // (the closing mark is the last token of the span; stop unless it was reached)
  return k < ceil && k - j <= MAX_TITLE && v.inQuote[k - 1] === m && isQuoteTok(v, k - 1) && k - 1 > j ? k : -1;
}
