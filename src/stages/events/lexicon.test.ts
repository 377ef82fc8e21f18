// The CAMEO dictionary is read per lemma at run time (dictionaryByLemma); loading it whole
// (loadDictionaryFrames) is the reference: both must give the same frames, ids and order for every
// lemma — which also checks every row of the shipped file, as loading it whole at start-up did.
import { describe, expect, it } from 'vitest';
import { cameoTable, dictionaryByLemma, framesByLemma, LazyMap, lazyFramesByLemma, loadDictionaryFrames, loadFrames } from './lexicon.js';

describe('CAMEO dictionary read per lemma', () => {
  const codes = cameoTable();

  it('gives every lemma the frames of the whole-file load, in the same order, with the same ids', () => {
    const eager = framesByLemma(loadFrames(codes), loadDictionaryFrames(codes));
    const lazy = lazyFramesByLemma(loadFrames(codes), dictionaryByLemma(codes));
    expect(eager.size).toBeGreaterThan(1000);
    for (const [lemma, frames] of eager) expect(lazy.get(lemma), lemma).toEqual(frames);
    // and nothing more: lemmas whose rows all drop out (default codes) have no entry in either
    expect([...lazy.keys()].sort()).toEqual([...eager.keys()].sort());
    expect(lazy.get('no-such-lemma')).toBeUndefined();
  });

  it('builds a lemma only when asked', () => {
    const asked: string[] = [];
    const m = new LazyMap(new Set(['a', 'b']), (k: string) => (asked.push(k), k === 'a' ? 1 : undefined));
    expect(m.get('a')).toBe(1);
    expect(m.get('a')).toBe(1);
    expect(m.get('c')).toBeUndefined();
    expect(asked).toEqual(['a']);
    expect(m.has('b')).toBe(false);
    expect([...m]).toEqual([['a', 1]]);
    expect(asked).toEqual(['a', 'b']);
  });
});
