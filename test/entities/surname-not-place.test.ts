// A one-word name the NER model types as a place that no gazetteer knows, and that is the last name
// of a person named in full earlier, is that person's surname (surname-not-place.ts). The first
// case is the Wikinews dev sentence pair where the shipped model types "Saadallah's" a place;
// the control is a surname that is also a known place, which stays a place.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith, mentionTexts } from './run.js';

describe('a one-word place that is an earlier person\'s surname', () => {
  it('"Khairi Saadallah … Saadallah\'s flat": one person, no place "Saadallah"', () => {
    const doc = analyzeEntities("Reports named him on Sunday as Reading resident and Libyan national Khairi Saadallah. A counter terror police raid removed various items from Saadallah's flat, amongst them reportedly a circular saw.");
    const e = entityWith(doc, 'Khairi Saadallah');
    expect(e?.type).toBe('PERSON');
    expect(mentionTexts(doc, e!)).toContain('Saadallah');
    expect(doc.entities.filter((x) => x.type !== 'PERSON' && mentionTexts(doc, x).includes('Saadallah'))).toHaveLength(0);
  });

  it('a surname that is a known place stays a place ("George Washington … Washington")', () => {
    const doc = analyzeEntities('George Washington crossed the river. Washington is the capital today.');
    expect(doc.entities.some((x) => x.type === 'GPE' && mentionTexts(doc, x).includes('Washington'))).toBe(true);
  });
});
