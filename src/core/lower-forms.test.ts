import { describe, expect, it } from 'vitest';
import type { Token } from './doc.js';
import { lowerCase, lowerForms } from './lower-forms.js';

const tok = (form: string) => ({ form }) as Token;

describe('lowerForms', () => {
  it('lower-cases every form once per token array, and a new array anew', () => {
    const tokens = [tok('The'), tok('NATO'), tok('Élysée'), tok(',')];
    const first = lowerForms(tokens);
    expect(first).toEqual(['the', 'nato', 'élysée', ',']);
    expect(lowerForms(tokens)).toBe(first);
    const other = [tok('Said')];
    expect(lowerForms(other)).toEqual(['said']);
    expect(lowerForms(other)).not.toBe(first);
  });

  it('lowerCase answers toLowerCase for every kind of word, and an ASCII word without capitals as it is', () => {
    for (const w of ['said', 'The', 'NATO', 'Élysée', 'İstanbul', 'ΣΟΦΙΑ', 'straße', 'x@y.org', '3.5%', '[', '{', '\u212a', "don't", '', 'ǅ']) {
      expect(lowerCase(w), w).toBe(w.toLowerCase());
    }
    const plain = ['said', ' tail'].map((w) => w.slice(1) + w.slice(0, 1));
    for (const w of plain) expect(lowerCase(w)).toBe(w);
  });
});
