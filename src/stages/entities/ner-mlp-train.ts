// Training of the NER MLP second opinion (ner-mlp.ts) by plain SGD on the tokens the perceptron is
// unsure about (its jackknifed emissions' top-two margin below `trainMargin` × emScale: the only
// tokens the MLP is consulted on at run time). Used by scripts/train-ner.ts.
import { addRowVectors, addSparseRows, epochLearningRate, glorotWeights, quantiseSparse, SoftmaxSgd, subtractRowVectors, subtractSparseRows, uniformWeights } from '../../nlp/mlp-sgd.js';
import { mulberry32, shuffleInPlace } from '../../nlp/random.js';
import { EM_WIN, NER_MLP_WINDOW, NerMlp, emissionInputs, SPARSE_KEYS, topTwoMargin, type NerMlpMeta, type NerMlpSentence, type WordVectors } from './ner-mlp.js';

export interface NerMlpExample {
  readonly s: NerMlpSentence;
  /** the perceptron's emissions for the sentence from a model that did not train on it */
  readonly em: Float32Array;
  readonly gold: Int32Array;
}

export interface NerMlpTrainOptions {
  readonly labels: readonly string[];
  readonly hidden: number;
  readonly sparseBits: number;
  readonly epochs: number;
  readonly lr: number;
  readonly decay: number;
  readonly seed: number;
  /** train on tokens whose emission margin is below trainMargin × emScale */
  readonly trainMargin: number;
  readonly log: (line: string) => void;
}

const WIN = NER_MLP_WINDOW.length;

/** The median gap between a token's best and second-best emission (the MLP's unit of emissions). */
export function emissionScale(examples: readonly NerMlpExample[], L: number): number {
  const gaps: number[] = [];
  for (const e of examples) for (let i = 0; i < e.s.n; i++) gaps.push(topTwoMargin(e.em, i, L));
  gaps.sort((a, b) => a - b);
  return Math.max(gaps[gaps.length >> 1] ?? 1, 1e-6);
}

export function trainNerMlp(examples: readonly NerMlpExample[], vectors: WordVectors, o: NerMlpTrainOptions): NerMlp {
  const L = o.labels.length;
  const H = o.hidden;
  const dim = vectors.dim;
  const emScale = emissionScale(examples, L);
  // the positions trained on: (example, token)
  const picks: number[] = [];
  for (let e = 0; e < examples.length; e++) {
    const ex = examples[e]!;
    // a word of unknown label (-1: inside a corpus's unlabelled span) teaches nothing
    for (let i = 0; i < ex.s.n; i++) if (ex.gold[i]! >= 0 && topTwoMargin(ex.em, i, L) < o.trainMargin * emScale) picks.push(e, i);
  }
  const count = picks.length / 2;
  const total = examples.reduce((a, e) => a + e.s.n, 0);
  o.log(`ner-mlp: ${count} of ${total} tokens below the margin (${((100 * count) / total).toFixed(1)}%), emission scale ${emScale.toFixed(3)}`);

  const rand = mulberry32(o.seed);
  const nIn = WIN * dim;
  const w1 = glorotWeights(rand, nIn, H);
  const we = glorotWeights(rand, EM_WIN * L, H);
  const b1 = new Float32Array(H).fill(0.01);
  const sp = uniformWeights(rand, (1 << o.sparseBits) * H, 0.01);
  const w2 = glorotWeights(rand, H, L);
  const b2 = new Float32Array(L);
  const mask = (1 << o.sparseBits) - 1;
  const net = new SoftmaxSgd(b1, w2, b2);

  // the window's vectors of a token, gathered once per step (place w's at row w, -1 where it has none)
  const x = new Float32Array(WIN * dim);
  const xRows = new Int32Array(WIN);
  const xe = new Float32Array(EM_WIN * L);
  const vbuf = new Float32Array(dim);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = performance.now();
    shuffleInPlace(order, rand);
    const lr = epochLearningRate(o.lr, o.decay, epoch);
    net.resetTally();
    for (let oi = 0; oi < count; oi++) {
      const ex = examples[picks[order[oi]! * 2]!]!;
      const i = picks[order[oi]! * 2 + 1]!;
      const { s, em } = ex;
      // inputs
      for (let w = 0; w < WIN; w++) {
        const j = i + NER_MLP_WINDOW[w]!;
        const r = j >= 0 && j < s.n ? s.rows[j]! : -1;
        xRows[w] = r >= 0 ? w : -1;
        if (r >= 0) {
          vectors.vector(r, vbuf);
          x.set(vbuf, w * dim);
        }
      }
      emissionInputs(em, i, s.n, L, emScale, xe);
      const h = net.begin();
      addRowVectors(h, w1, x, xRows, 0, WIN, dim);
      // the emission block: its zero inputs (positions outside the sentence) skipped
      for (let k = 0; k < EM_WIN * L; k++) {
        const xv = xe[k]!;
        if (xv === 0) continue;
        const base = k * H;
        for (let u = 0; u < H; u++) h[u] += we[base + u]! * xv;
      }
      addSparseRows(h, sp, s.keys, i * SPARSE_KEYS, SPARSE_KEYS, mask);
      const dh = net.step(ex.gold[i]!, lr);
      subtractRowVectors(dh, w1, x, xRows, 0, WIN, dim);
      for (let k = 0; k < EM_WIN * L; k++) {
        const xv = xe[k]!;
        if (xv === 0) continue;
        const base = k * H;
        for (let u = 0; u < H; u++) we[base + u]! -= dh[u]! * xv;
      }
      subtractSparseRows(dh, sp, s.keys, i * SPARSE_KEYS, SPARSE_KEYS, mask);
    }
    const { loss, right } = net;
    o.log(`ner-mlp: epoch ${epoch}/${o.epochs} lr ${lr.toFixed(4)} loss ${(loss / (count || 1)).toFixed(4)} acc ${((100 * right) / (count || 1)).toFixed(2)}% | ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  }
  // the large sparse table to int8 (one scale), the small layers as they are
  const { sparse: qs, scale: sparseScale } = quantiseSparse(sp);
  const meta: NerMlpMeta = { labels: o.labels, dim, hidden: H, sparseBits: o.sparseBits, clusterWords: vectors.clusterWords, sparseScale, emScale, margin: o.trainMargin, weight: 1 };
  const mlp = new NerMlp(meta, { w1, we, b1, sparse: qs, w2, b2 }, vectors);
  // the exported (quantised) model against the perceptron alone on the tokens trained on
  let pRight = 0;
  let mRight = 0;
  const lp = new Float64Array(L);
  for (let k = 0; k < count; k++) {
    const ex = examples[picks[k * 2]!]!;
    const i = picks[k * 2 + 1]!;
    const g = ex.gold[i]!;
    let pb = 0;
    for (let l = 1; l < L; l++) if (ex.em[i * L + l]! > ex.em[i * L + pb]!) pb = l;
    mlp.logProbs(ex.s, ex.em, i, lp);
    let mb = 0;
    for (let l = 1; l < L; l++) if (lp[l]! > lp[mb]!) mb = l;
    if (pb === g) pRight++;
    if (mb === g) mRight++;
  }
  o.log(`ner-mlp: on its training tokens the perceptron alone is right on ${((100 * pRight) / (count || 1)).toFixed(2)}%, the exported MLP on ${((100 * mRight) / (count || 1)).toFixed(2)}%`);
  return mlp;
}
