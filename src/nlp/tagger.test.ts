import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelPath } from '../core/paths.js';
import { NewsgraphError } from '../core/errors.js';
import { decodeModel, encodeModel } from './model-io.js';
import { checkTaggerModel, getTagger, taggerFromModel, TAGGER_KIND } from './tagger.js';
import { buildTagDict, PerceptronTrainer, SparseTagger, type TrainSentence } from './tagger-train.js';
import { constrainedArgmax, extractFirstPass, MAX_FEATURES, ROLE_NEXT, ROLE_NEXT2, ROLE_PREV, ROLE_PREV2, TaggerFeatures, TEMPLATE_GROUPS, TEMPLATE_SPLIT } from './features-tagger.js';
import { readModelFile } from './model-io.js';
import { Tagger } from './tagger.js';
import { defaultWordClusters } from './word-clusters.js';
import { segmentText } from './segment-text.js';
import { repoRoot } from '../core/paths.js';

const SAMPLES = join(repoRoot, 'samples');

const hasModel = existsSync(modelPath('tagger.bin'));
const split = (s: string) => s.split(' ');

describe.skipIf(!hasModel)('shipped tagger', () => {
  it('loads and tags plain sentences', () => {
    const t = getTagger();
    expect(t.tag(split('The cat sat on the mat .'))).toEqual({
      upos: ['DET', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT'],
      xpos: ['DT', 'NN', 'VBD', 'IN', 'DT', 'NN', '.'],
    });
    const r = t.tag(split('She has not visited Paris since 2019 .'));
    expect(r.upos).toEqual(['PRON', 'AUX', 'PART', 'VERB', 'PROPN', 'ADP', 'NUM', 'PUNCT']);
    expect(r.xpos).toEqual(['PRP', 'VBZ', 'RB', 'VBN', 'NNP', 'IN', 'CD', '.']);
  });

  it('uses suffixes and shape for unseen words', () => {
    const t = getTagger();
    const a = t.tag(split('The florbication of the plan was delayed .'));
    expect([a.upos[1], a.xpos[1]]).toEqual(['NOUN', 'NN']);
    const b = t.tag(split('They were glorping the results yesterday .'));
    expect([b.upos[2], b.xpos[2]]).toEqual(['VERB', 'VBG']);
    const c = t.tag(split('He answered zanfully .'));
    expect([c.upos[2], c.xpos[2]]).toEqual(['ADV', 'RB']);
    const d = t.tag(split('The minister met Vartholomew Quenzly in Brussels .'));
    expect(d.upos.slice(3, 5)).toEqual(['PROPN', 'PROPN']);
  });

  it('tells auxiliaries from main verbs', () => {
    const r = getTagger().tag(split('They have a plan and they have signed it .'));
    expect(r.upos[1]).toBe('VERB');
    expect(r.upos[6]).toBe('AUX');
  });

  it('tagIds agrees with tag and handles empty input', () => {
    const t = getTagger();
    const forms = split('Officials said the talks would resume on Monday .');
    const ids = new Int32Array(forms.length);
    t.tagIds(forms, ids);
    const r = t.tag(forms);
    expect([...ids].map((i) => t.uposOf[i])).toEqual(r.upos);
    expect(t.tag([])).toEqual({ upos: [], xpos: [] });
  });

  it('formEntries: one entry per exact form while the memo has room, -1 past it and with the memo off', () => {
    const path = modelPath('tagger.bin');
    const t = taggerFromModel(readModelFile(path, TAGGER_KIND), path);
    t.setFormMemo(3);
    const forms = split('the cat saw the Cat and the dog');
    t.tagIds(forms, new Int32Array(forms.length));
    const e = [...t.formEntries.subarray(0, forms.length)];
    expect(e).toEqual([0, 1, 2, 0, -1, -1, 0, -1]);
    const gen = t.formMemoGeneration;
    t.setFormMemo(0);
    expect(t.formMemoGeneration).not.toBe(gen);
    t.tagIds(forms, new Int32Array(forms.length));
    expect([...t.formEntries.subarray(0, forms.length)]).toEqual(forms.map(() => -1));
  });

  it('tags the same with the form memo as without, also once the memo is full', () => {
    const t = getTagger();
    const path = modelPath('tagger.bin');
    const plain = taggerFromModel(readModelFile(path, TAGGER_KIND), path);
    plain.setMlp(t.mlpModel);
    plain.setFormMemo(0);
    const tiny = taggerFromModel(readModelFile(path, TAGGER_KIND), path);
    tiny.setMlp(t.mlpModel);
    tiny.setFormMemo(3);
    const text = [
      'The U.N. envoy said on Monday that talks would resume .',
      'Talks resumed ; the envoy , who said that , left on Monday .',
      'That is what The Times reported : the talks had resumed , officials said .',
      'Flights to Kyiv-Boryspil were cancelled in 2022 after Russia invaded Ukraine .',
      'A counter-intuitively long-winded, unhyphenatable word: antidisestablishmentarianism .',
    ].map(split);
    // and the six sample articles: a few hundred sentences whose words recur in every role
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.json'))) {
      const seg = segmentText((JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as { text: string }).text);
      for (const s of seg.sentences) text.push(seg.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.form));
    }
    expect(text.length).toBeGreaterThan(50);
    for (let round = 0; round < 2; round++) {
      for (const forms of text) {
        const [a, b, c] = [new Int32Array(forms.length), new Int32Array(forms.length), new Int32Array(forms.length)];
        t.tagIds(forms, a);
        plain.tagIds(forms, b);
        tiny.tagIds(forms, c);
        expect([...a]).toEqual([...b]);
        expect([...c]).toEqual([...b]);
      }
    }
  });

  it('is linear on a pathological 100,000-token sentence', () => {
    const forms = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 6 ? ',' : 'word' + (i % 13)));
    const t0 = performance.now();
    const r = getTagger().tag(forms);
    expect(r.upos).toHaveLength(100_000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('tagger model validation', () => {
  it('fails with E021 when the header or tables are inconsistent', () => {
    const bad = encodeModel(TAGGER_KIND, { tags: ['NOUN\tNN'], useForced: false, scale: 1 }, {
      featKeys: Uint32Array.from([5]),
      rowStart: Uint32Array.from([0, 2]),
      cls: Uint8Array.from([0]),
      weight: Int16Array.from([1]),
      dictKeys: new Uint32Array(0),
      dictVals: new Int32Array(0),
    });
    try {
      taggerFromModel(decodeModel(bad, TAGGER_KIND));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NewsgraphError);
      expect((e as NewsgraphError).code).toBe('E021');
      expect((e as NewsgraphError).message).toMatch(/npm run train/);
    }
  });
});

describe('tagger model layout', () => {
  const meta = { tags: ['NOUN\tNN', 'VERB\tVB'], useForced: false, scale: 1 };
  const dict = { dictKeys: new Uint32Array(0), dictVals: new Int32Array(0) };
  const expectE021 = (f: () => unknown, msg: RegExp) => {
    try {
      f();
      expect.unreachable();
    } catch (e) {
      expect((e as NewsgraphError).code).toBe('E021');
      expect((e as NewsgraphError).message).toMatch(msg);
    }
  };

  it('refuses a model of the earlier 16-byte slot layout, and a long row that overruns its table', () => {
    expectE021(() => taggerFromModel(decodeModel(encodeModel(TAGGER_KIND, meta, { slots: new Int32Array(64), packed: new Int32Array(0), ...dict }), TAGGER_KIND)), /earlier 16-byte slot layout/);
    const overrun = { slots: new Int32Array(32), rows: Uint16Array.from([5, 1, 0]), lut: new Int32Array(256), ...dict };
    expectE021(() => taggerFromModel(decodeModel(encodeModel(TAGGER_KIND, meta, overrun), TAGGER_KIND)), /overruns/);
    const badClass = { slots: new Int32Array(32), rows: Uint16Array.from([1, 7]), lut: new Int32Array(256), ...dict };
    expectE021(() => taggerFromModel(decodeModel(encodeModel(TAGGER_KIND, meta, badClass), TAGGER_KIND)), /class id out of range/);
  });

  it('scans its rows at load unless the build ran the same check on these bytes (checkTaggerModel: always)', () => {
    const badClass = decodeModel(encodeModel(TAGGER_KIND, meta, { slots: new Int32Array(32), rows: Uint16Array.from([1, 7]), lut: new Int32Array(256), ...dict }), TAGGER_KIND);
    // a file read as the build stamped it after its check passed: the loader trusts the stamp
    expect(() => taggerFromModel({ ...badClass, checkedAtBuild: true })).not.toThrow();
    expectE021(() => taggerFromModel({ ...badClass, checkedAtBuild: false }), /class id out of range/);
    // the build's check runs the scan whatever the file says, so such a file is never stamped as checked
    expectE021(() => checkTaggerModel({ ...badClass, checkedAtBuild: true }, 'tagger.bin'), /class id out of range/);
    const good = decodeModel(encodeModel(TAGGER_KIND, meta, { slots: new Int32Array(32), rows: Uint16Array.from([2, 1, 0]), lut: new Int32Array(256), ...dict }), TAGGER_KIND);
    expect(() => checkTaggerModel(good, 'tagger.bin')).not.toThrow();
  });

  it('keeps rows of one, two and many entries and scores them through the codebook', () => {
    // rows of each kind (one, two, five entries), read back by key, before and after a file round trip
    const tags = Array.from({ length: 5 }, (_, i) => `X${i}\tX${i}`);
    const a = {
      featKeys: Uint32Array.from([11, 22, 33]),
      rowStart: Uint32Array.from([0, 1, 3, 8]),
      cls: Uint8Array.from([4, 0, 3, 0, 1, 2, 3, 4]),
      weight: Int16Array.from([-7, 100, 200, -1, -2, -3, -4, 30000]),
      ...dict,
      allowed: new Int32Array(0),
    };
    const t = new Tagger({ tags, useForced: false, scale: 1 }, a);
    const copy = taggerFromModel(decodeModel(encodeModel(TAGGER_KIND, { tags, useForced: false, scale: 1 }, { ...t.tables() }), TAGGER_KIND));
    for (const x of [t, copy]) {
      expect(x.rowScores(11)).toEqual([0, 0, 0, 0, -7]);
      expect(x.rowScores(22)).toEqual([100, 0, 0, 200, 0]);
      expect(x.rowScores(33)).toEqual([-1, -2, -3, -4, 30000]);
      expect(x.rowScores(44)).toEqual([0, 0, 0, 0, 0]);
    }
  });
});

describe('tagger feature split', () => {
  it('form-only and context keys together are the keys of extract, each once', () => {
    const f = new TaggerFeatures(null);
    const forms = split('The envoy said that talks would resume .');
    f.prepare(forms);
    const all = new Int32Array(MAX_FEATURES);
    const own = new Int32Array(MAX_FEATURES);
    const ctx = new Int32Array(MAX_FEATURES);
    for (let i = 0; i < forms.length; i++) {
      const n = f.extract(i, forms.length, i > 0 ? 3 : -1, i > 1 ? 5 : -1, all);
      const a = f.extractOwn(i, forms.length, own);
      const b = f.extractContext(i, forms.length, i > 0 ? 3 : -1, i > 1 ? 5 : -1, ctx);
      expect(a + b).toBe(n);
      expect([...own.slice(0, a), ...ctx.slice(0, b)].sort()).toEqual([...all.slice(0, n)].sort());
    }
    expect([...TEMPLATE_SPLIT.own, ...TEMPLATE_SPLIT.context].sort((x, y) => x - y)).toEqual([...Array(39).keys()].slice(1).filter((id) => id !== 39));
    expect(TEMPLATE_SPLIT.own).not.toContain(13); // flags: the first-in-sentence bit is positional
    expect(TEMPLATE_SPLIT.own).toHaveLength(14);
  });

  it('own, the four neighbour roles (or their padding), the tag pair and the rest are the keys of extract, each once', () => {
    const f = new TaggerFeatures(null);
    const forms = split('Talks resumed on Monday , officials said .');
    const n = forms.length;
    f.prepare(forms);
    const all = new Int32Array(MAX_FEATURES);
    const parts = new Int32Array(MAX_FEATURES);
    const roles: [role: number, offset: number][] = [[ROLE_PREV, -1], [ROLE_PREV2, -2], [ROLE_NEXT, 1], [ROLE_NEXT2, 2]];
    for (let i = 0; i < n; i++) {
      const [p1, p2] = [i > 0 ? 3 : -1, i > 1 ? 5 : -1];
      const k = f.extract(i, n, p1, p2, all);
      let m = f.extractOwn(i, n, parts);
      for (const [role, d] of roles) m = i + d >= 0 && i + d < n ? f.extractRole(role, i + d, parts, m) : f.extractRolePad(role, parts, m);
      m = f.extractTags(p1, p2, parts, m);
      m = f.extractRest(i, n, p1, p2, parts, m);
      expect(m).toBe(k);
      expect([...parts.slice(0, m)].sort()).toEqual([...all.slice(0, k)].sort());
      if (i > 0) {
        // after the first position the flags template moves from the rest to the own keys
        const a = new Int32Array(MAX_FEATURES);
        const b = new Int32Array(MAX_FEATURES);
        const ka = f.extractRest(i, n, p1, p2, a, f.extractOwn(i, n, a));
        const kb = f.extractRest(i, n, p1, p2, b, f.extractOwnFlags(i, n, b), false);
        expect(kb).toBe(ka);
        expect([...b.slice(0, kb)].sort()).toEqual([...a.slice(0, ka)].sort());
      }
    }
    const g = TEMPLATE_GROUPS;
    const ids = [...g.own, ...g.roles.flat(), ...g.tags, ...g.rest];
    expect(ids.sort((x, y) => x - y)).toEqual([...TEMPLATE_SPLIT.own, ...TEMPLATE_SPLIT.context].sort((x, y) => x - y));
    expect(g.roles).toEqual([[14, 18, 21], [15], [16, 19, 36, 20, 37, 23], [17, 24]]);
    expect(g.tags).toEqual([26, 27, 29]);
  });

  it('a role key does not depend on where its token stands (the first token as the next word of none)', () => {
    const f = new TaggerFeatures(null);
    const a = new Int32Array(MAX_FEATURES);
    const b = new Int32Array(MAX_FEATURES);
    f.prepare(split('Officials said so .'));
    const ka = f.extractRole(ROLE_NEXT, 0, a, 0); // "Officials" carries the first-in-sentence flag here
    f.prepare(split('The Officials said so .'));
    const kb = f.extractRole(ROLE_NEXT, 1, b, 0);
    expect([...a.slice(0, ka)]).toEqual([...b.slice(0, kb)]);
  });
});

describe('constrainedArgmax', () => {
  it('picks the best allowed tag, or the overall best when the word is unconstrained', () => {
    const scores = Int32Array.from([5, 9, 7, 1]);
    const allowed = Int32Array.from([0b0101, 0b1000]); // set 1: tags {0, 2}; set 2: tag {3}
    expect(constrainedArgmax(scores, 4, allowed, 0)).toBe(1);
    expect(constrainedArgmax(scores, 4, allowed, 1)).toBe(2);
    expect(constrainedArgmax(scores, 4, allowed, 2)).toBe(3);
  });
});

describe('perceptron training', () => {
  /** a hand-made tag set of four sentences, its tag dictionary and a fresh trainer */
  const tinyTagSet = () => {
    const tags = ['DET\tDT', 'NOUN\tNN', 'VERB\tVBD', 'PUNCT\t.'];
    const data: [string, number[]][] = [
      ['the dog barked .', [0, 1, 2, 3]],
      ['a cat slept .', [0, 1, 2, 3]],
      ['the bird sang .', [0, 1, 2, 3]],
      ['a dog sang .', [0, 1, 2, 3]],
    ];
    const sents: TrainSentence[] = data.map(([s, g]) => ({ forms: split(s), gold: Int32Array.from(g) }));
    const dict = buildTagDict(sents, tags.length, { minFreq: 1, minShare: 0.1, forceFreq: Infinity, forceShare: 1 });
    return { tags, sents, tr: new PerceptronTrainer(tags.length, dict, false), order: sents.map((_, i) => i) };
  };

  it('learns a tiny hand-made tag set through the runtime path', () => {
    const { tags, sents, tr, order } = tinyTagSet();
    for (let e = 0; e < 5; e++) tr.epoch(sents, order);
    const ex = tr.export(0);
    const tagger = new Tagger({ tags, useForced: false, scale: ex.scale }, ex.arrays);
    expect(tagger.tag(split('a bird barked .')).xpos).toEqual(['DT', 'NN', 'VBD', '.']);
    // the file stores the in-memory table: a tagger read back from it tags exactly alike
    const meta = { tags, useForced: false, scale: ex.scale };
    const copy = taggerFromModel(decodeModel(encodeModel(TAGGER_KIND, meta, { ...tagger.tables() }), TAGGER_KIND));
    for (const s of ['a bird barked .', 'the cat sang .', 'dog the . a', 'unseen words here']) expect(copy.tag(split(s))).toEqual(tagger.tag(split(s)));
    // the experiments' reference decoder (SparseTagger) tags exactly like the runtime tagger
    const sparse = new SparseTagger(ex.arrays, tags.length, false);
    for (const s of ['a bird barked .', 'the cat sang .', 'dog the . a', 'unseen words here']) {
      const ids = new Int32Array(split(s).length);
      sparse.tagIds(split(s), ids);
      expect([...ids].map((t) => tags[t]!.split('\t')[1])).toEqual(tagger.tag(split(s)).xpos);
    }
  });

  it('beam training (early update) learns the same set; a beam of one decodes like the greedy tagger', () => {
    const { tags, sents, tr, order } = tinyTagSet();
    let acc = 0;
    for (let e = 0; e < 5; e++) acc = tr.epochBeam(sents, order, 3);
    expect(acc).toBe(1);
    const ex = tr.export(0);
    const sparse = new SparseTagger(ex.arrays, tags.length, false);
    for (const s of ['a bird barked .', 'the cat sang .', 'dog the . a', 'unseen words here']) {
      const beam1 = new Int32Array(split(s).length);
      const greedy = new Int32Array(split(s).length);
      sparse.beamTagIds(split(s), beam1, 1);
      sparse.tagIds(split(s), greedy);
      expect([...beam1], s).toEqual([...greedy]);
    }
    const out = new Int32Array(4);
    sparse.beamTagIds(split('a bird barked .'), out, 3);
    expect([...out]).toEqual([0, 1, 2, 3]);
  });
});

describe('second-pass features', () => {
  const forms = split('they saw the old man run .');
  const keysFor = (first: number[], i: number) => {
    const f = new TaggerFeatures(null);
    f.prepare(forms);
    const out = new Int32Array(MAX_FEATURES);
    const k = extractFirstPass(f, i, forms.length, 3, Int32Array.from(first), out, f.extract(i, forms.length, 3, 2, out));
    return [...out.subarray(0, k)];
  };
  const base = [4, 2, 0, 1, 1, 2, 3];

  it('see the first pass tags of the word and the two to its right, nothing further', () => {
    const at = 3;
    const same = keysFor(base, at);
    expect(same.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(keysFor(base, at)).toEqual(same);
    for (const j of [at, at + 1, at + 2]) {
      const changed = base.slice();
      changed[j] = 9;
      expect(keysFor(changed, at), `first-pass tag at ${j}`).not.toEqual(same);
    }
    const far = base.slice();
    far[at + 3] = 9;
    const left = base.slice();
    left[at - 1] = 3; // the left context comes from this pass's own predictions (p1, p2)
    expect(keysFor(far, at)).toEqual(same);
    expect(keysFor(left, at)).toEqual(same);
  });
});

describe.skipIf(!defaultWordClusters())('word-cluster features', () => {
  const clusters = defaultWordClusters()!;
  const keysFor = (words: string, i: number, withClusters = true) => {
    const forms = split(words);
    const f = new TaggerFeatures(null, withClusters ? clusters : null);
    f.prepare(forms);
    const out = new Int32Array(MAX_FEATURES);
    return [...out.subarray(0, f.extract(i, forms.length, 3, 2, out))];
  };

  it('add keys only for a model trained with clusters, within MAX_FEATURES', () => {
    const plain = keysFor('the old man runs .', 2, false);
    const with_ = keysFor('the old man runs .', 2);
    expect(with_.length).toBeGreaterThan(plain.length);
    expect(with_.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(with_.slice(0, plain.length)).toEqual(plain); // the earlier templates are unchanged
  });

  it('give words of one cluster shared keys that words of other clusters lack', () => {
    // find two words GloVe puts in one 2048-cluster and one it does not
    const a = 'tuesday';
    const b = ['wednesday', 'thursday', 'friday', 'monday'].find((w) => clusters.clusterOf(w, 2048) === clusters.clusterOf(a, 2048))!;
    expect(b).toBeDefined();
    const ka = new Set(keysFor(`on ${a} morning`, 1));
    const kb = keysFor(`on ${b} morning`, 1);
    const kc = keysFor('on bananas morning', 1);
    const shared = (ks: number[]) => ks.filter((k) => ka.has(k)).length;
    expect(shared(kb)).toBeGreaterThan(shared(kc));
  });
});
