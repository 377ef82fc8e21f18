// Quotes inside quotes: a relative time expression inside a quote's content ("Today, it became
// clear…" said on Feb. 28) refers to when the words were said, not to publication. Once a quote
// has a date from its own clause or context, such timexes are resolved again against that day —
// from the frame the time stage read, not by parsing the text again — and record anchor
// 'quote:<id>'. A date carried over from an earlier paragraph ('context') is only a guess at the
// scene, too weak to move deictic words ("next month", "last week") away from publication: such a
// quote re-anchors only when the caller says its date is of the same scene.
import type { DatedBy, DatedSource, Doc, Quote, Timex } from '../../core/doc.js';
import { reresolveTimex } from '../time/index.js';
import { firstTimexFrom } from './governing-time.js';

/** Sources whose date says when the quote was said (the publication fallback says nothing new). */
const SAYS_WHEN = new Set<DatedSource>(['clause', 'sentence', 'context', 'quote-anchor']);

/** The re-anchored timexes by index into doc.timexes (the others keep their reading). */
export function reanchorInsideQuotes(
  doc: Doc,
  quoteDates: ReadonlyMap<string, DatedBy>,
  sameScene: (q: Quote) => boolean = () => true,
): Map<number, Timex> {
  const changed = new Map<number, Timex>();
  const tx = doc.timexes;
  for (const q of doc.quotes) {
    const d = quoteDates.get(q.id);
    if (!d || !d.date || !SAYS_WHEN.has(d.source) || !/^\d{4}-\d{2}-\d{2}/.test(d.date)) continue;
    if (d.source === 'context' && !sameScene(q)) continue;
    const dating = anchorChain(tx, d.timex);
    for (const c of q.content) {
      for (let i = firstTimexFrom(tx, c.start); i < tx.length && tx[i]!.start < c.end; i++) {
        const t = tx[i]!;
        // a timex re-anchored by an earlier quote keeps that quote's anchor
        // the time that dates the quote is the speech act's own ("said at a press conference
        // yesterday morning …", taken into the content by the quote stage): never against itself,
        // nor the times it was itself resolved from ("3 p.m." read on "Monday" — both inside the
        // content): re-anchoring those to the quote would date the quote by its own day
        if (dating.has(i) || t.end > c.end || changed.has(i) || (t.anchor !== 'published' && t.anchor !== 'unresolved')) continue;
        const r = reresolveTimex(t, doc.timeFrames[i]!, d.date);
        if (r) changed.set(i, { ...r, anchor: `quote:${q.id}` });
      }
    }
  }
  return changed;
}

/** The timex that dates a quote and the timexes it was resolved from ('timex:N' anchors), by index. */
function anchorChain(tx: readonly Timex[], start: number | undefined): Set<number> {
  const chain = new Set<number>();
  for (let i = start; i !== undefined && i >= 0 && i < tx.length && !chain.has(i); ) {
    chain.add(i);
    const m = /^timex:(\d+)$/.exec(tx[i]!.anchor ?? '');
    i = m ? Number(m[1]) : undefined;
  }
  return chain;
}
