// PLACEHOLDER time stage: to be replaced by the real implementation.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const timeStage: Stage = {
  name: 'time',
  description: 'time expressions normalised against the publication date',
  requires: ['tokens'],
  assigns: ['timexes'],
  run(doc) {
    return withLayers(doc, {}, this.assigns);
  },
};
