// The seed article's entity acceptance (issue: entities stage): the six people with canonical
// name, country and role; the U.K. Defense Secretary nominal and "Healey" in John Healey's entity;
// the Kremlin as Russia's government; Kyiv as Ukraine; Reuters a news organisation. The same rules
// are exercised on invented texts in invented.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../src/core/paths.js';
import { analyzeEntities, entityWith, mentionTexts, person } from './run.js';
import { sharedPresent } from '../helpers/shared.js';

const path = sharedPath('examples', 'seed', 'article.txt');
const present = sharedPresent(path);

describe.skipIf(!present)('entities on the seed article', () => {
  const doc = present ? analyzeEntities(readFileSync(path, 'utf8'), '2025-03-07') : null!;

  it.each([
    ['Pete Hegseth', 'USA', 'Defense Secretary', 'USAGOV'],
    ['John Healey', 'GBR', 'Defense Secretary', 'GBRGOV'],
    ['Donald Trump', 'USA', 'President', 'USAGOV'],
    ['Keir Starmer', 'GBR', 'Prime Minister', 'GBRGOV'],
    ['Volodymyr Zelensky', 'UKR', 'President', 'UKRGOV'],
  ])('%s: country %s, role %s, actor %s', (name, country, role, code) => {
    const e = person(doc, name);
    expect(e, name).toBeDefined();
    expect(e!.country).toBe(country);
    expect(e!.role).toBe(role);
    expect(e!.actor_code).toBe(code);
  });

  it('Kaja Kallas acts for the EU as its foreign policy chief', () => {
    const e = person(doc, 'Kaja Kallas')!;
    expect(e.role).toBe('foreign policy chief');
    expect(e.actor_code).toBe('IGOEUREEC');
  });

  it('puts the U.K. Defense Secretary nominal, "Healey" and "his counterpart" in John Healey\'s entity', () => {
    const e = person(doc, 'John Healey')!;
    const ms = mentionTexts(doc, e);
    expect(ms).toContain('John Healey');
    expect(ms).toContain('Healey');
    expect(ms).toContain("the U.K. Defense Secretary's");
    expect(ms).toContain('his counterpart');
    const full = e.mentions.find((m) => doc.text.slice(m.start, m.end) === 'John Healey')!;
    expect(doc.text.slice(full.title!.start, full.title!.end)).toBe('Defense Secretary');
  });

  it('keeps titles out of names and makes "U.K." a mention of the United Kingdom', () => {
    expect(doc.entities.some((e) => mentionTexts(doc, e).some((t) => /Secretary/.test(t) && e.type !== 'PERSON'))).toBe(false);
    const uk = entityWith(doc, 'U.K.')!;
    expect(uk.type).toBe('GPE');
    expect(uk.country).toBe('GBR');
    expect(mentionTexts(doc, uk)).toContain('United Kingdom');
  });

  it('resolves "his" in the opening phrase to Hegseth and "President (Donald) Trump" to Donald Trump', () => {
    const h = person(doc, 'Pete Hegseth')!;
    expect(h.mentions[0]!.kind).toBe('pronoun');
    expect(doc.text.slice(h.mentions[0]!.start, h.mentions[0]!.end)).toBe('his');
    expect(mentionTexts(doc, person(doc, 'Donald Trump')!)).toContain('Trump');
  });

  it('codes the Kremlin as the Russian government, Kyiv as Ukraine, Reuters as media', () => {
    const k = entityWith(doc, 'Kremlin')!;
    expect(k.actor_code).toBe('RUSGOV');
    expect(k.country).toBe('RUS');
    const kyiv = entityWith(doc, 'Kyiv')!;
    expect(kyiv.name).toBe('Ukraine');
    expect(kyiv.mentions.find((m) => doc.text.slice(m.start, m.end) === 'Kyiv')!.kind).toBe('metonym');
    expect(mentionTexts(doc, kyiv)).toContain('the embattled nation');
    const r = entityWith(doc, 'Reuters')!;
    expect(r.type).toBe('ORG');
    expect(r.sector).toBe('MED');
  });

  it('records role observations with the article date', () => {
    const obs = doc.roleObservations.map((o) => ({ ...o, person: doc.entities.find((e) => e.id === o.entity)?.name }));
    expect(obs).toContainEqual(expect.objectContaining({ person: 'John Healey', country: 'GBR', role: 'Defense Secretary', actor_code: 'GBRGOV', date: '2025-03-07' }));
    expect(obs).toContainEqual(expect.objectContaining({ person: 'Keir Starmer', country: 'GBR', role: 'Prime Minister' }));
  });

  it('keeps every mention span inside the text with a stage rule', () => {
    for (const e of doc.entities) {
      expect(e.rule).toMatch(/^entities:/);
      for (const m of e.mentions) {
        expect(m.start).toBeLessThan(m.end);
        expect(m.rule).toMatch(/^entities:/);
      }
    }
  });
});
