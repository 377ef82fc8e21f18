// A clock time told outside a quotation does not take its day from a date inside it:
// '"Talks resume on Monday," the minister said 3 p.m. EST' — Monday is when the talks resume,
// 3 p.m. is when the minister spoke. The time stage runs before quotes are found, so it reads the
// double quotation marks themselves (the lexicon's table: single marks double as apostrophes),
// within one paragraph (a quotation running over paragraphs reopens its mark at each one and never
// closes the earlier ones).
import { doubleMarkAt, doubleMarkStarts } from '../../lexicon/quote-marks.js';

/** Where a paragraph's double quotation marks stand, to ask which side of them two offsets lie. */
export class QuoteSides {
  private readonly marks: number[] = [];

  constructor(text: string) {
    const starts = doubleMarkStarts();
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
      const mark = doubleMarkAt(text, m.index);
      if (!mark) continue;
      this.marks.push(m.index);
      starts.lastIndex = m.index + mark.len;
    }
  }

  /** How many marks stand in [from, to). */
  private count(from: number, to: number): number {
    return this.firstAtOrAfter(to) - this.firstAtOrAfter(from);
  }

  private firstAtOrAfter(offset: number): number {
    let lo = 0, hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.marks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether a time ending at `anchorEnd` stands inside a quotation that closes before `at` — both
   * in the paragraph starting at `paragraphStart`: an odd number of marks before the anchor in its
   * paragraph (it is quoted) and an odd number between it and `at` (the quotation closed between).
   */
  quotedBefore(paragraphStart: number, anchorEnd: number, at: number): boolean {
    return this.count(paragraphStart, anchorEnd) % 2 === 1 && this.count(anchorEnd, at) % 2 === 1;
  }
}
