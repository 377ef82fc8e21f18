// Runs one global pattern over the text and collects what its builder accepts. Patterns are
// compiled once per generator; the scan is a single left-to-right pass.
import type { Candidate } from '../frame.js';

export type Builder = (m: RegExpExecArray, text: string) => Candidate | null;

export function scan(re: RegExp, text: string, build: Builder, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
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
 * The leftmost match of sticky pattern `re` (which ends in `$`) that starts a word within `reach`
 * characters before `end` and runs up to `end`: how a generator reads the quantity before a key
 * word it found ("twenty-five" before "years ago") without trying a long alternation at every
 * offset of the text. Returns the match (its groups) and where it starts in `text`, or null.
 */
export function lookBack(text: string, end: number, re: RegExp, reach: number): { m: RegExpExecArray; start: number } | null {
  const from = Math.max(0, end - reach);
  const window = text.slice(from, end);
  for (let i = 0; i < window.length; i++) {
    if (!WORD_CHAR.test(window[i]!) || (from + i > 0 && WORD_CHAR.test(text[from + i - 1]!))) continue;
    re.lastIndex = i;
    const m = re.exec(window);
    if (m) return { m, start: from + i };
  }
  return null;
}
