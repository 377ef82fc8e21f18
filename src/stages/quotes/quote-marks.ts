// Quote-mark candidates: every double-quoted stretch of each paragraph, found in one left-to-right
// pass (linear in the text, whatever the number of marks). Curly “…”, straight "…" and PTB-style
// ``…'' / ''…'' marks are paired; single quotes inside a double quote are nested quotes and stay
// part of the outer content. AP style: a quote still open at the end of a paragraph continues when
// the next paragraph opens with a quote mark ("the closing mark is left off when the quote runs on").
import type { Paragraph } from '../../core/doc.js';
import type { QuoteMarkSpan } from './types.js';
import { doubleMarkAt, doubleMarkStarts } from '../../lexicon/quote-marks.js';


function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

/** true when text[a, b) holds a character that is not white space */
function hasNonSpace(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isSpace(text[k])) return true;
  return false;
}

export function findQuoteMarks(text: string, paragraphs: readonly Paragraph[]): QuoteMarkSpan[] {
  const out: QuoteMarkSpan[] = [];
  let pendingOpen = -1; // index in `out` of an unclosed quote of the previous paragraph
  // the characters that can start a double mark, found by the regex engine's scan: the loop below
  // visits only them (a test of every character was ≈ 3% of the stage). `hit` is the first
  // candidate at or after `from` (text.length when none), searched again only when the loop has
  // passed it or stands before `from`, so the text is scanned once.
  const starts = doubleMarkStarts();
  let from = text.length + 1;
  let hit = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    let open = -1;
    let firstInPara = true;
    for (let i = ps; i < pe; i++) {
      if (i < from || i > hit) {
        starts.lastIndex = i;
        hit = starts.test(text) ? starts.lastIndex - 1 : text.length;
        from = i;
      }
      if (hit >= pe) break;
      // (the characters skipped are no mark: the first non-space among them ends the paragraph's start)
      if (firstInPara && hasNonSpace(text, i, hit)) firstInPara = false;
      i = hit;
      const m = doubleMarkAt(text, i);
      if (!m) {
        if (firstInPara && !isSpace(text[i])) firstInPara = false;
        continue;
      }
      let opening: boolean;
      if (m.kind === 'open') opening = true;
      // a closing mark typed where an opening one belongs: nothing open, after a space, glued to
      // the next word ("\n”Mr. Trump embodies …”")
      else if (m.kind === 'close') opening = open < 0 && isSpace(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i + m.len] ?? '');
      else if (open >= 0) opening = false;
      else {
        // a straight mark with nothing open opens, unless it is glued to the word before it
        // and followed by space (then it is a stray closing mark, e.g. after an unmatched opener)
        opening = isSpace(text[i - 1]) || /[(\[—–-]/.test(text[i - 1] ?? ' ') || !isSpace(text[i + m.len]);
      }
      if (opening) {
        // a second opener before any closer means the first was left open: restart here, which
        // keeps the pass linear and never pairs marks across the broken quote
        if (firstInPara && pendingOpen >= 0) {
          out[pendingOpen]!.next = out.length;
        }
        open = i;
      } else if (open >= 0) {
        out.push({ start: open, end: i + m.len, paragraph: p, closed: true, next: -1, continued: false });
        open = -1;
      }
      firstInPara = false;
      i += m.len - 1;
    }
    pendingOpen = -1;
    if (open >= 0) {
      let end = pe;
      while (end > open && isSpace(text[end - 1])) end--;
      out.push({ start: open, end, paragraph: p, closed: false, next: -1, continued: false });
      pendingOpen = out.length - 1;
    }
  }
  // a `next` link must point at a span of the following paragraph that starts it
  for (const q of out) {
    if (q.next >= 0) {
      const n = out[q.next];
      if (!n || n.paragraph !== q.paragraph + 1) q.next = -1;
      else n.continued = true;
    }
  }
  return out;
}

