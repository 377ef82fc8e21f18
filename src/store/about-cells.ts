// A quote's `about` (the about stage: entities its content mentions, events it is evidence of) as
// the store keeps it, for both backends: a JSON column for the API, plus "|id|id|" lists of actor
// ids and local event ids that a portable LIKE filters on ("quotes about Y", "quotes on this event").
import type { StoreDoc } from './store.js';

export interface QuoteAboutOut {
  readonly actors: readonly { readonly id: string; readonly entity: string; readonly name: string }[];
  /** local event ids of the quote's article */
  readonly events: readonly string[];
  readonly rule: string;
}

type ContractQuote = NonNullable<StoreDoc['quotes']>[number];

/** [about JSON, "|actor|…|", "|event|…|"]; nulls when the document predates the about field. */
export function aboutCells(q: ContractQuote, entityActor: ReadonlyMap<string, { actor: string; name: string }>): [string | null, string | null, string | null] {
  const a = (q as { about?: { entities?: readonly string[]; events?: readonly string[]; rule?: string } }).about;
  if (!a) return [null, null, null];
  const actors: { id: string; entity: string; name: string }[] = [];
  for (const entity of a.entities ?? []) {
    const ea = entityActor.get(entity);
    if (ea && !actors.some((x) => x.id === ea.actor)) actors.push({ id: ea.actor, entity, name: ea.name });
  }
  const events = [...(a.events ?? [])];
  const list = (xs: readonly string[]) => `|${xs.join('|')}|`;
  return [JSON.stringify({ actors, events, rule: a.rule ?? '' }), list(actors.map((x) => x.id)), list(events)];
}

/** The LIKE pattern for one id in a "|id|id|" list (ids are slugs and local ids: no LIKE wildcards, but escape anyway). */
export function listPattern(id: string): string {
  return `%|${id.replace(/[\\%_]/g, (c) => `\\${c}`)}|%`;
}
