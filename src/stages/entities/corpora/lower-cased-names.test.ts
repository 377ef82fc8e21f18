import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../nlp/random.js';
import type { CorpusDoc, CorpusSentence } from '../corpus.js';
import { lowerCaseNames, lowerCasedNameCopies } from './lower-cased-names.js';

const sentence = (text: string, named: CorpusSentence['named']): CorpusSentence => {
  let at = 0;
  const words = text.split(' ').map((form) => {
    const start = text.indexOf(form, at);
    at = start + form.length;
    return { form, upos: '', start, end: at };
  });
  return { text, words, named, mentions: [] };
};

describe('lower-cased names (case augmentation)', () => {
  it('lower-cases the words of every name and only those, keeping offsets and labels', () => {
    const s = lowerCaseNames(sentence('Then Barack Obama visited Walmart in Tampa Bay .', [{ from: 1, to: 3, type: 'PER' }, { from: 4, to: 5, type: 'ORG' }]))!;
    expect(s.text).toBe('Then barack obama visited walmart in Tampa Bay .');
    expect(s.words.map((w) => w.form).join(' ')).toBe(s.text);
    for (const w of s.words) expect(s.text.slice(w.start, w.end)).toBe(w.form);
    expect(s.named).toEqual([{ from: 1, to: 3, type: 'PER' }, { from: 4, to: 5, type: 'ORG' }]);
  });

  it('copies only documents with a name, about the given share of them, deterministically', () => {
    const docs: CorpusDoc[] = Array.from({ length: 200 }, (_, i) => ({ id: `d${i}`, sentences: [sentence('Anna Berg spoke .', i % 2 ? [] : [{ from: 0, to: 2, type: 'PER' }])] }));
    const copies = lowerCasedNameCopies(docs, 0.5, mulberry32(7));
    expect(lowerCasedNameCopies(docs, 0.5, mulberry32(7)).map((c) => c.copy.id)).toEqual(copies.map((c) => c.copy.id));
    expect(copies.every((c) => c.of.sentences[0]!.named.length === 1 && c.copy.sentences[0]!.text === 'anna berg spoke .')).toBe(true);
    expect(copies.length).toBeGreaterThan(25);
    expect(copies.length).toBeLessThan(75);
  });
});
