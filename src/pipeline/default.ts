// The default newsgraph pipeline, in order. `newsgraph pipeline --explain` prints it.
import { segmentStage } from '../stages/segment/index.js';
import { syntaxStage } from '../stages/syntax/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { timeStage } from '../stages/time/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { eventsStage } from '../stages/events/index.js';
import { datingStage } from '../stages/dating/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

let cached: Pipeline | undefined;

export function defaultPipeline(): Pipeline {
  cached ??= createPipeline([segmentStage, syntaxStage, entitiesStage, timeStage, quotesStage, eventsStage, datingStage]);
  return cached;
}
