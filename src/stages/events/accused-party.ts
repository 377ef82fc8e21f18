// "An Australian, Brenton Tarrant, … charged with one count of murder … Police arrested the accused":
// "the accused" is the one an earlier accusation or charge was aimed at — the person, not a new
// criminal of the story's country. The refiner runs over all events of a document in text order (as
// force-owner.ts and act-owner.ts do) and gives a party named "the accused" that has no country of
// its own (none, or the story's) the country of the target of the latest earlier accusation (CAMEO
// 112x) whose target has one, keeping its CRM role. One pass: linear.
import type { EventParty, NewsEvent } from '../../core/doc.js';

/** the definite person noun that names the party of an accusation told before */
const ACCUSED = /^the accused$/i;

const COUNTRY = /^[A-Z]{3}/;

/** "Police arrested the accused" after "X, charged with murder": the accused takes X's country, keeping CRM */
const ruleSuffix = 'accused-party';

function isAccused(text: string, p: EventParty): boolean {
  return !!p.mention && ACCUSED.test(text.slice(p.mention.start, p.mention.end)) && (!p.actor_code || p.actor_code.endsWith('CRM')) && (!p.actor_code || p.actor_code.length <= 3 || p.country_source === 'story');
}

/** Each "the accused" party with no country of its own takes the latest earlier accused target's country (rule suffix `+accused-party`). */
export function accusedFromEarlierCharge(text: string, events: NewsEvent[]): NewsEvent[] {
  let charged: EventParty | null = null;
  return events.map((e) => {
    let out = e;
    if (charged) {
      const country = charged.actor_code!.slice(0, 3);
      const fix = (p: EventParty): EventParty => (isAccused(text, p) ? { entity: charged!.entity, actor_code: `${country}CRM`, mention: p.mention } : p);
      const source = fix(e.source);
      const target = fix(e.target);
      if (source !== e.source || target !== e.target) out = { ...e, source, target, rule: `${e.rule}+${ruleSuffix}` };
    }
    if (e.cameo.startsWith('112') && e.target.actor_code && COUNTRY.test(e.target.actor_code) && e.target.country_source !== 'story' && !isAccused(text, e.target)) charged = e.target;
    return out;
  });
}
