// Expressions anchored to an earlier time in the text ("the next day", "a week later", "that
// day", "18:00 UTC" with no date) take the most recent resolved date before them at the
// precision they need; only when there is none do they fall back to the publication date.
import type { Unit } from './frame.js';

/** A resolved calendar point: a day (days set), a month (m set) or a year. */
export interface Point {
  readonly y: number;
  readonly m?: number;
  readonly days?: number;
}

export interface Anchor {
  readonly index: number;
  readonly point: Point;
  readonly paragraph: number;
  /** where the anchoring timex ends in the text (UTF-16 offset) */
  readonly end: number;
}

/** How many earlier days a clock time may look back over (a few sentences of narrative). */
const RECENT_DAYS = 8;

export class AnchorTracker {
  private day: Anchor | null = null;
  /** the latest day anchors, newest last: a clock time skips a future one in a past clause */
  private readonly days: Anchor[] = [];
  private month: Anchor | null = null;
  private year: Anchor | null = null;

  /** Records a resolved DATE timex (index into the timex list) as a possible anchor. */
  note(index: number, point: Point, paragraph: number, end: number): void {
    const a = { index, point, paragraph, end };
    this.year = a;
    if (point.m !== undefined) this.month = a;
    else this.month = null; // a later bare year ends the month/day in focus
    if (point.days !== undefined) {
      this.day = a;
      this.days.push(a);
      if (this.days.length > RECENT_DAYS) this.days.shift();
    } else this.day = null;
  }

  /** Day anchors newest first (for a clock time written without its day). */
  recentDays(): readonly Anchor[] {
    return [...this.days].reverse();
  }

  /** The latest earlier time precise enough for `unit` (a day for D/W, a month for M, a year for Y). */
  find(unit: Unit): Anchor | null {
    switch (unit) {
      case 'S': case 'MIN': case 'H': case 'D': case 'W': case 'WE': return this.day;
      case 'M': case 'Q': return this.month;
      default: return this.year;
    }
  }
}
