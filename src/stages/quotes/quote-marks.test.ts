import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './quote-marks.js';

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
