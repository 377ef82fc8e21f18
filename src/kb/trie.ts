// A character trie over gazetteer names, matched on token boundaries: entries are walked character
// by character over the document text starting at a token, and a match may only end where a token
// ends. Any run of white space between tokens counts as one space, so the trie does not depend on
// how the tokenizer splits "U.K." or "Washington, D.C.". No regex per entry; matching is linear in
// the text (each start walks at most the longest entry's length).
import type { Span } from '../core/span.js';

interface Node {
  next: Map<string, Node> | null;
  values: unknown[] | null;
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

/**
 * The trie as arrays, for matching (made from the nodes on the first match after an add): node k's
 * children are slots first[k] .. first[k + 1], their characters' code units ascending in codes,
 * their nodes in kids; node 0 is the root, whose ASCII children are also in rootAscii (-1 none).
 * A child lookup is then a short scan of a typed array instead of a Map lookup per character (the
 * walk of every token of every sentence, several times per article). A key character outside the
 * BMP (two code units) is left out: the walk looks up one code unit at a time, so the Map never
 * matched it either.
 */
interface FlatTrie {
  readonly first: Int32Array;
  readonly codes: Uint16Array;
  readonly kids: Int32Array;
  readonly values: ReadonlyArray<unknown[] | null>;
  readonly rootAscii: Int32Array;
}

const SPACE = 32;

function flatten(root: Node): FlatTrie {
  const nodes: Node[] = [root];
  // breadth first: ids in the order nodes are reached
  for (let k = 0; k < nodes.length; k++) {
    const next = nodes[k]!.next;
    if (next) for (const [ch, c] of [...next].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0))) if (ch.length === 1) nodes.push(c);
  }
  const id = new Map<Node, number>(nodes.map((n, k) => [n, k]));
  const first = new Int32Array(nodes.length + 1);
  const codes = new Uint16Array(nodes.length);
  const kids = new Int32Array(nodes.length);
  let at = 0;
  for (let k = 0; k < nodes.length; k++) {
    first[k] = at;
    const next = nodes[k]!.next;
    if (next) {
      for (const [ch, c] of [...next].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0))) {
        if (ch.length !== 1) continue;
        codes[at] = ch.charCodeAt(0);
        kids[at] = id.get(c)!;
        at++;
      }
    }
  }
  first[nodes.length] = at;
  const rootAscii = new Int32Array(128).fill(-1);
  for (let q = first[0]!; q < first[1]!; q++) if (codes[q]! < 128) rootAscii[codes[q]!] = kids[q]!;
  return { first, codes, kids, values: nodes.map((n) => n.values), rootAscii };
}

/** the child of node k under code unit `code`, -1 none */
function childOf(f: FlatTrie, k: number, code: number): number {
  if (k === 0 && code < 128) return f.rootAscii[code]!;
  const codes = f.codes;
  let lo = f.first[k]!;
  let hi = f.first[k + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) {
      const c = codes[lo]!;
      if (c === code) return f.kids[lo]!;
      if (c > code) return -1;
    }
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = codes[mid]!;
    if (c === code) return f.kids[mid]!;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
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
  private readonly root: Node = { next: null, values: null };
  private readonly fold: boolean;
  maxLength = 0;
  /** the arrays longestAt walks, made on first use after an add */
  private flat: FlatTrie | null = null;

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
        c = { next: null, values: null };
        n.next.set(ch, c);
      }
      n = c;
    }
    (n.values ??= []).push(value);
    if (k.length > this.maxLength) this.maxLength = k.length;
    this.flat = null;
  }

  /**
   * Longest entry starting at token `i` and ending at a token end, or null. `tokens` are spans into
   * `text` in order.
   */
  longestAt(text: string, tokens: readonly Span[], i: number, maxTokens = 12): TrieMatch<V> | null {
    const f = (this.flat ??= flatten(this.root));
    const fold = this.fold;
    let n = 0;
    let best: TrieMatch<V> | null = null;
    let used = 0;
    for (let k = i; k < tokens.length && k < i + maxTokens; k++) {
      const t = tokens[k]!;
      if (k > i) {
        const gap = t.start - tokens[k - 1]!.end;
        if (gap < 0) break;
        if (gap > 0) {
          if (!isSpaceRun(text, tokens[k - 1]!.end, t.start)) break;
          n = childOf(f, n, SPACE);
          used++;
          if (n < 0) break;
        }
      }
      for (let p = t.start; p < t.end && n >= 0; p++) {
        const c = text.charCodeAt(p);
        // ASCII other than the backtick: its own code, lower-cased when folding; the rest through lookupCode
        const code = c < 128 && c !== 96 ? (fold ? ASCII_LOWER_CODE[c]! : c) : lookupCode(text[p], fold);
        n = code < 0 ? -1 : childOf(f, n, code);
        used++;
      }
      if (n < 0 || used > this.maxLength) break;
      const values = f.values[n];
      if (values) best = { tokenEnd: k + 1, values: values as V[] };
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
