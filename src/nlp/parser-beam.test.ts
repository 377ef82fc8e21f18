import { describe, expect, it } from 'vitest';
import { BeamSearch } from './parser-beam.js';
import { MAX_BEAM_WORDS, ParserModel, type ParserHeader } from './parser-model.js';
import { BEAM_MARGINS, trainParserModel, type TrainSentence } from './parser-train.js';
import { mulberry32 } from './random.js';
import { LEFT, N_TRANSITIONS, ParseState, RIGHT, SHIFT } from './parser-state.js';

function randomModel(seed: number, beam?: number): ParserModel {
  const r = mulberry32(seed);
  const labels = ['l0', 'l1', 'root', 'l3', 'l4'];
  const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels, xpos: ['NN', 'VB', 'DT'], upos: ['NOUN', 'VERB', 'DET'], transBits: 8, labelBits: 6, info: {}, ...(beam ? { beam } : {}) };
  const w8 = (n: number) => Int8Array.from({ length: n }, () => Math.floor(r() * 255) - 127);
  return new ParserModel(header, { trans: w8((1 << 8) * N_TRANSITIONS), lab: w8((1 << 6) * labels.length) });
}

function randomSentence(r: () => number, n: number): { forms: string[]; upos: string[]; xpos: string[] } {
  const tags = [['NOUN', 'NN'], ['VERB', 'VB'], ['DET', 'DT']] as const;
  const forms: string[] = [];
  const upos: string[] = [];
  const xpos: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = tags[Math.floor(r() * 3)]!;
    forms.push(`w${Math.floor(r() * 20)}`);
    upos.push(t[0]);
    xpos.push(t[1]);
  }
  return { forms, upos, xpos };
}

function isTree(heads: Int32Array, n: number): boolean {
  let roots = 0;
  for (let i = 1; i <= n; i++) {
    if (heads[i - 1] === 0) roots++;
    // every word reaches ROOT without a cycle
    let x = i;
    for (let steps = 0; x !== 0; steps++) {
      if (steps > n) return false;
      x = heads[x - 1]!;
    }
  }
  return roots === 1;
}

describe('parser beam search', () => {
  it('with width 1 is exactly the greedy parser', () => {
    const m = randomModel(1);
    const r = mulberry32(9);
    const beam = new BeamSearch(1);
    for (let k = 0; k < 40; k++) {
      const s = randomSentence(r, 1 + Math.floor(r() * 25));
      const x = m.prepare(s.forms, s.upos, s.xpos);
      const gh = new Int32Array(64);
      const gl = new Int32Array(64);
      m.parseInput(x, gh, gl);
      const bh = new Int32Array(64);
      const bl = new Int32Array(64);
      beam.decode(m, x, bh, bl);
      expect([...bh.subarray(0, x.n)]).toEqual([...gh.subarray(0, x.n)]);
      expect([...bl.subarray(0, x.n)]).toEqual([...gl.subarray(0, x.n)]);
    }
  });

  it('always returns a single-rooted tree with root labelled root', () => {
    const m = randomModel(2, 4);
    const r = mulberry32(5);
    for (let k = 0; k < 40; k++) {
      const s = randomSentence(r, 1 + Math.floor(r() * 30));
      const heads = new Int32Array(64);
      const labels = new Int32Array(64);
      const x = m.prepare(s.forms, s.upos, s.xpos);
      m.parseInput(x, heads, labels);
      expect(isTree(heads, x.n)).toBe(true);
      for (let i = 0; i < x.n; i++) expect(labels[i] === m.rootLabel).toBe(heads[i] === 0);
    }
  });

  it('a beam wide enough to keep every sequence finds one scoring at least the greedy one', () => {
    const m = randomModel(3);
    const r = mulberry32(6);
    let better = 0;
    for (let k = 0; k < 30; k++) {
      const s = randomSentence(r, 2 + Math.floor(r() * 2));
      const x = m.prepare(s.forms, s.upos, s.xpos);
      const wide = new BeamSearch(3 ** 6); // n ≤ 3: at most 3^6 sequences, nothing is pruned
      const narrow = new BeamSearch(1);
      wide.start(x.n);
      narrow.start(x.n);
      for (let j = 0; j < 2 * x.n; j++) {
        wide.step(m, x);
        narrow.step(m, x);
      }
      expect(wide.score(0)).toBeGreaterThanOrEqual(narrow.score(0));
      if (wide.score(0) > narrow.score(0)) better++;
    }
    expect(better).toBeGreaterThan(0); // the search does find better sequences than greedy
  });

  it('pruning by a margin shrinks the beam; margin 0 keeps only the best successor, as greedy does', () => {
    const m = randomModel(4);
    const r = mulberry32(8);
    const sizes = (margin: number, x: ReturnType<ParserModel['prepare']>) => {
      const b = new BeamSearch(4, margin);
      b.start(x.n);
      let items = 0;
      for (let j = 0; j < 2 * x.n; j++) {
        b.step(m, x);
        items += b.size;
      }
      return { items, heads: [...b.state(0).head.subarray(1, x.n + 1)] };
    };
    let narrower = 0;
    for (let k = 0; k < 30; k++) {
      const s = randomSentence(r, 3 + Math.floor(r() * 20));
      const x = m.prepare(s.forms, s.upos, s.xpos);
      const gh = new Int32Array(64);
      const gl = new Int32Array(64);
      m.parseInput(x, gh, gl);
      const full = sizes(Infinity, x);
      const some = sizes(300, x);
      const none = sizes(0, x);
      expect(some.items).toBeLessThanOrEqual(full.items);
      if (some.items < full.items) narrower++;
      expect(none.items).toBe(2 * x.n);
      expect(none.heads).toEqual([...gh.subarray(0, x.n)]);
    }
    expect(narrower).toBeGreaterThan(0);
  });

  it('parses sentences longer than MAX_BEAM_WORDS greedily (bounded cost per word)', () => {
    const beamModel = randomModel(6, 4);
    const greedy = randomModel(6);
    const r = mulberry32(10);
    const s = randomSentence(r, MAX_BEAM_WORDS + 1);
    const a = new Int32Array(MAX_BEAM_WORDS + 1);
    const b = new Int32Array(MAX_BEAM_WORDS + 1);
    const la = new Int32Array(MAX_BEAM_WORDS + 1);
    const lb = new Int32Array(MAX_BEAM_WORDS + 1);
    beamModel.parseInput(beamModel.prepare(s.forms, s.upos, s.xpos), a, la);
    greedy.parseInput(greedy.prepare(s.forms, s.upos, s.xpos), b, lb);
    expect([...a]).toEqual([...b]);
    expect([...la]).toEqual([...lb]);
  });

  it('copies a state into a pooled one that held a longer or a later state', () => {
    const a = new ParseState();
    const b = new ParseState();
    b.reset(6);
    for (const t of [SHIFT, SHIFT, LEFT, SHIFT, SHIFT, SHIFT, LEFT, SHIFT]) b.apply(t, t === SHIFT ? -1 : 1);
    a.reset(6);
    a.apply(SHIFT, -1);
    b.copyFrom(a); // b was further on: what it had past a's buffer front is undone
    const fresh = new ParseState();
    fresh.reset(6);
    fresh.apply(SHIFT, -1);
    for (const f of ['head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nLeft', 'nRight', 'lsetLo', 'rsetLo', 'inStack'] as const) {
      expect([...b[f].subarray(0, 7)]).toEqual([...fresh[f].subarray(0, 7)]);
    }
    expect([b.sp, b.b, b.s(0)]).toEqual([fresh.sp, fresh.b, fresh.s(0)]);
    b.apply(SHIFT, -1);
    b.apply(RIGHT, 2);
    expect(b.head[2]).toBe(1);
  });

  it('the static oracle reaches the (projectivised) gold tree', () => {
    // The cat sat on the mat . — heads 2 3 0 6 6 3 3
    const gh = Int32Array.from([0, 2, 3, 0, 6, 6, 3, 3]);
    const st = new ParseState();
    st.reset(7);
    while (!st.isTerminal()) st.apply(st.goldTransition(gh), 0);
    expect([...st.head.subarray(1, 8)]).toEqual([...gh.subarray(1)]);
  });

  it('global training learns a toy grammar (determiner → noun → verb → root)', () => {
    const r = mulberry32(4);
    // "the nX vY the nZ": heads 2 3 0 5 3
    const make = (): TrainSentence => ({
      forms: ['the', `n${Math.floor(r() * 5)}`, `v${Math.floor(r() * 5)}`, 'the', `n${Math.floor(r() * 5)}`],
      upos: ['DET', 'NOUN', 'VERB', 'DET', 'NOUN'],
      xpos: ['DT', 'NN', 'VB', 'DT', 'NN'],
      heads: [2, 3, 0, 5, 3],
      labels: ['det', 'nsubj', 'root', 'det', 'obj'],
    });
    const train = Array.from({ length: 60 }, make);
    const dev = Array.from({ length: 20 }, make);
    const { model, report } = trainParserModel(train, { seed: 1, epochs: 4, beam: 3, transBits: 12, labelBits: 10, pruneTolerance: 0.05, dev: [{ name: 'dev', sentences: dev }] });
    expect(model.header.beam).toBe(3);
    expect(model.beamWidth).toBe(3);
    // pruning costs nothing on this dev set: the narrowest margin is kept, in the header and in use
    expect(model.header.beamMargin).toBe(BEAM_MARGINS[BEAM_MARGINS.length - 1]);
    expect(model.beamMargin).toBe(model.header.beamMargin);
    expect(report.pruning).toBeDefined();
    const heads = new Int32Array(16);
    const labels = new Int32Array(16);
    let right = 0;
    let total = 0;
    for (const s of dev) {
      model.parseInput(model.prepare(s.forms, s.upos, s.xpos), heads, labels);
      s.heads.forEach((h, i) => {
        total++;
        if (heads[i] === h && model.header.labels[labels[i]!] === s.labels[i]) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.95);
  });
});
