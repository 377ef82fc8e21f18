// A writer who does not capitalise writes place names in lower case too; a lower-case run the
// tagger reads as a proper noun that is a listed country or place is a place name
// (lower-case-places.ts). The controls are lower-case common words that are also place names.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith } from './run.js';

describe('lower-case place names', () => {
  it('"my cousin from texas … works in toronto": two places', () => {
    const doc = analyzeEntities('my cousin from texas moved last year and now she works in toronto.');
    for (const p of ['texas', 'toronto']) expect(entityWith(doc, p)?.type, p).toMatch(/^(GPE|LOC)$/);
  });

  it('a lower-case country keeps its code ("i am from spain")', () => {
    const doc = analyzeEntities('i am from spain and i wan na meet people from canada.');
    expect(entityWith(doc, 'spain')?.country).toBe('ESP');
    expect(entityWith(doc, 'canada')?.country).toBe('CAN');
  });

  it('a place inside a longer lower-case name is not a place ("if air asia recruits")', () => {
    const doc = analyzeEntities('I was wondering if air asia recruits foreigners?');
    expect(entityWith(doc, 'asia')).toBeUndefined();
  });

  it('common words are not places ("we had turkey", "reading is nice")', () => {
    const doc = analyzeEntities('we had turkey for dinner and reading is nice in the evening.');
    expect(doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC')).toHaveLength(0);
  });
});
