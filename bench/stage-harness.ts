// What the stage-timing harnesses (stage-cpu.ts, events-ab.ts) share: the slice of a pipeline stage
// they call (the stage of a compiled build loaded by path, so its own types are not imported) and
// their `--name value` arguments.
import type { Doc } from '../src/core/doc.js';

export interface StageLike {
  name: string;
  run(doc: Doc, ctx: { published: string | null; options: Record<string, never> }): Doc;
}

/** The value after `--name` on the command line, else dflt. */
export function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}
