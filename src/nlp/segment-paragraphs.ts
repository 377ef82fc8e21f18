// Paragraphs of plain text: one line is one paragraph (blank lines separate too), trimmed of the
// white space around it. Line breaks are \n, \r\n, \r, \f, \v and the Unicode line/paragraph separators.
import type { Paragraph } from '../core/doc.js';
import * as chars from './tokenize-chars.js';

const { isSpace } = chars; // read once (see tokenize.ts)

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11;
}

export function paragraphSpans(text: string, from = 0, to = text.length): Paragraph[] {
  const out: Paragraph[] = [];
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && !isLineBreak(text.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
    i = j + 1;
  }
  return out;
}
