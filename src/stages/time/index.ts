// The time stage: TIMEX3 time expressions normalised against the publication date. Candidates
// come from small generators (candidates/), are widened over modifiers and de-overlapped, then
// resolved in text order so that "the next day" can lean on the date before it. Every timex keeps
// its granularity, the parts that were inferred, and what it was resolved against; the timeFrames
// layer keeps how it was read (frame and tense), so dating can resolve it again against the day
// a quote was said without parsing its text again.
import { withLayers, type Doc, type Timex, type TimexReading } from '../../core/doc.js';
import type { Stage } from '../stage.js';
import { AnchorTracker } from './anchor-earlier.js';
import { foldText } from '../../core/caseless.js';
import { dateCandidates } from './candidates/dates.js';
import { durationCandidates } from './candidates/durations.js';
import { relativeCandidates } from './candidates/relative.js';
import { setCandidates } from './candidates/sets.js';
import { timeCandidates } from './candidates/times.js';
import { vagueCandidates } from './candidates/vague.js';
import { yearPartCandidates } from './candidates/year-parts.js';
import type { Candidate } from './frame.js';
import { widenOverModifiers } from './modifiers.js';
import { removeOverlaps } from './overlap.js';
import { parseReference, type Reference } from './reference.js';
import { resolveFrame } from './resolve.js';
import { tenseAt, type Tense } from './tense.js';
import { dayAfterTime } from './time-day-after.js';
import { QuoteSides } from './quoted-anchor.js';
import { isForwardDeadline } from './deadline.js';

/** Frames whose reading depends on the tense of their clause. */
const TENSE_KINDS = new Set(['date', 'weekday', 'yearpart', 'relunit', 'partofday', 'time', 'anchored', 'monthweek']);

/** The tense a candidate is read in: its clause's, except that a deadline ("by January") in a
 * conditional or modal sentence looks forward whatever the (possibly backshifted) verb says. */
function tenseFor(doc: Doc, c: Candidate): Tense {
  if (!TENSE_KINDS.has(c.frame.k)) return null;
  const yearless = (c.frame.k === 'date' && c.frame.y === undefined && c.frame.m !== undefined) || (c.frame.k === 'yearpart' && !c.frame.year);
  if (yearless && isForwardDeadline(doc.text, c.start, c.end)) return 'future';
  if (c.frame.k === 'weekday' && c.frame.dir === null && isOpenDeadline(doc.text, c.start)) return 'future';
  return tenseAt(doc, c.start, c.end);
}

/**
 * "until Friday" of a state that still holds ("markets remain closed until Friday", "has kept
 * the markets closed until Friday"): the coming Friday. A simple past ("stayed closed until
 * Friday") has no present or perfect auxiliary before it and keeps its tense.
 */
function isOpenDeadline(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  if (!/\b(?:until|till)\s+$/i.test(before)) return false;
  const clause = before.slice(Math.max(before.search(/[.!?;]\s[^.!?;]*$/) + 1, 0));
  return /\b(?:has|have|is|are|remains?|stays?|to\s+(?:remain|stay|be|keep|hold))\b/i.test(clause);
}

export function findCandidates(text: string): Candidate[] {
  // the text with its case folded, once for every generator's caseless patterns (candidates/caseless.ts)
  const folded = foldText(text);
  const all = [
    ...dateCandidates(text, folded),
    ...relativeCandidates(text, folded),
    ...durationCandidates(text, folded),
    ...setCandidates(text, folded),
    ...timeCandidates(text, folded),
    ...vagueCandidates(text, folded),
    ...yearPartCandidates(text, folded),
  ];
  return removeOverlaps(widenOverModifiers(text, all));
}

function paragraphIndex(doc: Doc, offset: number, from: number): number {
  let p = from;
  while (p + 1 < doc.paragraphs.length && doc.paragraphs[p + 1]!.start <= offset) p++;
  return p;
}

/** The time layers of a document: timexes and, parallel to them, how each was read. */
export interface TimeLayers {
  readonly timexes: Timex[];
  readonly frames: TimexReading[];
}

/** How far into the text a dateline may stand (the title and the dateline line). */
const DATELINE_REACH = 300;

/**
 * The dateline of a document that came without a publication date: the first full calendar date
 * ("February 03, 2009") on the first lines, which a reader takes as the day of writing. Returns
 * its candidate index and the reference it gives, or null.
 */
function datelineReference(text: string, cands: readonly Candidate[]): { index: number; ref: Reference } | null {
  const head = text.slice(0, DATELINE_REACH);
  const lines = head.split('\n').slice(0, 3).join('\n').length;
  for (const [index, c] of cands.entries()) {
    if (c.start >= lines) break;
    // a dateline is a line of its own ("February 03, 2009", "Monday, January 7, 2019") or opens
    // one before a dash ("WASHINGTON, March 2, 2009 —"), not a date inside a sentence
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const lineEnd = text.indexOf('\n', c.end);
    const rest = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd);
    if (c.start - lineStart > 40 || !/^\s*(?:[-—–]|$)/.test(rest)) continue;
    const f = c.frame;
    if (c.type !== 'DATE' || f.k !== 'date' || f.y === undefined || f.m === undefined || f.d === undefined) continue;
    const ref = parseReference(`${f.y}-${String(f.m).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`);
    if (ref) return { index, ref };
  }
  return null;
}

/** Extracts and resolves the time expressions of a document against a reference date (or none). */
export function extractTimeLayers(doc: Doc, published: Reference | null): TimeLayers {
  const cands = findCandidates(doc.text);
  // without a publication date the text's own dateline is the reference; what it anchors says so
  const dateline = published ? null : datelineReference(doc.text, cands);
  const ref = published ?? dateline?.ref ?? null;
  const anchors = new AnchorTracker();
  const out: Timex[] = [];
  const frames: TimexReading[] = [];
  const sides = new QuoteSides(doc.text);
  let para = 0;
  for (const c of cands) {
    para = paragraphIndex(doc, c.start, para);
    const tense = tenseFor(doc, c);
    const paraStart = doc.paragraphs[para]?.start ?? 0;
    const quotedBefore = (anchorEnd: number) => sides.quotedBefore(paraStart, anchorEnd, c.start);
    const r = resolveFrame(c.frame, { ref, tense, anchors, paragraph: para, quotedBefore });
    const index = out.length;
    out.push({
      start: c.start,
      end: c.end,
      type: c.type,
      value: r.value,
      ...(r.range ? { range: r.range } : {}),
      ...(r.granularity ? { granularity: r.granularity } : {}),
      inferred: r.inferred,
      anchor: dateline && r.anchor === 'published' ? `timex:${dateline.index}` : r.anchor,
      rule: `time:${c.rule}`,
    });
    frames.push({ frame: c.frame, tense });
    // a part of a day ("Saturday evening") sets the day too, for the clock times told after it
    if ((c.type === 'DATE' || c.frame.k === 'partofday') && r.point && r.value !== null) anchors.note(index, r.point, para, c.end);
  }
  // dayAfterTime rewrites values in place, one for one: the frames stay parallel
  return { timexes: dayAfterTime(doc.text, out), frames };
}

/** The timexes of a document (see extractTimeLayers). */
export function extractTimexes(doc: Doc, ref: Reference | null): Timex[] {
  return extractTimeLayers(doc, ref).timexes;
}

export const timeStage: Stage = {
  name: 'time',
  description: 'time expressions (DATE, TIME, DURATION, SET) with TIMEX3 values normalised against the publication date, and how each was read',
  // 'pos' is used, not required: the tense of a clause is read from the tagger's Penn tags, and
  // from word lists when a document comes without tags (e.g. tests that run the stage directly)
  requires: ['paragraphs', 'sentences', 'tokens'],
  uses: ['pos'],
  assigns: ['timexes', 'timeFrames'],
  modifies: [],
  run(doc, ctx) {
    const ref = parseReference(ctx.published ?? doc.meta.published);
    const { timexes, frames } = extractTimeLayers(doc, ref);
    return withLayers(doc, { timexes, timeFrames: frames }, this.assigns);
  },
};

/**
 * Resolves one timex again, from the frame the time stage read, against another reference day —
 * used by the dating stage to anchor "today" inside a quote to the day the quote was said.
 * Returns null when the expression is not relative (nothing to re-anchor) or the reference is not
 * a calendar day.
 */
export function reresolveTimex(timex: Timex, reading: TimexReading, reference: string): Timex | null {
  const ref = parseReference(reference.slice(0, 10));
  if (!ref || !/^\d{4}-\d{2}-\d{2}$/.test(reference.slice(0, 10))) return null;
  const r = resolveFrame(reading.frame, { ref, tense: reading.tense, anchors: new AnchorTracker(), paragraph: 0 });
  if (r.anchor !== 'published') return null; // absolute, a duration or a set: the quote date changes nothing
  return {
    ...timex,
    value: r.value,
    ...(r.range ? { range: r.range } : {}),
    ...(r.granularity ? { granularity: r.granularity } : {}),
    inferred: r.inferred,
  };
}
