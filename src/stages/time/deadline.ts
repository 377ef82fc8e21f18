// Forward-looking deadlines: "by January", "until March" in a conditional ("if the suspension was
// not lifted by January") or in a sentence whose verb is future or modal ("would quit … by
// January") is the next such month, even when the surface verb is a past tense — reported speech
// backshifts "is not lifted" to "was not lifted" without moving the deadline into the past.
import { wordBefore } from './patterns.js';
import { CONDITIONALS, MODALS } from '../../lexicon/function-words.js';

const DEADLINE_PREPS = new Set(['by', 'until', 'till', 'before']);
/** modals that look forward; "may" is left out: it is also a month ("by June, May's talks…") */
const MODAL = new Set([...MODALS].filter((w) => w !== 'may'));
/** how far (in characters) the sentence around the deadline is searched: bounded for linear time */
const REACH_LEFT = 200;
const REACH_RIGHT = 120;

/** Words of the sentence around [start, end), cut at sentence punctuation, at most REACH chars out. */
function sentenceWords(text: string, start: number, end: number): { before: string[]; after: string[] } {
  let a = Math.max(0, start - REACH_LEFT);
  const left = text.slice(a, start).search(/[.!?]["”’)]?\s[^.!?]*$/);
  if (left >= 0) a += left + 1;
  const right = text.slice(end, Math.min(text.length, end + REACH_RIGHT));
  const stop = right.search(/[.!?](\s|$)/);
  const words = (s: string) => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];
  return { before: words(text.slice(a, start)), after: words(stop >= 0 ? right.slice(0, stop) : right) };
}

/** Whether the year-less date at [start, end) is a forward-looking deadline (read as future). */
export function isForwardDeadline(text: string, start: number, end: number): boolean {
  if (!DEADLINE_PREPS.has(wordBefore(text, start).toLowerCase())) return false;
  const { before, after } = sentenceWords(text, start, end);
  if (before.some((w) => CONDITIONALS.has(w))) return true;
  return before.some((w) => MODAL.has(w) || w.endsWith("'ll")) || after.some((w) => MODAL.has(w));
}
