// PLACEHOLDER quotes stage: to be replaced by the real implementation.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const quotesStage: Stage = {
  name: 'quotes',
  description: 'direct, indirect and mixed quotes with speaker, cue, addressee and date',
  requires: ['tokens', 'entities', 'timexes'],
  assigns: ['quotes'],
  run(doc) {
    return withLayers(doc, {}, this.assigns);
  },
};
