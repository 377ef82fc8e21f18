// The about stage: what each quote talks about. Its actors are the entities mentioned inside its
// content spans, through coreference (every mention of an entity counts, pronouns and nominals
// included, so "he" inside a quote names whom it stands for) — except the speaker referring to
// itself by pronoun ("we will not retreat"), which says nothing about anyone. Its events are those
// whose evidence lies in or on the quote: on the cue ("accused", "threatened", "urged": the quote
// is the accusation, the threat, the appeal) or inside the content (the speaker reporting it).
// Runs after quotes and events; writes only its own `about` layer, which the contract writer
// adds to each quote.
import { withLayers, type Doc, type Quote, type QuoteAbout } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../stage.js';
import { emptyObjects, mapObjects } from '../../core/object-arrays.js';

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// plain loops, no closure per mention: this runs for every quote × every mention of the article
function insideAny(m: Span, spans: readonly Span[]): boolean {
  for (const c of spans) if (inside(m, c)) return true;
  return false;
}

function overlapsAny(v: Span, spans: readonly Span[], extra: Span | null): boolean {
  for (const s of spans) if (overlaps(v, s)) return true;
  return extra !== null && overlaps(v, extra);
}

/** The about of one quote. */
export function quoteAbout(doc: Pick<Doc, 'entities' | 'events'>, q: Quote): QuoteAbout {
  const firstAt = new Map<string, number>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.kind === 'pronoun' && e.id === q.speaker.entity) continue;
      if (!insideAny(m, q.content)) continue;
      const at = firstAt.get(e.id);
      if (at === undefined || m.start < at) firstAt.set(e.id, m.start);
    }
  }
  const entities = mapObjects([...firstAt].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)), ([id]) => id);
  const events = emptyObjects<string>();
  for (const v of doc.events) if (overlapsAny(v.evidence, q.content, q.cue ?? null)) events.push(v.id);
  const rule = events.length ? (entities.length ? 'about:content-mentions+event-evidence' : 'about:event-evidence') : 'about:content-mentions';
  return { entities, events, rule };
}

export const aboutStage: Stage = {
  name: 'about',
  description: 'what each quote is about: the entities its content mentions (through coreference) and the events it is evidence of',
  requires: ['entities', 'quotes', 'events'],
  uses: [],
  assigns: ['about'],
  modifies: [],
  run(doc) {
    const about = new Map(doc.quotes.map((q) => [q.id, quoteAbout(doc, q)] as const));
    return withLayers(doc, { about }, this.assigns);
  },
};
