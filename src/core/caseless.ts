// Case-insensitive patterns without the /i flag. V8 compiles a /i pattern by working out the case
// variants of every letter in it through ICU, ~12 µs a character: the time generators' /i patterns
// (a 791-character alternation of vague phrases among them) cost a cold `extract` of one article
// ~20-40 ms of compiling, the same patterns without /i ~2 (2026-12-07); the dating stage's two
// longest /iu patterns (\p{L} classes closed over case through ICU) ~1.3 ms each, ~0.3-0.6 without
// /i. Here a /i pattern becomes a
// case-sensitive one with its letters lower-cased, matched against the text with its ASCII capitals
// lower-cased (foldCase: one UTF-16 unit for one, so every offset is the text's); the match is then
// read back from the text itself, so builders see the text's own capitals.
//
// Why the two match the same spans (ECMAScript Canonicalize): without /u, an ASCII letter matches
// only its two ASCII cases (a non-ASCII character never canonicalises to ASCII), and \w, \b, \d, \s
// are the same sets with or without /i. With /u, simple case folding also maps ſ (U+017F) to s and
// the Kelvin sign (U+212A) to k — the text a /u pattern runs on has them folded too, which keeps \w
// and \b as they were (with /iu both count as word characters) — and \p{L}, \p{N} are closed
// under case. A pattern holding
// anything else that depends on case (a non-ASCII cased letter, \p{Lu}, a back-reference, a range
// with a capital or across the letters, \u or \x escapes) is compiled as written, with /i.
import { mapObjects } from './object-arrays.js';

/** A /i pattern compiled without /i: `re` (flags + 'd') runs on the folded text. */
export interface Caseless {
  readonly re: RegExp;
  /** whether the pattern as written had the d flag (its matches carry `indices`) */
  readonly indices: boolean;
  /** a /u pattern: runs on FoldedText.unicode */
  readonly unicode: boolean;
}

export type CaselessPattern = RegExp | Caseless;

/** A text with its case folded, one UTF-16 unit for one (every offset is the text's). */
export interface FoldedText {
  /** A-Z lower-cased, nothing else changed: for patterns without /u */
  readonly ascii: string;
  /** also ſ → s and K (Kelvin) → k: for /u patterns */
  readonly unicode: string;
}

const ASCII_CAPITAL = /[A-Z]/g;
const FOLDS_TO_ASCII = /[\u017f\u212a]/g;
const lower = (c: string) => String.fromCharCode(c.charCodeAt(0) + 32);
const foldToAscii = (c: string) => (c === '\u017f' ? 's' : 'k');

export function foldText(text: string): FoldedText {
  const ascii = text.replace(ASCII_CAPITAL, lower);
  FOLDS_TO_ASCII.lastIndex = 0;
  return { ascii, unicode: FOLDS_TO_ASCII.test(ascii) ? ascii.replace(FOLDS_TO_ASCII, foldToAscii) : ascii };
}

/** property names of \p{…} / \P{…} that are the same set under case folding */
const CASE_CLOSED_PROPERTIES = new Set(['L', 'N', 'Nd']);

const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** a character outside ASCII that has case variants */
const isCasedNonAscii = (c: string) => c.charCodeAt(0) > 0x7f && (c.toLowerCase() !== c || c.toUpperCase() !== c);

/**
 * `source` with its literal letters lower-cased, when matching it case-sensitively on folded text is
 * the same as matching it with /i on the text (see the header); null when that cannot be shown.
 */
export function foldSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return null;
      if (e === 'p' || e === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close < 0 || !CASE_CLOSED_PROPERTIES.has(source.slice(i + 3, close))) return null;
        out += source.slice(i, close + 1);
        i = close;
        continue;
      }
      // back-references compare case-insensitively; \u, \x and \c can spell a letter; \k names one
      if ((e >= '1' && e <= '9') || e === 'u' || e === 'x' || e === 'c' || e === 'k') return null;
      out += c + e;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
        // a range: both ends letters of one case (then lower-cased: the same set under /i) or digits
        const to = source[i + 2]!;
        if (to === '\\') return null;
        const letters = (c >= 'a' && c <= 'z' && to >= 'a' && to <= 'z') || (c >= 'A' && c <= 'Z' && to >= 'A' && to <= 'Z');
        if (!letters && !(c >= '0' && c <= '9' && to >= '0' && to <= '9')) return null;
        out += c.toLowerCase() + '-' + to.toLowerCase();
        i += 2;
        continue;
      }
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // a group name is not matched against the text: kept as written
      const close = source.indexOf('>', i);
      if (close < 0) return null;
      out += source.slice(i, close + 1);
      i = close;
      continue;
    }
    if (isCasedNonAscii(c)) return null;
    out += isAsciiLetter(c) ? c.toLowerCase() : c;
  }
  return out;
}

/**
 * The pattern `source` with `flags` (or a RegExp's own): as written, or for a /i pattern that
 * foldSource accepts, its caseless form.
 */
export function caselessPattern(pattern: string | RegExp, flags = typeof pattern === 'string' ? '' : pattern.flags): CaselessPattern {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  // (the v flag's class syntax is another grammar: left as written)
  const folded = flags.includes('i') && !flags.includes('v') ? foldSource(source) : null;
  if (folded === null) return typeof pattern !== 'string' && pattern.flags === flags ? pattern : new RegExp(source, flags);
  const indices = flags.includes('d');
  return { re: new RegExp(folded, flags.replace('i', '') + (indices ? '' : 'd')), indices, unicode: flags.includes('u') || flags.includes('v') };
}

type Indices = Array<[number, number] | undefined> & { groups?: Record<string, [number, number] | undefined> };

/** The match `m` of a caseless pattern on folded text, as the /i pattern's match on `text` would read. */
function unfold(m: RegExpExecArray, text: string, withIndices: boolean): RegExpExecArray {
  const ind = (m as RegExpExecArray & { indices: Indices }).indices;
  const slice = (r: [number, number] | undefined) => (r ? text.slice(r[0], r[1]) : undefined);
  // mapObjects, not map: the fields set below move the array to a map of its own, which would be a
  // second one whenever map's result came back holey (inlined) instead of packed (a deopt in lookBack
  // on every pass of the bench)
  const out = mapObjects(ind, slice) as unknown as RegExpExecArray & { indices?: Indices };
  out.index = m.index;
  out.input = text;
  let groups: Record<string, string | undefined> | undefined;
  if (ind.groups) {
    groups = Object.create(null) as Record<string, string | undefined>;
    for (const k of Object.keys(ind.groups)) groups[k] = slice(ind.groups[k]);
  }
  out.groups = groups as RegExpExecArray['groups'];
  if (withIndices) out.indices = ind;
  return out;
}

/**
 * The next match of `p` in `text` from p's lastIndex (as RegExp#exec); `folded` is foldText(text),
 * read only by a caseless pattern.
 */
export function execPattern(p: CaselessPattern, text: string, folded: FoldedText): RegExpExecArray | null {
  if (p instanceof RegExp) return p.exec(text);
  const m = p.re.exec(p.unicode ? folded.unicode : folded.ascii);
  return m && unfold(m, text, p.indices);
}

/** The part [from, to) of a folded text: the folded text of text.slice(from, to). */
export function sliceFolded(f: FoldedText, from: number, to: number): FoldedText {
  const ascii = f.ascii.slice(from, to);
  return { ascii, unicode: f.unicode === f.ascii ? ascii : f.unicode.slice(from, to) };
}

/** The RegExp whose lastIndex drives `p`. */
export const driver = (p: CaselessPattern): RegExp => (p instanceof RegExp ? p : p.re);
