import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_TRAIN_FILTER, drawShare, extraTrees, selfTrainReject, treesAgree } from './self-train.js';

const words = (s: string) => s.split(' ');

describe('selfTrainReject', () => {
  const tags = (forms: string[], propn: number[] = []) => forms.map((f, i) => (propn.includes(i) ? 'PROPN' : /^\W+$/.test(f) ? 'PUNCT' : 'NOUN'));

  it('keeps a punctuated prose sentence inside the length band', () => {
    const f = words('The council approved the new budget on Monday .');
    expect(selfTrainReject(f, tags(f, [7]))).toBeNull();
  });

  it('leaves out sentences outside the length band', () => {
    const short = words('He left .');
    expect(selfTrainReject(short, tags(short))).toBe('short');
    const long = Array.from({ length: DEFAULT_SELF_TRAIN_FILTER.maxTokens + 1 }, () => 'word');
    long[long.length - 1] = '.';
    expect(selfTrainReject(long, tags(long))).toBe('long');
    expect(selfTrainReject(short, tags(short), { ...DEFAULT_SELF_TRAIN_FILTER, minTokens: 3 })).toBeNull();
  });

  it('leaves out lists of names, capitals and unpunctuated lines', () => {
    const names = words('John Smith , Mary Jones and Ann Lee .');
    expect(selfTrainReject(names, tags(names, [0, 1, 3, 4, 6, 7]))).toBe('names');
    const caps = words('POLICE ARREST SIX IN CITY RAID .');
    expect(selfTrainReject(caps, tags(caps))).toBe('caps');
    const heading = words('Early life and education of the author');
    expect(selfTrainReject(heading, tags(heading))).toBe('unpunctuated');
  });
});

describe('treesAgree', () => {
  it('needs every head and every full label to match', () => {
    expect(treesAgree([2, 0, 2], ['nsubj', 'root', 'punct'], Int32Array.from([2, 0, 2]), ['nsubj', 'root', 'punct'], 3)).toBe(true);
    expect(treesAgree([2, 0, 2], ['nsubj', 'root', 'punct'], [2, 0, 1], ['nsubj', 'root', 'punct'], 3)).toBe(false);
    expect(treesAgree([2, 0, 2], ['nsubj', 'root', 'punct'], [2, 0, 2], ['nsubj:pass', 'root', 'punct'], 3)).toBe(false);
  });
});

describe('drawShare', () => {
  const pool = Array.from({ length: 50 }, (_, i) => ({ forms: Array.from({ length: 1 + (i % 5) }, () => `w${i}`) }));

  it('draws about the token budget, the same draw for the same seed', () => {
    const a = drawShare(pool, 40, 7);
    const n = a.reduce((k, s) => k + s.forms.length, 0);
    expect(n).toBeGreaterThanOrEqual(40);
    expect(n - a[a.length - 1]!.forms.length).toBeLessThan(40);
    expect(drawShare(pool, 40, 7)).toEqual(a);
    expect(drawShare(pool, 40, 8).map((s) => s.forms[0])).not.toEqual(a.map((s) => s.forms[0]));
  });

  it('takes the whole pool when the budget exceeds it', () => {
    expect(drawShare(pool, 1e9, 1)).toHaveLength(pool.length);
  });
});

describe('extraTrees', () => {
  const row = (id: number, form: string, head: number, rel: string) => [id, form, '_', 'NOUN', 'NN', '_', head, rel, '_', '_'].join('\t');

  it('reads forms, tags, heads and labels', () => {
    const t = extraTrees(`# text = Dogs bark .\n${row(1, 'Dogs', 2, 'nsubj')}\n${row(2, 'bark', 0, 'root')}\n${row(3, '.', 2, 'punct')}\n\n`, 'x.conllu');
    expect(t).toEqual([{ forms: ['Dogs', 'bark', '.'], upos: ['NOUN', 'NOUN', 'NOUN'], xpos: ['NN', 'NN', 'NN'], heads: [2, 0, 2], labels: ['nsubj', 'root', 'punct'] }]);
  });

  it('refuses a head outside the sentence, a self-loop and a rootless or two-rooted tree', () => {
    expect(() => extraTrees(`${row(1, 'a', 3, 'dep')}\n${row(2, 'b', 0, 'root')}\n`, 'x')).toThrow(/E020.*head 3/);
    expect(() => extraTrees(`${row(1, 'a', 1, 'dep')}\n${row(2, 'b', 0, 'root')}\n`, 'x')).toThrow(/E020/);
    expect(() => extraTrees(`${row(1, 'a', 2, 'dep')}\n${row(2, 'b', 1, 'dep')}\n`, 'x')).toThrow(/0 roots/);
    expect(() => extraTrees(`${row(1, 'a', 0, 'root')}\n${row(2, 'b', 0, 'root')}\n`, 'x')).toThrow(/2 roots/);
  });
});
