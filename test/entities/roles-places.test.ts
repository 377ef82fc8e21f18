// Role owners inside title phrases, IGO officials, portfolio words and places the model reads as
// people. Invented texts (names and events are fiction), run through the real segment/syntax/
// entities stages.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith, person } from './run.js';

describe('entities: the owner of a role named inside the title phrase', () => {
  it('takes the nationality before an organisation phrase over the dateline ("Chinese Foreign Ministry spokesman")', () => {
    const doc = analyzeEntities('MANILA (AP) — The talks ended on Monday. "We object," Russian Defence Ministry spokeswoman Olga Varenko told reporters.');
    const e = person(doc, 'Olga Varenko');
    expect(e?.country).toBe('RUS');
    expect(e?.actor_code).toBe('RUSGOV');
  });

  it('gives an official of an international organisation its code, not the host state', () => {
    const doc = analyzeEntities('NAIROBI, Kenya (AP) — Aid arrived on Monday, said Marta Lindqvist, the U.N. resident coordinator for Kenya.');
    const e = person(doc, 'Marta Lindqvist');
    expect(e?.actor_code).toBe('IGOUNO');
    expect(e?.country ?? '').not.toMatch(/^[A-Z]{3}$/);
  });

  it('reads "a spokesman for the <IGO>" and a sentence-opening title phrase before the name', () => {
    const doc = analyzeEntities(
      'ISLAMABAD (AP) — Shelling continued on Friday, said Jonas Berglund, a spokesman for the U.N. mission. The EU\'s special envoy for the region, Paolo Ferri, met officials on Saturday.',
    );
    expect(person(doc, 'Jonas Berglund')?.actor_code).toBe('IGOUNO');
    expect(person(doc, 'Paolo Ferri')?.actor_code).toBe('IGOEUREEC');
    expect(person(doc, 'Paolo Ferri')?.role).toBe('special envoy');
  });

  it('an IGO body and its chairperson act for the IGO ("African Union Commission chairperson")', () => {
    const doc = analyzeEntities('ADDIS ABABA, Ethiopia (AP) — African Union Commission chairperson Moussa Keita opened the summit.');
    expect(person(doc, 'Moussa Keita')?.actor_code).toBe('IGOAFRAFU');
    expect(doc.entities.find((e) => e.type === 'ORG' && e.name.startsWith('African Union'))?.actor_code).toBe('IGOAFRAFU');
  });

  it('keeps a state official a state official', () => {
    const doc = analyzeEntities('BRUSSELS (AP) — Ghanaian Foreign Minister Kofi Mensah met EU foreign policy chief Anna Kovacs on Monday.');
    expect(person(doc, 'Kofi Mensah')?.country).toBe('GHA');
    expect(person(doc, 'Anna Kovacs')?.actor_code).toBe('IGOEUREEC');
  });
});

describe('entities: portfolio words belong to the role', () => {
  it('"Ugandan Transport Minister Samuel Okello" has role "Transport Minister"', () => {
    const doc = analyzeEntities('Ugandan Transport Minister Samuel Okello opened the new bridge on Tuesday.');
    const e = person(doc, 'Samuel Okello');
    expect(e?.role).toBe('Transport Minister');
    expect(e?.country).toBe('UGA');
  });
});

describe('entities: places the model reads as people', () => {
  it('a country named in the gazetteer is a place unless a title or form of address precedes it', () => {
    const doc = analyzeEntities('The regional bloc suspended Mali on Friday, and donors froze aid to Mali and Niger.');
    expect(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([]);
    expect(entityWith(doc, 'Mali')?.type).toBe('GPE');
  });

  it('an all-caps dateline city is a place', () => {
    const doc = analyzeEntities("OUAGADOUGOU, Burkina Faso (AP) — The junta extended its rule on Monday.");
    expect(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([]);
  });

  it('names before a place noun are places ("Kitui and Makueni counties")', () => {
    const doc = analyzeEntities('Trucks will reach Kitui and Makueni counties by Friday, officials said.');
    expect(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([]);
  });

  it('a person named like a place keeps the person type in personal context', () => {
    const doc = analyzeEntities('Mr. Jordan said the deal was fair.');
    expect(entityWith(doc, 'Jordan')?.type).toBe('PERSON');
  });
});
