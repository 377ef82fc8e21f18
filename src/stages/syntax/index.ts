// PLACEHOLDER syntax stage: to be replaced by the trained tagger, lemmatizer and parser (src/nlp).
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const syntaxStage: Stage = {
  name: 'syntax',
  description: 'UPOS/XPOS tags, lemmas and UD dependency parse from the trained models',
  requires: ['tokens'],
  assigns: ['pos', 'lemma', 'parse'],
  run(doc) {
    return withLayers(doc, {}, this.assigns);
  },
};
