// A stage is Doc -> Doc and declares which layers it reads and writes, so the pipeline can check
// the order when it is built rather than fail half-way through an article, and the guarded Doc in
// the tests (src/pipeline/guard.ts) can prove each declaration true:
//   requires  layers it reads and cannot do without (an earlier stage must assign them)
//   uses      layers it reads when present and does without otherwise (no order check)
//   assigns   layers it creates (one stage per layer)
//   modifies  layers of earlier stages it rewrites (they must exist before it)
// A stage may read the layers it assigns or modifies. It lives below src/stages so that stage
// code never imports from src/pipeline; the pipeline imports the stages.
import type { Doc, LayerName } from '../core/doc.js';

export interface StageContext {
  /** Publication date of the article (ISO) or null: the only reference time the library uses. */
  readonly published: string | null;
  /** Free-form options from the CLI/API (e.g. { debug: true }). */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Stage {
  readonly name: string;
  /** one line for `newsgraph pipeline --explain` */
  readonly description: string;
  readonly requires: readonly LayerName[];
  readonly uses: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  readonly modifies: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Doc;
}
