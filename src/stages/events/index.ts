// PLACEHOLDER events stage: to be replaced by the real implementation.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const eventsStage: Stage = {
  name: 'events',
  description: 'CAMEO/PLOVER events with source, target, date, place and evidence',
  requires: ['parse', 'entities', 'timexes'],
  assigns: ['events'],
  run(doc) {
    return withLayers(doc, {}, this.assigns);
  },
};
