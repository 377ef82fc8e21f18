// Runs one global pattern over the text and collects what its builder accepts. Patterns are
// compiled once per generator; the scan is a single left-to-right pass. A pattern written with /i
// may be compiled caseless (caseless.ts): it then runs on the folded text, and its matches are read
// back from the text.
import type { Candidate } from '../frame.js';
import { driver, execPattern, sliceFolded, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';

export type Builder = (m: RegExpExecArray, text: string) => Candidate | null;

export function scan(p: CaselessPattern, text: string, folded: FoldedText, build: Builder, out: Candidate[]): void {
  const re = driver(p);
  re.lastIndex = 0;
  for (let m = execPattern(p, text, folded); m; m = execPattern(p, text, folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = build(m, text);
    if (c) out.push(c);
  }
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The leftmost match of sticky pattern `p` (which ends in `$`) that starts a word within `reach`
 * characters before `end` and runs up to `end`: how a generator reads the quantity before a key
 * word it found ("twenty-five" before "years ago") without trying a long alternation at every
 * offset of the text. Returns the match (its groups) and where it starts in `text`, or null.
 */
export function lookBack(text: string, folded: FoldedText, end: number, p: CaselessPattern, reach: number): { m: RegExpExecArray; start: number } | null {
  const from = Math.max(0, end - reach);
  const window = text.slice(from, end);
  const foldedWindow = p instanceof RegExp ? null : sliceFolded(folded, from, end);
  const re = driver(p);
  for (let i = 0; i < window.length; i++) {
    if (!WORD_CHAR.test(window[i]!) || (from + i > 0 && WORD_CHAR.test(text[from + i - 1]!))) continue;
    re.lastIndex = i;
    const m = foldedWindow ? execPattern(p, window, foldedWindow) : re.exec(window);
    if (m) return { m, start: from + i };
  }
  return null;
}
