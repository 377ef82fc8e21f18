import { describe, expect, it } from 'vitest';
import { labelFeatures, MAX_FEATURES, mix, transitionFeatures } from './parser-features.js';
import { ParserModel, type ParserHeader } from './parser-model.js';
import { mulberry32 } from './random.js';
import { LEFT, N_TRANSITIONS, ParseState, SHIFT } from './parser-state.js';

// The model scores with packed (SWAR) copies of its int8 tables; these tests compare them with a
// plain int8 sum over random weights, including the extremes ±127 and the most features per state.
// The int8 weights each random model was built from (the model itself keeps only the packed layout).
const weightsOf = new WeakMap<ParserModel, { trans: Int8Array; lab: Int8Array }>();

function randomModel(seed: number, nLabels: number): ParserModel {
  const r = mulberry32(seed);
  const labels = Array.from({ length: nLabels }, (_, i) => (i === 3 ? 'root' : `l${i}`));
  const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels, xpos: ['NN', 'VB'], upos: ['NOUN', 'VERB'], transBits: 6, labelBits: 5, info: {} };
  const w8 = (n: number) => Int8Array.from({ length: n }, () => (r() < 0.2 ? (r() < 0.5 ? 127 : -127) : Math.floor(r() * 255) - 127));
  const weights = { trans: w8((1 << 6) * N_TRANSITIONS), lab: w8((1 << 5) * nLabels) };
  const m = new ParserModel(header, weights);
  weightsOf.set(m, weights);
  return m;
}

describe('parser model scoring', () => {
  it('transition scores equal the plain int8 sums', () => {
    const m = randomModel(7, 51);
    const { trans } = weightsOf.get(m)!;
    expect(m.trans).toEqual(trans); // the packed layout unpacks to the weights it was built from
    const r = mulberry32(3);
    const out = new Float64Array(N_TRANSITIONS);
    for (const nf of [1, 20, 115, MAX_FEATURES]) {
      const feats = Int32Array.from({ length: nf }, () => Math.floor(r() * 2 ** 31) | 0);
      m.scoreTransitions(feats, nf, out);
      for (let t = 0; t < N_TRANSITIONS; t++) {
        let s = 0;
        for (let i = 0; i < nf; i++) s += trans[(feats[i]! & m.transMask) * N_TRANSITIONS + t]!;
        expect(out[t]).toBe(s);
      }
    }
  });

  it('picks the same label as a plain int8 argmax (never root, first best wins)', () => {
    for (const L of [5, 51, 70]) {
      const m = randomModel(L, L);
      const { lab } = weightsOf.get(m)!;
      expect(m.lab).toEqual(lab);
      const p = m.prepare(['a', 'b', 'c', 'd'], ['NOUN', 'VERB', 'NOUN', 'NOUN'], ['NN', 'VB', 'NN', 'NN']);
      const st = new ParseState();
      st.reset(p.n);
      st.apply(SHIFT, -1);
      st.apply(SHIFT, -1);
      st.apply(LEFT, 0);
      st.apply(SHIFT, -1);
      const feats = new Int32Array(MAX_FEATURES);
      for (const [h, d] of [[3, 2], [2, 4], [4, 1]] as const) {
        const nf = labelFeatures(st, p, h, d, feats);
        let best = -1;
        let bs = 0;
        for (let l = 0; l < L; l++) {
          if (l === m.rootLabel) continue;
          let s = 0;
          for (let i = 0; i < nf; i++) s += lab[(feats[i]! & m.labelMask) * L + l]!;
          if (best < 0 || s > bs) {
            best = l;
            bs = s;
          }
        }
        expect(m.bestLabel(st, p, h, d)).toBe(best);
      }
    }
  });
});

describe('parser model file', () => {
  it('stores the scoring layout: a model read back scores exactly alike, and a foreign or damaged file is E021', () => {
    const m = randomModel(5, 51);
    const copy = ParserModel.fromBuffer(m.toBuffer());
    expect(copy.trans).toEqual(weightsOf.get(m)!.trans);
    expect(copy.lab).toEqual(weightsOf.get(m)!.lab);
    const bytes = m.toBuffer();
    bytes[bytes.length - 1]! ^= 1;
    expect(() => ParserModel.fromBuffer(bytes)).toThrow(/E021|checksum/);
  });
});

describe('parser feature templates', () => {
  it('hash each template over the values of its own slots', () => {
    const m = randomModel(11, 51);
    const x = m.prepare(['Courts', 'fined', 'the', 'bank', '.'], ['NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], ['NNS', 'VBD', 'DT', 'NN', '.']);
    x.useClasses = true;
    const st = new ParseState();
    st.reset(x.n);
    st.apply(SHIFT, -1); // stack ROOT Courts | fined the …
    const out = new Int32Array(MAX_FEATURES);
    const nf = transitionFeatures(st, x, out);
    expect(nf).toBe(115);
    const s0 = 1;
    const b0 = 2;
    expect(out[0]).toBe(mix(0, 1, 0, 0));
    expect(out[1]).toBe(mix(1, x.w[s0]!, x.p[s0]!, 0));
    expect(out[20]).toBe(mix(20, x.w[s0]!, x.p[s0]!, mix(0, x.w[b0]!, x.p[b0]!, 0)));
    expect(out[35]).toBe(mix(35, x.p[b0]!, x.p[3]!, x.p[4]!));
    expect(out[48]).toBe(mix(48, x.w[s0]!, 1, 0)); // distance s0–b0
    expect(out[114]).toBe(mix(114, x.p[s0]!, x.ac[b0]!, x.p[b0]!));
    x.useClasses = false;
    expect(transitionFeatures(st, x, out)).toBe(107);
    const ln = labelFeatures(st, x, 2, 1, out); // fined → Courts
    expect(ln).toBe(33);
    expect(out[1]).toBe(mix(201, x.w[1]!, x.p[1]!, 0));
    expect(out[6]).toBe(mix(206, x.p[2]!, x.p[1]!, 1));
  });
});
