// One event per (source, target, CAMEO code, negation, modality) within an article: a story that
// repeats "Hegseth praised the U.K." three times reports one praise. The first mention is kept
// as the event's evidence; the later ones go to moreEvidence, so nothing the reader may want to
// check is lost. Actors are compared by entity id, else by actor code and mention text.
import type { NewsEvent, EventParty } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

function partyKey(text: string, p: EventParty): string {
  if (p.entity) return `e:${p.entity}`;
  if (p.actor_code) return `c:${p.actor_code}`;
  return p.mention ? `m:${text.slice(p.mention.start, p.mention.end).toLowerCase()}` : '-';
}

export function mergeDuplicates(text: string, events: readonly NewsEvent[]): NewsEvent[] {
  const byKey = new Map<string, number>();
  const kept: NewsEvent[] = [];
  // evidence is collected in mutable arrays and attached once: linear in the number of events
  const more: Span[][] = [];
  for (const e of events) {
    const key = [partyKey(text, e.source), partyKey(text, e.target), e.cameo, e.negated, e.modality].join('|');
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, kept.length);
      kept.push(e);
      more.push(e.moreEvidence ? [...e.moreEvidence] : []);
      continue;
    }
    more[at]!.push(e.evidence);
    if (e.moreEvidence) for (const m of e.moreEvidence) more[at]!.push(m);
  }
  return kept.map((e, i) => (more[i]!.length ? { ...e, moreEvidence: more[i]! } : e));
}
