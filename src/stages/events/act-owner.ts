// A reaction aimed at the author of an earlier act ("The EU imposed sanctions… Zhuk condemned the
// sanctions" → the EU): the event refiner that runs over all events of a document in text order.
import type { NewsEvent } from '../../core/doc.js';

/** object nouns that name an earlier act, with the CAMEO roots of that act */
const ACT_NOUNS: Record<string, readonly string[]> = {
  sanction: ['16', '13'], sanctions: ['16', '13'], embargo: ['16'], boycott: ['16'], suspension: ['16'], measures: ['16'],
  accusation: ['11'], accusations: ['11'], allegation: ['11'], allegations: ['11'], charge: ['11'], charges: ['11'], criticism: ['11'],
  arrest: ['17'], arrests: ['17'], detention: ['17'], detentions: ['17'], crackdown: ['17'],
  attack: ['18', '19', '20'], attacks: ['18', '19', '20'], shelling: ['19', '20'], strike: ['18', '19'], strikes: ['18', '19'],
  threat: ['13'], threats: ['13'], demand: ['10'], demands: ['10'], ultimatum: ['13'],
};

/**
 * "The EU imposed sanctions… Zhuk condemned the sanctions": a reaction whose object names an earlier
 * act ("the sanctions", "the accusation", "the arrests") and that found no target is aimed at whoever
 * did that act — the source of the latest earlier event of that kind (rule suffix `+act-owner`).
 * One pass in text order, remembering the latest source per root: linear.
 */
export function targetFromEarlierEvent(events: NewsEvent[], objects: Map<NewsEvent, string>): NewsEvent[] {
  const lastByRoot = new Map<string, NewsEvent>();
  return events.map((e) => {
    let out = e;
    const lemma = objects.get(e);
    const roots = lemma ? ACT_NOUNS[lemma] : undefined;
    if (roots && !e.target.actor_code && !e.target.entity && (e.source.actor_code || e.source.entity)) {
      const prior = roots.map((r) => lastByRoot.get(r)).filter((x): x is NewsEvent => !!x).sort((a, b) => b.evidence.start - a.evidence.start)[0];
      const same = prior && ((prior.source.entity && prior.source.entity === e.source.entity) || prior.source.actor_code === e.source.actor_code);
      if (prior && !same) out = { ...e, target: prior.source, rule: `${e.rule}+act-owner` };
    }
    if (e.source.actor_code || e.source.entity) lastByRoot.set(e.root, e);
    return out;
  });
}
