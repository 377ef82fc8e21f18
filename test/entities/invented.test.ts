// The seed's rules on invented news texts (names, countries and roles that are in no bundled list):
// title/name separation with the owner country, surname and role-nominal coreference, "his
// counterpart", cataphora, appositive roles, parenthesised first names, metonyms, IGOs, media and
// pronouns; plus role observations.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith, mentionTexts, person } from './run.js';

describe('entities on invented news', () => {
  it('separates owner, title and name, and links surname, role nominal and counterpart', () => {
    const text =
      'During talks with his counterpart on Tuesday, Canadian Foreign Minister Daniel Moreau thanked Japan for its support.\n' +
      'Moreau told Japanese Foreign Minister Kenji Watanabe that the deal would hold.\n' +
      "Watanabe's remarks came during the Japanese Foreign Minister's first visit to Canada.\n";
    const doc = analyzeEntities(text, '2024-05-14');
    const moreau = person(doc, 'Daniel Moreau')!;
    expect(moreau).toBeDefined();
    expect([moreau.country, moreau.sector, moreau.role, moreau.actor_code]).toEqual(['CAN', 'GOV', 'Foreign Minister', 'CANGOV']);
    expect(mentionTexts(doc, moreau)).toEqual(expect.arrayContaining(['his', 'Daniel Moreau', 'Moreau']));
    const wat = person(doc, 'Kenji Watanabe')!;
    expect([wat.country, wat.role, wat.actor_code]).toEqual(['JPN', 'Foreign Minister', 'JPNGOV']);
    expect(mentionTexts(doc, wat)).toEqual(expect.arrayContaining(['his counterpart', 'Kenji Watanabe', 'Watanabe', "the Japanese Foreign Minister's"]));
    expect(entityWith(doc, 'Japan')!.country).toBe('JPN');
    expect(doc.entities.some((e) => e.name.includes('Minister'))).toBe(false);
  });

  it('reads appositive roles and records them as observations', () => {
    const text = 'Anna Lindqvist, Sweden\'s defence minister, said on Friday that talks had stalled. Lindqvist spoke in Stockholm.\n';
    const doc = analyzeEntities(text, '2024-02-02');
    const a = person(doc, 'Anna Lindqvist')!;
    expect([a.country, a.role, a.actor_code]).toEqual(['SWE', 'defence minister', 'SWEGOV']);
    expect(mentionTexts(doc, a)).toContain('Lindqvist');
    expect(doc.roleObservations).toContainEqual({ entity: a.id, role: 'defence minister', country: 'SWE', sector: 'GOV', actor_code: 'SWEGOV', date: '2024-02-02', rule: 'entities:role-appositive' });
  });

  it('folds a parenthesised first name into the name', () => {
    const text = 'Prime Minister (Erik) Solheim is expected to respond. Solheim has said little.\n';
    const doc = analyzeEntities(text, '2024-01-10');
    const e = person(doc, 'Erik Solheim')!;
    expect(e).toBeDefined();
    expect(e.role).toBe('Prime Minister');
    expect(mentionTexts(doc, e)).toContain('Solheim');
    expect(doc.entities.some((x) => x.type === 'PERSON' && x.name === 'Erik')).toBe(false);
  });

  it('codes metonyms, seats of government, IGOs and news agencies', () => {
    const text =
      'Beijing protested the sale on Monday, while the White House said the talks would continue.\n' +
      'Downing Street declined to comment, and NATO allies met in Brussels, AFP reported.\n' +
      'The North Atlantic Treaty Organization said the meeting was useful.\n';
    const doc = analyzeEntities(text, '2024-03-04');
    const bj = entityWith(doc, 'Beijing')!;
    expect([bj.type, bj.name, bj.actor_code]).toEqual(['GPE', 'China', 'CHN']);
    expect(entityWith(doc, 'White House')!.actor_code).toBe('USAGOV');
    expect(entityWith(doc, 'Downing Street')!.actor_code).toBe('GBRGOV');
    const nato = entityWith(doc, 'NATO')!;
    expect(nato.actor_code).toBe('IGOWSTNAT');
    expect(mentionTexts(doc, nato)).toContain('North Atlantic Treaty Organization');
    expect(entityWith(doc, 'AFP')!.actor_code).toBe('MED');
    const br = entityWith(doc, 'Brussels')!;
    expect([br.type, br.country]).toEqual(['GPE', 'BEL']);
  });

  it('resolves pronouns to a compatible antecedent and leaves quoted ones alone', () => {
    const text =
      'Senator Maria Castellano said she would vote against the bill.\n' +
      'The Finance Ministry said its forecast was unchanged.\n' +
      '"He is wrong," Castellano added.\n';
    const doc = analyzeEntities(text, '2024-06-01');
    const c = person(doc, 'Maria Castellano')!;
    expect(c.sector).toBe('LEG');
    expect(mentionTexts(doc, c)).toEqual(expect.arrayContaining(['she', 'Castellano']));
    expect(mentionTexts(doc, c)).not.toContain('He');
    const fm = entityWith(doc, 'its');
    expect(fm?.type).toBe('ORG');
  });

  it('takes a role from the knowledge base on the article date when the text gives none', () => {
    const text = 'Putin spoke by phone with Macron on Monday.\n';
    const doc = analyzeEntities(text, '2024-03-04');
    expect(person(doc, 'Vladimir Putin')?.actor_code).toBe('RUSGOV');
    expect(person(doc, 'Emmanuel Macron')?.country).toBe('FRA');
  });
});
