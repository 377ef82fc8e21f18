// The pipeline's build-time checks of the stage declarations (E010) and its explanation.
import { describe, expect, it } from 'vitest';
import { createDoc, withLayers, type LayerName } from '../core/doc.js';
import { NewsgraphError } from '../core/errors.js';
import { datingStage } from '../stages/dating/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { segmentStage } from '../stages/segment/index.js';
import type { Stage } from '../stages/stage.js';
import { syntaxStage } from '../stages/syntax/index.js';
import { timeStage } from '../stages/time/index.js';
import { defaultPipeline } from './default.js';
import { createPipeline } from './pipeline.js';

/** The error createPipeline throws for these stages (fails the test when it throws none). */
function buildError(stages: readonly Stage[]): NewsgraphError {
  try {
    createPipeline(stages);
  } catch (e) {
    if (e instanceof NewsgraphError) return e;
    throw e;
  }
  throw new Error('createPipeline accepted the stages');
}

const toy = (name: string, d: { requires?: LayerName[]; uses?: LayerName[]; assigns?: LayerName[]; modifies?: LayerName[] }): Stage => ({
  name,
  description: `toy stage ${name}`,
  requires: d.requires ?? [],
  uses: d.uses ?? [],
  assigns: d.assigns ?? [],
  modifies: d.modifies ?? [],
  run: (doc) => withLayers(doc, {}, d.assigns ?? []),
});

describe('createPipeline checks the declared order', () => {
  it('builds the default pipeline', () => {
    expect(defaultPipeline().stages.map((s) => s.name)).toEqual(['segment', 'syntax', 'entities', 'time', 'quotes', 'events', 'dating', 'about']);
  });

  it('rejects a pipeline without the quotes stage, naming events and quotes', () => {
    const e = buildError([segmentStage, syntaxStage, entitiesStage, timeStage, eventsStage, datingStage]);
    expect(e.code).toBe('E010');
    expect(e.subject).toBe('events');
    expect(e.message).toMatch(/stage "events" requires layer "quotes", but no earlier stage assigns it/);
  });

  it('rejects a stage placed before the stage it requires', () => {
    const e = buildError([segmentStage, syntaxStage, entitiesStage, timeStage, quotesStage, datingStage, eventsStage]);
    expect(e.message).toMatch(/stage "dating" requires layer "events"/);
  });

  it('accepts a missing optional layer: entities and quotes run without the syntax stage', () => {
    const p = createPipeline([segmentStage, entitiesStage, quotesStage]);
    expect(p.stages).toHaveLength(3);
  });

  it('rejects a used layer that only a later stage assigns', () => {
    const e = buildError([segmentStage, entitiesStage, syntaxStage]);
    expect(e.message).toMatch(/stage "entities" uses layer "(pos|parse)", which stage "syntax" assigns only after it/);
  });

  it('rejects modifying a layer nobody assigned before', () => {
    const e = buildError([toy('a', { assigns: ['tokens'] }), toy('b', { modifies: ['entities'] })]);
    expect(e.message).toMatch(/stage "b" modifies layer "entities", but no earlier stage assigns it/);
    expect(() => createPipeline([toy('a', { assigns: ['entities'] }), toy('b', { modifies: ['entities'] })])).not.toThrow();
  });

  it('rejects a second stage assigning the same layer', () => {
    const e = buildError([toy('a', { assigns: ['timexes'] }), toy('b', { assigns: ['timexes'] })]);
    expect(e.message).toMatch(/stage "b" assigns layer "timexes", which stage "a" already assigned/);
  });

  it('rejects a stage that appears twice', () => {
    expect(buildError([segmentStage, segmentStage]).message).toMatch(/"segment" appears twice/);
  });

  it('runs the stages in order with the publication date of the document', () => {
    const seen: (string | null)[] = [];
    const probe: Stage = { ...toy('probe', {}), run: (doc, ctx) => (seen.push(ctx.published), doc) };
    createPipeline([probe]).run(createDoc('Text.', { published: '2025-01-02' }));
    expect(seen).toEqual(['2025-01-02']);
  });
});

describe('explain', () => {
  it('shows what each stage requires, uses, assigns and modifies', () => {
    const text = defaultPipeline().explain();
    const events = text.slice(text.indexOf('6. events'), text.indexOf('7. dating'));
    expect(events).toContain('requires [sentences, tokens, pos, lemma, parse, entities, quotes]');
    expect(events).toContain('uses     []');
    expect(events).toContain('assigns  [events]');
    expect(events).toContain('modifies []');
    expect(text).toMatch(/3\. entities[^\n]*\n\s+requires \[sentences, tokens\]\n\s+uses\s+\[pos, parse\]\n\s+assigns\s+\[entities, roleObservations\]/);
  });
});
