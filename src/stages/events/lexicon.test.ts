// The CAMEO dictionary is read per lemma at run time (dictionaryByLemma); loading it whole
// (loadDictionaryFrames) is the reference: both must give the same frames, ids and order for every
// lemma — which also checks every row of the shipped file, as loading it whole at start-up did.
import { describe, expect, it } from 'vitest';
import { cameoTable, dictionaryByLemma, framesByLemma, LazyMap, lazyFrameLists, lazyFramesByLemma, loadDictionaryFrames, loadFrames } from './lexicon.js';
import { buildLemmaIndex } from './match-frames.js';

describe('CAMEO dictionary read per lemma', () => {
  const codes = cameoTable();
  // the reference, loaded once for both comparisons
  let whole: ReturnType<typeof framesByLemma> | undefined;
  const reference = () => (whole ??= framesByLemma(loadFrames(codes), loadDictionaryFrames(codes)));

  it('gives every lemma the frames of the whole-file load, in the same order, with the same ids', () => {
    const eager = reference();
    const lazy = lazyFramesByLemma(loadFrames(codes), dictionaryByLemma(codes));
    expect(eager.size).toBeGreaterThan(1000);
    for (const [lemma, frames] of eager) expect(lazy.get(lemma), lemma).toEqual(frames);
    // and nothing more: lemmas whose rows all drop out (default codes) have no entry in either
    expect([...lazy.keys()].sort()).toEqual([...eager.keys()].sort());
    expect(lazy.get('no-such-lemma')).toBeUndefined();
  });

  it('builds one frame of a lemma at a time, each the frame (id, constraint, order) the whole-file load gives', () => {
    const eager = reference();
    const lists = lazyFrameLists(loadFrames(codes), dictionaryByLemma(codes));
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const [lemma, frames] of eager) {
      const list = lists.get(lemma)!;
      // from the last position back: a frame built alone still numbers its id by the rows before it
      const one = frames.map(() => null as unknown);
      for (let i = frames.length - 1; i >= 0; i--) one[i] = list.at(i);
      got[lemma] = { length: list.length, constraints: list.constraints, frames: one, all: list.all() };
      want[lemma] = { length: frames.length, constraints: frames.map((f) => f.constraint), frames, all: frames };
    }
    expect(got).toEqual(want);
    // the index built from the constraints alone is the index of the built frames
    const take = lists.get('take')!;
    const { frame: _a, ...fromList } = buildLemmaIndex(take);
    const { frame: _b, ...fromFrames } = buildLemmaIndex([...eager.get('take')!]);
    expect(fromList).toEqual(fromFrames);
    expect(fromList.byObject.size).toBeGreaterThan(50);
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
