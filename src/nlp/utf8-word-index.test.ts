// The word index as a set (utf8-word-index.ts): answers as a Set<string> of the same words does,
// through a model file and back (the derived copies of the NER vocabulary and the lemmatizer's lemmas).
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from './model-io.js';
import { Utf8WordIndex, wordIndexArrays, wordIndexFromModel } from './utf8-word-index.js';

const WORDS = ['the', 'said', 'élan', '東京', 'naïve', '😀s', '\uFFFDs', 'a b', '', 'x'.repeat(300), 'Said'];

describe('Utf8WordIndex as a word set', () => {
  it('answers as a Set of the same words, through a model file', () => {
    const arrays = wordIndexArrays(WORDS)!;
    const back = wordIndexFromModel(decodeModel(encodeModel('t', null, arrays), 't'));
    const set = new Set(WORDS);
    const asked = [...WORDS, 'The', 'sai', 'saidx', 'elan', '東', '😀', '\uD800s', '\uDC00s', 'x'.repeat(299), ' ', 'a  b'];
    for (const w of asked) expect([w, back.has(w)]).toEqual([w, set.has(w)]);
    expect(back.size).toBe(WORDS.length);
  });

  it('a lone surrogate matches nothing, though it is encoded as U+FFFD', () => {
    const ix = new Utf8WordIndex(new TextEncoder().encode('\uFFFDs\nok'));
    expect(ix.find('\uD800s')).toBe(0); // the encoder's view
    expect(ix.has('\uD800s')).toBe(false);
    expect(ix.has('\uFFFDs')).toBe(true);
  });

  it('refuses lists it cannot hold exactly: empty, a newline in a word, a lone surrogate', () => {
    expect(wordIndexArrays([])).toBeNull();
    expect(wordIndexArrays(['a', 'b\nc'])).toBeNull();
    expect(wordIndexArrays(['a', '\uD83Ds'])).toBeNull();
    expect(wordIndexArrays(['a', '😀'])).not.toBeNull();
  });

  it('fails to load arrays that do not fit together', () => {
    const arrays = wordIndexArrays(['a', 'b', 'c'])!;
    const f = decodeModel(encodeModel('t', null, { ...arrays, starts: new Uint32Array(2) }), 't');
    expect(() => wordIndexFromModel(f)).toThrow();
  });
});
