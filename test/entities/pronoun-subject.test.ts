// A pronoun in the next sentence prefers the previous sentence's subject, and a name in apposition
// inside the subject's phrase is that subject (not the nearest person, which is often the object).
import { describe, expect, it } from 'vitest';
import { analyzeEntities, mentionTexts, person } from './run.js';

describe('pronoun antecedents', () => {
  it('takes the appositive name inside the subject phrase over the object', () => {
    const doc = analyzeEntities(
      "The U.N.'s special envoy for the region, Paulo Mendes, met President Ahmed Diallo in the capital on Monday. He said after the talks that progress had been made.",
    );
    expect(mentionTexts(doc, person(doc, 'Paulo Mendes')!)).toContain('He');
    expect(mentionTexts(doc, person(doc, 'Ahmed Diallo')!)).not.toContain('He');
  });

  it('still takes a plain subject', () => {
    const doc = analyzeEntities('Minister Karl Berg thanked Governor Ivan Petrov on Friday. He said the bridge would reopen.');
    expect(mentionTexts(doc, person(doc, 'Karl Berg')!)).toContain('He');
  });
});
