// The events tests' shorthand: run the default pipeline over a text and read each event as
// "SOURCE CAMEO TARGET" (actor codes, "-" for none), so an assertion names the coded fact it expects.
import { existsSync } from 'node:fs';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

/** the events rules read the parse: without the trained parser the tests skip */
export const hasParser = existsSync(modelPath('parser.bin'));

export const eventBriefs = (text: string): string[] =>
  defaultPipeline()
    .run(createDoc(text, { id: 't', published: '2024-03-01' }))
    .events.map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);

/** the events of a text through the default pipeline (published 2024-03-01) */
export const pipelineEvents = (text: string) => defaultPipeline().run(createDoc(text, { id: 'p', published: '2024-03-01' })).events;

/** each event as "CAMEO SOURCE→TARGET" (actor codes, "-" for none) */
export const eventArrows = (text: string): string[] =>
  pipelineEvents(text).map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`);

/** each event as "CAMEO SOURCE→TARGET MODALITY" ("negated" for a negated event), for the precision rules */
export const eventArrowsWithModality = (text: string): string[] =>
  pipelineEvents(text).map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'} ${e.negated ? 'negated' : e.modality}`);
