// Groups of entity types that several rules test, one definition each.
import type { EntityType } from '../core/doc.js';

/** entities that are places: countries and cities, natural locations, facilities */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['GPE', 'LOC', 'FAC']);

/** the types a refiner may correct to an organisation: a person or a place (a firm named after a
 * person, a club after its town) */
export const PERSON_OR_PLACE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', ...PLACE_TYPES]);

/** entities that name a country: a state or city (GPE) or a nationality (NORP: "Kenyan") */
export const COUNTRY_NAMING_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['GPE', 'NORP']);

/** entities written as proper names (not nationalities, dates or amounts) */
export const NAME_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', ...PLACE_TYPES]);
