import { describe, expect, it } from 'vitest';
import type { CorpusDoc, CorpusSentence } from '../corpus.js';
import { countryOrgsAsPlaces } from './country-org.js';

function sentence(forms: string[], named: Array<{ from: number; to: number; type: 'PER' | 'ORG' | 'LOC' }>): CorpusSentence {
  let at = 0;
  const words = forms.map((form) => {
    const w = { form, start: at, end: at + form.length };
    at += form.length + 1;
    return w;
  });
  return { text: forms.join(' '), words, named, mentions: [] } as unknown as CorpusSentence;
}

describe('NER_COUNTRY_ORG=place: a country tagged ORG is read as a place', () => {
  it('turns an acting country into LOC and leaves other organisations and capitals alone', () => {
    const s = sentence(['North', 'Korea', 'fired', 'at', 'Seoul', ';', 'the', 'United', 'Nations', 'and', 'Helsinki', 'replied'], [
      { from: 0, to: 2, type: 'ORG' },
      { from: 4, to: 5, type: 'LOC' },
      { from: 7, to: 9, type: 'ORG' },
      { from: 10, to: 11, type: 'ORG' },
    ]);
    const [d] = countryOrgsAsPlaces([{ id: 'x', sentences: [s] }]) as CorpusDoc[];
    expect(d!.sentences[0]!.named.map((n) => n.type)).toEqual(['LOC', 'LOC', 'ORG', 'ORG']);
  });

  it('keeps a sentence without such a mention as it was (the same object)', () => {
    const s = sentence(['Acme', 'Corp.', 'said'], [{ from: 0, to: 2, type: 'ORG' }]);
    expect(countryOrgsAsPlaces([{ id: 'x', sentences: [s] }])[0]!.sentences[0]).toBe(s);
  });
});
