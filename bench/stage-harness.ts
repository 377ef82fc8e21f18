// What the stage-timing harnesses (stage-cpu.ts, events-ab.ts) share: the slice of a pipeline stage
// they call (the stage of a compiled build loaded by path, so its own types are not imported) and
// their `--name value` arguments.
import type { Doc } from '../src/core/doc.js';

export interface StageLike {
  name: string;
  run(doc: Doc, ctx: { published: string | null; options: Record<string, never> }): Doc;
}

export { arg } from './cli-args.js';
