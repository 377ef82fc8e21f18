// The segment stage: fills paragraphs (one per line), sentences and UD-style tokens with exact
// offsets, using the tokenizer and sentence splitter in src/nlp (see segment-text.ts). Tokens carry
// pos/xpos '' and head -1 until the syntax stage runs; the lemma is the lower-cased form until then.
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../stage.js';
import { segmentText } from '../../nlp/segment-text.js';

export { segmentText, type Segmentation } from '../../nlp/segment-text.js';

export const segmentStage: Stage = {
  name: 'segment',
  description: 'paragraphs, sentences and UD tokens with exact offsets',
  requires: [],
  uses: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  modifies: [],
  run(doc) {
    const { paragraphs, sentences, tokens } = segmentText(doc.text);
    return withLayers(doc, { paragraphs, sentences, tokens }, this.assigns);
  },
};
