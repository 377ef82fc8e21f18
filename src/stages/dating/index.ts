// PLACEHOLDER dating stage: gives every quote and event a date (clause → sentence → context →
// publication date) and re-anchors relative time expressions inside quotes to when they were said.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const datingStage: Stage = {
  name: 'dating',
  description: 'a date with its source for every quote and event; quote-internal times anchored to the quote date',
  requires: ['timexes', 'quotes', 'events'],
  assigns: ['dates'],
  run(doc) {
    return withLayers(doc, {}, this.assigns);
  },
};
