// Which entity mention covers each token (the smallest, and a title word before its holder's name
// counts as the holder), and the organisations with an IGO or group code in text order: built once
// per document so the actor resolver answers by lookup.
import type { Doc, Entity } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import { isPoliticalCode } from './actor.js';

export interface TokenEntityIndex {
  readonly entities: readonly Entity[];
  /** token → entity index of the smallest mention covering it (-1 none), with that mention's span */
  readonly tokEnt: Int32Array;
  readonly tokMentionStart: Int32Array;
  readonly tokMentionEnd: Int32Array;
  /** mention ends of organisations with an IGO or group code, with their entity index, in text order */
  readonly orgStarts: number[];
  readonly orgEnts: number[];
}

export function tokenEntityIndex(doc: Doc): TokenEntityIndex {
  const n = doc.tokens.length;
  const ix: TokenEntityIndex = { entities: doc.entities, tokEnt: new Int32Array(n).fill(-1), tokMentionStart: new Int32Array(n), tokMentionEnd: new Int32Array(n), orgStarts: [], orgEnts: [] };
  const starts = doc.tokens.map((t) => t.start);
  doc.entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      for (let k = firstEndingAfter(doc.tokens, m.start); k < n && starts[k]! < m.end; k++) {
        const prev = ix.tokEnt[k]!;
        if (prev >= 0 && ix.tokMentionEnd[k]! - ix.tokMentionStart[k]! <= m.end - m.start) continue;
        ix.tokEnt[k] = ei;
        ix.tokMentionStart[k] = m.start;
        ix.tokMentionEnd[k] = m.end;
      }
    }
  });
  const orgs: Array<[number, number, number]> = [];
  doc.entities.forEach((e, ei) => {
    if (e.type !== 'ORG' || !isPoliticalCode(e.actor_code ?? null)) return;
    for (const m of e.mentions) orgs.push([m.start, m.end, ei]);
  });
  orgs.sort((a, b) => a[1] - b[1]);
  for (const [, end, ei] of orgs) {
    ix.orgStarts.push(end);
    ix.orgEnts.push(ei);
  }
  // a title word before its holder's name ("President Hosni Mubarak") denotes the holder, when the
  // parser makes the title the head; only tokens no mention covers are filled
  doc.entities.forEach((e, ei) => {
    if (e.type !== 'PERSON') return;
    for (const m of e.mentions) {
      if (!m.title || m.title.end > m.start) continue;
      for (let k = firstEndingAfter(doc.tokens, m.title.start); k < n && starts[k]! < m.title.end; k++) {
        if (ix.tokEnt[k]! >= 0) continue;
        ix.tokEnt[k] = ei;
        ix.tokMentionStart[k] = Math.min(m.title.start, m.start);
        ix.tokMentionEnd[k] = m.end;
      }
    }
  });
  return ix;
}
