// An ordered, validated list of stages. Building it checks each stage's declarations against the
// stages before it (E010), so a mis-ordered pipeline fails at start-up, not mid-batch:
//   requires  must be assigned by an earlier stage
//   modifies  the layer must exist already (assigned earlier)
//   assigns   one stage per layer: a second stage that rewrites it declares `modifies`
//   uses      optional: absent is fine; but a layer that only a later stage assigns is an
//             ordering mistake (the stage would never see it)
import type { Doc, LayerName } from '../core/doc.js';
import { NewsgraphError } from '../core/errors.js';
import type { Stage, StageContext } from '../stages/stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, ctx?: Partial<StageContext>): Doc;
  explain(): string;
}

function orderError(stage: Stage, what: string, assignedBy: ReadonlyMap<LayerName, string>): NewsgraphError {
  const earlier = [...assignedBy.keys()].join(', ') || 'none';
  return new NewsgraphError('E010', `stage "${stage.name}" ${what} (layers assigned before it: ${earlier})`, stage.name);
}

/** Throws E010 when the stages' declarations do not fit their order. */
export function checkOrder(stages: readonly Stage[]): void {
  const assignedBy = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new NewsgraphError('E010', `stage "${stage.name}" appears twice`, stage.name);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!assignedBy.has(need)) throw orderError(stage, `requires layer "${need}", but no earlier stage assigns it`, assignedBy);
    }
    for (const m of stage.modifies) {
      if (!assignedBy.has(m)) throw orderError(stage, `modifies layer "${m}", but no earlier stage assigns it`, assignedBy);
    }
    for (const a of stage.assigns) {
      const by = assignedBy.get(a);
      if (by) throw orderError(stage, `assigns layer "${a}", which stage "${by}" already assigned (declare it in modifies)`, assignedBy);
    }
    for (const a of stage.assigns) assignedBy.set(a, stage.name);
  }
  stages.forEach((stage, i) => {
    for (const u of stage.uses) {
      if (assignedBy.has(u) && assignedBy.get(u) !== stage.name && stages.findIndex((s) => s.name === assignedBy.get(u)) > i) {
        throw new NewsgraphError('E010', `stage "${stage.name}" uses layer "${u}", which stage "${assignedBy.get(u)}" assigns only after it`, stage.name);
      }
    }
  });
}

const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;

export function createPipeline(stages: readonly Stage[]): Pipeline {
  checkOrder(stages);
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
        .map((s, i) =>
          [
            `${i + 1}. ${s.name}: ${s.description}`,
            `   requires ${list(s.requires)}`,
            `   uses     ${list(s.uses)}`,
            `   assigns  ${list(s.assigns)}`,
            `   modifies ${list(s.modifies)}`,
          ].join('\n'),
        )
        .join('\n');
    },
  };
}
