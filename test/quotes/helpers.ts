// Runs the stages the quotes stage needs (segment → entities → quotes) on an invented text, so the
// quote tests do not depend on the tagger and parser models being built.
import { createDoc, type Doc, type Quote } from '../../src/core/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';

const pipeline = createPipeline([segmentStage, entitiesStage, quotesStage]);

export function read(text: string): Doc {
  return pipeline.run(createDoc(text, { id: 't' }));
}

export interface Seen {
  kind: string;
  content: string[];
  cue: string | null;
  source: string | null;
  speaker: string | null;
  entity: string | null;
  addressee: string | null;
  rule: string;
}

export function seen(doc: Doc, q: Quote): Seen {
  const t = (s: { start: number; end: number } | null) => (s ? doc.text.slice(s.start, s.end) : null);
  return {
    kind: q.kind,
    content: q.content.map((c) => doc.text.slice(c.start, c.end)),
    cue: t(q.cue),
    source: t(q.speaker.mention),
    speaker: q.speaker.name,
    entity: q.speaker.entity,
    addressee: q.addressee?.name ?? null,
    rule: q.rule,
  };
}

export function quotesOf(text: string): Seen[] {
  const d = read(text);
  return d.quotes.map((q) => seen(d, q));
}

/** Strips the quote marks and trailing punctuation the way the PolNeAR scorer does. */
export function core(s: string): string {
  return s.replace(/^[\s"'“”‘’,.;:—–-]+|[\s"'“”‘’,.;:—–-]+$/g, '');
}
