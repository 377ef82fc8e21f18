// The dating stage: a date with its source for every quote and event (clause → sentence →
// context → publication date → none), and relative times inside quotes re-anchored to when the
// quote was said. Runs after quotes and events and writes only its own `dates` layer: quotes,
// events and timexes stay as their stages made them; the contract writer merges the dates in
// (datedTimexes in src/core/doc.ts for the re-anchored timexes).
import { withLayers, type DatesLayer, type Quote } from '../../core/doc.js';
import type { Stage } from '../stage.js';
import { parseReference } from '../time/reference.js';
import { ContentIndex } from './content-index.js';
import { dateEvents } from './date-events.js';
import { dateQuotes } from './date-quotes.js';
import { insideAny } from './governing-time.js';
import { layoutOf } from './layout.js';
import { reanchorInsideQuotes } from './reanchor.js';

export const datingStage: Stage = {
  name: 'dating',
  description: 'a date with its source for every quote and event; quote-internal times anchored to the quote date',
  // sentences: clause and scene boundaries; timeFrames: re-anchoring without re-parsing
  requires: ['sentences', 'timexes', 'timeFrames', 'quotes', 'events'],
  // tokens, pos and parse: an event's own clause (tense, the present of a standing state, "since X",
  // a fronted "after X,"); lemma: a present speech act ("says") or going-on ("protests continue")
  // read as of publication; entities: a pronoun speaker continuing the statement before it
  uses: ['entities', 'tokens', 'pos', 'lemma', 'parse'],
  assigns: ['dates'],
  modifies: [],
  run(doc, ctx) {
    const ref = parseReference(ctx.published ?? doc.meta.published);
    const published = ref ? ref.iso : null;
    const layout = layoutOf(doc);
    const inContent = insideAny(doc.timexes, doc.quotes.flatMap((q) => q.content));
    const excluded = (i: number) => inContent[i] === true;

    const index = new ContentIndex(doc.quotes);
    const quoteDates = dateQuotes(doc, layout, index, excluded, published);
    // re-anchor before dating events, so an event inside a quote sees the quote-relative times
    // a context date re-anchors only from the quote's own paragraph (the same scene for certain)
    const sameScene = (q: Quote) => {
      const i = quoteDates.get(q.id)?.timex;
      const at = q.cue ?? q.content[0];
      return i !== undefined && at !== undefined && layout.sentenceAt(doc.timexes[i]!.start).paragraph === layout.sentenceAt(at.start).paragraph;
    };
    const reanchored = reanchorInsideQuotes(doc, quoteDates, sameScene);
    const anchored = { ...doc, timexes: doc.timexes.map((t, i) => reanchored.get(i) ?? t) };
    const eventDates = dateEvents(anchored, layout, index, excluded, quoteDates, published);
    const dates: DatesLayer = { quotes: quoteDates, events: eventDates, timexes: reanchored };
    return withLayers(doc, { dates }, this.assigns);
  },
};
