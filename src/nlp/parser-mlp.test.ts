import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from './model-io.js';
import { ParserModel, type ParserHeader } from './parser-model.js';
import { PARSER_MLP_KIND, ParserMlp, parserMlpFromModel, type ParserMlpVectors } from './parser-mlp.js';
import { trainParserMlp, type ParserMlpTrainSentence } from './parser-mlp-train.js';
import { LEFT, N_TRANSITIONS, ParseState, SHIFT } from './parser-state.js';

// noun-like and verb-like words in a 4-d space; "bird" and "sang" never occur in training
const words = ['dog', 'cat', 'cow', 'barked', 'slept', 'ran', 'bird', 'sang', 'the'];
const kind = (w: string) => (['dog', 'cat', 'cow', 'bird'].includes(w) ? 1 : w === 'the' ? 0 : -1);
const vectors: ParserMlpVectors = {
  dim: 4,
  vocab: words.length,
  clusterWords: words.length,
  rowOf: (f) => words.indexOf(f.toLowerCase()),
  vector(r, out) {
    const k = kind(words[r]!);
    out.set([k === 1 ? 1 : 0, k === -1 ? 1 : 0, k === 0 ? 1 : 0, 0.1 * r]);
  },
};

/** A parser whose perceptron has learned nothing (every transition ties), greedy or with a beam. */
function blankParser(beam: number): ParserModel {
  const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels: ['det', 'nsubj', 'root'], xpos: ['X'], upos: ['X'], transBits: 4, labelBits: 4, ...(beam > 1 ? { beam } : {}), info: {} };
  return new ParserModel(header, { trans: new Int8Array(16 * N_TRANSITIONS), lab: new Int8Array(16 * 3) });
}

// every word carries the same tag: only the word vectors tell determiner, noun and verb apart
const sent = (f: string[]): ParserMlpTrainSentence => ({ forms: f, upos: f.map(() => 'X'), xpos: f.map(() => 'X'), heads: [2, 3, 0], labels: ['det', 'nsubj', 'root'] });
const train = [['the', 'dog', 'barked'], ['the', 'cat', 'slept'], ['the', 'cow', 'ran'], ['the', 'dog', 'ran'], ['the', 'cow', 'slept']].map(sent);

function trained(hidden = 8): ParserMlp {
  let mlp: ParserMlp | null = null;
  trainParserMlp(train, blankParser(1), vectors, { seed: 3, hidden, sparseBits: 10, lr: 0.05, decay: 0, sample: 1, log: () => {} }, 60, (_e, m) => {
    mlp = m;
    return true;
  });
  return mlp!;
}

function heads(p: ParserModel, forms: string[]): number[] {
  const h = new Int32Array(forms.length);
  const l = new Int32Array(forms.length);
  p.parseInput(p.prepare(forms, forms.map(() => 'X'), forms.map(() => 'X')), h, l);
  return [...h];
}

describe('parser MLP second opinion', () => {
  it('decides ties of the perceptron by the word vectors, for words never seen in training (greedy and beam)', () => {
    const mlp = trained();
    for (const beam of [1, 3]) {
      const p = blankParser(beam);
      const alone = heads(p, ['the', 'bird', 'sang']);
      expect(alone).not.toEqual([2, 3, 0]);
      p.setMlp(mlp, 1, 10);
      mlp.calls = 0;
      expect(heads(p, ['the', 'bird', 'sang'])).toEqual([2, 3, 0]);
      expect(mlp.calls).toBeGreaterThan(0);
    }
  });

  it('is not consulted when the perceptron is sure (margin 0: the perceptron alone)', () => {
    const mlp = trained();
    const p = blankParser(3);
    const alone = heads(p, ['the', 'bird', 'sang']);
    p.setMlp(mlp, 0, 10);
    mlp.calls = 0;
    expect(heads(p, ['the', 'bird', 'sang'])).toEqual(alone);
    expect(mlp.calls).toBe(0);
  });

  it('reads back from its model file and parses alike; a file that does not fit is a coded error', () => {
    const mlp = trained();
    const copy = parserMlpFromModel(decodeModel(encodeModel(PARSER_MLP_KIND, { ...mlp.meta, margin: 1, weight: 10 }, { ...mlp.arrays() }), PARSER_MLP_KIND), vectors);
    const p = blankParser(1);
    p.setMlp(copy);
    expect(heads(p, ['the', 'bird', 'sang'])).toEqual([2, 3, 0]);
    const bad = decodeModel(encodeModel(PARSER_MLP_KIND, { ...mlp.meta, hidden: 9 }, { ...mlp.arrays() }), PARSER_MLP_KIND);
    expect(() => parserMlpFromModel(bad, vectors)).toThrow(/array sizes/);
    expect(() => parserMlpFromModel(decodeModel(encodeModel(PARSER_MLP_KIND, mlp.meta, { ...mlp.arrays() }), PARSER_MLP_KIND), { ...vectors, clusterWords: 2 })).toThrow(/E021|vectors have/);
  });

  it('sums the sparse rows in WebAssembly SIMD (hidden 64) to exactly the JS loop\'s log-probabilities', () => {
    const simd = trained(64);
    expect(simd.simdSums).toBe(true);
    const js = new ParserMlp(simd.meta, simd.arrays(), vectors, false);
    expect(js.simdSums).toBe(false);
    const p = blankParser(1);
    const x = p.prepare(['the', 'bird', 'sang'], ['X', 'X', 'X'], ['X', 'X', 'X']);
    const st = new ParseState();
    st.reset(3);
    const a = new Float64Array(N_TRANSITIONS);
    const b = new Float64Array(N_TRANSITIONS);
    for (const t of [SHIFT, SHIFT, LEFT, SHIFT]) {
      simd.prepare(['the', 'bird', 'sang']);
      js.prepare(['the', 'bird', 'sang']);
      simd.logProbs(st, x, a);
      js.logProbs(st, x, b);
      expect([...a]).toEqual([...b]);
      st.apply(t, 0);
    }
    // a wrong bias (rows not re-centred) would shift every hidden unit: the distributions are not flat
    expect(Math.max(...a) - Math.min(...a)).toBeGreaterThan(0.01);
  });
});
