// The dating stage: a date with its source for every quote and event (clause → sentence →
// context → publication date → none), and relative times inside quotes re-anchored to when the
// quote was said. Runs after quotes and events; the details (timex index, vague ranges) go to
// extras.dating for the explain view.
import { withLayers, type NewsEvent, type Quote } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseReference } from '../time/reference.js';
import { ContentIndex } from './content-index.js';
import { dateEvents } from './date-events.js';
import { dateQuotes, type Dated } from './date-quotes.js';
import { insideAny } from './governing-time.js';
import { layoutOf } from './layout.js';
import { reanchorInsideQuotes } from './reanchor.js';

export const datingStage: Stage = {
  name: 'dating',
  description: 'a date with its source for every quote and event; quote-internal times anchored to the quote date',
  requires: ['timexes', 'quotes', 'events'],
  assigns: ['dates'],
  run(doc, ctx) {
    const ref = parseReference(ctx.published ?? doc.meta.published);
    const published = ref ? ref.iso : null;
    const layout = layoutOf(doc);
    const inContent = insideAny(doc.timexes, doc.quotes.flatMap((q) => q.content));
    const excluded = (i: number) => inContent[i] === true;

    const index = new ContentIndex(doc.quotes);
    const quoteDates = dateQuotes(doc, layout, index, excluded, published);
    const quotes: Quote[] = doc.quotes.map((q) => {
      const d = quoteDates.get(q.id)!;
      return { ...q, date: d.date, dateSource: d.source, ...(d.range ? { dateRange: d.range } : {}) };
    });
    // re-anchor before dating events, so an event inside a quote sees the quote-relative times
    // a context date re-anchors only from the quote's own paragraph (the same scene for certain)
    const sameScene = (q: Quote) => {
      const i = quoteDates.get(q.id)?.timex;
      const at = q.cue ?? q.content[0];
      return i !== undefined && at !== undefined && layout.sentenceAt(doc.timexes[i]!.start).paragraph === layout.sentenceAt(at.start).paragraph;
    };
    const timexes = reanchorInsideQuotes(doc, quotes, sameScene);
    const anchored = { ...doc, timexes, quotes };
    const eventDates = dateEvents(anchored, layout, index, excluded, quoteDates, published);
    const events: NewsEvent[] = doc.events.map((v) => {
      const d = eventDates.get(v.id)!;
      return { ...v, date: d.date, dateSource: d.source, ...(d.range ? { dateRange: d.range } : {}) };
    });
    const detail = (m: Map<string, Dated>) => Object.fromEntries([...m].map(([id, d]) => [id, d]));
    return withLayers(doc, { quotes, events, timexes, extras: { dating: { quotes: detail(quoteDates), events: detail(eventDates) } } }, this.assigns);
  },
};
