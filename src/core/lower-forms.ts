// Each token's form in lower case, computed once per token array: the quotes view and the events
// stage's dependency trees read the same lower-cased words, and a string made once is hashed once —
// the word lists and frame lexicons they are looked up in then find them faster too. Keyed on the
// token array, as the repaired tree is (src/stages/events/tree.ts): no stage rewrites a token's form
// in place, a new token array gets its own.
import type { Token } from './doc.js';

const LOWER = new WeakMap<readonly Token[], readonly string[]>();

export function lowerForms(tokens: readonly Token[]): readonly string[] {
  let l = LOWER.get(tokens);
  if (!l) {
    // (pushed: a packed array, as tokens.map made)
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) out.push(lowerCase(tokens[i]!.form));
    LOWER.set(tokens, (l = out));
  }
  return l;
}

/**
 * s.toLowerCase(), with a string of ASCII that has no capital returned as it is: most words of a text
 * are such, and toLowerCase is a call into the runtime per word (the same characters either way; the
 * segment stage's token lemmas and the forms above go through here).
 */
export function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && (c <= 90 || c >= 128)) return s.toLowerCase();
  }
  return s;
}
