// An index over the content spans of all quotes, so that "which quote holds this span" and "which
// quoted content is nearest on either side" are binary searches, not scans of every quote: a
// 2 MB article with 10,000 quote marks stays linear-logarithmic.
import type { Quote } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

interface Entry extends Span {
  readonly quote: Quote;
}

/** How far a lookup walks: nesting and neighbours are shallow in real text. */
const MAX_STEPS = 64;

export class ContentIndex {
  private readonly entries: Entry[];
  /** index of the smallest entry enclosing entry i, or -1 */
  private readonly parent: number[];

  constructor(quotes: readonly Quote[]) {
    this.entries = quotes
      .flatMap((quote) => quote.content.map((c) => ({ start: c.start, end: c.end, quote })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.parent = new Array<number>(this.entries.length).fill(-1);
    const stack: number[] = [];
    this.entries.forEach((e, i) => {
      while (stack.length && this.entries[stack[stack.length - 1]!]!.end < e.end) stack.pop();
      this.parent[i] = stack.length ? stack[stack.length - 1]! : -1;
      stack.push(i);
    });
  }

  /** Index of the last entry starting at or before `offset`, or -1. */
  private lastStartingBy(offset: number): number {
    let lo = 0;
    let hi = this.entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The smallest quoted content holding `s` that belongs to a quote other than `except`. */
  holding(s: Span, except?: Quote): { quote: Quote; content: Span } | null {
    // every entry that holds s starts at or before it, so it holds the last entry starting by
    // s.start or is that entry: climbing the enclosing chain from there finds the smallest
    let i = this.lastStartingBy(s.start);
    for (let steps = 0; i >= 0 && steps < MAX_STEPS; steps++) {
      const e = this.entries[i]!;
      if (s.end <= e.end && e.quote !== except) return { quote: e.quote, content: e };
      i = this.parent[i]!;
    }
    return null;
  }

  /** Quoted content nearest to `focus` on each side, inside `within` (for clause boundaries). */
  cutsAround(focus: Span, within: Span): Span[] {
    const out: Span[] = [];
    let i = this.lastStartingBy(focus.start);
    // on the left the cut that matters ends last, and an enclosing quote can end later than a
    // nested one that starts later: keep the latest end among a bounded number of predecessors
    let left: Entry | null = null;
    for (let steps = 0; i >= 0 && steps < MAX_STEPS; steps++, i--) {
      const e = this.entries[i]!;
      if (e.end <= focus.start && e.end > within.start && (!left || e.end > left.end)) left = e;
    }
    if (left) out.push(left);
    const j = this.lastStartingBy(focus.end - 1) + 1;
    for (let k = j; k < this.entries.length && k < j + MAX_STEPS; k++) {
      const e = this.entries[k]!;
      if (e.start >= within.end) break;
      if (e.start >= focus.end) {
        out.push(e);
        break;
      }
    }
    return out;
  }
}
