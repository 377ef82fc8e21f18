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
