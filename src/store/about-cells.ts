// A quote's `about` (the about stage: entities its content mentions, events it is evidence of) as
// the store keeps it, for both backends: a JSON column for the API, plus "|id|id|" lists of actor
// ids and local event ids ("quotes on this event" filters the event list with a LIKE; "quotes about Y"
// reads the quote_about table that migration 6 derives from the JSON column).
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

