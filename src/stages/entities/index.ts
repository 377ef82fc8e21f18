// PLACEHOLDER entities stage: to be replaced by the real implementation.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const entitiesStage: Stage = {
  name: 'entities',
  description: 'named entities, coreference and actors (country, sector, role, CAMEO actor code)',
  requires: ['tokens'],
  assigns: ['entities', 'coref'],
  run(doc) {
    return withLayers(doc, {}, this.assigns);
  },
};
