// The output contract, checked before anything is written: every span (any object with numeric
// `start` and `end`, wherever it sits in the document) satisfies 0 ≤ start ≤ end ≤ text.length on
// integer offsets, and a span that carries `text` carries exactly text.slice(start, end).
// A violation is a bug in a stage: it becomes E052 naming the path of the first bad span, and the
// document is not written. The walk is generic so that new layers are checked without a change here.
import { NewsgraphError } from '../core/errors.js';

export interface SpanViolation {
  /** JSON path of the span, e.g. quotes[0].content[1] */
  readonly path: string;
  readonly why: string;
}

const MAX_REPORTED = 5;

/** Every violation in `doc` (a contract document: an object with a `text` string), at most five. */
export function contractViolations(doc: { readonly text: string }): SpanViolation[] {
  const text = doc.text;
  const out: SpanViolation[] = [];
  // an explicit stack: a document's nesting is shallow but its arrays are long (tokens)
  const stack: [unknown, string][] = [[doc, '']];
  while (stack.length && out.length < MAX_REPORTED) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) if (node[i] && typeof node[i] === 'object') stack.push([node[i], `${path}[${i}]`]);
      continue;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' || typeof o.end === 'number') {
      const why = spanProblem(o, text);
      if (why) out.push({ path: path || '(root)', why });
    }
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v && typeof v === 'object') stack.push([v, path ? `${path}.${k}` : k]);
    }
  }
  return out;
}

function spanProblem(o: Record<string, unknown>, text: string): string | null {
  const { start, end } = o;
  if (typeof start !== 'number' || typeof end !== 'number') return `start and end must both be numbers (found ${typeof start}, ${typeof end})`;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets must be integers (found ${start}, ${end})`;
  if (start < 0 || end > text.length) return `[${start}, ${end}) lies outside the text of ${text.length} characters`;
  if (start > end) return `inverted span [${start}, ${end})`;
  if ('text' in o && o.text !== text.slice(start, end)) return `its text ${JSON.stringify(String(o.text).slice(0, 40))} is not the slice [${start}, ${end})`;
  return null;
}

/** Throws E052 when the document breaks the contract; returns it unchanged otherwise. */
export function checkContract<T extends { readonly text: string; readonly id?: unknown }>(doc: T, source?: string): T {
  const bad = contractViolations(doc);
  if (bad.length) {
    const where = source ?? String(doc.id ?? 'document');
    throw new NewsgraphError('E052', `${where}: ${bad.map((b) => `${b.path}: ${b.why}`).join('; ')} (a bug: please report it with the input)`, where);
  }
  return doc;
}
