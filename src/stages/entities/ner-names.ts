// The name list (gazetteer) the NER tagger reads as features: the names annotated in its training
// corpora, by the types they were annotated with (PER / ORG / LOC), plus the Phoenix group and
// international-body names of the knowledge base (kb.phoenix().groups: PETRARCH2's dictionaries, no
// NER corpus). Organisations are the model's weakest type and mostly a matter of world knowledge
// (bands, teams, leagues, products): a list of names seen elsewhere carries it.
//
// Jackknifed at training time (scripts/train-ner.ts): a training sentence's hits come from a list
// built without its own document fold, so the model learns how far a hit on a name it has NOT seen
// in this very document can be trusted — with the full list it would learn that every hit is right.
// At run time the list holds every trained document's names (models/ner.names.tsv.gz, written by the
// training). Matching is longest-first over tokens: case-sensitive for the corpus names (lower-case
// "us" is not the name "US"), on lower-cased words with a capitalised first word for the Phoenix
// names (their dictionaries are in capitals).
import { readFileSync, writeFileSync } from 'node:fs';
import { zlib } from '../../core/lazy-builtins.js';
import { NewsgraphError } from '../../core/errors.js';

/** Type bits of a corpus name (a name annotated with several types has several). */
export const NAME_PER = 1;
export const NAME_ORG = 2;
export const NAME_LOC = 4;
const TYPE_BITS: Readonly<Record<string, number>> = { PER: NAME_PER, ORG: NAME_ORG, LOC: NAME_LOC };

/** A token trie: a node's children by token, `bits` > 0 where a listed name ends. */
interface TrieNode {
  bits: number;
  next: Map<string, TrieNode> | null;
}

export interface NameList {
  /** corpus names, matched on the word forms as written */
  readonly names: TrieNode;
  /** Phoenix group names, matched on lower-cased words (null: none) */
  readonly groups: TrieNode | null;
  /** entries of `names` (for the size line of the training log) */
  readonly size: number;
}

const node = (): TrieNode => ({ bits: 0, next: null });

function insert(root: TrieNode, toks: readonly string[], bits: number): boolean {
  let n = root;
  for (const t of toks) {
    if (!n.next) n.next = new Map();
    let c = n.next.get(t);
    if (!c) n.next.set(t, (c = node()));
    n = c;
  }
  const fresh = n.bits === 0;
  n.bits |= bits;
  return fresh;
}

/** The longest listed name starting at token i: its end (exclusive) and bits, or end 0. */
function longestAt(root: TrieNode, words: readonly string[], i: number, out: { end: number; bits: number }): void {
  out.end = 0;
  out.bits = 0;
  let n: TrieNode | undefined = root;
  for (let j = i; j < words.length; j++) {
    n = n.next?.get(words[j]!);
    if (!n) return;
    if (n.bits) {
      out.end = j + 1;
      out.bits = n.bits;
    }
  }
}

/** Builds a list from (tokens, type) entries and optional Phoenix group keys (lower case, space-separated). */
export function buildNameList(entries: Iterable<{ readonly toks: readonly string[]; readonly type: string }>, groupKeys?: Iterable<string>): NameList {
  const names = node();
  let size = 0;
  for (const e of entries) {
    const bits = TYPE_BITS[e.type];
    if (!bits || !e.toks.length) continue;
    if (insert(names, e.toks, bits)) size++;
  }
  let groups: TrieNode | null = null;
  if (groupKeys) {
    groups = node();
    for (const k of groupKeys) insert(groups, k.split(' '), 1);
  }
  return { names, groups, size };
}

/** The list's corpus names as "name<TAB>bits" lines (sorted: the file is the same for the same training). */
function lines(list: NameList): string[] {
  const out: string[] = [];
  const walk = (n: TrieNode, prefix: string) => {
    if (n.bits) out.push(`${prefix}\t${n.bits}`);
    if (n.next) for (const [t, c] of n.next) walk(c, prefix ? `${prefix} ${t}` : t);
  };
  walk(list.names, '');
  return out.sort();
}

export const nameListPath = (base: string) => `${base}.names.tsv.gz`;

/** Writes the corpus names of `list` beside the model at `base`; returns the file's size in bytes. */
export function saveNameList(list: NameList, base: string): number {
  const text = `# source: derived by scripts/train-ner.ts from the names annotated in the NER training corpora it was trained on (the model's trainedOn list; ../shared/data/ner/README.md)\n# license: as its sources — GUM CC BY 4.0, UNER EWT CC BY-SA 4.0, UNER PUD CC BY-SA 3.0, Re-DocRED MIT, CrossNER MIT, wikigold CC BY 4.0, re3d OGL v3 / CC BY, Broad Twitter Corpus CC BY 4.0 (attribution: README)\n# name<TAB>type bits (1 PER, 2 ORG, 4 LOC)\n${lines(list).join('\n')}\n`;
  const gz = zlib().gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  writeFileSync(nameListPath(base), gz);
  return gz.byteLength;
}

/** The list written by saveNameList at `base`, with the given Phoenix group keys. */
export function loadNameList(base: string, groupKeys?: Iterable<string>): NameList {
  let text: string;
  try {
    text = zlib().gunzipSync(readFileSync(nameListPath(base))).toString('utf8');
  } catch (e) {
    throw new NewsgraphError('E021', `${nameListPath(base)}: expected the NER name list written by scripts/train-ner.ts, found none or unreadable data (${(e as Error).message})`, base);
  }
  const entries: Array<{ toks: string[]; type: string }> = [];
  const list = buildNameList(entries, groupKeys);
  let size = 0;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    if (insert(list.names, line.slice(0, tab).split(' '), Number(line.slice(tab + 1)))) size++;
  }
  return { ...list, size };
}

/**
 * Per token: 0 outside every listed name; else bit 0 = first token of the match, bits 1-3 = the
 * corpus name's type bits, bit 4 = inside a Phoenix group name, bit 5 = first token of that group name.
 * Greedy left to right, longest match first (linear in tokens times the longest match).
 */
export function nameListCodes(list: NameList, forms: readonly string[], lowers: readonly string[], cap: Uint8Array): Uint8Array {
  const n = forms.length;
  const out = new Uint8Array(n);
  const m = { end: 0, bits: 0 };
  for (let i = 0; i < n; ) {
    longestAt(list.names, forms, i, m);
    if (!m.end) {
      i++;
      continue;
    }
    out[i] = 1 | (m.bits << 1);
    for (let k = i + 1; k < m.end; k++) out[k] = m.bits << 1;
    i = m.end;
  }
  if (list.groups) {
    for (let i = 0; i < n; ) {
      if (!cap[i]) {
        i++;
        continue;
      }
      longestAt(list.groups, lowers, i, m);
      if (!m.end) {
        i++;
        continue;
      }
      out[i] |= 48;
      for (let k = i + 1; k < m.end; k++) out[k] |= 16;
      i = m.end;
    }
  }
  return out;
}
