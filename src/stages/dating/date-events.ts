// A date for every event from its evidence the same way as for quotes: a timex in the evidence
// clause, else in its sentence, else the context, else the publication date. An event reported
// inside a quote's content ("Starmer said … European nations are developing a coalition") takes a
// time stated inside that content next to it, else the date the quote was said ('quote-anchor');
// an asserted event in a quote dated only by publication is dated as the narrative's.
// Vague times keep their TIMEX3 value (PAST_REF) and range.
import type { DatedBy, Doc } from '../../core/doc.js';
import type { ContentIndex } from './content-index.js';
import type { Span } from '../../core/span.js';
import { fromTimex } from './date-quotes.js';
import { firstTimexFrom, governingTime, governsEmbeddedVerb } from './governing-time.js';
import { clauseAround, type Layout } from './layout.js';
import { countedBound, shiftDate, uncountedBound } from './bounds.js';
import { execPattern, foldText, caselessPattern } from '../../core/caseless.js';

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The aspect of the verb group an evidence span starts: the auxiliary right before it ("are
 * investigating", "have claimed", "had made"), or null for a simple form.
 */
export function aspectBefore(text: string, e: Span, sentenceStart: number): 'present' | 'pluperfect' | 'ongoing' | null {
  const before = text.slice(Math.max(sentenceStart, e.start - 30), e.start);
  const first = /^[\p{L}'’-]+/u.exec(text.slice(e.start, e.start + 40))?.[0] ?? '';
  // "has been encouraging": an activity lasting up to the time of writing, from no told time
  if (/\b(?:has|have)\s+(?:(?:already|also|long)\s+)?been\s+$/i.test(before) && /ing$/i.test(first)) return 'ongoing';
  if (/\b(?:is|are|am)\s+(?:(?:still|now|also)\s+)?$/i.test(before) && /ing$/i.test(first)) return 'present';
  if (/\b(?:has|have)\s+(?:(?:already|also|now|since)\s+)?$/i.test(before) && first !== 'been') return 'present';
  if (/\bhad\s+(?:(?:already|also|previously)\s+)?$/i.test(before) && first !== 'been') return 'pluperfect';
  // the evidence may start at the object of the verb group ("had made [threats]")
  if (/\bhad\s+(?:(?:already|also|previously)\s+)?(?!been\b)\p{Ll}+(?:ed|en|de|ne|un|wn|lt|nt|ught|ld)\s+$/iu.test(before)) return 'pluperfect';
  return null;
}

interface CueSpan {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  /** the cue follows the words it attributes ("…, his office said") */
  readonly tail: boolean;
  /** the quote gives the speaker's own words in quotation marks (direct or mixed) */
  readonly quoted: boolean;
}

/** The cues of the quotes, sorted by start, with the quote they attribute. */
function speechActCues(doc: Doc): CueSpan[] {
  const out: CueSpan[] = [];
  for (const q of doc.quotes) if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, id: q.id, tail: q.content.length > 0 && q.content[0]!.start < q.cue.start, quoted: q.kind !== 'indirect' });
  return out.sort((a, b) => a.start - b.start);
}

/** The cue the evidence starts in (binary search over the sorted cues), or null. */
function cueAt(cues: readonly CueSpan[], e: Span): CueSpan | null {
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start <= e.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const c = found >= 0 ? cues[found]! : null;
  return c && e.start < c.end ? c : null;
}

/** A subordinator and up to 8 words before the evidence (caseless, core/caseless.ts: as /iu V8
 * closes the \p{L} class over case through ICU on a cold run, ~1 ms). */
const TEMPORAL_SUBORDINATOR = caselessPattern(/\b(?:after|before|since|until|once)\s+((?:[\p{L}\p{N}.'’-]+\s+){1,8})$/iu);

/**
 * Whether the evidence is the verb of a temporal subordinate clause ("after his lawyer was
 * convicted", "before the army had withdrawn"): a subordinator, a short subject with no comma,
 * then a finite or participial verb (an auxiliary before it, or a past form).
 */
export function inTemporalSubordinate(text: string, e: Span, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, e.start - 80), e.start);
  const m = execPattern(TEMPORAL_SUBORDINATOR, before, foldText(before));
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const first = /^[\p{L}'’-]+/u.exec(text.slice(e.start, e.start + 40))?.[0]?.toLowerCase() ?? '';
  if (words.length < 2 && !AUXILIARY.has(last)) return false; // "after [the attack]": a noun phrase, not a clause
  return AUXILIARY.has(last) || /ed$/.test(first);
}

/** Index of the token starting at or covering `at` (binary search; tokens are in text order), or -1. */
function tokenAt(doc: Doc, at: number): number {
  const tk = doc.tokens;
  let lo = 0;
  let hi = tk.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tk[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < tk[found]!.end ? found : -1;
}

const PRESENT_TAGS = new Set(['VBZ', 'VBP']);
/** Verbs of saying, whose present tense ("says", "tells") reports a statement, not a state. */
const SAYING_LEMMAS = new Set(['say', 'tell', 'write', 'add', 'state', 'announce', 'report', 'note', 'claim', 'insist', 'explain', 'argue', 'warn']);

function saying(doc: Doc, e: Span): boolean {
  const i = tokenAt(doc, e.start);
  return i >= 0 && SAYING_LEMMAS.has(doc.tokens[i]!.lemma.toLowerCase());
}

/**
 * Whether the event is told in the simple present: its verb is ("the Taliban wants foreign forces
 * to leave"), or, for a noun, the verb it is the subject of ("Protesters' demands include …"). A
 * state or standing claim of the time of writing, not an act of the scene told before.
 */
export function simplePresent(doc: Doc, e: Span): boolean {
  const i = tokenAt(doc, e.start);
  if (i < 0) return false;
  const t = doc.tokens[i]!;
  if (PRESENT_TAGS.has(t.xpos)) return true;
  if (!t.xpos.startsWith('NN') || !t.dep.startsWith('nsubj') || t.head < 0) return false;
  return PRESENT_TAGS.has(doc.tokens[t.head]!.xpos);
}

/** Verbs that say a happening is going on ("protests continue"). */
const GOING_ON = new Set(['continue', 'persist', 'rage', 'escalate', 'spread']);

/**
 * Whether the event is a happening told as going on at the time of writing: a noun that is the
 * subject of a present "continue" ("as anti-government protests continue in Baghdad"). Unlike a
 * state ("demands include"), the happening itself occurs now — read as of publication.
 */
export function goingOnNow(doc: Doc, e: Span): boolean {
  const i = tokenAt(doc, e.start);
  if (i < 0) return false;
  const t = doc.tokens[i]!;
  if (!t.xpos.startsWith('NN') || !t.dep.startsWith('nsubj') || t.head < 0) return false;
  const h = doc.tokens[t.head]!;
  return PRESENT_TAGS.has(h.xpos) && GOING_ON.has(h.lemma.toLowerCase());
}

/** Whether the timex, after the evidence, lies in a "since …" phrase or clause of it (a few
 * words, no sentence break): the start of a span, not the event's date. */
export function sinceBound(text: string, e: Span, t: Span): boolean {
  if (t.start <= e.start || t.start - e.start > 100) return false;
  return /\bsince\b[^.;:!?"“”]*$/i.test(text.slice(e.start, t.start));
}

/** Whether the clause opens with "for" and a duration that ends before the evidence. */
function frontedDuration(doc: Doc, clause: Span, e: Span): boolean {
  const m = /^\s*for\s+/i.exec(doc.text.slice(clause.start, e.start));
  if (!m) return false;
  const from = clause.start + m[0].length;
  // the duration starts right after "for" (one binary search, not a scan per event)
  const t = doc.timexes[firstTimexFrom(doc.timexes, from)];
  return !!t && t.type === 'DURATION' && t.start <= from + 8 && t.end <= e.start;
}

/** How far after the evidence the object of a criticism is looked for, past a quote's content
 * cut out of the clause ("spoke out [against the attack]"). */
const REACTION_REACH = 40;
/** CAMEO root of disapproval (criticise, condemn, accuse). */
const DISAPPROVE = '11';
/** A definite noun for a happening told before: what a criticism reacts to. */
/** (caseless, core/caseless.ts: as /iu V8 closes [\p{L}-] over case through ICU on a cold run) */
const REACTED_TO = caselessPattern(/\b(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:attacks?|operation|strikes?|air ?strikes?|offensive|killings?|invasion|shooting|bombings?|assault|raid|incursion|crash)\b/iu);
const reactsTo = (s: string) => execPattern(REACTED_TO, s, foldText(s)) !== null;

const AUXILIARY = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are', 'been']);


export function dateEvents(
  doc: Doc,
  layout: Layout,
  index: ContentIndex,
  excluded: (i: number) => boolean,
  quoteDates: ReadonlyMap<string, DatedBy>,
  published: string | null,
): Map<string, DatedBy> {
  const out = new Map<string, DatedBy>();
  const fallback: DatedBy = published ? { date: published, source: 'published' } : { date: null, source: 'none' };
  const cues = speechActCues(doc);
  for (const v of doc.events) {
    const e = v.evidence;
    // the event is the speech act of an attribution tail ("Israel is to blame, the PMF said"):
    // it is dated as the attribution — by a time of its clause, else the publication date
    // (issue 20: attribution tails take the publication date unless the text dates them), not
    // by the scene of the paragraph before. So is the speech act of a quote in the speaker's own
    // words ('Rouhani said, "Iran deeply regrets…"'): the statement is the event, and its date is
    // the quote's. A speech act told in the narrative's own clause ("Merkel demanded an
    // explanation from Russia") is an event of the story, dated as the others
    const said = cueAt(cues, e);
    if (said) {
      const qd = quoteDates.get(said.id);
      if (qd && (said.tail || qd.source !== 'published' || (said.quoted && !simplePresent(doc, e)))) {
        out.set(v.id, qd);
        continue;
      }
    }
    const sent = layout.sentenceAt(e.start);
    const holder = index.holding(e);
    if (holder) {
      // only the quoted words around the evidence count; everything else is the reporter's frame
      const clause = clauseAround(doc.text, sent.span, e, []);
      const region = { start: Math.max(clause.start, holder.content.start), end: Math.min(clause.end, holder.content.end) };
      const g = governingTime(doc, layout, region, region, e, (i) => !within(doc.timexes[i]!, holder.content));
      // a time of another verb of the content ("…the withdrawal first announced seven days
      // earlier") does not date this one: the quote's date does
      if (g && g.source !== 'context' && sinceBound(doc.text, e, doc.timexes[g.index]!)) {
        out.set(v.id, { date: null, source: 'none' });
        continue;
      }
      if (g && g.source !== 'context' && !governsEmbeddedVerb(doc.text, doc.timexes[g.index]!, e)) {
        out.set(v.id, fromTimex(doc.timexes[g.index]!, g.index, 'clause'));
        continue;
      }
      const qd = quoteDates.get(holder.quote.id);
      // a quote dated only by publication says nothing about when what it reports happened
      // ("Nigeria offered aircraft, officials said"): such an event is dated as the narrative's —
      // unless it is a plan or a condition of the speaker ("would pressure"), dated by the words,
      // or told in the speaker's present ("I count on Turkey to act with restraint"): the
      // speaker's now is when the words were said
      if (qd && qd.date !== null && (qd.source !== 'published' || (v.modality !== 'asserted' && v.modality !== 'reported') || simplePresent(doc, e))) {
        out.set(v.id, qd.source === 'published' ? qd : { ...qd, source: 'quote-anchor' });
        continue;
      }
    }
    const clause = clauseAround(doc.text, sent.span, e, index.cutsAround(e, sent.span));
    const usable = (i: number) => !excluded(i);
    // "[a day] before the event, the KGB arrested…": the anchor's date moved by the duration
    const bound = countedBound(doc.text, doc.timexes, clause, usable);
    if (bound) {
      const inAnchor = e.start >= bound.anchor.start && e.start < bound.anchor.end;
      // the date the bound counts from: for the main clause, the anchor phrase's time or (a
      // definite anaphor) the scene's; for an event inside the anchor phrase, the main clause's
      const from = inAnchor
        ? governingTime(doc, layout, { start: clause.start, end: bound.anchor.start }, { start: clause.start, end: bound.anchor.start }, e, (i) => excluded(i) || doc.timexes[i]!.type === 'DURATION')
        : governingTime(doc, layout, bound.anchor, bound.anchor, bound.anchor, excluded, 'all', bound.definite);
      const anchorDate = from ? doc.timexes[from.index]!.value : null;
      const shifted = anchorDate ? shiftDate(anchorDate, doc.timexes[bound.duration]!.value!, inAnchor ? (-bound.sign as 1 | -1) : bound.sign) : null;
      out.set(v.id, shifted ? { date: shifted, source: from!.source, timex: bound.duration } : { date: null, source: 'none' });
      continue;
    }
    const g = governingTime(doc, layout, clause, sent.span, e, excluded);
    // "have been arrested since the protests began in June": the time is where a span of
    // repeated or lasting acts starts, not the date of the event
    if (g && g.source !== 'context' && sinceBound(doc.text, e, doc.timexes[g.index]!)) {
      out.set(v.id, { date: null, source: 'none' });
      continue;
    }
    if (g && g.source !== 'context') {
      out.set(v.id, fromTimex(doc.timexes[g.index]!, g.index, g.source));
      continue;
    }
    // with no time of its own, the verb's aspect says whether the scene before dates it: "are
    // investigating", "have claimed responsibility" hold at the time of writing; "had made
    // threats" lies before the narrative at a time nobody told
    const aspect = aspectBefore(doc.text, e, sent.span.start);
    if (aspect === 'present') out.set(v.id, fallback);
    // "the Taliban wants foreign forces to leave": a state at the time of writing with no time
    // of its own, and no act of the scene before — undated. A present speech act ("X says") is an
    // attribution, read as of publication
    else if (!holder && simplePresent(doc, e)) out.set(v.id, saying(doc, e) || goingOnNow(doc, e) ? fallback : { date: null, source: 'none' });
    // "…began its probe after his lawyer was convicted": an event told only as the bound of
    // another is dated by nothing the text says (the scene's day is the other event's)
    else if (inTemporalSubordinate(doc.text, e, sent.span.start)) out.set(v.id, { date: null, source: 'none' });
    // "After Sulík failed to procure kits, the PM apologised": after something undated, so at a
    // time the text does not give (not the scene's day, which is the other event's at best)
    else if (uncountedBound(doc.text, clause, e)) out.set(v.id, { date: null, source: 'none' });
    // "For several days Iran denied the accusation": a fronted length of time with no day says
    // the act lasted, not when — the scene's day is not its date
    else if (frontedDuration(doc, clause, e)) out.set(v.id, { date: null, source: 'none' });
    // "Abdul-Mahdi spoke out against the attack", "The operation was condemned by the EU": a
    // criticism of a happening the narrative told is a statement about it, made after it — the
    // scene's day is the happening's; with no day of its own it is read as of publication, as an
    // undated attribution is
    else if (v.root === DISAPPROVE && reactsTo(doc.text.slice(clause.start, Math.max(clause.end, Math.min(sent.span.end, e.end + REACTION_REACH))))) out.set(v.id, fallback);
    else if (aspect === 'pluperfect' || aspect === 'ongoing') out.set(v.id, { date: null, source: 'none' });
    else out.set(v.id, g ? fromTimex(doc.timexes[g.index]!, g.index, g.source) : fallback);
  }
  return out;
}
