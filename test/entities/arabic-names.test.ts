// A person's name runs on over the Arabic article written with a hyphen ("Ahmed al-Assadi"): the
// tokenizer splits "al-Assadi" into "al", "-", "Assadi" and the model may stop at the lower-case
// article (hyphen-names.ts). Invented names.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith } from './run.js';

describe('Arabic article in a person name', () => {
  it('"Ahmed al-Assadi" is one person, not "Ahmed"', () => {
    const doc = analyzeEntities('Iraqi militia leader Ahmed al-Assadi said the attack would continue.');
    expect(entityWith(doc, 'Ahmed al-Assadi')?.type).toBe('PERSON');
    expect(entityWith(doc, 'Ahmed')).toBeUndefined();
  });

  it('an article with spaces around the hyphen is no part of the name', () => {
    const doc = analyzeEntities('Iraqi militia leader Ahmed al - Assadi said the attack would continue.');
    expect(entityWith(doc, 'Ahmed al - Assadi')).toBeUndefined();
  });

  it('a name the free dash cuts short keeps no dangling lower-case particle ("Ahmed", not "Ahmed al")', () => {
    const doc = analyzeEntities('Iraqi militia leader Ahmed al - Assadi said the attack would continue.');
    expect(entityWith(doc, 'Ahmed al')).toBeUndefined();
  });
});
