// A line that is a given name alone — a sign-off or a salutation — names a person
// (lone-given-names.ts); the same name inside a sentence, a name not in the list, or a line of two
// words are left to the model.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { loneGivenNames } from '../../src/stages/entities/lone-given-names.js';
import { analyzeEntities, mentionTexts } from './run.js';

const given = (w: string) => ['John', 'Sophie'].includes(w);

function added(text: string): string[] {
  const doc = segmentStage.run(createDoc(text, {}), { published: null, options: {} });
  return loneGivenNames(doc, [], given).map((m) => `${m.type}:${doc.text.slice(m.start, m.end)}`);
}

describe('a given name alone on its line', () => {
  it('is a person, with or without a closing mark', () => {
    expect(added('Can you send me the file?\nThanks.\nJohn\n')).toEqual(['PERSON:John']);
    expect(added('John,\nsorry for the delay.\n')).toEqual(['PERSON:John']);
    expect(added('See you soon.\nSophie.\n')).toEqual(['PERSON:Sophie']);
  });

  it('not a word outside the list, two words, or a name inside a sentence', () => {
    expect(added('Thanks.\nRegards\n')).toEqual([]);
    expect(added('Thanks.\nJohn Smith\n')).toEqual([]);
    expect(added('John sent the file.\n')).toEqual([]);
    // without the name list (no model) nothing is added
    const doc = segmentStage.run(createDoc('John\n', {}), { published: null, options: {} });
    expect(loneGivenNames(doc, [], null)).toEqual([]);
  });

  it('through the stage: the sign-off "John" is a person', () => {
    const doc = analyzeEntities('If you do would you send me a copy?\nThanks.\nJohn\n');
    const john = doc.entities.find((e) => mentionTexts(doc, e).includes('John'));
    expect(john?.type).toBe('PERSON');
  });
});
