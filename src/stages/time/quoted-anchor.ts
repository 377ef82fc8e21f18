// A clock time told outside a quotation does not take its day from a date inside it:
// '"Talks resume on Monday," the minister said 3 p.m. EST' — Monday is when the talks resume,
// 3 p.m. is when the minister spoke. The time stage runs before quotes are found, so it reads the
// double quotation marks themselves, within one paragraph (a quotation running over paragraphs
// reopens its mark at each one and never closes the earlier ones).

/** Double quotation marks: straight and curly (single marks double as apostrophes). */
const DOUBLE_MARK = /["“”]/g;

/** Where a paragraph's double quotation marks stand, to ask which side of them two offsets lie. */
export class QuoteSides {
  private readonly marks: number[] = [];

  constructor(text: string) {
    DOUBLE_MARK.lastIndex = 0;
    for (let m = DOUBLE_MARK.exec(text); m; m = DOUBLE_MARK.exec(text)) this.marks.push(m.index);
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
