// The sentence splitter: decides, over the tokens of one paragraph, where sentences end.
// Candidates are sentence-final marks (. ! ? … and abbreviations that kept their period); closing
// quotes and brackets written against the mark belong to the sentence ("…end.” He said → split
// after ”). Refiners then veto a candidate: inside a bracket pair ("(the European)") nothing splits;
// after a title (Gen., Sen.) or before a lower-case word nothing splits; after an abbreviation that
// may end a sentence (U.S., Inc.) only a following sentence-starter word ("The", "He") splits; a
// list number ("1. The …") and a sentence of marks only ("..." opening a line) never end. Two
// weaker candidates come from web text: a smiley before a capital, and a time-stamp header line.
// A quote running over several sentences is still split: quotes are a separate layer.
// Cost: one pass to pair brackets (a stack) and one pass over the candidates, linear in tokens.
import type { RawToken } from './tokenize.js';
import type { TokenizeLexicon } from './tokenize-lexicon.js';
import { tokenizeLexicon } from './tokenize-lexicon.js';
import * as chars from './tokenize-chars.js';

const { isDigit, isLetter, isLower, isUpper } = chars; // read once (see tokenize.ts)

/** A bracket pair further apart than this is taken as a stray mark, not an enclosure. */
export const MAX_BRACKET_TOKENS = 80;

/**
 * Returns, for tokens[from, to) (one paragraph), the exclusive end index of each sentence in order;
 * the last one is always `to` (when from < to).
 */
export function splitSentences(
  text: string,
  tokens: readonly RawToken[],
  from = 0,
  to = tokens.length,
  lex: TokenizeLexicon = tokenizeLexicon(),
): number[] {
  const ends: number[] = [];
  if (from >= to) return ends;
  // (most paragraphs hold no bracket: then nothing is enclosed and nothing closes a pair, and the
  // three arrays of bracketPairs are not made — typed arrays are slow to allocate, and this ran for
  // every paragraph)
  const br = hasBracket(text, tokens, from, to) ? bracketPairs(text, tokens, from, to) : null;
  let sentStart = from;
  let hasWord = false; // a sentence of marks only ("..." opening a paragraph) does not end
  for (let k = from; k < to - 1; k++) {
    const tk = tokens[k]!;
    if (!hasWord && isWordToken(text, tk)) hasWord = true;
    const kind = terminalKind(text, tk) ?? (isTimestampEnd(text, tokens, k, from, to, lex) ? 'timestamp' : null);
    if (kind === null || !hasWord) continue;
    // absorb closing quotes/brackets written against the mark (no space before them)
    let m = k + 1;
    let midBracket = false;
    while (m < to && isClosingMark(text, tokens, m)) {
      // "… (the European Union. It met.) agreed": a bracket opened inside the sentence keeps it going
      if (br && br.opener[m - from]! > sentStart) midBracket = true;
      m++;
    }
    m = skipFootnotes(text, tokens, m, to);
    // a smiley after the mark belongs to the sentence it comments: "… great. =) I'm …"
    while (m < to - 1 && terminalKind(text, tokens[m]!) === 'emoticon') m++;
    if (m >= to) break;
    if (br && br.depth[m - from]! > 0) continue; // inside ( … ) or [ … ]
    // "“Why?” he asked" and "(… met.) agreed": a lower-case word after a closing mark goes on
    if ((midBracket || m > k + 1) && isLower(text.charCodeAt(tokens[m]!.start))) continue;
    const next = tokens[m]!;
    if (!startsSentence(text, kind, tk, k > from ? tokens[k - 1] : undefined, next, lex)) continue;
    // "1. The …" and "my comments: 1. In …": a list number, not a sentence end
    if (kind === 'period' && k > from && isNumber(text, tokens[k - 1]!) && (k === sentStart + 1 || (k >= from + 2 && text.charCodeAt(tokens[k - 2]!.start) === 58))) continue;
    ends.push(m);
    sentStart = m;
    hasWord = false;
    k = m - 1;
  }
  ends.push(to);
  return ends;
}

type Terminal = 'period' | 'bang' | 'ellipsis' | 'abbrev' | 'emoticon' | 'timestamp';

const EMOTICONS: ReadonlySet<string> = new Set([':)', ':(', ';)', ':D', ':P', ';P', ':-)', ':-(', ';-)', ':-D', ':-P', '=)']);

function terminalKind(text: string, tk: RawToken): Terminal | null {
  const c = text.charCodeAt(tk.end - 1);
  if (c === 41 || c === 40 || c === 68 || c === 80) return tk.end - tk.start <= 3 && EMOTICONS.has(text.slice(tk.start, tk.end)) ? 'emoticon' : null;
  if (tk.abbrev) return tk.abbrev === 'title' || tk.abbrev === 'number' ? null : 'abbrev';
  const n = tk.end - tk.start;
  if (c === 46) return n === 1 ? 'period' : 'ellipsis';
  if (c === 33 || c === 63) {
    for (let i = tk.start; i < tk.end; i++) {
      const d = text.charCodeAt(i);
      if (d !== 33 && d !== 63) return null;
    }
    return 'bang';
  }
  if (c === 0x2026 && text.charCodeAt(tk.start) === 0x2026) return 'ellipsis';
  return null;
}

/** a closing quote or bracket glued to the token before it (straight quotes decided by spacing) */
function isClosingMark(text: string, tokens: readonly RawToken[], m: number): boolean {
  const t = tokens[m]!;
  if (t.end - t.start > 2) return false;
  const c = text.charCodeAt(t.start);
  const glued = t.start === tokens[m - 1]!.end;
  switch (c) {
    case 0x201d: // ”
    case 0xbb: // »
      return true;
    case 0x2019: // ’
    case 34: // "
    case 39: // '
    case 41: // )
    case 93: // ]
    case 125: // }
      return glued;
    default:
      return false;
  }
}

function startsSentence(text: string, kind: Terminal, tk: RawToken, prev: RawToken | undefined, next: RawToken, lex: TokenizeLexicon): boolean {
  const c = text.charCodeAt(next.start);
  if (isOpeningMark(c)) {
    // an opening quote or bracket: judge the word it opens ("… at 10 a.m. (CDT)" goes on)
    if (kind === 'abbrev' && (c === 40 || c === 91)) return false;
    const d = next.end < text.length ? text.charCodeAt(next.end) : 0;
    return isUpper(d) || isDigit(d);
  }
  if (kind === 'timestamp') return true; // decided in isTimestampEnd
  if (kind === 'abbrev') {
    if (lex.sentenceStarters.has(text.slice(next.start, next.end))) return true;
    // "etc." and the like usually end what they close: any capitalised word starts anew
    return tk.abbrev === 'end' && isUpper(c);
  }
  // web and wire text do start sentences in lower case ("… believe. i think"); after a plain period
  // only when the word before it is not a short capitalised word (an abbreviation we do not list)
  if (isLower(c)) return kind === 'bang' || (kind === 'period' && !shortCapitalised(text, prev));
  if (kind === 'ellipsis' || kind === 'emoticon') return isUpper(c);
  // a word, number or symbol that opens text ($5, @user) starts one, and so does a separator line
  // or signature mark (--, ***, ==, ~); other marks (, . ) ; -) continue the sentence
  if (isUpper(c) || isDigit(c) || isLetter(c) || c === 36 || c === 0xa3 || c === 0x20ac || c === 64 || c === 35) return true;
  if (c === 126 || c === 0x2014) return true;
  return (c === 45 || c === 42 || c === 61 || c === 95) && next.end - next.start >= 2;
}

function shortCapitalised(text: string, t: RawToken | undefined): boolean {
  if (!t || t.end - t.start > 4 || !isUpper(text.charCodeAt(t.start))) return false;
  for (let i = t.start + 1; i < t.end; i++) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "… 04/30/2001 01:39:56 PM Dear Mr. Horton": a clock time with AM/PM followed by a capitalised word
 * that does not continue the time (ET, Tuesday) ends a time-stamp line of an e-mail or feed header.
 */
function isTimestampEnd(text: string, tokens: readonly RawToken[], k: number, from: number, to: number, lex: TokenizeLexicon): boolean {
  const t = tokens[k]!;
  if (t.end - t.start !== 2 || k === from || k + 1 >= to) return false;
  const a = text.charCodeAt(t.start);
  if ((a !== 65 && a !== 80) || text.charCodeAt(t.start + 1) !== 77) return false;
  const p = tokens[k - 1]!;
  let colon = false;
  for (let i = p.start; i < p.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colon = true;
    else if (!isDigit(c)) return false;
  }
  if (!colon) return false;
  const n = tokens[k + 1]!;
  return isUpper(text.charCodeAt(n.start)) && !lex.timeWords.has(text.slice(n.start, n.end));
}

function isWordToken(text: string, t: RawToken): boolean {
  for (let i = t.start; i < t.end; i++) if (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i))) return true;
  return false;
}

function isNumber(text: string, t: RawToken): boolean {
  for (let i = t.start; i < t.end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return t.end - t.start <= 3;
}

/** footnote marks after a sentence belong to it: "… in 1971. [1] [2] Fillmore …" */
function skipFootnotes(text: string, tokens: readonly RawToken[], m: number, to: number): number {
  while (m + 2 < to && text.charCodeAt(tokens[m]!.start) === 91 && text.charCodeAt(tokens[m + 2]!.start) === 93 && isNumber(text, tokens[m + 1]!)) m += 3;
  return m;
}

function isOpeningMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 0xab;
}

/** true when tokens[from, to) hold a round or square bracket (a one-character token), the only
 * tokens bracketPairs pairs: without one, every depth is 0 and every opener -1 */
export function hasBracket(text: string, tokens: readonly RawToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.end - t.start !== 1) continue;
    const c = text.charCodeAt(t.start);
    if (c === 40 || c === 91 || c === 41 || c === 93) return true;
  }
  return false;
}

/**
 * depth[i - from] = how many bracket pairs enclose token i (the brackets themselves are outside);
 * opener[i - from] = the token index of the bracket a closing bracket i closes, else -1.
 * Pairs are matched with a stack; an opener whose closer is further than MAX_BRACKET_TOKENS away,
 * or never comes, encloses nothing, so a stray "(" cannot swallow the rest of a paragraph.
 */
export function bracketPairs(text: string, tokens: readonly RawToken[], from: number, to: number): { depth: readonly number[]; opener: readonly number[] } {
  const n = to - from;
  // (plain arrays: a typed array of a paragraph's length is allocated outside the heap, slowly, and
  // this runs for every paragraph that holds a bracket — half of the Wikinews bench's. The depth
  // differences are summed in place: a pair adds at o + 1 and takes away at its closer, both < n.)
  const depth: number[] = new Array<number>(n).fill(0);
  const opener: number[] = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.end - t.start !== 1) continue;
    const c = text.charCodeAt(t.start);
    if (c === 40 || c === 91) stack.push(i);
    else if (c === 41 || c === 93) {
      const want = c === 41 ? 40 : 91;
      // drop openers of the other kind left unclosed inside this pair
      while (stack.length && text.charCodeAt(tokens[stack[stack.length - 1]!]!.start) !== want) stack.pop();
      const o = stack.pop();
      if (o === undefined || i - o > MAX_BRACKET_TOKENS) continue;
      depth[o + 1 - from]! += 1;
      depth[i - from]! -= 1;
      opener[i - from] = o;
    }
  }
  let d = 0;
  for (let i = 0; i < n; i++) {
    d += depth[i]!;
    depth[i] = d;
  }
  return { depth, opener };
}
