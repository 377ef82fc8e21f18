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
import { firstNotBelow } from '../../core/sorted-strings.js';

/** Type bits of a corpus name (a name annotated with several types has several). */
export const NAME_PER = 1;
export const NAME_ORG = 2;
export const NAME_LOC = 4;
const TYPE_BITS: Readonly<Record<string, number>> = { PER: NAME_PER, ORG: NAME_ORG, LOC: NAME_LOC };

/** A token trie node: children by token, `bits` > 0 where a listed name ends. */
interface TrieNode {
  bits: number;
  next: Map<string, TrieNode> | null;
}

const node = (): TrieNode => ({ bits: 0, next: null });

/**
 * Names (space-separated tokens) with their bits as sorted "name<TAB>bits" lines, the file's own
 * form; the trie below a first token is built on its first lookup (a binary search finds its lines:
 * they are contiguous, "New<TAB>" then "New York<TAB>"…). Indexing 25k names at load cost 20–40 ms
 * of a cold start, and an article meets a few hundred of their first tokens.
 */
class NameTrie {
  private readonly built = new Map<string, TrieNode | null>();

  /** sorted lines (each name once) */
  constructor(readonly lines: readonly string[]) {}

  /** From names (tokens joined by single spaces) with bits: a name given twice gets both bits. */
  static of(entries: Iterable<readonly [name: string, bits: number]>): NameTrie {
    const m = new Map<string, number>();
    for (const [name, bits] of entries) m.set(name, (m.get(name) ?? 0) | bits);
    return new NameTrie([...m].map(([n, b]) => `${n}\t${b}`).sort());
  }

  get size(): number {
    return this.lines.length;
  }

  /** the node reached by the first token (its own bits: the one-token name), or null */
  private root(first: string): TrieNode | null {
    const hit = this.built.get(first);
    if (hit !== undefined) return hit;
    const lines = this.lines;
    const lo = firstNotBelow(lines, first);
    let r: TrieNode | null = null;
    const fl = first.length;
    for (let k = lo; k < lines.length; k++) {
      const line = lines[k]!;
      // lines after "first" that go on with a character above the space are other words ("Newark")
      if (!line.startsWith(first) || line.charCodeAt(fl) > 32) break;
      const sep = line.charCodeAt(fl);
      if (sep !== 9 && sep !== 32) continue;
      const tab = line.lastIndexOf('\t');
      r ??= node();
      let n = r;
      if (sep === 32) {
        for (const t of line.slice(fl + 1, tab).split(' ')) {
          if (!n.next) n.next = new Map();
          let c = n.next.get(t);
          if (!c) n.next.set(t, (c = node()));
          n = c;
        }
      }
      n.bits |= Number(line.slice(tab + 1));
    }
    if (this.built.size > 200_000) this.built.clear(); // bounded on endless streams
    this.built.set(first, r);
    return r;
  }

  /** The longest listed name starting at token i: its end (exclusive) and bits into out, end 0 for none. */
  longestAt(words: readonly string[], i: number, out: { end: number; bits: number }): void {
    out.end = 0;
    out.bits = 0;
    let n: TrieNode | null | undefined = this.root(words[i]!);
    for (let j = i + 1; n; j++) {
      if (n.bits) {
        out.end = j;
        out.bits = n.bits;
      }
      if (j >= words.length) return;
      n = n.next?.get(words[j]!);
    }
  }
}

export interface NameList {
  /** corpus names, matched on the word forms as written */
  readonly names: NameTrie;
  /** Phoenix group names, matched on lower-cased words (null: none) */
  readonly groups: NameTrie | null;
  /** names in `names` (for the size line of the training log) */
  readonly size: number;
}

function groupTrie(groupKeys?: Iterable<string>): NameTrie | null {
  // the keys of a Map: each once, so no merging of bits (the cheaper path at load)
  return groupKeys ? new NameTrie(Array.from(groupKeys, (k) => `${k}\t1`).sort()) : null;
}

/** Builds a list from (tokens, type) entries and optional Phoenix group keys (lower case, space-separated). */
export function buildNameList(entries: Iterable<{ readonly toks: readonly string[]; readonly type: string }>, groupKeys?: Iterable<string>): NameList {
  const named: Array<readonly [string, number]> = [];
  for (const e of entries) {
    const bits = TYPE_BITS[e.type];
    if (bits && e.toks.length) named.push([e.toks.join(' '), bits]);
  }
  const names = NameTrie.of(named);
  return { names, groups: groupTrie(groupKeys), size: names.size };
}

export const nameListPath = (base: string) => `${base}.names.tsv.gz`;

/** Writes the corpus names of `list` beside the model at `base`; returns the file's size in bytes. */
export function saveNameList(list: NameList, base: string): number {
  const text = `# source: derived by scripts/train-ner.ts from the names annotated in the NER training corpora it was trained on (the model's trainedOn list; ../shared/data/ner/README.md)\n# license: as its sources — GUM CC BY 4.0, UNER EWT CC BY-SA 4.0, UNER PUD CC BY-SA 3.0, Re-DocRED MIT, CrossNER MIT, wikigold CC BY 4.0, re3d OGL v3 / CC BY, Broad Twitter Corpus CC BY 4.0 (attribution: README)\n# name<TAB>type bits (1 PER, 2 ORG, 4 LOC)\n${list.names.lines.join('\n')}\n`;
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
  // the header lines hold no tab; a name may begin with # (hashtags in the Broad Twitter Corpus)
  const names = new NameTrie(text.split('\n').filter((l) => l.includes('\t')));
  return { names, groups: groupTrie(groupKeys), size: names.size };
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
    list.names.longestAt(forms, i, m);
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
      list.groups.longestAt(lowers, i, m);
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
