// A date for every quote: a timex in its reporting clause outside its content ("said on March 2
// that …"), else elsewhere in its sentence(s), else the governing time of the context, else the
// publication date. A quote nested in another quote's content with no cue of its own (a partial
// quote inside an indirect one) takes the date of the quote around it.
import type { DatedBy, DatedSource, Doc, Quote, Timex } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { governingTime } from './governing-time.js';
import type { ContentIndex } from './content-index.js';
import { clauseAround, type Layout } from './layout.js';

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

export function dateQuotes(doc: Doc, layout: Layout, index: ContentIndex, excluded: (i: number) => boolean, published: string | null): Map<string, DatedBy> {
  const out = new Map<string, DatedBy>();
  const fallback: DatedBy = published ? { date: published, source: 'published' } : { date: null, source: 'none' };
  const nested: [Quote, Quote][] = [];
  for (const q of doc.quotes) {
    const parent = enclosing(q, index);
    if (parent) {
      nested.push([q, parent]);
      continue;
    }
    const focus = focusOf(q);
    if (!focus) {
      out.set(q.id, fallback);
      continue;
    }
    const parts = [focus, ...q.content];
    const first = layout.sentenceAt(Math.min(...parts.map((p) => p.start)));
    const last = layout.sentenceAt(Math.max(...parts.map((p) => p.end)) - 1);
    const sentences = { start: first.span.start, end: last.span.end };
    const clause = clauseAround(doc.text, layout.sentenceAt(focus.start).span, focus, q.content);
    const g = governingTime(doc, layout, clause, sentences, focus, excluded, 'past-only');
    out.set(q.id, g ? fromTimex(doc.timexes[g.index]!, g.index, g.source) : fallback);
  }
  for (const [q, parent] of nested) {
    const p = out.get(parent.id) ?? fallback;
    out.set(q.id, p.date === null ? fallback : { ...p, source: p.source === 'published' ? 'published' : 'quote-anchor' });
  }
  return out;
}
