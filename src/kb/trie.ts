// A character trie over gazetteer names, matched on token boundaries: entries are walked character
// by character over the document text starting at a token, and a match may only end where a token
// ends. Any run of white space between tokens counts as one space, so the trie does not depend on
// how the tokenizer splits "U.K." or "Washington, D.C.". No regex per entry; matching is linear in
// the text (each start walks at most the longest entry's length).
import type { Span } from '../core/span.js';
import { mapObjects } from '../core/object-arrays.js';

interface Node {
  next: Map<string, Node> | null;
  values: unknown[] | null;
  /**
   * The children as arrays for the walk, made on the node's first visit after a child was added
   * (childOf): their characters' code units ascending, and their nodes. A child is then found by a
   * short scan of a typed array instead of a Map lookup per character of every token tried; only the
   * nodes a walk reaches are converted, so a start-up that matches one article pays for a few
   * hundred nodes, not the whole trie. A key character outside the BMP (two code units) is left
   * out: the walk looks up one code unit at a time, so the Map never matched it either.
   */
  codes: Uint16Array | null;
  kids: Node[] | null;
}

export interface TrieMatch<V> {
  /** index one past the last token covered */
  readonly tokenEnd: number;
  readonly values: readonly V[];
}

const APOS = /[’‘`]/g;
// the lower case of each ASCII character (a string's toLowerCase per character of every token tried
// was most of a case-folding walk)
const ASCII_LOWER: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());
const ASCII_LOWER_CODE = Int32Array.from(ASCII_LOWER, (c) => c.charCodeAt(0));

export function normaliseKey(s: string): string {
  return s.replace(APOS, "'").replace(/\s+/g, ' ').trim();
}

const SPACE = 32;

const byCode = (a: [string, Node], b: [string, Node]) => a[0].charCodeAt(0) - b[0].charCodeAt(0);

/** the child of n under code unit `code`, null none */
function childOf(n: Node, code: number): Node | null {
  if (n.next === null) return null;
  if (n.codes === null) {
    const entries = [...n.next].filter((e) => e[0].length === 1).sort(byCode);
    n.codes = Uint16Array.from(entries, (e) => e[0].charCodeAt(0));
    // mapObjects: one elements kind for every node's kids, built before or after this is optimised
    n.kids = mapObjects(entries, (e) => e[1]);
  }
  const codes = n.codes;
  const kids = n.kids!;
  let lo = 0;
  let hi = codes.length;
  if (hi <= 8) {
    for (; lo < hi; lo++) {
      const c = codes[lo]!;
      if (c === code) return kids[lo]!;
      if (c > code) return null;
    }
    return null;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = codes[mid]!;
    if (c === code) return kids[mid]!;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return null;
}

/** the code unit the walk looks up for text character ch (apostrophes as one, lower case when folding), -1 when it is no single code unit (no key character matches it) */
function lookupCode(ch: string | undefined, fold: boolean): number {
  if (ch === undefined) return -1; // past the text's end (a span outside it): no key character
  let code = ch.charCodeAt(0);
  if (code === 0x2019 || code === 0x2018 || code === 96) return 39;
  if (!fold) return code;
  if (code < 128) return ASCII_LOWER[code]!.charCodeAt(0);
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return -1;
  code = lower.charCodeAt(0);
  return code;
}

export class CharTrie<V> {
  private readonly root: Node = { next: null, values: null, codes: null, kids: null };
  private readonly fold: boolean;
  maxLength = 0;

  /** fold: match case-insensitively (keys and text are lower-cased) */
  constructor(fold = false) {
    this.fold = fold;
  }

  add(key: string, value: V): void {
    let k = normaliseKey(key);
    if (this.fold) k = k.toLowerCase();
    if (!k) return;
    let n = this.root;
    for (const ch of k) {
      n.next ??= new Map();
      let c = n.next.get(ch);
      if (!c) {
        c = { next: null, values: null, codes: null, kids: null };
        n.next.set(ch, c);
        // the walk's arrays of n are made again on its next visit
        n.codes = null;
        n.kids = null;
      }
      n = c;
    }
    (n.values ??= []).push(value);
    if (k.length > this.maxLength) this.maxLength = k.length;
  }

  /**
   * Longest entry starting at token `i` and ending at a token end, or null. `tokens` are spans into
   * `text` in order.
   */
  longestAt(text: string, tokens: readonly Span[], i: number, maxTokens = 12): TrieMatch<V> | null {
    const fold = this.fold;
    let n: Node | null = this.root;
    let best: TrieMatch<V> | null = null;
    let used = 0;
    for (let k = i; k < tokens.length && k < i + maxTokens; k++) {
      const t = tokens[k]!;
      if (k > i) {
        const gap = t.start - tokens[k - 1]!.end;
        if (gap < 0) break;
        if (gap > 0) {
          if (!isSpaceRun(text, tokens[k - 1]!.end, t.start)) break;
          n = childOf(n, SPACE);
          used++;
          if (!n) break;
        }
      }
      for (let p = t.start; p < t.end && n; p++) {
        const c = text.charCodeAt(p);
        // ASCII other than the backtick: its own code, lower-cased when folding; the rest through lookupCode
        const code = c < 128 && c !== 96 ? (fold ? ASCII_LOWER_CODE[c]! : c) : lookupCode(text[p], fold);
        n = code < 0 ? null : childOf(n, code);
        used++;
      }
      if (!n || used > this.maxLength) break;
      if (n.values) best = { tokenEnd: k + 1, values: n.values as V[] };
    }
    return best;
  }
}

function isSpaceRun(text: string, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}
