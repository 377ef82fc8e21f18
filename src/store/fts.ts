// Turns what a user types into a safe FTS5 MATCH expression. FTS5 has its own query language
// (AND/OR/NOT, NEAR, column filters, `*`, `^`, quotes); a raw user string can be a syntax error or
// an unintended query, so only words survive, each quoted as a literal term. "Phrases in quotes"
// stay phrases; a trailing `*` on a word keeps prefix search. Terms are ANDed.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  const phraseRe = /"([^"]*)"/g;
  let rest = '';
  let last = 0;
  for (let m = phraseRe.exec(input); m; m = phraseRe.exec(input)) {
    rest += input.slice(last, m.index) + ' ';
    last = m.index + m[0].length;
    const words = m[1]!.match(WORD);
    if (words && words.length) parts.push(`"${words.join(' ')}"`);
  }
  rest += input.slice(last);
  const termRe = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)(\*)?/gu;
  for (let m = termRe.exec(rest); m; m = termRe.exec(rest)) {
    parts.push(`"${m[1]}"${m[2] ? '*' : ''}`);
  }
  if (parts.length === 0) return null;
  return parts.slice(0, 32).join(' ');
}
