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

describe('place-like organisations are no antecedents', () => {
  it('"they"/"their" never take up a building the model called ORG ("the Oval Office")', () => {
    const doc = analyzeEntities('The two leaders argued in the Oval Office on Friday. Afterwards, European leaders reaffirmed their support for Kyiv.');
    const office = doc.entities.find((e) => e.name === 'Oval Office');
    if (office) expect(mentionTexts(doc, office)).toEqual(['Oval Office']);
    // "their" may go to the group subject ("European leaders", group-pronouns.ts), never to the office
    expect(doc.entities.filter((e) => mentionTexts(doc, e).includes('their')).map((e) => e.name)).not.toContain('Oval Office');
    expect(doc.entities.filter((e) => mentionTexts(doc, e).includes('their')).every((e) => mentionTexts(doc, e).includes('leaders'))).toBe(true);
  });

  it('a seat of government the knowledge base knows still acts ("the White House ... its")', () => {
    const doc = analyzeEntities('The White House rejected the claim on Monday. Its spokesman said the report was false.');
    expect(mentionTexts(doc, doc.entities.find((e) => e.name === 'White House')!)).toContain('Its');
  });
});

describe('only pronouns are pronouns', () => {
  it('words an object literal answers from its prototype ("constructor") take no antecedent', () => {
    const doc = analyzeEntities('Acme Holdings won the contract on Monday. The constructor said the bridge would open in May.');
    const acme = doc.entities.find((e) => e.name.startsWith('Acme'));
    expect(acme).toBeDefined();
    expect(mentionTexts(doc, acme!)).not.toContain('constructor');
  });
});
