// A date for every quote: the date of the speech act, not of what is said. In order:
// 1. a timex in its reporting clause outside its content ("said on March 2 that …") → 'clause';
// 2. else one elsewhere in its sentence(s) → 'sentence';
// 3. else, for a follow-on statement ("He also said…", "…, Lam added", the same speaker again in
//    the same or the next paragraph), the date of the statement it continues → 'quote-anchor';
// 4. else, for a statement made at a named occasion ("during a press briefing"), the date of that
//    occasion told before (an earlier statement at it, else the latest day of the last paragraphs);
//    without one, the dated act of the speaker in the sentence right before → 'context';
// 5. else the publication date → 'published': an attribution tail ("…, his office said",
//    "according to Reuters") is read as said when the report was written, never dated by the
//    narrative's last weekday (that is the date of the events told, not of the telling).
// A timex used as a modifier ("Monday's attack", "the December 31 strike") names an event of the
// content and dates nothing. A quote nested in another quote's content with no cue of its own (a
// partial quote inside an indirect one) takes the date of the quote around it.
import type { DatedBy, DatedSource, Doc, Entity, Quote, Timex } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { firstTimexFrom, governingTime, usable as usableTimex } from './governing-time.js';
import type { ContentIndex } from './content-index.js';
import { CLAUSE_REACH, clauseAround, type Layout } from './layout.js';

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

function focusOf(q: Quote): Span | null {
  return q.cue ?? q.speaker.mention ?? q.content[0] ?? null;
}

/** The smallest other quote whose content holds all of q's content and its cue. */
function enclosing(q: Quote, index: ContentIndex): Quote | null {
  const first = q.content[0];
  if (!first) return null;
  const h = index.holding(first, q);
  if (!h) return null;
  const holds = q.content.every((s) => within(s, h.content)) && (!q.cue || within(q.cue, h.content));
  return holds ? h.quote : null;
}

export function fromTimex(t: Timex, index: number, source: DatedSource): DatedBy {
  return { date: t.value, source, timex: index, ...(t.range ? { range: t.range } : {}) };
}

/**
 * A timex that modifies a noun: a possessive ("Monday's attack") or one after a determiner that
 * is not part of it ("the December 31 attack", "its 2019 report"). It names an occasion the
 * content talks about, not the time of the clause.
 */
export function isAttributive(text: string, t: Span): boolean {
  if (/^['’]s\b/.test(text.slice(t.end, t.end + 3))) return true;
  return /\b(?:the|a|an|its|his|her|their|this|that|these|those)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
}

/**
 * A timex the quote stage took into a reported content but which belongs to the speech verb:
 * right after the cue, or after a short prepositional phrase with no verb of its own ("said [on
 * Friday] he can…", "said at a press conference [yesterday morning] the laws…"). "said the talks
 * will resume on Friday" keeps Friday in the content (a verb stands between).
 */
const SPEECH_TIME_GAP = /^\s*(?:(?:on|at|in|during|late|early|earlier|over|via|through)\b(?:(?!\b(?:will|would|was|were|is|are|be|been|had|has|have|did|does|do|to|that|which|who)\b)[^"“”‘’,;:.!?]){0,40})?$/i;
const MAX_SPEECH_TIME_GAP = 60;
function modifiesCue(text: string, cue: Span | null, t: Span): boolean {
  // the gap is a short phrase at most: longer ones are not tested (and cost nothing)
  return !!cue && t.start >= cue.end && t.start - cue.end <= MAX_SPEECH_TIME_GAP && SPEECH_TIME_GAP.test(text.slice(cue.end, t.start));
}

/**
 * A timex the quote stage took into a quote's content but which stands after its closing
 * quotation mark, in an adjunct of the speech act ('said, "They need to stand by us", while
 * addressing the press yesterday'): it dates the saying, not the words quoted.
 */
const AFTER_CLOSING_MARK = /(?<=\S)["”]\s*,\s*(?:while|when|as|after|before|during|in|at|on)\b[^"“”]{0,60}$/i;
function trailsQuotation(text: string, content: readonly Span[], t: Span): boolean {
  const c = content.find((s) => s.start <= t.start && t.end <= s.end);
  if (!c) return false;
  return AFTER_CLOSING_MARK.test(text.slice(Math.max(c.start, t.start - 80), t.start));
}

/** Words before a cue or in it that mark a statement as continuing the one before. */
const CONTINUES = /\b(?:also|further|continued|added|adding|went on)\b/i;
const PRONOUN = /^(?:he|she|they|it|we)$/i;

/** Whether `q` continues `prev`: the same speaker, or a pronoun or continuation word for it. */
function continues(doc: Doc, q: Quote, prev: Quote): boolean {
  const a = q.speaker;
  const b = prev.speaker;
  if (a.entity && a.entity === b.entity) return true;
  const name = (p: Quote['speaker']) => (p.name ?? (p.mention ? doc.text.slice(p.mention.start, p.mention.end) : '')).trim().toLowerCase();
  const na = name(a);
  const nb = name(b);
  if (na && nb && (na === nb || nb.endsWith(` ${na}`) || na.endsWith(` ${nb}`))) return true;
  if (PRONOUN.test(na)) return true;
  // a pronoun as written ("…, insisting she was …") continues the statement before, whatever
  // entity coreference gave it: a wrong antecedent must not start a new statement
  if (a.mention && PRONOUN.test(doc.text.slice(a.mention.start, a.mention.end).trim())) return true;
  // another speaker named ("according to Time" after Thunberg's words) starts a new statement
  if (na && nb) return false;
  const cue = q.cue;
  return !!cue && CONTINUES.test(doc.text.slice(Math.max(0, cue.start - 16), cue.end));
}

/**
 * The speaker's own dated act just before the statement: the sentence right before it (in the
 * same paragraph, or the end of the paragraph before when the statement opens one) names the
 * speaker and has a stated day or time ("Murphy on Monday sent a letter … Murphy claimed"; "the
 * government on Tuesday announced his death … The government statement announced"). The
 * statement is read as part of that act. Only the one sentence: further back the scene is a guess.
 */
const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

function speakersScene(doc: Doc, layout: Layout, q: Quote, here: { index: number }, usable: (i: number) => boolean, entityById: (id: string) => Entity | undefined): number | null {
  if (here.index === 0) return null;
  const before = layout.sentences[here.index - 1]!;
  const words = speakerWords(doc, q, entityById);
  if (!words.length) return null;
  // its end only: the act told just before (bounded on pathological input)
  const from = Math.max(before.start, before.end - 2 * CLAUSE_REACH);
  const said = doc.text.slice(from, before.end);
  const named: number[] = [];
  for (const w of words) {
    for (let k = said.indexOf(w); k >= 0; k = said.indexOf(w, k + 1)) {
      if (!isLetter(said[k - 1]) && !isLetter(said[k + w.length])) named.push(from + k);
    }
  }
  if (!named.length) return null;
  let best: number | null = null;
  let bestGap = Infinity;
  for (let i = firstTimexFrom(doc.timexes, from); i < doc.timexes.length && doc.timexes[i]!.start < before.end; i++) {
    const t = doc.timexes[i]!;
    if (!usable(i) || !(t.granularity === 'day' || t.type === 'TIME') || /_REF$/.test(t.value ?? '')) continue;
    // the speaker must be the actor of the dated clause: named close to the time, not anywhere
    const gap = Math.min(...named.map((n) => Math.abs(n - t.start)));
    if (gap <= SCENE_REACH && gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

/** How near (characters) the speaker must be named to the time of its act in the sentence before. */
const SCENE_REACH = 80;

/** The words that name the speaker: the last word of its entity's name and mentions (a surname,
 * the head noun: "Murphy", "SDF", "media"), and an institution noun anywhere in them. */
function speakerWords(doc: Doc, q: Quote, entityById: (id: string) => Entity | undefined): string[] {
  // the speaker as this attribution names it; its entity's name only behind a pronoun ("she")
  const written = q.speaker.mention ? doc.text.slice(q.speaker.mention.start, q.speaker.mention.end) : (q.speaker.name ?? '');
  const entity = q.speaker.entity && PRONOUN.test(written.trim()) ? entityById(q.speaker.entity) : undefined;
  const names = entity ? [entity.name] : [written];
  // a surname or the head noun ("government") is how the narrative names the speaker again
  const words = names.flatMap((n) => {
    const parts = n.split(/\s+/).filter(Boolean);
    return [...parts.slice(-1).filter((w) => /^[A-Z][\p{L}'’-]{2,}$/u.test(w)), ...parts.filter((w) => /^(?:government|police|ministry|court|army|company|office)$/i.test(w))];
  });
  return [...new Set(words)];
}

/**
 * An occasion named in the reporting clause ("told Healey during a press briefing", "responded
 * during the press briefing", "Otieno, who chaired the summit, said"): the statement was made at a particular event the narrative has
 * dated, not whenever the report was written.
 */
const OCCASION_NOUN = /\b(?:press briefing|press conference|news conference|briefing|meeting|interview|speech|summit|hearing|debate|rally|visit|ceremony|session)\b/gi;
/** what stands right before the noun: a preposition and determiner, or "the" alone */
const OCCASION_BEFORE = /(?:\b(?:during|at|in)\s+(a|an|the|this|that|his|her|its|their)|\b(the))\s+(?:joint\s+)?$/i;

interface Occasion {
  /** the occasion noun ("press briefing") */
  readonly noun: string;
  /** "the press briefing": one the narrative has told; "a press briefing": the scene just told */
  readonly definite: boolean;
}

interface OccasionHit extends Occasion {
  readonly at: number;
}

/** Every occasion phrase of the text, in order: one pass over the document, not one per quote. */
function occasionsIn(text: string): OccasionHit[] {
  const out: OccasionHit[] = [];
  // the nouns first (rare), then the words before each: far cheaper than a pattern led by "the"
  OCCASION_NOUN.lastIndex = 0;
  for (let m = OCCASION_NOUN.exec(text); m; m = OCCASION_NOUN.exec(text)) {
    const d = OCCASION_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!d) continue;
    // "who chaired the summit", "during the briefing": one the narrative told; "at a briefing": the scene just told
    out.push({ at: m.index, noun: m[0].toLowerCase().replace(/\s+/g, ' '), definite: !/^an?$/i.test(d[1] ?? d[2]!) });
  }
  return out;
}

/** The occasion of a reporting sentence near its cue, outside the quoted content, or null. */
function occasionOf(hits: readonly OccasionHit[], sentence: Span, q: Quote, focus: Span): Occasion | null {
  // the words near the cue only: a 2 MB "sentence" is not rescanned for each of its quotes
  const from = Math.max(sentence.start, focus.start - CLAUSE_REACH);
  const to = Math.min(sentence.end, focus.end + CLAUSE_REACH);
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < hits.length && hits[k]!.at < to; k++) {
    const h = hits[k]!;
    // words inside the quoted content are not the reporter's
    if (!q.content.some((c) => c.start <= h.at && h.at < c.end)) return h;
  }
  return null;
}

/** How many earlier timexes a look-back examines (linear time on pathological input). */
const MAX_LOOKBACK = 50;

/** How many paragraphs back the day of a named occasion may be told. */
const OCCASION_PARAGRAPHS = 2;

/**
 * The latest day (or clock time) told before `offset`, at or before publication: within a few
 * paragraphs for a definite occasion, only in the sentence before for an indefinite one.
 */
function latestDayBefore(doc: Doc, layout: Layout, offset: number, definite: boolean, usable: (i: number) => boolean, published: string | null): number | null {
  const here = layout.sentenceAt(offset);
  const last = firstTimexFrom(doc.timexes, offset) - 1;
  for (let i = last; i >= 0 && last - i < MAX_LOOKBACK; i--) {
    const t = doc.timexes[i]!;
    const there = layout.sentenceAt(t.start);
    if (definite ? here.paragraph - there.paragraph > OCCASION_PARAGRAPHS : here.index - there.index > 1) break;
    if (!usable(i) || !(t.granularity === 'day' || t.type === 'TIME') || /_REF$/.test(t.value ?? '')) continue;
    if (published && (t.value ?? '').slice(0, 10) > published.slice(0, 10)) continue;
    return i;
  }
  return null;
}

/** How many paragraphs a follow-on statement may sit after the one it continues. */
const FOLLOW_ON_PARAGRAPHS = 1;

export function dateQuotes(doc: Doc, layout: Layout, index: ContentIndex, excluded: (i: number) => boolean, published: string | null): Map<string, DatedBy> {
  const out = new Map<string, DatedBy>();
  const fallback: DatedBy = published ? { date: published, source: 'published' } : { date: null, source: 'none' };
  const nested: [Quote, Quote][] = [];
  const modifier = doc.timexes.map((t) => isAttributive(doc.text, t));
  const occasionHits = occasionsIn(doc.text);
  // the entities by id, built on first need (one map per document, not a scan per quote)
  let entities: Map<string, Entity> | null = null;
  const entityById = (id: string) => (entities ??= new Map(doc.entities.map((e) => [e.id, e]))).get(id);
  const skip = (i: number) => excluded(i) || modifier[i] === true;
  // top-level quotes in text order, each with the statement before it (for follow-ons)
  const ordered = doc.quotes
    .map((q) => ({ q, focus: focusOf(q) }))
    .sort((x, y) => (x.focus?.start ?? 0) - (y.focus?.start ?? 0));
  let prev: { q: Quote; paragraph: number; date: DatedBy } | null = null;
  // occasions already dated ("a press briefing" on March 6), for "during the press briefing" later
  const occasions = new Map<string, DatedBy>();
  for (const { q, focus } of ordered) {
    const parent = enclosing(q, index);
    if (parent) {
      nested.push([q, parent]);
      continue;
    }
    if (!focus) {
      out.set(q.id, fallback);
      continue;
    }
    const parts = [focus, ...q.content];
    const first = layout.sentenceAt(Math.min(...parts.map((p) => p.start)));
    const last = layout.sentenceAt(Math.max(...parts.map((p) => p.end)) - 1);
    const sentences = { start: first.span.start, end: last.span.end };
    const here = layout.sentenceAt(focus.start);
    const clause = clauseAround(doc.text, here.span, focus, q.content);
    // the content's own times do not date the speech act, except one that modifies the cue
    const own = (i: number) => {
      if (!skip(i)) return false;
      if (modifier[i] === true) return true;
      if (trailsQuotation(doc.text, q.content, doc.timexes[i]!)) return false;
      return q.kind === 'direct' || !modifiesCue(doc.text, q.cue, doc.timexes[i]!);
    };
    const g = governingTime(doc, layout, clause, sentences, focus, own, 'past-only', false);
    const occasion = occasionOf(occasionHits, here.span, q, focus);
    let date: DatedBy;
    if (g) date = fromTimex(doc.timexes[g.index]!, g.index, g.source === 'sentence' && modifiesCue(doc.text, q.cue, doc.timexes[g.index]!) ? 'clause' : g.source);
    else if (prev && prev.date.source !== 'published' && prev.date.date !== null && here.paragraph - prev.paragraph <= FOLLOW_ON_PARAGRAPHS && continues(doc, q, prev.q)) {
      date = { ...prev.date, source: 'quote-anchor' };
    } else {
      const ok = (i: number) => usableTimex(doc.timexes[i]!) && !skip(i);
      const same = occasion?.definite ? occasions.get(occasion.noun) : undefined;
      const scene = occasion ? latestDayBefore(doc, layout, focus.start, occasion.definite, ok, published) : speakersScene(doc, layout, q, here, ok, entityById);
      if (same) date = { ...same, source: 'quote-anchor' };
      else date = scene !== null ? fromTimex(doc.timexes[scene]!, scene, 'context') : fallback;
    }
    out.set(q.id, date);
    prev = { q, paragraph: here.paragraph, date };
    if (occasion && date.source !== 'published' && date.date !== null) occasions.set(occasion.noun, date);
  }
  for (const [q, parent] of nested) {
    const p = out.get(parent.id) ?? fallback;
    out.set(q.id, p.date === null ? fallback : { ...p, source: p.source === 'published' ? 'published' : 'quote-anchor' });
  }
  return out;
}
