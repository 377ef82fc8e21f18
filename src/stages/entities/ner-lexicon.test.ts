import { describe, expect, it } from 'vitest';
import { caselessCodes, caselessLexicon, defaultLexicon, lexiconCodes } from './ner-lexicon.js';
import { K, sentenceFeatures } from './ner-features.js';
import { defaultKb } from '../../kb/index.js';

const spansOf = (text: string, forms: string[]) => {
  let cur = 0;
  return forms.map((f) => {
    const s = text.indexOf(f, cur);
    cur = s + f.length;
    return { start: s, end: cur };
  });
};

describe('NER word lists', () => {
  const lex = defaultLexicon();

  it('marks given names, multiword places (B then I) and organisation heads', () => {
    const forms = ['Maria', 'flew', 'to', 'Buenos', 'Aires', 'for', 'the', 'Finance', 'Ministry'];
    const c = lexiconCodes(lex, forms);
    expect(c[0]! & 3).toBe(1); // given name
    expect((c[3]! >> 2) & 7).toBe(1); // B-city
    expect((c[4]! >> 2) & 7).toBe(2); // I-city
    expect(c[1]).toBe(0);
    expect(c[8]! & 32).toBe(32); // organisation head word
    expect(c[7]! & 32).toBe(0);
  });

  it('is case-sensitive and does not mark a partial multiword place', () => {
    const c = lexiconCodes(lex, ['maria', 'Buenos', 'days']);
    expect(c[0]).toBe(0);
    expect((c[1]! >> 2) & 7).toBe(0);
  });

  it('the case-blind list finds lower-case places, countries and companies, longest first, but no two-letter word', () => {
    const cl = caselessLexicon(lex, defaultKb().tables.countries);
    const c = caselessCodes(cl, ['cheap', 'hotels', 'in', 'buenos', 'aires', 'and', 'india', ',', 'us', 'or', 'google']);
    expect(c[3]).toBe(2 * 2 - 1); // B-city
    expect(c[4]).toBe(2 * 2); // I-city
    expect(c[6]).toBe(1 * 2 - 1); // country
    expect(c[8]).toBe(0); // "us" is a pronoun in lower case
    expect(c[10]).toBe(4 * 2 - 1); // listed organisation
    expect(c[0]! + c[1]! + c[2]! + c[5]! + c[7]! + c[9]!).toBe(0);
  });

  it('runs in linear time on a long sentence of place-name starts', () => {
    const forms = new Array<string>(200_000).fill('New');
    const t = performance.now();
    const c = lexiconCodes(lex, forms);
    expect(c.length).toBe(forms.length);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('gives the tagger different features with and without the lists', () => {
    const text = 'Tshisekedi met Kagame in Kigali.';
    const forms = ['Tshisekedi', 'met', 'Kagame', 'in', 'Kigali', '.'];
    const spans = spansOf(text, forms);
    const kb = defaultKb();
    const a = sentenceFeatures({ kb, lowerVocab: new Set(['met', 'in']), lex }, text, spans, forms);
    const b = sentenceFeatures({ kb, lowerVocab: new Set(['met', 'in']) }, text, spans, forms);
    expect(a.length).toBe(forms.length * K);
    // token 4 (Kigali, a listed city) differs in its list slots
    expect(Array.from(a.subarray(4 * K, 5 * K))).not.toEqual(Array.from(b.subarray(4 * K, 5 * K)));
  });
});
