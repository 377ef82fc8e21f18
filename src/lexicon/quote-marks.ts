// Quotation marks, one table for every stage. Double marks delimit quotes: curly “ ”, the low „ that
// opens a quote in some styles, straight " and the PTB/LaTeX pairs `` '' that corpora and
// converted text carry. Straight marks open or close by position. Single marks (' ‘ ’) and
// guillemets (« ») are nested or foreign-style quotes: they are trimmed from quoted names and count
// as quote tokens, but do not delimit a quote of their own (a ’ is far more often an apostrophe).

/** double marks that only open a quote */
export const OPENING_MARKS: readonly string[] = ['“', '„', '``'];
/** double marks that only close a quote */
export const CLOSING_MARKS: readonly string[] = ['”'];
/** double marks that open or close by position */
export const STRAIGHT_MARKS: readonly string[] = ['"', "''"];
/** every double mark */
export const DOUBLE_MARKS: readonly string[] = [...OPENING_MARKS, ...CLOSING_MARKS, ...STRAIGHT_MARKS];
/** single marks and guillemets: nested or foreign-style quotes */
export const OTHER_MARKS: readonly string[] = ["'", '‘', '’', '«', '»'];
/** marks that can open a quote, double or single: the word after one starts a new unit */
export const MARKS_THAT_OPEN: readonly string[] = [...OPENING_MARKS, ...STRAIGHT_MARKS, "'", '‘', '«'];
/** opening → closing mark of the quotation marks that come in pairs (the PTB `` '' pair included;
 * straight " pairs by order of appearance) — read by the punctuation convention of the syntax chain */
export const QUOTE_MARK_PAIRS: ReadonlyMap<string, string> = new Map([['“', '”'], ['‘', '’'], ['``', "''"], ['«', '»']]);

/** marks that can close a quote, double or single (the closing counterparts of MARKS_THAT_OPEN) */
export const MARKS_THAT_CLOSE: readonly string[] = [...CLOSING_MARKS, ...STRAIGHT_MARKS, "'", '’', '»'];

/** every quotation mark */
export const QUOTE_MARKS: readonly string[] = [...DOUBLE_MARKS, ...OTHER_MARKS];

export type MarkKind = 'open' | 'close' | 'straight';

/** first character → the double marks starting with it (longest first), built once from the tables above */
const BY_FIRST_CHAR = new Map<string, { mark: string; hit: { len: number; kind: MarkKind } }[]>();
for (const [marks, kind] of [[OPENING_MARKS, 'open'], [CLOSING_MARKS, 'close'], [STRAIGHT_MARKS, 'straight']] as const) {
  for (const mark of marks) {
    const l = BY_FIRST_CHAR.get(mark[0]!) ?? [];
    l.push({ mark, hit: { len: mark.length, kind } });
    l.sort((a, b) => b.mark.length - a.mark.length);
    BY_FIRST_CHAR.set(mark[0]!, l);
  }
}

/** 1 at the UTF-16 code of every double mark's first character: the scan of a whole text asks for
 * each character, and a typed-array test per character is far cheaper than a one-character string
 * and a Map lookup (that pair was ~5% of the quotes stage) */
const IS_FIRST_CHAR = new Uint8Array(0x10000);
for (const c of BY_FIRST_CHAR.keys()) IS_FIRST_CHAR[c.charCodeAt(0)] = 1;

const escapeClass = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');

/** A fresh global regex matching one character that can start a double mark: a scan of a whole text
 * for candidates jumps with it (regex.lastIndex) instead of testing each character in a JS loop,
 * ≈ 2.5× faster on the Wikinews bench texts. Fresh per caller, so no lastIndex is shared. */
export function doubleMarkStarts(): RegExp {
  return new RegExp(`[${[...BY_FIRST_CHAR.keys()].map(escapeClass).join('')}]`, 'g');
}

/** The double mark at text[i] (1 or 2 UTF-16 units long) and whether it opens, closes or is straight. */
export function doubleMarkAt(text: string, i: number): { readonly len: number; readonly kind: MarkKind } | null {
  if (IS_FIRST_CHAR[text.charCodeAt(i)] !== 1) return null;
  const candidates = BY_FIRST_CHAR.get(text[i]!);
  if (!candidates) return null;
  for (const c of candidates) if (c.mark.length === 1 || text.startsWith(c.mark, i)) return c.hit;
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (marks: readonly string[]) => marks.map(escape).join('|');

/** any double mark */
export const DOUBLE_MARK_RE = new RegExp(alternation(DOUBLE_MARKS));
/** a string that starts with a mark that can open a quote */
export const STARTS_WITH_OPENING_RE = new RegExp(`^(?:${alternation([...OPENING_MARKS, ...STRAIGHT_MARKS])})`);
/** a string that ends with a mark that can close a quote, then only closing punctuation */
export const ENDS_WITH_CLOSING_RE = new RegExp(`(?:${alternation([...CLOSING_MARKS, ...STRAIGHT_MARKS])})[\\s,.;:?!]*$`);
/** leading and trailing quote marks and white space */
export const QUOTE_MARK_EDGES_RE = new RegExp(`^(?:\\s|${alternation(QUOTE_MARKS)})+|(?:\\s|${alternation(QUOTE_MARKS)})+$`, 'g');
