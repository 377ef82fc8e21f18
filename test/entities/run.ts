// Runs the real segment (+ syntax when its models are built) and entities stages on a text, and
// small helpers to find entities by their mentions' text.
import { createDoc, type Doc, type Entity } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { syntaxStage } from '../../src/stages/syntax/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';

export function analyzeEntities(text: string, published: string | null = null, title: string | null = null): Doc {
  const ctx = { published, options: {} };
  let d = segmentStage.run(createDoc(text, { published, title }), ctx);
  try {
    d = syntaxStage.run(d, ctx);
  } catch {
    // tagger/parser models not built: the entities stage works from tokens alone
  }
  return entitiesStage.run(d, ctx);
}

export const mentionTexts = (doc: Doc, e: Entity) => e.mentions.map((m) => doc.text.slice(m.start, m.end));

/** The entity one of whose mentions is exactly `text` (the first such). */
export function entityWith(doc: Doc, text: string): Entity | undefined {
  return doc.entities.find((e) => mentionTexts(doc, e).includes(text));
}

export function person(doc: Doc, name: string): Entity | undefined {
  return doc.entities.find((e) => e.type === 'PERSON' && e.name === name);
}
