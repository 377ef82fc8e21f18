// The time stage: TIMEX3 time expressions normalised against the publication date. Candidates
// come from small generators (candidates/), are widened over modifiers and de-overlapped, then
// resolved in text order so that "the next day" can lean on the date before it. Every timex keeps
// its granularity, the parts that were inferred, and what it was resolved against.
import { withLayers, type Doc, type Timex } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { AnchorTracker } from './anchor-earlier.js';
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
import { isForwardDeadline } from './deadline.js';

/** Frames whose reading depends on the tense of their clause. */
const TENSE_KINDS = new Set(['date', 'weekday', 'yearpart', 'relunit', 'partofday', 'time']);

/** The tense a candidate is read in: its clause's, except that a deadline ("by January") in a
 * conditional or modal sentence looks forward whatever the (possibly backshifted) verb says. */
function tenseFor(doc: Doc, c: Candidate): Tense {
  if (!TENSE_KINDS.has(c.frame.k)) return null;
  const yearless = (c.frame.k === 'date' && c.frame.y === undefined && c.frame.m !== undefined) || (c.frame.k === 'yearpart' && !c.frame.year);
  if (yearless && isForwardDeadline(doc.text, c.start, c.end)) return 'future';
  return tenseAt(doc, c.start, c.end);
}

export function findCandidates(text: string): Candidate[] {
  const all = [
    ...dateCandidates(text),
    ...relativeCandidates(text),
    ...durationCandidates(text),
    ...setCandidates(text),
    ...timeCandidates(text),
    ...vagueCandidates(text),
    ...yearPartCandidates(text),
  ];
  return removeOverlaps(widenOverModifiers(text, all));
}

function paragraphIndex(doc: Doc, offset: number, from: number): number {
  let p = from;
  while (p + 1 < doc.paragraphs.length && doc.paragraphs[p + 1]!.start <= offset) p++;
  return p;
}

/** Extracts and resolves the time expressions of a document against a reference date (or none). */
export function extractTimexes(doc: Doc, ref: Reference | null): Timex[] {
  const cands = findCandidates(doc.text);
  const anchors = new AnchorTracker();
  const out: Timex[] = [];
  let para = 0;
  for (const c of cands) {
    para = paragraphIndex(doc, c.start, para);
    const tense = tenseFor(doc, c);
    const r = resolveFrame(c.frame, { ref, tense, anchors, paragraph: para });
    const index = out.length;
    out.push({
      start: c.start,
      end: c.end,
      type: c.type,
      value: r.value,
      ...(r.range ? { range: r.range } : {}),
      ...(r.granularity ? { granularity: r.granularity } : {}),
      inferred: r.inferred,
      anchor: r.anchor,
      rule: `time:${c.rule}`,
    });
    if (c.type === 'DATE' && r.point && r.value !== null) anchors.note(index, r.point, para);
  }
  return dayAfterTime(doc.text, out);
}

export const timeStage: Stage = {
  name: 'time',
  description: 'time expressions (DATE, TIME, DURATION, SET) with TIMEX3 values normalised against the publication date',
  // 'pos': the tense of a clause is read from the tagger's Penn tags (it falls back to word lists
  // when a document comes without tags, e.g. in unit tests that run the stage directly)
  requires: ['tokens', 'pos'],
  assigns: ['timexes'],
  run(doc, ctx) {
    const ref = parseReference(ctx.published ?? doc.meta.published);
    return withLayers(doc, { timexes: extractTimexes(doc, ref) }, this.assigns);
  },
};

/**
 * Resolves one existing timex again against another reference date — used by the dating stage to
 * anchor "today" inside a quote to the day the quote was said. Returns null when the expression
 * is not relative (nothing to re-anchor) or the reference is not a calendar day.
 */
export function reresolveTimex(doc: Doc, timex: Timex, reference: string): Timex | null {
  const ref = parseReference(reference.slice(0, 10));
  if (!ref || !/^\d{4}-\d{2}-\d{2}$/.test(reference.slice(0, 10))) return null;
  const slice = doc.text.slice(timex.start, timex.end);
  const cand = findCandidates(slice).find((c) => c.start === 0 && c.end === slice.length);
  if (!cand) return null;
  const tense = tenseFor(doc, { ...cand, start: timex.start, end: timex.end });
  const r = resolveFrame(cand.frame, { ref, tense, anchors: new AnchorTracker(), paragraph: 0 });
  if (r.anchor !== 'published') return null; // absolute, a duration or a set: the quote date changes nothing
  return {
    ...timex,
    value: r.value,
    ...(r.range ? { range: r.range } : {}),
    ...(r.granularity ? { granularity: r.granularity } : {}),
    inferred: r.inferred,
  };
}
