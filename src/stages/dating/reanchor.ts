// Quotes inside quotes: a relative time expression inside a quote's content ("Today, it became
// clear…" said on Feb. 28) refers to when the words were said, not to publication. Once a quote
// has a date from its own clause or context, such timexes are resolved again against that day
// and record anchor 'quote:<id>'. A date carried over from an earlier paragraph ('context') is
// only a guess at the scene, too weak to move deictic words ("next month", "last week") away from
// publication: such a quote re-anchors only when the caller says its date is of the same scene.
import type { Doc, Quote, Timex } from '../../core/doc.js';
import { reresolveTimex } from '../time/index.js';
import { firstTimexFrom } from './governing-time.js';

/** Sources whose date says when the quote was said (the publication fallback says nothing new). */
const SAYS_WHEN = new Set(['clause', 'sentence', 'context', 'quote-anchor']);

export function reanchorInsideQuotes(doc: Doc, quotes: readonly Quote[], sameScene: (q: Quote) => boolean = () => true): Timex[] {
  const out = [...doc.timexes];
  for (const q of quotes) {
    if (!q.date || !SAYS_WHEN.has(q.dateSource ?? '') || !/^\d{4}-\d{2}-\d{2}/.test(q.date)) continue;
    if (q.dateSource === 'context' && !sameScene(q)) continue;
    for (const c of q.content) {
      for (let i = firstTimexFrom(out, c.start); i < out.length && out[i]!.start < c.end; i++) {
        const t = out[i]!;
        if (t.end > c.end || (t.anchor !== 'published' && t.anchor !== 'unresolved')) continue;
        const r = reresolveTimex(doc, t, q.date);
        if (r) out[i] = { ...r, anchor: `quote:${q.id}` };
      }
    }
  }
  return out;
}
