// A name looked up in the knowledge base without the form of address a story puts before it
// ("Dr. Marco Rubio" is the row "Marco Rubio"): the forms are data/actors/honorifics.tsv, the one
// list of them, not a second list inside the KB.
import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../src/kb/index.js';

const kb = defaultKb();

describe('KB name variants', () => {
  it('finds a person behind any form of address of honorifics.tsv', () => {
    for (const n of ['Mr. Marco Rubio', 'Dr Marco Rubio', 'Sir Marco Rubio', 'Prof. Marco Rubio', 'Sheikh Marco Rubio']) {
      expect(kb.people(n)[0]?.name, n).toBe('Marco Rubio');
    }
  });

  it('keeps a first word that is no form of address', () => {
    expect(kb.people('Senator Marco Rubio')).toEqual([]);
    expect(kb.people('Marco')).toEqual([]);
  });

  it('writes the Arabic article apart for Phoenix names', () => {
    expect(kb.phoenixPeople('Sheikh Hamad bin Khalifa al-Thani')[0]?.country).toBe('QAT');
  });
});
