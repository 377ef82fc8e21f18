// A person titled right after the name of an organisation with an actor code speaks for that
// organisation (served-organisation.ts): the entity carries the organisation's code, country and
// sector, marked country_source 'organisation'. Controls: a company's chief executive (a company
// has no state code), a person whose title follows no organisation, a title after a comma.
// Invented people; the organisations are ones the knowledge base codes (the Taliban, NATO).
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith } from './run.js';

describe("a titled person speaks for the organisation named before the title", () => {
  it('"Taliban spokesperson <name>" takes the Taliban\'s code', () => {
    const doc = analyzeEntities('On Monday, Taliban spokesperson Karim Wahedi said the fighters had withdrawn from the district.');
    const taliban = doc.entities.find((e) => e.type === 'ORG' && /Taliban/.test(e.name));
    expect(taliban?.actor_code).toBeTruthy();
    const e = entityWith(doc, 'Karim Wahedi');
    expect(e).toBeDefined();
    expect([e!.actor_code, e!.country, e!.country_source]).toEqual([taliban!.actor_code, taliban!.country, 'organisation']);
    expect(doc.text.slice(e!.country_evidence!.start, e!.country_evidence!.end)).toBe('Taliban');
  });

  it('"NATO spokesperson <name>" takes the IGO\'s code and no country', () => {
    const doc = analyzeEntities('NATO spokesperson Karim Wahedi said the alliance would respond.');
    const e = entityWith(doc, 'Karim Wahedi');
    expect(e).toBeDefined();
    expect([e!.actor_code, e!.country]).toEqual(['IGOWSTNAT', null]);
  });

  it('a company\'s chief executive stays without a country', () => {
    const doc = analyzeEntities('Zentrix chief executive Tomas Verlaine said the company would cut jobs.');
    const e = entityWith(doc, 'Tomas Verlaine');
    expect(e).toBeDefined();
    expect(e!.country).toBeNull();
    expect(e!.country_source).not.toBe('organisation');
  });

  it('a title after a comma, or after no organisation, gives nothing', () => {
    const doc = analyzeEntities('The Taliban, spokesperson Karim Wahedi said, had withdrawn. Spokesperson Lena Marsh declined to comment.');
    for (const name of ['Karim Wahedi', 'Lena Marsh']) {
      const e = entityWith(doc, name);
      expect(e, name).toBeDefined();
      expect(e!.country_source, name).not.toBe('organisation');
    }
  });
});
