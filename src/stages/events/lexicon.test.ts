// The CAMEO dictionary is read per lemma at run time (dictionaryByLemma); loading it whole
// (loadDictionaryFrames) is the reference: both must give the same frames, ids and order for every
// lemma — which also checks every row of the shipped file, as loading it whole at start-up did.
import { describe, expect, it } from 'vitest';
import { cameoTable, dictionaryByLemma, dictionaryCopy, framesByLemma, indexParts, LazyMap, lazyFrameLists, lazyFramesByLemma, loadDictionaryFrames, loadFrames, readyLists } from './lexicon.js';
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

  it("reads from the build's ready lists (models/derived/data) every lemma's list the file gives: frames, ids, constraints and index", () => {
    const hand = loadFrames(codes);
    const fromFile = lazyFrameLists(hand, dictionaryByLemma(codes, null));
    const copy = dictionaryCopy(codes);
    const ready = lazyFrameLists(hand, dictionaryByLemma(codes, readyLists(copy)));
    expect([...ready.candidates].sort()).toEqual([...fromFile.candidates].sort());
    let joined = 0;
    for (const lemma of fromFile.candidates) {
      const want = fromFile.get(lemma);
      const got = ready.get(lemma);
      if (!want) {
        expect(got, lemma).toBeUndefined();
        continue;
      }
      // a frame built alone (the last first) before the whole list: its id still counts the rows before it
      const last = got!.at(got!.length - 1);
      expect(last, lemma).toEqual(want.at(want.length - 1));
      expect(got!.all(), lemma).toEqual(want.all());
      expect(got!.constraints, lemma).toEqual(want.constraints);
      // the ready index (with the hand frames' positions first where the lemma has both) is the one its constraints give
      const { frame: _a, ...gotIndex } = buildLemmaIndex(got!);
      const { frame: _b, ...wantIndex } = buildLemmaIndex(want);
      expect(gotIndex, lemma).toEqual(wantIndex);
      // (preps and prepPositions: byPrep as two arrays, match-frames.ts)
      const { preps: _c, prepPositions: _d, ...gotParts } = gotIndex;
      expect(gotParts, lemma).toEqual(indexParts(want.constraints));
      if (got!.parts && hand.some((f) => f.lemma === lemma)) joined++;
    }
    expect(joined).toBeGreaterThan(50);
    // a lemma the copy lacks, or whose rows all drop out, has no list
    expect(dictionaryByLemma(codes, readyLists(copy)).list('no-such-lemma').length).toBe(0);
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
