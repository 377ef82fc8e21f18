// Turns what a user types into a safe FTS5 MATCH expression. FTS5 has its own query language
// (AND/OR/NOT, NEAR, column filters, `*`, `^`, quotes); a raw user string can be a syntax error or
// an unintended query, so only words survive, each quoted as a literal term. "Phrases in quotes"
// stay phrases; a trailing `*` on a word keeps prefix search. Terms are ANDed.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** What a user's search says, whatever the engine: "phrases in quotes" and single words (a trailing `*`: prefix). */
export interface SearchParts {
  readonly phrases: readonly (readonly string[])[];
  readonly terms: readonly { readonly word: string; readonly prefix: boolean }[];
}

/** Reads a search string once; each backend renders the parts in its own query language. */
export function searchParts(input: string): SearchParts {
  const phrases: string[][] = [];
  const terms: { word: string; prefix: boolean }[] = [];
  const phraseRe = /"([^"]*)"/g;
  let rest = '';
  let last = 0;
  for (let m = phraseRe.exec(input); m; m = phraseRe.exec(input)) {
    rest += input.slice(last, m.index) + ' ';
    last = m.index + m[0].length;
    const words = m[1]!.match(WORD);
    if (words && words.length) phrases.push(words);
  }
  rest += input.slice(last);
  const termRe = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)(\*)?/gu;
  for (let m = termRe.exec(rest); m; m = termRe.exec(rest)) terms.push({ word: m[1]!, prefix: !!m[2] });
  return { phrases, terms };
}

export function ftsQuery(input: string): string | null {
  const { phrases, terms } = searchParts(input);
  const parts = [...phrases.map((w) => `"${w.join(' ')}"`), ...terms.map((t) => `"${t.word}"${t.prefix ? '*' : ''}`)];
  if (parts.length === 0) return null;
  return parts.slice(0, 32).join(' ');
}
