import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './quote-marks.js';
import { doubleMarkAt } from '../../lexicon/quote-marks.js';
import type { Paragraph } from '../../core/doc.js';
import type { QuoteMarkSpan } from './types.js';

const paras = (text: string) => {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
};
const spans = (text: string) => findQuoteMarks(text, paras(text)).map((q) => text.slice(q.start, q.end));

describe('findQuoteMarks', () => {
  it('pairs curly, straight and PTB-style marks', () => {
    expect(spans('A “b c” d "e f" g ``h i\'\' j')).toEqual(['“b c”', '"e f"', "``h i''"]);
  });
  it('reads a closing mark typed at the start of a quotation as its opening', () => {
    expect(spans('Reader comments:\n”He represents our greatest shame.” ― Sonya H.')).toEqual(['”He represents our greatest shame.”']);
    expect(spans('“It works,” he said. ” Then')).toEqual(['“It works,”']);
  });
  it('keeps single quotes nested inside a double quote', () => {
    expect(spans('He said “they called it ‘a win’ at once” later.')).toEqual(['“they called it ‘a win’ at once”']);
  });
  it('does not take apostrophes for quotes', () => {
    expect(spans("It's the mayor's plan, isn’t it?")).toEqual([]);
  });
  it('links an unclosed paragraph to the next paragraph that opens with a mark (AP style)', () => {
    const text = '“One two.\n“Three four.\n“Five.”\nAfter.';
    const marks = findQuoteMarks(text, paras(text));
    expect(marks.map((q) => [text.slice(q.start, q.end), q.closed, q.continued])).toEqual([
      ['“One two.', false, false],
      ['“Three four.', false, true],
      ['“Five.”', true, true],
    ]);
    expect(marks[0]!.next).toBe(1);
    expect(marks[1]!.next).toBe(2);
  });
  it('a second opener before any closer restarts the quote', () => {
    expect(spans('“broken and “whole” end')).toEqual(['“whole”']);
  });
  it('finds what a test of every character finds (the scan jumps between the characters a mark can start with)', () => {
    // the scan as it was before it jumped: every character of each paragraph tested in turn
    const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
    const everyChar = (text: string, paragraphs: readonly Paragraph[]): QuoteMarkSpan[] => {
      const out: QuoteMarkSpan[] = [];
      let pendingOpen = -1;
      for (let p = 0; p < paragraphs.length; p++) {
        const { start: ps, end: pe } = paragraphs[p]!;
        let open = -1;
        let firstInPara = true;
        for (let i = ps; i < pe; i++) {
          const m = doubleMarkAt(text, i);
          if (!m) {
            if (firstInPara && !isSpace(text[i])) firstInPara = false;
            continue;
          }
          let opening: boolean;
          if (m.kind === 'open') opening = true;
          else if (m.kind === 'close') opening = open < 0 && isSpace(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i + m.len] ?? '');
          else if (open >= 0) opening = false;
          else opening = isSpace(text[i - 1]) || /[(\[—–-]/.test(text[i - 1] ?? ' ') || !isSpace(text[i + m.len]);
          if (opening) {
            if (firstInPara && pendingOpen >= 0) out[pendingOpen]!.next = out.length;
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
      for (const q of out) {
        if (q.next >= 0) {
          const n = out[q.next];
          if (!n || n.paragraph !== q.paragraph + 1) q.next = -1;
          else n.continued = true;
        }
      }
      return out;
    };
    // texts of marks, apostrophes, backticks, spaces, letters and paragraph breaks (seeded, so a failure repeats)
    const alphabet = ['“', '”', '„', '"', "''", '``', '`', "'", '’', '‘', ' ', ' ', 'a', 'b', '1', '(', '—', '\n', '\u00a0', '.'];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    let withMarks = 0;
    for (let t = 0; t < 3000; t++) {
      let text = '';
      const len = 1 + rand(40);
      for (let k = 0; k < len; k++) text += alphabet[rand(alphabet.length)];
      const ps = paras(text);
      const got = findQuoteMarks(text, ps);
      expect([text, got]).toEqual([text, everyChar(text, ps)]);
      if (got.length) withMarks++;
    }
    expect(withMarks).toBeGreaterThan(500);
  });

  it('runs in linear time on 10,000 quote marks in one paragraph', () => {
    const time = (n: number) => {
      const text = 'x “a” '.repeat(n / 2);
      const t = performance.now();
      const got = findQuoteMarks(text, [{ start: 0, end: text.length }]);
      expect(got).toHaveLength(n / 2);
      return performance.now() - t;
    };
    time(10_000);
    const a = time(10_000);
    const b = time(40_000);
    expect(b / Math.max(a, 0.5)).toBeLessThan(12); // 4× the marks, well under 16× (quadratic)
  });
});
