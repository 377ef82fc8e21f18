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

export function normaliseKey(s: string): string {
  return s.replace(APOS, "'").replace(/\s+/g, ' ').trim();
}

export class CharTrie<V> {
  private readonly root: Node = { next: null, values: null };
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
        c = { next: null, values: null };
        n.next.set(ch, c);
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
    let n: Node | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    let used = 0;
    for (let k = i; k < tokens.length && k < i + maxTokens; k++) {
      const t = tokens[k]!;
      if (k > i) {
        const gap = t.start - tokens[k - 1]!.end;
        if (gap < 0) break;
        if (gap > 0) {
          if (!isSpaceRun(text, tokens[k - 1]!.end, t.start)) break;
          n = n.next?.get(' ');
          used++;
          if (!n) break;
        }
      }
      for (let p = t.start; p < t.end && n; p++) {
        let ch = text[p]!;
        if (ch === '’' || ch === '‘' || ch === '`') ch = "'";
        if (this.fold) ch = ch.charCodeAt(0) < 128 ? ASCII_LOWER[ch.charCodeAt(0)]! : ch.toLowerCase();
        n = n.next?.get(ch);
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
