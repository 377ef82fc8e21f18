// Turns what a user types into a safe tsquery for to_tsquery('simple', …), with the same reading as
// ftsQuery (../fts.ts) gives SQLite: only words survive, each a quoted lexeme; "phrases in quotes"
// become followed-by (<->) chains; a trailing `*` keeps prefix search (:*); terms are ANDed. Query
// operators typed by the user (& | ! <-> : parentheses) never reach PostgreSQL as operators.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const lexeme = (w: string) => `'${w.toLowerCase().replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;

export function tsQuery(input: string): string | null {
  const parts: string[] = [];
  const phraseRe = /"([^"]*)"/g;
  let rest = '';
  let last = 0;
  for (let m = phraseRe.exec(input); m; m = phraseRe.exec(input)) {
    rest += input.slice(last, m.index) + ' ';
    last = m.index + m[0].length;
    const words = m[1]!.match(WORD);
    if (words && words.length) parts.push(words.length === 1 ? lexeme(words[0]!) : `(${words.map(lexeme).join(' <-> ')})`);
  }
  rest += input.slice(last);
  const termRe = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)(\*)?/gu;
  for (let m = termRe.exec(rest); m; m = termRe.exec(rest)) parts.push(`${lexeme(m[1]!)}${m[2] ? ':*' : ''}`);
  if (parts.length === 0) return null;
  return parts.slice(0, 32).join(' & ');
}
