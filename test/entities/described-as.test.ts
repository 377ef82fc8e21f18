// A named person or organisation no other rule codes takes the code the text describes it by — an
// appositive noun phrase or a copula's predicate naming a state or a political sector
// (described-as.ts, moved from the events layer's resolve-actor.ts). The control is a description
// that names neither. A nationality noun with an article in apposition ("X, a Briton,") gives the
// person its country alone.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith } from './run.js';

describe('an entity described by an appositive or a predicate noun', () => {
  it('"Iranian airline Mahan Air": the airline is Iran\'s business (IRNBUS), in the entities layer', () => {
    const doc = analyzeEntities('Germany banned Iranian airline Mahan Air on Monday.');
    expect(entityWith(doc, 'Mahan Air')).toMatchObject({ type: 'ORG', actor_code: 'IRNBUS', country: 'IRN', country_source: 'appositive' });
  });

  it('"Zorbo Industries, a Kenyan company,": the description after the name', () => {
    const doc = analyzeEntities('Zorbo Industries, a Kenyan company, denied the report.');
    expect(entityWith(doc, 'Zorbo Industries')).toMatchObject({ actor_code: 'KENBUS', country: 'KEN' });
  });

  it('"X is the leader of the provincial council": a political sector without a state', () => {
    const doc = analyzeEntities('Sharif Hotak is the leader of the provincial council.');
    expect(entityWith(doc, 'Sharif Hotak')).toMatchObject({ type: 'PERSON', actor_code: 'GOV', country: null });
  });

  it('a description naming no state and no political sector gives no code ("a popular restaurant")', () => {
    const doc = analyzeEntities('Zorbo Grill, a popular restaurant, closed on Monday.');
    expect(entityWith(doc, 'Zorbo Grill')?.actor_code ?? null).toBeNull();
  });

  it('"Rocky Halvorsen, a Briton,": a nationality noun in apposition is the person\'s country, no sector', () => {
    const doc = analyzeEntities('Rocky Halvorsen, a Briton, entered the race on Monday.');
    expect(entityWith(doc, 'Rocky Halvorsen')).toMatchObject({ type: 'PERSON', country: 'GBR', country_source: 'appositive', actor_code: 'GBR' });
  });

  it('an ethnicity ("an ethnic Palestinian") is no nationality', () => {
    const doc = analyzeEntities('Rocky Halvorsen, an ethnic Palestinian, entered the race on Monday.');
    expect(entityWith(doc, 'Rocky Halvorsen')?.country ?? null).toBeNull();
  });
});
