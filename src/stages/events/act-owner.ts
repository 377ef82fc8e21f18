// A reaction aimed at the author of an earlier act ("The EU imposed sanctions… Zhuk condemned the
// sanctions" → the EU): the event refiner that runs over all events of a document in text order.
import type { NewsEvent } from '../../core/doc.js';

/**
 * "The EU imposed sanctions… Zhuk condemned the sanctions": a reaction whose object names an earlier
 * act ("the sanctions", "the accusation", "the arrests") and that found no target is aimed at whoever
 * did that act — the source of the latest earlier event of that kind (rule suffix `+act-owner`).
 * One pass in text order, remembering the latest source per root: linear.
 */
export function targetFromEarlierEvent(events: NewsEvent[], objects: Map<NewsEvent, string>, actNouns: ReadonlyMap<string, readonly string[]>): NewsEvent[] {
  const lastByRoot = new Map<string, NewsEvent>();
  return events.map((e) => {
    let out = e;
    const lemma = objects.get(e);
    const roots = lemma ? actNouns.get(lemma) : undefined;
    if (roots && !e.target.actor_code && !e.target.entity && (e.source.actor_code || e.source.entity)) {
      const prior = roots.map((r) => lastByRoot.get(r)).filter((x): x is NewsEvent => !!x).sort((a, b) => b.evidence.start - a.evidence.start)[0];
      const same = prior && ((prior.source.entity && prior.source.entity === e.source.entity) || prior.source.actor_code === e.source.actor_code);
      if (prior && !same) out = { ...e, target: prior.source, rule: `${e.rule}+act-owner` };
    }
    if (e.source.actor_code || e.source.entity) lastByRoot.set(e.root, e);
    return out;
  });
}
