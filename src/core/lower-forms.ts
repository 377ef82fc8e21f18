// Each token's form in lower case, computed once per token array: the quotes view and the events
// stage's dependency trees read the same lower-cased words, and a string made once is hashed once —
// the word lists and frame lexicons they are looked up in then find them faster too. Keyed on the
// token array, as the repaired tree is (src/stages/events/tree.ts): no stage rewrites a token's form
// in place, a new token array gets its own.
import type { Token } from './doc.js';

const LOWER = new WeakMap<readonly Token[], readonly string[]>();

export function lowerForms(tokens: readonly Token[]): readonly string[] {
  let l = LOWER.get(tokens);
  if (!l) LOWER.set(tokens, (l = tokens.map((t) => t.form.toLowerCase())));
  return l;
}
