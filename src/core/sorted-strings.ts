// The lower bound of a string in a list sorted by code units (JavaScript's `<` on strings): the
// index of the first entry not below it. The entries that start with a string follow it as one
// block in that order, so the lookups of a sorted table (the NER name list's lines, the actor
// lexicon's keys) start their scan here instead of keeping a Set or a prefix index of every entry.

/** Index of the first entry of `sorted` that is not below `key` (sorted.length when every entry is). */
export function firstNotBelow(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
