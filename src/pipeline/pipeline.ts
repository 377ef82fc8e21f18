// An ordered, validated list of stages. Building it checks that every stage's `requires` is
// assigned by an earlier stage (E010), so a mis-ordered pipeline fails at start-up, not mid-batch.
import type { Doc, LayerName } from '../core/doc.js';
import { NewsgraphError } from '../core/errors.js';
import type { Stage, StageContext } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, ctx?: Partial<StageContext>): Doc;
  explain(): string;
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const seen = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new NewsgraphError('E010', `stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!seen.has(need)) {
        throw new NewsgraphError(
          'E010',
          `stage "${stage.name}" requires layer "${need}", but no earlier stage assigns it (earlier layers: ${[...seen].join(', ') || 'none'})`,
        );
      }
    }
    for (const a of stage.assigns) seen.add(a);
  }
  return {
    stages,
    run(doc, ctx = {}) {
      const full: StageContext = { published: ctx.published ?? doc.meta.published, options: ctx.options ?? {} };
      let d = doc;
      for (const stage of stages) d = stage.run(d, full);
      return d;
    },
    explain() {
      return stages
        .map((s, i) => `${i + 1}. ${s.name.padEnd(12)} requires [${s.requires.join(', ')}] assigns [${s.assigns.join(', ')}]\n   ${s.description}`)
        .join('\n');
    },
  };
}
