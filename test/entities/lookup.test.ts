// The lookup API the quotes and events stages use: mentionIndex / entityAt / entitiesIn /
// entityById, countryOf and actorCodeOf.
import { describe, expect, it } from 'vitest';
import { actorCodeOf, countryOf, entitiesIn, entityAt, entityById, mentionIndex } from '../../src/stages/entities/lookup.js';
import { defaultKb } from '../../src/kb/index.js';
import { analyzeEntities } from './run.js';

describe('entities lookup API', () => {
  const text = 'Polish Defence Minister Tomasz Wrona met the French ambassador in Warsaw. Wrona said he was pleased.\n';
  const doc = analyzeEntities(text, '2024-04-01');

  it('finds the entity covering an offset or a span, innermost first', () => {
    const at = text.indexOf('Wrona said');
    const r = entityAt(doc, at)!;
    expect(r.entity.name).toBe('Tomasz Wrona');
    expect(text.slice(r.mention.start, r.mention.end)).toBe('Wrona');
    expect(entityAt(doc, { start: at, end: at + 5 })!.entity.id).toBe(r.entity.id);
    expect(entityAt(doc, text.indexOf('met'))).toBeNull();
    const he = entityAt(doc, text.indexOf(' he ') + 1)!;
    expect(he.mention.kind).toBe('pronoun');
    expect(he.entity.id).toBe(r.entity.id);
  });

  it('lists mentions overlapping a span in text order, and ids resolve', () => {
    const refs = entitiesIn(doc, { start: 0, end: text.indexOf('.') });
    const names = refs.map((x) => text.slice(x.mention.start, x.mention.end));
    expect(names).toEqual(expect.arrayContaining(['Polish', 'Tomasz Wrona', 'Warsaw']));
    expect(mentionIndex(doc).refs.length).toBe(doc.entities.reduce((a, e) => a + e.mentions.length, 0));
    expect(entityById(doc, refs[0]!.entity.id)).toBe(refs[0]!.entity);
    expect(entityById(doc, 'e999')).toBeNull();
  });

  it('looks up countries and actor codes from bare names', () => {
    const kb = defaultKb();
    expect(countryOf(kb, 'U.K.')).toBe('GBR');
    expect(countryOf(kb, 'the Kremlin')).toBe('RUS');
    expect(countryOf(kb, 'Nigerian')).toBe('NGA');
    expect(countryOf(kb, 'Springfield')).toBeNull();
    expect(actorCodeOf(kb, 'the Kremlin')).toBe('RUSGOV');
    expect(actorCodeOf(kb, 'NATO')).toBe('IGOWSTNAT');
    expect(actorCodeOf(kb, 'Reuters')).toBe('MED');
    expect(actorCodeOf(kb, 'Britain')).toBe('GBR');
    expect(actorCodeOf(kb, 'Springfield')).toBeNull();
  });
});
