// The NER MLP second opinion: learns from word vectors what the perceptron cannot tell (an unseen
// word near seen town names is a place), is consulted only below the margin, round-trips through
// its model file, and refuses vectors it was not built on.
import { describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../core/errors.js';
import { decodeModel, encodeModel } from '../../nlp/model-io.js';
import { NER_MLP_KIND, adjustEmissions, emissionInputs, mlpSentence, nerMlpFromModel, topTwoMargin, type NerMlp, type WordVectors } from './ner-mlp.js';
import { trainNerMlp, type NerMlpExample } from './ner-mlp-train.js';
import { SentenceScratch } from './ner-features.js';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
// two directions in a 4-d space: town-like and person-like names; "Lodwar" and "Amara" are never trained on
const words = ['nairobi', 'kisumu', 'mombasa', 'lodwar', 'john', 'mary', 'peter', 'amara', 'in', 'met'];
const town = new Set(['nairobi', 'kisumu', 'mombasa', 'lodwar']);
const person = new Set(['john', 'mary', 'peter', 'amara']);
function toyVectors(clusterWords = words.length): WordVectors {
  return {
    dim: 4,
    clusterWords,
    rowOf: (f) => words.indexOf(f.toLowerCase()),
    vector(r, out) {
      const w = words[r]!;
      const s = town.has(w) ? 1 : person.has(w) ? -1 : 0;
      out.set([s, 0.3 * Math.sin(r + 1), 0.3 * Math.cos(r + 1), s === 0 ? 1 : 0.2 * s]);
    },
  };
}

/** emissions of a perceptron that cannot tell a name's type: B-PER just ahead of B-LOC on every name, O sure elsewhere (median margin 0.5) */
function undecided(forms: readonly string[]): Float32Array {
  const em = new Float32Array(forms.length * 7);
  forms.forEach((f, i) => {
    if (f[0] !== f[0]!.toLowerCase()) {
      em[i * 7 + 1] = 5;
      em[i * 7 + 5] = 4.5;
    } else em[i * 7] = 10;
  });
  return em;
}

const example = (forms: string[], gold: number[]): NerMlpExample => ({ s: mlpSentence(toyVectors(), forms, new Set(['in', 'met'])), em: undecided(forms), gold: Int32Array.from(gold) });

function toy(): NerMlp {
  const ex = [
    example(['John', 'met', 'Mary'], [1, 0, 1]),
    example(['Peter', 'in', 'Nairobi'], [1, 0, 5]),
    example(['Mary', 'in', 'Kisumu'], [1, 0, 5]),
    example(['John', 'in', 'Mombasa'], [1, 0, 5]),
  ];
  return trainNerMlp(ex, toyVectors(), { labels: LABELS, hidden: 8, sparseBits: 10, epochs: 60, lr: 0.05, decay: 0, seed: 3, trainMargin: 2, log: () => {} });
}

const best = (em: Float32Array, i: number) => {
  let b = 0;
  for (let l = 1; l < 7; l++) if (em[i * 7 + l]! > em[i * 7 + b]!) b = l;
  return LABELS[b];
};

describe('NER MLP second opinion', () => {
  it('a sentence\'s inputs built in reused arrays equal new ones (the positions within two of a consulted one only)', () => {
    const vectors = toyVectors();
    const vocab = new Set(['in', 'met']);
    const arrays = new SentenceScratch();
    const cases: Array<[string[], number[]]> = [
      [['Peter', 'met', 'Mary', 'in', 'Nairobi', 'on', 'Monday', 'with', 'John'], [0, 0, 1, 0, 0, 0, 0, 0, 1]],
      [['John', 'in', 'Mombasa'], [1, 0, 0]],
      [['a', 'b', 'c', 'd', 'e', 'f', 'g'], [0, 0, 0, 1, 0, 0, 0]],
    ];
    for (const [forms, need] of cases) {
      const want = mlpSentence(vectors, forms, vocab, Uint8Array.from(need));
      const got = mlpSentence(vectors, forms, vocab, Uint8Array.from(need), undefined, arrays);
      expect(got.n).toBe(want.n);
      expect(Array.from(got.rows)).toEqual(Array.from(want.rows));
      expect(Array.from(got.keys)).toEqual(Array.from(want.keys));
    }
  });

  it('types an unseen word by its vector where the perceptron is undecided', () => {
    const mlp = toy();
    const forms = ['Amara', 'in', 'Lodwar'];
    const em = undecided(forms);
    expect(adjustEmissions(mlp, forms, new Set(['in']), em, 2, 1)).toBe(2);
    expect(best(em, 0)).toBe('B-PER');
    expect(best(em, 2)).toBe('B-LOC');
  });

  it('leaves tokens the perceptron is sure of untouched', () => {
    const mlp = toy();
    const forms = ['Amara', 'in', 'Lodwar'];
    const em = undecided(forms);
    const before = em.slice();
    // margin 0: nothing is below it
    expect(adjustEmissions(mlp, forms, new Set(['in']), em, 0, 1)).toBe(0);
    expect([...em]).toEqual([...before]);
    // "in" (margin 10, 20 median margins) is not consulted at margin 2; the names (1 median margin) are
    expect(adjustEmissions(mlp, forms, new Set(['in']), em, 2, 1)).toBe(2);
    expect([...em.slice(7, 14)]).toEqual([...before.slice(7, 14)]);
  });

  it('reads emissions relative to the best label, floored', () => {
    const em = Float32Array.from([0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const out = new Float32Array(21);
    emissionInputs(em, 0, 2, 7, 5, out);
    // position -1 is outside the sentence: zeros; position 0: best label 2 above the rest (after centring)
    expect([...out.slice(0, 7)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(out[7 + 1]! - out[7]!).toBeCloseTo(2);
    expect(topTwoMargin(em, 0, 7)).toBe(10);
  });

  it('round-trips through its model file and refuses other vectors', () => {
    const mlp = toy();
    const file = decodeModel(encodeModel(NER_MLP_KIND, mlp.meta, { ...mlp.arrays() }), NER_MLP_KIND);
    const copy = nerMlpFromModel(file, toyVectors());
    const forms = ['Amara', 'in', 'Lodwar'];
    const a = undecided(forms);
    const b = undecided(forms);
    adjustEmissions(mlp, forms, new Set(['in']), a, 2, 1);
    adjustEmissions(copy, forms, new Set(['in']), b, 2, 1);
    expect(best(a, 2)).toBe('B-LOC');
    expect([...b]).toEqual([...a]);
    let err: unknown;
    try {
      nerMlpFromModel(file, toyVectors(3));
    } catch (e) {
      err = e;
    }
    expect(isNewsgraphError(err) && err.code).toBe('E021');
    expect(String((err as Error).message)).toMatch(/word vectors of 10 words/);
  });
});
