// Keeps one candidate where several overlap: the longest, then the higher priority, then the
// earliest. Candidates are grouped into runs of mutually overlapping spans in one sweep, so the
// work stays linear in the number of candidates however many patterns fired.
import type { Candidate } from './frame.js';

export function removeOverlaps(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let group: Candidate[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (!group.length) return;
    group.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of group) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    kept.sort((a, b) => a.start - b.start);
    out.push(...kept);
    group = [];
  };
  for (const c of sorted) {
    if (c.start >= groupEnd) {
      flush();
      groupEnd = c.end;
    } else groupEnd = Math.max(groupEnd, c.end);
    group.push(c);
  }
  flush();
  return out;
}
