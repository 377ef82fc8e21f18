// Trains the parser's MLP second opinion (src/nlp/parser-mlp.ts) by plain SGD on softmax
// cross-entropy over the static oracle's configurations of the training treebanks (projectivized
// gold trees, the tags the caller gives — gold with tag noise, as the perceptron sees them), one
// configuration at a time in seeded shuffles. States with one legal move are skipped: the parser
// never scores them. The GloVe vectors stay fixed. Exports the int8-quantised model, so dev figures
// are the runtime code path's.
import { forcedMove } from './parser-beam.js';
import type { ParserModel } from './parser-model.js';
import { MLP_MAX_KEYS, MLP_PLACES, mlpPlaces, ParserMlp, parserMlpKeys, type ParserMlpArrays, type ParserMlpMeta, type ParserMlpVectors } from './parser-mlp.js';
import { N_TRANSITIONS, ParseState, projectivize } from './parser-state.js';
import { epochLearningRate, glorotWeights, quantiseSparse, rowExamplesEpoch, SoftmaxSgd, uniformWeights } from './mlp-sgd.js';
import { mulberry32 } from './random.js';

export interface ParserMlpTrainSentence {
  forms: readonly string[];
  upos: readonly string[];
  xpos: readonly string[];
  heads: readonly number[];
  labels: readonly string[];
}

export interface ParserMlpTrainOptions {
  seed: number;
  hidden: number;
  sparseBits: number;
  lr: number;
  /** lr / (1 + decay · epoch) */
  decay: number;
  /** keep each configuration with this probability (1: all; fewer: faster epochs) */
  sample: number;
  log: (s: string) => void;
}

/** Training configurations: per state the places' vocabulary rows, masked sparse rows and the gold transition. */
interface Examples {
  count: number;
  rows: Int32Array; // count × MLP_PLACES
  sparse: Int32Array; // count × MLP_MAX_KEYS
  nSparse: Uint8Array;
  gold: Uint8Array;
}

function buildExamples(sents: readonly ParserMlpTrainSentence[], parser: ParserModel, vectors: ParserMlpVectors, o: ParserMlpTrainOptions, rand: () => number): Examples {
  let cap = 0;
  for (const s of sents) cap += 2 * s.forms.length;
  cap = Math.ceil(cap * Math.min(1, o.sample + 0.01)) + 16;
  const ex: Examples = { count: 0, rows: new Int32Array(cap * MLP_PLACES), sparse: new Int32Array(cap * MLP_MAX_KEYS), nSparse: new Uint8Array(cap), gold: new Uint8Array(cap) };
  const labelId = new Map(parser.header.labels.map((l, i) => [l, i]));
  const mask = (1 << o.sparseBits) - 1;
  const st = new ParseState();
  const places = new Int32Array(MLP_PLACES);
  const keys = new Int32Array(MLP_MAX_KEYS);
  const rowOf = new Map<string, number>();
  let rows = new Int32Array(256);
  for (const s of sents) {
    const n = s.forms.length;
    if (n === 0) continue;
    const x = parser.prepare(s.forms as string[], s.upos as string[], s.xpos as string[]);
    if (rows.length < n + 1) rows = new Int32Array(2 * (n + 1));
    rows[0] = -1;
    for (let i = 1; i <= n; i++) {
      const f = s.forms[i - 1]!;
      let r = rowOf.get(f);
      if (r === undefined) rowOf.set(f, (r = vectors.rowOf(f)));
      rows[i] = r;
    }
    const gh = Int32Array.from(projectivize([0, ...s.heads]));
    const gl = Int32Array.from([-1, ...s.labels.map((l) => labelId.get(l) ?? 0)]);
    st.reset(n);
    while (!st.isTerminal()) {
      const forced = forcedMove(st);
      const t = forced >= 0 ? forced : st.goldTransition(gh);
      if (forced < 0 && (o.sample >= 1 || rand() < o.sample) && ex.count < cap) {
        const e = ex.count++;
        mlpPlaces(st, places);
        for (let p = 0; p < MLP_PLACES; p++) {
          const i = places[p]!;
          ex.rows[e * MLP_PLACES + p] = i > 0 ? rows[i]! : -1;
        }
        const k = parserMlpKeys(st, x, places, rows, keys);
        for (let q = 0; q < k; q++) ex.sparse[e * MLP_MAX_KEYS + q] = keys[q]! & mask;
        ex.nSparse[e] = k;
        ex.gold[e] = t;
      }
      // the arc's gold label (the dependents' labels are inputs of later states)
      const d = st.s(0);
      st.apply(t, t === 0 ? -1 : gl[d]!);
    }
  }
  return ex;
}

/**
 * SGD training with a per-epoch callback (dev evaluation of the quantised model; early stopping is
 * the caller's): onEpoch returns false to stop.
 */
export function trainParserMlp(
  sents: readonly ParserMlpTrainSentence[],
  parser: ParserModel,
  vectors: ParserMlpVectors,
  o: ParserMlpTrainOptions,
  epochs: number,
  onEpoch: (epoch: number, mlp: ParserMlp, trainLoss: number, trainAcc: number) => boolean,
): void {
  const { hidden: H, sparseBits } = o;
  const dim = vectors.dim;
  const rand = mulberry32(o.seed);
  const t0 = performance.now();
  const ex = buildExamples(sents, parser, vectors, o, rand);
  o.log(`parser-mlp: ${ex.count} training configurations, built in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  // the dequantised vectors of the rows the examples use (run time reads the same values)
  const rowIndex = new Map<number, number>();
  for (let i = 0; i < ex.count * MLP_PLACES; i++) {
    const r = ex.rows[i]!;
    if (r >= 0 && !rowIndex.has(r)) rowIndex.set(r, rowIndex.size);
  }
  const x = new Float32Array(rowIndex.size * dim);
  const tmp = new Float32Array(dim);
  for (const [r, k] of rowIndex) {
    vectors.vector(r, tmp);
    x.set(tmp, k * dim);
  }
  for (let i = 0; i < ex.count * MLP_PLACES; i++) {
    const r = ex.rows[i]!;
    ex.rows[i] = r >= 0 ? rowIndex.get(r)! : -1;
  }

  const nIn = MLP_PLACES * dim;
  const NT = N_TRANSITIONS;
  const w1 = glorotWeights(rand, nIn, H);
  const b1 = new Float32Array(H).fill(0.01);
  const sp = uniformWeights(rand, (1 << sparseBits) * H, 0.01);
  const w2 = glorotWeights(rand, H, NT);
  const b2 = new Float32Array(NT);
  const net = new SoftmaxSgd(b1, w2, b2);

  const inputs = { w1, sp, x, dim, places: MLP_PLACES, maxKeys: MLP_MAX_KEYS };
  const order = Int32Array.from({ length: ex.count }, (_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const te = performance.now();
    const lr = epochLearningRate(o.lr, o.decay, epoch);
    rowExamplesEpoch(net, inputs, ex, order, rand, lr);
    const { loss, right } = net;
    // export: the large sparse table to int8 (one scale), the small layers as they are
    const { sparse: qs, scale: sparseScale } = quantiseSparse(sp);
    const meta: ParserMlpMeta = { dim, hidden: H, vocab: vectors.vocab, clusterWords: vectors.clusterWords, sparseBits, sparseScale, parserLabels: parser.nLabels, margin: Infinity, weight: 1 };
    const arrays: ParserMlpArrays = { w1: w1.slice(), b1: b1.slice(), sparse: qs, w2: w2.slice(), b2: b2.slice() };
    o.log(`parser-mlp: epoch ${epoch} lr ${lr.toFixed(4)} train loss ${(loss / order.length).toFixed(4)} acc ${((right / order.length) * 100).toFixed(2)}% | ${((performance.now() - te) / 1000).toFixed(1)}s`);
    if (!onEpoch(epoch, new ParserMlp(meta, arrays, vectors), loss / order.length, right / order.length)) break;
  }
}
