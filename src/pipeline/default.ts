// The default newsgraph pipeline, in order. `newsgraph pipeline --explain` prints it. The stages that
// read a knowledge base, lexicons or models get them from one Resources (src/stages/resources.ts):
// defaultPipeline() uses the process defaults; defaultPipeline(createResources({...})) builds the same
// pipeline over other resources (user actor files, another knowledge base, no NER model).
import { segmentStage } from '../stages/segment/index.js';
import { syntaxStage } from '../stages/syntax/index.js';
import { createEntitiesStage } from '../stages/entities/index.js';
import { timeStage } from '../stages/time/index.js';
import { createQuotesStage } from '../stages/quotes/index.js';
import { createEventsStage } from '../stages/events/index.js';
import { datingStage } from '../stages/dating/index.js';
import { aboutStage } from '../stages/about/index.js';
import { defaultResources, type Resources } from '../stages/resources.js';
import { createPipeline, type Pipeline } from './pipeline.js';

let cached: Pipeline | undefined;

export function buildDefaultPipeline(res: Resources): Pipeline {
  return createPipeline([segmentStage, syntaxStage, createEntitiesStage(res), timeStage, createQuotesStage(res), createEventsStage(res), datingStage, aboutStage]);
}

/** The default pipeline over `res`; without it, over the process's default resources (built once). */
export function defaultPipeline(res?: Resources): Pipeline {
  if (res) return buildDefaultPipeline(res);
  cached ??= buildDefaultPipeline(defaultResources());
  return cached;
}
