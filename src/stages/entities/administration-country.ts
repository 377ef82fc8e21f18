// "<person> administration / campaign" (person-orgs.ts) takes its person's country when actors.ts
// gives the organisation its code — but the person may earn a country only later in the stage: by an
// appositive or a description (described-as.ts runs last), by a title the actor resolution could not
// read (infer-country.ts). "Rocky De La Fuente, a U.S. businessman … the De La Fuente campaign" left
// the campaign without a country while its person was USA / appositive. This refiner runs after every
// country refiner and gives such an organisation its person's earned country and its source; a
// country the organisation earned itself is kept, one it took from the article's context gives way.
import type { Doc, Entity } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import { code } from './actors.js';
import { isEarned } from './context-country.js';
import { copyEntity } from './entity-record.js';

export function administrationCountries(doc: Doc, words: NameWords, entities: readonly Entity[]): Entity[] {
  let out: Entity[] | null = null;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'ORG' || isEarned(e)) continue;
    // person-orgs.ts's nominal: a person's name and one word of the person-org class ("De La Fuente campaign")
    let person: Entity | undefined;
    for (const body of e.mentions) {
      if (body.kind !== 'nominal' || !words.personOrgHeads.has(lastWord(doc.text, body.start, body.end))) continue;
      person = entities.find((p) => p.type === 'PERSON' && isEarned(p) && p.mentions.some((m) => m.start === body.start && m.end < body.end && (m.kind === 'name' || m.kind === 'surname')));
      if (person) break;
    }
    if (!person) continue;
    out ??= [...entities];
    out[i] = copyEntity(e, {
      country: person.country,
      country_source: person.country_source,
      country_evidence: undefined,
      actor_code: code(person.country, e.sector),
      rule: `${e.rule}+administration-country`,
    });
  }
  return out ?? (entities as Entity[]);
}

/** the lower-cased last word of text[start, end) */
function lastWord(text: string, start: number, end: number): string {
  const i = text.lastIndexOf(' ', end - 1);
  return text.slice(Math.max(start, i + 1), end).toLowerCase();
}
