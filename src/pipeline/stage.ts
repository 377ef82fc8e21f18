// A stage is Doc -> Doc and declares the layers it needs and the layers it sets, so the pipeline
// can check the order when it is built rather than fail half-way through an article.
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
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Doc;
}
