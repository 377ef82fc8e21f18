// Runs the real segment (+ syntax when its models are built) and entities stages on a text, and
// small helpers to find entities by their mentions' text.
import { createDoc, type Doc, type Entity, type EntityType } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { syntaxStage } from '../../src/stages/syntax/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { newMention, type WorkMention } from '../../src/stages/entities/mention.js';

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

/** a text through the segment and syntax stages only, for testing one entities refiner by itself */
export function parsedDoc(text: string): Doc {
  const ctx = { published: null, options: {} };
  return syntaxStage.run(segmentStage.run(createDoc(text), ctx), ctx);
}

/** a model mention of every occurrence of each name, of the given type (longer names first; no overlaps) */
export function modelMentions(doc: Doc, spec: Array<[string, EntityType]>): WorkMention[] {
  const out: WorkMention[] = [];
  for (const [name, type] of [...spec].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
      const tokFrom = doc.tokens.findIndex((t) => t.start === at);
      const tokTo = doc.tokens.findIndex((t) => t.end === at + name.length) + 1;
      if (tokFrom < 0 || tokTo <= 0 || out.some((m) => m.start < at + name.length && at < m.end)) continue;
      out.push(newMention({ start: at, end: at + name.length, tokFrom, tokTo, sent: doc.tokens[tokFrom]!.sent, kind: 'name', type, rule: 'entities:ner-model', origin: 'model' }));
    }
  }
  return out.sort((a, b) => a.tokFrom - b.tokFrom);
}
