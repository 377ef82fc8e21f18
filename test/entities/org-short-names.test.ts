// entities/org-short-names.ts: a one-word "place" that is the short name of an organisation the text names.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, mentionTexts } from './run.js';

const typesOf = (text: string, word: string) => {
  const doc = analyzeEntities(text);
  return doc.entities.filter((e) => mentionTexts(doc, e).includes(word)).map((e) => e.type);
};

describe('a one-word name beside "<Word> School/Foundation/Corp." is that organisation', () => {
  it('"sent to Harrow School … unhappy at Harrow": the school, not the town (GUM dev, Byron)', () => {
    expect(typesOf('In 1801, he was sent to Harrow School. He was unhappy at Harrow, and refused to return to Harrow in 1803.', 'Harrow')).toEqual(['ORG']);
  });

  it('a town named by its council or police stays a place: state bodies are named after their towns', () => {
    expect(typesOf('The Springfield Police said the man was arrested in Springfield on Monday.', 'Springfield')).toEqual(['GPE']);
  });

  it('after "in" or "near" the word is where something happens: the town, even beside its university', () => {
    expect(typesOf('Gulu University reopened on Monday. Fighting in Gulu had closed it for a month.', 'Gulu')).toEqual(['GPE']);
  });

  it('a known place stays a place beside a company named after it ("Kenya Airways … to Kenya")', () => {
    expect(typesOf('Kenya Airways cancelled its flights to Kenya.', 'Kenya')).toEqual(['GPE']);
  });
});
