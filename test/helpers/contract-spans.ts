// Every span of a contract document (../shared/docs/output-contract.md), found by walking the JSON
// rather than by a list of fields, so a layer added later (dates, role observations, …) is checked
// without anyone remembering to add it here. A span is any object with numeric `start` and `end`.
// Its `layer` is the JSON path with indexes dropped ("quotes.speaker.mention"), which is how the
// checks below pick their rules and how the mutation tests pick what to shift.

export interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

export interface LocatedSpan {
  /** the path with indexes dropped: "entities.mentions.title" */
  readonly layer: string;
  /** the path with ids or indexes, for messages: "entities[e4].mentions[0].title" */
  readonly path: string;
  readonly span: SpanLike;
}

/** Is this value a span (an object with numeric start and end)? */
export function isSpan(v: unknown): v is SpanLike {
  return typeof v === 'object' && v !== null && typeof (v as SpanLike).start === 'number' && typeof (v as SpanLike).end === 'number';
}

/** A record's label in a path: its id when it has one ("q3"), else its index. */
function label(v: unknown, i: number): string {
  const id = typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : String(i);
}

/** Every span in `doc` (any depth), in document order of the JSON. */
export function collectSpans(doc: unknown): LocatedSpan[] {
  const out: LocatedSpan[] = [];
  const walk = (v: unknown, layer: string, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, layer, `${path}[${label(x, i)}]`));
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (isSpan(v) && layer !== '') out.push({ layer, path, span: v });
    for (const [k, x] of Object.entries(v)) {
      if (typeof x !== 'object' || x === null) continue;
      walk(x, layer ? `${layer}.${k}` : k, path ? `${path}.${k}` : k);
    }
  };
  walk(doc, '', '');
  return out;
}

/** What a layer's spans must satisfy beyond bounds, covered text, trimming and whole characters. */
export interface LayerRules {
  /** edges fall on token edges of the document's own tokenization (the layer is built from tokens) */
  readonly tokenAligned: boolean;
  /** the span lies inside one sentence (a name, a cue, a date; not quote content, which may run on) */
  readonly inOneSentence: boolean;
  /** the first and last tokens are words, not punctuation ("the newspaper" never "the newspaper.") */
  readonly wordEdges: boolean;
}

const PHRASE: LayerRules = { tokenAligned: true, inOneSentence: true, wordEdges: true };

/**
 * The rules by layer. Sentences and paragraphs are token-aligned too (a sentence starts at its
 * first token and ends at its last); tokens are checked by coverage instead (assert-spans.ts). A
 * layer not listed here (one added later) still gets bounds, text, trimming and whole characters.
 */
export const LAYER_RULES: Readonly<Record<string, LayerRules>> = {
  paragraphs: { tokenAligned: true, inOneSentence: false, wordEdges: false },
  sentences: { tokenAligned: true, inOneSentence: false, wordEdges: false },
  'entities.mentions': PHRASE,
  'entities.mentions.title': PHRASE,
  timexes: PHRASE,
  'quotes.content': { tokenAligned: true, inOneSentence: false, wordEdges: false },
  'quotes.cue': PHRASE,
  'quotes.speaker.mention': PHRASE,
  'quotes.addressee.mention': PHRASE,
  'events.evidence': PHRASE,
  'events.more_evidence': PHRASE,
  'events.source.mention': PHRASE,
  'events.target.mention': PHRASE,
};

/** The annotation layers (what the stages after segmentation produce), the ones the golden files record. */
export const ANNOTATION_LAYERS: readonly string[] = [
  'entities.mentions',
  'entities.mentions.title',
  'timexes',
  'quotes.content',
  'quotes.cue',
  'quotes.speaker.mention',
  'quotes.addressee.mention',
  'events.evidence',
  'events.more_evidence',
  'events.source.mention',
  'events.target.mention',
];
