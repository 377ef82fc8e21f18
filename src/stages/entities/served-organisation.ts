// "Labour Party leader Jeremy Corbyn", "Taliban spokesperson Zabiullah Mujahid": a person the
// other rules give no country and no code, one of whose names follows a title ("leader",
// "spokesperson") that itself follows, with nothing between, the name of an organisation with an
// actor code of its own, speaks for that organisation: the person takes its code, country and
// sector in every mention (country_source 'organisation'). Read off the mentions, not the parse,
// because the parser often hangs the title elsewhere ("leader" as an obl of the verb). Only an
// organisation coded as a state's, an IGO, an NGO or an international group counts: a company's
// chief executive is nobody's official. Runs after the context country, so a person with a
// country of any kind is left alone. Moved from the events layer (events/resolve-actor.ts,
// sessions 8–9 review debt) so that quotes and every other consumer see the code too.
import type { Doc, Entity, Mention } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { codeSector } from './actors.js';
import { copyEntity } from './entity-record.js';
import { mapObjects } from '../../core/object-arrays.js';
import { isCountryCode } from '../../kb/country-code.js';


/** the country an actor code starts with, when it starts with one (not a sector, IGO, NGO or group code) */
function codeCountry(kb: ActorKB, code: string): string | null {
  const c = code.slice(0, 3);
  return isCountryCode(c) && !kb.tables.sectors.has(c) && !/^(IGO|NGO|IMG|MNC|UIS|SEP)$/.test(c) ? c : null;
}

/** a code that names an actor of its own: a state's (ISO prefix), an IGO, an NGO or an international group */
function political(kb: ActorKB, code: string | null): code is string {
  return !!code && (codeCountry(kb, code) !== null || /^(IGO|NGO|IMG)/.test(code));
}

export function servedOrganisation(doc: Doc, kb: ActorKB, entities: readonly Entity[]): Entity[] {
  // organisation mentions by their end offset: the title must start right after one
  const orgEndingAt = new Map<number, { org: Entity; mention: Mention }>();
  for (const e of entities) {
    if (e.type !== 'ORG' || !political(kb, e.actor_code)) continue;
    for (const m of e.mentions) if (m.kind !== 'pronoun') orgEndingAt.set(m.end, { org: e, mention: m });
  }
  if (!orgEndingAt.size) return [...entities];
  return mapObjects(entities, (e) => {
    if (e.type !== 'PERSON' || e.actor_code || e.country) return e;
    for (const m of e.mentions) {
      if (!m.title || m.kind === 'pronoun') continue;
      // one space between the organisation's name and the title ("Labour Party leader")
      const hit = orgEndingAt.get(m.title.start - 1);
      if (!hit || hit.org === e || doc.text[m.title.start - 1] !== ' ') continue;
      const org = hit.org;
      const code = org.actor_code!;
      const country = org.country ?? codeCountry(kb, code);
      return copyEntity(e, {
        actor_code: code,
        country,
        sector: codeSector(kb, code, country ? 3 : 0) ?? e.sector,
        country_source: country ? 'organisation' : null,
        ...(country ? { country_evidence: { start: hit.mention.start, end: hit.mention.end } } : {}),
        rule: `${e.rule}+served-organisation`,
      });
    }
    return e;
  });
}
