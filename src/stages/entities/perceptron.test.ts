import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../nlp/random.js';
import { PerceptronTrainer, bioAllowed, constrainedPath, emissions, scaledEmissions, scaledWeights, unscaledWeights, viterbi, withoutWholeSpanNames, type PerceptronModel } from './perceptron.js';

const LABELS7 = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

function randomModel(labels: readonly string[], bits: number, seed: number): PerceptronModel {
  const r = mulberry32(seed);
  const L = labels.length;
  return { labels, bits, weights: Float32Array.from({ length: (1 << bits) * L }, () => r() - 0.5), trans: new Float32Array((L + 1) * L) };
}

describe('perceptron', () => {
  it('emission scores are the sums of the weights of each token\'s non-empty slots (seven-label fast path and general path)', () => {
    for (const labels of [LABELS7, ['O', 'B-X', 'I-X']]) {
      const m = randomModel(labels, 8, 3);
      const K = 5;
      const feats = Uint32Array.from([1, 0, 77, 300, 9, 0, 0, 0, 0, 0, 5, 5, 6, 7, 1 << 20]);
      const em = emissions(m, feats, K);
      const L = labels.length;
      const mask = (1 << m.bits) - 1;
      for (let i = 0; i < 3; i++) {
        for (let l = 0; l < L; l++) {
          let want = 0;
          for (let k = i * K; k < i * K + K; k++) if (feats[k]) want += m.weights[(feats[k]! & mask) * L + l]!;
          expect(em[i * L + l]).toBeCloseTo(want, 5);
        }
      }
      expect(Array.from(em.subarray(L, 2 * L)).every((x) => x === 0)).toBe(true); // a token with no features scores 0
    }
  });

  it('emissions and the Viterbi path written into given arrays equal new ones, whatever the arrays held', () => {
    for (const labels of [LABELS7, ['O', 'B-X', 'I-X']]) {
      const m = randomModel(labels, 8, 5);
      const L = labels.length;
      const feats = Uint32Array.from([1, 0, 77, 300, 9, 0, 0, 0, 0, 0, 5, 5, 6, 7, 1 << 20]);
      const into = new Float32Array(3 * L).fill(123);
      expect(Array.from(emissions(m, feats, 5, undefined, into))).toEqual(Array.from(emissions(m, feats, 5)));
      const allowed = bioAllowed(labels);
      const em = emissions(m, feats, 5);
      expect(Array.from(viterbi(m, em, 3, allowed, new Int32Array(3).fill(6)))).toEqual(Array.from(viterbi(m, em, 3, allowed)));
      expect(() => emissions(m, feats, 5, undefined, new Float32Array(3 * L + 1))).toThrow(/expected an output/);
    }
  });

  it('emissions over the int16 table of weights in 1/16 steps are the float emissions to the last bit, with and without word sums to start from', () => {
    for (const labels of [LABELS7, ['O', 'B-X', 'I-X']]) {
      const r = mulberry32(9);
      const L = labels.length;
      const bits = 8;
      // saved models' weights: multiples of 1/16, up to the size of the shipped model's largest (about 95)
      const weights = Float32Array.from({ length: (1 << bits) * L }, () => Math.round((r() - 0.5) * 3200) / 16 || 0);
      const m: PerceptronModel = { labels, bits, weights, trans: new Float32Array((L + 1) * L) };
      const scaled = scaledWeights(weights)!;
      expect(scaled).not.toBeNull();
      expect(Array.from(unscaledWeights(scaled))).toEqual(Array.from(weights));
      const feats = Uint32Array.from({ length: 40 * 12 }, () => (r() < 0.2 ? 0 : Math.floor(r() * 2 ** 32)));
      const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      expect(bytes(scaledEmissions(m, scaled, feats, 12)).equals(bytes(emissions(m, feats, 12)))).toBe(true);
      // a start in each table's units: the float sums, and the same × 16
      const start = Float64Array.from({ length: 40 * L }, () => Math.round((r() - 0.5) * 8000) / 16);
      const start16 = start.map((x) => x * 16);
      expect(bytes(scaledEmissions(m, scaled, feats, 12, start16, new Float32Array(40 * L).fill(7))).equals(bytes(emissions(m, feats, 12, start)))).toBe(true);
    }
  });

  it('has no int16 table for weights off the 1/16 steps, out of its range, or holding a negative zero', () => {
    expect(scaledWeights(Float32Array.from([0.5, 0.1]))).toBeNull();
    expect(scaledWeights(Float32Array.from([0.5, 4096]))).toBeNull();
    expect(scaledWeights(Float32Array.from([0.5, -0]))).toBeNull();
    expect(Array.from(scaledWeights(Float32Array.from([0.5, -2047.9375, 0]))!)).toEqual([8, -32767, 0]);
  });

  it('learns a separable toy task and decodes only well-formed BIO sequences', () => {
    const t = new PerceptronTrainer(LABELS7, 10, { 'B-ORG': 2, 'I-ORG': 2 });
    const K = 1;
    // word id as the only feature: 11 → B-PER, 12 → I-PER, 13 → B-ORG, others O
    const gold = (w: number) => (w === 11 ? 1 : w === 12 ? 2 : w === 13 ? 3 : 0);
    const sents = [[10, 11, 12, 10], [13, 10, 11], [11, 12, 13, 10]].map((s) => ({ feats: Uint32Array.from(s), gold: Int32Array.from(s.map(gold)) }));
    for (let ep = 0; ep < 5; ep++) for (const s of sents) t.train(s.feats, K, s.gold);
    const m = t.finish();
    const allowed = bioAllowed(LABELS7);
    for (const s of sents) expect(Array.from(viterbi(m, emissions(m, s.feats, K), s.gold.length, allowed))).toEqual(Array.from(s.gold));
    // "I-PER" alone (word 12 without 11 before it) is never output
    const out = viterbi(m, emissions(m, Uint32Array.from([10, 12]), K), 2, allowed);
    expect(out[1] === 2 && out[0] !== 1 && out[0] !== 2).toBe(false);
  });

  it('an unknown gold label (-1) is neither taught as outside nor as a name: only the known labels are', () => {
    const K = 1;
    const allowed = bioAllowed(LABELS7);
    const t = new PerceptronTrainer(LABELS7, 10);
    // word 20 learnt as a place
    for (let ep = 0; ep < 3; ep++) t.train(Uint32Array.from([10, 20, 10]), K, Int32Array.from([0, 5, 0]));
    const word20 = () => Array.from(t.model.weights.subarray(20 * 7, 21 * 7));
    const before = word20();
    // inside an unlabelled span ("2010 [United Kingdom] general election" in CrossNER) the model's
    // own reading is the target: word 20's weights stay, where a trainer taking -1 as outside would
    // unteach the place
    t.train(Uint32Array.from([20, 21, 10]), K, Int32Array.from([-1, -1, 0]));
    expect(word20()).toEqual(before);
    // the target path agrees with every known label and is free where the label is unknown
    const m = t.finish();
    const em = emissions(m, Uint32Array.from([20, 21, 10]), K);
    expect(viterbi(m, em, 3, allowed)[0]).toBe(5);
    expect(Array.from(constrainedPath(m, em, Int32Array.from([-1, 3, -1]), allowed)).slice(0, 2)).toEqual([5, 3]);
  });

  it('a target name covering exactly an unlabelled span is put back to outside; a name strictly inside it stays', () => {
    // labels O B-PER I-PER B-ORG I-ORG B-LOC I-LOC; span [1, 3) is the corpus's book or product
    const whole = Int32Array.from([0, 3, 4, 0]);
    expect(Array.from(withoutWholeSpanNames(whole, [{ from: 1, to: 3 }], LABELS7))).toEqual([0, 0, 0, 0]);
    // "2010 [United Kingdom] general election": the place inside the span is kept
    const nested = Int32Array.from([0, 5, 6, 0, 0]);
    expect(Array.from(withoutWholeSpanNames(nested, [{ from: 0, to: 5 }], LABELS7))).toEqual([0, 5, 6, 0, 0]);
    // a name starting at the span but running past it is not the span
    const longer = Int32Array.from([3, 4, 4]);
    expect(Array.from(withoutWholeSpanNames(longer, [{ from: 0, to: 2 }], LABELS7))).toEqual([3, 4, 4]);
    // a name ending at the span's end but starting inside it is nested
    const tail = Int32Array.from([0, 5, 6]);
    expect(Array.from(withoutWholeSpanNames(tail, [{ from: 0, to: 3 }], LABELS7))).toEqual([0, 5, 6]);
  });

  it('the trainer does not teach a whole unlabelled span as a name when told not to', () => {
    const K = 1;
    const t = new PerceptronTrainer(LABELS7, 10);
    // words 30 31 learnt as an organisation
    for (let ep = 0; ep < 3; ep++) t.train(Uint32Array.from([30, 31, 10]), K, Int32Array.from([3, 4, 0]));
    const word30 = () => Array.from(t.model.weights.subarray(30 * 7, 31 * 7));
    const before = word30();
    // unknown without the whole-span rule: the model's own reading (an organisation) is the target, no update
    t.train(Uint32Array.from([30, 31, 10]), K, Int32Array.from([-1, -1, 0]));
    expect(word30()).toEqual(before);
    // with it the corpus's "not one of ours as a whole" is taught: the organisation weight goes down
    t.train(Uint32Array.from([30, 31, 10]), K, Int32Array.from([-1, -1, 0]), [{ from: 0, to: 2 }]);
    expect(word30()[3]!).toBeLessThan(before[3]!);
  });
});
