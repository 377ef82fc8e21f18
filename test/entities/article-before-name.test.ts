// A model span that starts with a lower-case article ("the United States") is the name without it
// (candidates.ts articleBeforeName): Re-DocRED writes some names with their article and the model
// learnt it, so the span escaped the gazetteer and the entity had no country. The stage case is a
// Wikinews demo sentence where the shipped model tags "the United States".
import { describe, expect, it } from 'vitest';
import { articleBeforeName } from '../../src/stages/entities/candidates.js';
import { analyzeEntities, mentionTexts } from './run.js';

describe('a lower-case article before a name', () => {
  it('is cut from a model span before a capitalised word, not otherwise', () => {
    expect(articleBeforeName(['in', 'the', 'United', 'States'], 1, 4)).toBe(true);
    expect(articleBeforeName(['an', 'Israeli', 'court'], 0, 2)).toBe(true);
    // "The Hague": the capital "The" is part of the name
    expect(articleBeforeName(['The', 'Hague'], 0, 2)).toBe(false);
    // a one-word span, and an article before a lower-case word, stay
    expect(articleBeforeName(['the'], 0, 1)).toBe(false);
    expect(articleBeforeName(['the', 'united', 'states'], 0, 3)).toBe(false);
  });

  it('"in the United States": the name is "United States", with its country', () => {
    const doc = analyzeEntities('Nevada became the first state in the United States to begin such a session.');
    const us = doc.entities.find((e) => mentionTexts(doc, e).some((t) => t.includes('United States')));
    expect(us && mentionTexts(doc, us)).toEqual(['United States']);
    expect(us?.country).toBe('USA');
  });
});
