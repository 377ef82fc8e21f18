import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAME_LOC, NAME_ORG, buildNameList, loadNameList, nameListCodes, saveNameList } from './ner-names.js';
import { K, sentenceFeatures } from './ner-features.js';
import { defaultKb } from '../../kb/index.js';

const codes = (list: ReturnType<typeof buildNameList>, forms: string[]) =>
  [...nameListCodes(list, forms, forms.map((f) => f.toLowerCase()), Uint8Array.from(forms.map((f) => (f[0] !== f[0]!.toLowerCase() ? 1 : 0))))];

describe('NER name list', () => {
  const list = buildNameList(
    [
      { toks: ['New', 'York'], type: 'LOC' },
      { toks: ['New', 'York', 'Times'], type: 'ORG' },
      { toks: ['US'], type: 'LOC' },
      { toks: ['Apple'], type: 'ORG' },
      { toks: ['Apple'], type: 'PER' },
      { toks: ['#AFC'], type: 'ORG' },
    ],
    ['hamas', 'united nations'],
  );

  it('marks the longest listed name, B then I, with its types', () => {
    const c = codes(list, ['the', 'New', 'York', 'Times', 'and', 'New', 'York']);
    expect(c[0]).toBe(0);
    expect(c[1]).toBe(1 | (NAME_ORG << 1)); // B of the longest match, "New York Times"
    expect(c[2]).toBe(NAME_ORG << 1);
    expect(c[3]).toBe(NAME_ORG << 1);
    expect(c[5]).toBe(1 | (NAME_LOC << 1)); // only "New York" fits here
    expect(c[6]).toBe(NAME_LOC << 1);
  });

  it('keeps every type a name was annotated with', () => {
    expect(codes(list, ['Apple'])[0]! >> 1).toBe(NAME_ORG | 1);
  });

  it('matches corpus names case-sensitively: the pronoun "us" is not "US"', () => {
    expect(codes(list, ['us', 'US'])).toEqual([0, 1 | (NAME_LOC << 1)]);
  });

  it('marks Phoenix group names on lower-cased words only from a capitalised word', () => {
    expect(codes(list, ['United', 'Nations', 'and', 'Hamas'])).toEqual([48, 16, 0, 48]);
    expect(codes(list, ['united', 'nations'])).toEqual([0, 0]);
  });

  it('reads back from its file with the same matches', () => {
    const base = join(mkdtempSync(join(tmpdir(), 'ner-names-')), 'ner');
    saveNameList(list, base);
    const back = loadNameList(base, ['hamas', 'united nations']);
    expect(back.size).toBe(list.size);
    const forms = ['New', 'York', 'Times', 'US', 'Apple', 'Hamas', '#AFC']; // a hashtag name is no comment line
    expect(codes(back, forms)).toEqual(codes(list, forms));
  });

  it('adds features only where a listed name is (slots 53-55)', () => {
    const kb = defaultKb();
    const forms = ['I', 'read', 'the', 'New', 'York', 'Times', 'today'];
    const text = forms.join(' ');
    let at = 0;
    const spans = forms.map((f) => {
      const start = text.indexOf(f, at);
      at = start + f.length;
      return { start, end: at };
    });
    const withList = sentenceFeatures({ kb, lowerVocab: new Set(), nameList: list }, text, spans, forms);
    const without = sentenceFeatures({ kb, lowerVocab: new Set() }, text, spans, forms);
    expect(withList[3 * K + 53]).not.toBe(0);
    expect(withList[0 * K + 53]).toBe(0);
    expect(withList[0 * K + 54]).toBe(0);
    expect(withList[2 * K + 55]).not.toBe(0); // the word before the name sees where it begins
    expect(without[3 * K + 53]).toBe(0);
  });
});
