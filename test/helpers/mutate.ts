// Offset mutations of a contract document, for the mutation tests: shift the start, the end or both
// edges of the spans of one layer by a few characters, and re-slice each span's covered text from
// the input at the new offsets, exactly as the writer would if a stage (or the writer) got its
// offsets wrong. Such a mutant is self-consistent (text === doc.text.slice(start, end)), which is
// why tests that compare the output with itself could never catch it.
import { collectSpans } from './contract-spans.js';

export type Edge = 'start' | 'end' | 'both';

export interface Mutation {
  /** a span layer as collectSpans names it ("quotes.cue") */
  readonly layer: string;
  readonly edge: Edge;
  readonly delta: number;
  /** shift only the n-th span of the layer (0-based); all of them when absent */
  readonly only?: number;
}

export const describeMutation = (m: Mutation) =>
  `${m.layer} ${m.edge} ${m.delta > 0 ? '+' : ''}${m.delta}${m.only !== undefined ? ` (span #${m.only})` : ''}`;

/** Parses "quotes.cue:start:+1" (the form the mutation script passes in the environment). */
export function parseMutation(s: string): Mutation {
  const [layer, edge, delta] = s.split(':');
  if (!layer || (edge !== 'start' && edge !== 'end' && edge !== 'both') || !/^[+-]?\d+$/.test(delta ?? '')) {
    throw new Error(`bad mutation "${s}": want layer:start|end|both:±n, e.g. quotes.cue:both:+1`);
  }
  return { layer, edge, delta: Number(delta) };
}

/**
 * A deep copy of `doc` with the mutation applied, and how many spans it shifted. Covered text is
 * re-sliced from `text` (the document's text, which the writer slices from).
 */
export function mutateDoc<T>(doc: T, text: string, m: Mutation): { mutant: T; shifted: number } {
  const mutant = structuredClone(doc);
  const spans = collectSpans(mutant).filter((s) => s.layer === m.layer);
  let shifted = 0;
  spans.forEach((s, i) => {
    if (m.only !== undefined && i !== m.only) return;
    const span = s.span;
    if (m.edge !== 'end') span.start += m.delta;
    if (m.edge !== 'start') span.end += m.delta;
    if (typeof span.text === 'string') span.text = text.slice(span.start, span.end);
    shifted++;
  });
  return { mutant, shifted };
}

/** How many spans a layer has in `doc`. */
export const layerSize = (doc: unknown, layer: string) => collectSpans(doc).filter((s) => s.layer === layer).length;
