// A memo of word → value for caches that live as long as the process (the NER model's per-word
// features): a stream of articles keeps bringing new words, so a plain Map grows with the vocabulary
// (13 MB of NER word entries after the Wikinews + 3,000 Reuters bench, heading for its 200k-entry
// cap), and clearing it wholesale at a cap drops the frequent words with the rare ones.
// Two generations instead: entries go to the newer map; when it holds `generation` entries it becomes
// the older one and the one before is dropped; a hit in the older map is copied to the newer, so the
// words the stream keeps using survive every turn. At most 2 × generation entries; a miss in the newer
// map costs one more lookup.
// Keys are stored as flat copies: V8 cuts a substring of 13 or more characters as a slice that keeps
// its whole source string alive, so one long word memoised from an article would keep the article
// (and a corpus read as one file, the whole file) in memory for as long as the entry lives.

/** V8's shortest sliced string (SlicedString::kMinLength): a shorter substring is a copy already */
const MIN_SLICE = 13;

/** `s` as a string that shares no storage with a longer one. */
export function flatCopy(s: string): string {
  // the concatenation is a cons string; slicing it flattens it into a new string of s.length + 1
  return s.length < MIN_SLICE ? s : (' ' + s).slice(1);
}

export class BoundedMemo<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(
    /** entries per generation (the memo holds at most twice as many) */
    readonly generation: number,
  ) {
    if (!(generation >= 1)) throw new RangeError(`BoundedMemo: generation must be at least 1, got ${generation}`);
  }

  get(key: string): V | undefined {
    const v = this.newer.get(key);
    if (v !== undefined) return v;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.generation) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(flatCopy(key), value);
  }

  /** entries held (a word in both generations counts twice) */
  get size(): number {
    return this.newer.size + this.older.size;
  }

  clear(): void {
    this.newer = new Map();
    this.older = new Map();
  }
}
