// Widens a candidate over the modifier words TIMEX3 keeps inside the expression: "early 2009",
// "mid-2011", "the end of last year", "nearly five months", "over a decade". The value does not
// change (the modifier is an approximation of it); the span does.
import type { Candidate } from './frame.js';

const DATE_MOD = /(?:\b(?:early|late|mid|the[^\S\n]+(?:end|beginning|start|middle|turn|close)[^\S\n]+of|the[^\S\n]+(?:first|second|last)[^\S\n]+(?:days?|weeks?|months?|half)[^\S\n]+of)[\s-]*|\bmid-)$/i;
const DURATION_MOD = /\b(?:nearly|almost|about|around|over|more[^\S\n]+than|less[^\S\n]+than|fewer[^\S\n]+than|at[^\S\n]+least|up[^\S\n]+to|some|roughly|approximately|just[^\S\n]+over|just[^\S\n]+under|under|only|barely|well[^\S\n]+over)[^\S\n]+$/i;

export function widenOverModifiers(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    // cheap test first: most candidates follow a space and a word that is no modifier at all
    const last = text.slice(Math.max(0, c.start - 12), c.start).toLowerCase();
    if (!/(?:early|late|mid|of|nearly|almost|about|around|over|than|least|to|some|roughly|approximately|under|only|barely)[^\S\n]*-?$/.test(last)) return c;
    const window = text.slice(Math.max(0, c.start - 40), c.start);
    const counted = c.type === 'DURATION' || c.frame.k === 'ago' || c.frame.k === 'anchored'; // "about two years ago"
    const re = counted ? DURATION_MOD : c.type === 'DATE' && (c.frame.k === 'date' || c.frame.k === 'relunit' || c.frame.k === 'yearpart' || c.frame.k === 'prefix') ? DATE_MOD : null;
    if (!re) return c;
    const m = re.exec(window);
    if (!m) return c;
    return { ...c, start: c.start - m[0].length };
  });
}
