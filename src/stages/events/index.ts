// The events stage: who did what to whom. CAMEO-coded events (with Goldstein value, GDELT quad
// class and the PLOVER type/mode from the crosswalk) read from the dependency parse through the
// frame lexicon in data/events/frames.tsv, with actors from the entities layer (or the phrase's own
// country and group words), place, negation and modality. Dates are the dating stage's: it writes
// them to its own layer. Modules: match-frames (candidates) → filters → sources, targets (roles,
// resolve-actor) → refine-actors, location, modality → recode-intent → act-owner → merge-duplicates;
// extract.ts wires them.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../stage.js';
import { defaultResources, type Resources } from '../resources.js';
import { extractEvents } from './extract.js';

/** The events stage reading the frames, CAMEO table and actor words of `res`. */
export function createEventsStage(res: Resources): Stage {
  return { ...eventsStage, run: (doc) => withLayers(doc, { events: extractEvents(doc, res.lexicons.events) }, eventsStage.assigns) };
}

/** The events stage of the default resources. */
export const eventsStage: Stage = {
  name: 'events',
  description: 'CAMEO/PLOVER events with source, target, place, modality and evidence (dates from the dating stage)',
  // quotes: an event inside a quote's content is reported speech (modality 'reported')
  requires: ['sentences', 'tokens', 'pos', 'lemma', 'parse', 'entities', 'quotes'],
  uses: [],
  assigns: ['events'],
  modifies: [],
  run(doc) {
    return withLayers(doc, { events: extractEvents(doc, defaultResources().lexicons.events) }, this.assigns);
  },
};
