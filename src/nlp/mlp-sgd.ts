// The training step the MLP second opinions share — the tagger's (tagger-mlp-train.ts), the parser's
// (parser-mlp-train.ts) and the NER's (stages/entities/ner-mlp-train.ts): one ReLU hidden layer fed by
// fixed word vectors through dense first-layer blocks and by hashed sparse features through rows of a
// table, a softmax output trained on cross-entropy by plain SGD, one example at a time in seeded
// shuffles. The trainers differ only in how an example's inputs are found. The arithmetic here is
// theirs, operation for operation and in float32 where they stored float32, so `npm run train` keeps
// giving the bytes the shipped models were trained to.
import { shuffleInPlace } from './random.js';

/** `length` weights drawn uniformly from (−bound, bound), in draw order. */
export function uniformWeights(rand: () => number, length: number, bound: number): Float32Array {
  return Float32Array.from({ length }, () => (rand() * 2 - 1) * bound);
}

/** The weights of a dense nIn × nOut layer, Glorot-uniform (bound √(6 / (nIn + nOut))). */
export function glorotWeights(rand: () => number, nIn: number, nOut: number): Float32Array {
  return uniformWeights(rand, nIn * nOut, Math.sqrt(6 / (nIn + nOut)));
}

/** The learning rate of an epoch (1-based): lr / (1 + decay · (epoch − 1)). */
export const epochLearningRate = (lr: number, decay: number, epoch: number): number => lr / (1 + decay * (epoch - 1));

/**
 * h += the first-layer block of each of `places` inputs times the vector of its row: the rows are
 * rows[at .. at + places), a row r < 0 is no input, its vector x[r·dim .. (r+1)·dim); the block of
 * place p is w1[(p·dim + d)·H + u].
 */
export function addRowVectors(h: Float32Array, w1: Float32Array, x: Float32Array, rows: Int32Array, at: number, places: number, dim: number): void {
  const H = h.length;
  for (let p = 0; p < places; p++) {
    const r = rows[at + p]!;
    if (r < 0) continue;
    const vb = r * dim;
    const wb = p * dim;
    for (let d = 0; d < dim; d++) {
      const xv = x[vb + d]!;
      const base = (wb + d) * H;
      for (let u = 0; u < H; u++) h[u] += w1[base + u]! * xv;
    }
  }
}

/** The SGD update of those blocks: w1 −= dh ⊗ x (dh already times the learning rate). */
export function subtractRowVectors(dh: Float32Array, w1: Float32Array, x: Float32Array, rows: Int32Array, at: number, places: number, dim: number): void {
  const H = dh.length;
  for (let p = 0; p < places; p++) {
    const r = rows[at + p]!;
    if (r < 0) continue;
    const vb = r * dim;
    const wb = p * dim;
    for (let d = 0; d < dim; d++) {
      const xv = x[vb + d]!;
      const base = (wb + d) * H;
      for (let u = 0; u < H; u++) w1[base + u]! -= dh[u]! * xv;
    }
  }
}

/** h += the sparse table's rows keys[at .. at + n) & mask (mask −1: the keys are rows already). */
export function addSparseRows(h: Float32Array, sp: Float32Array, keys: Int32Array, at: number, n: number, mask: number): void {
  const H = h.length;
  for (let k = 0; k < n; k++) {
    const base = (keys[at + k]! & mask) * H;
    for (let u = 0; u < H; u++) h[u] += sp[base + u]!;
  }
}

/** The SGD update of those rows: each −= dh. */
export function subtractSparseRows(dh: Float32Array, sp: Float32Array, keys: Int32Array, at: number, n: number, mask: number): void {
  const H = dh.length;
  for (let k = 0; k < n; k++) {
    const base = (keys[at + k]! & mask) * H;
    for (let u = 0; u < H; u++) sp[base + u]! -= dh[u]!;
  }
}

/**
 * The hidden layer's bias and the softmax output layer, with one example's forward and backward
 * pass. Per example: begin() gives h = b1, the trainer adds its inputs into it, step() applies
 * the ReLU, scores, tallies loss and accuracy, updates b1, w2 and b2 and gives dh = lr · ∂loss/∂h
 * (0 where the unit is off) for the trainer's own first-layer updates.
 */
export class SoftmaxSgd {
  /** summed cross-entropy and the examples whose best class was gold, since resetTally() */
  loss = 0;
  right = 0;
  readonly h: Float32Array;
  readonly dh: Float32Array;
  private readonly z: Float64Array;

  /**
   * roundBeforeScaling: round ∂loss/∂h to float32 and then scale it by the learning rate — the
   * tagger's trainer did, and its shipped model was trained so; the others scale in double.
   */
  constructor(
    readonly b1: Float32Array,
    readonly w2: Float32Array,
    readonly b2: Float32Array,
    private readonly roundBeforeScaling = false,
  ) {
    this.h = new Float32Array(b1.length);
    this.dh = new Float32Array(b1.length);
    this.z = new Float64Array(b2.length);
  }

  resetTally(): void {
    this.loss = 0;
    this.right = 0;
  }

  begin(): Float32Array {
    this.h.set(this.b1);
    return this.h;
  }

  step(gold: number, lr: number): Float32Array {
    const { h, dh, z, b1, w2, b2 } = this;
    const H = h.length;
    const nOut = b2.length;
    for (let u = 0; u < H; u++) if (h[u]! < 0) h[u] = 0;
    let zmax = -Infinity;
    let arg = 0;
    for (let t = 0; t < nOut; t++) {
      let s = b2[t]!;
      for (let u = 0; u < H; u++) s += w2[u * nOut + t]! * h[u]!;
      z[t] = s;
      if (s > zmax) {
        zmax = s;
        arg = t;
      }
    }
    let sum = 0;
    for (let t = 0; t < nOut; t++) {
      z[t] = Math.exp(z[t]! - zmax);
      sum += z[t]!;
    }
    this.loss -= Math.log(z[gold]! / sum);
    if (arg === gold) this.right++;
    // backward: dz = p − onehot
    for (let t = 0; t < nOut; t++) z[t] = z[t]! / sum - (t === gold ? 1 : 0);
    for (let u = 0; u < H; u++) {
      const hu = h[u]!;
      if (hu > 0) {
        const base = u * nOut;
        let s = 0;
        for (let t = 0; t < nOut; t++) s += w2[base + t]! * z[t]!;
        dh[u] = this.roundBeforeScaling ? Math.fround(s) * lr : s * lr;
        for (let t = 0; t < nOut; t++) w2[base + t]! -= lr * z[t]! * hu;
      } else dh[u] = 0;
    }
    for (let t = 0; t < nOut; t++) b2[t]! -= lr * z[t]!;
    for (let u = 0; u < H; u++) b1[u]! -= dh[u]!;
    return dh;
  }
}

/** Examples whose inputs are rows (the tagger's tokens, the parser's configurations): per example
 * `places` vector rows (−1: none), up to `maxKeys` sparse rows (nSparse of them), the gold class. */
export interface RowExamples {
  readonly count: number;
  readonly rows: Int32Array;
  readonly sparse: Int32Array;
  readonly nSparse: Uint8Array;
  readonly gold: Int32Array | Uint8Array;
}

/** The first layer row examples feed: the vectors x (rows × dim) through w1, the sparse table sp. */
export interface RowInputs {
  readonly w1: Float32Array;
  readonly sp: Float32Array;
  readonly x: Float32Array;
  readonly dim: number;
  readonly places: number;
  readonly maxKeys: number;
}

/** One SGD epoch over row examples: `order` shuffled by `rand`, then one step per example. */
export function rowExamplesEpoch(net: SoftmaxSgd, inputs: RowInputs, ex: RowExamples, order: Int32Array, rand: () => number, lr: number): void {
  const { w1, sp, x, dim, places, maxKeys } = inputs;
  shuffleInPlace(order, rand);
  net.resetTally();
  for (let oi = 0; oi < order.length; oi++) {
    const e = order[oi]!;
    const h = net.begin();
    addRowVectors(h, w1, x, ex.rows, e * places, places, dim);
    addSparseRows(h, sp, ex.sparse, e * maxKeys, ex.nSparse[e]!, -1);
    const dh = net.step(ex.gold[e]!, lr);
    subtractRowVectors(dh, w1, x, ex.rows, e * places, places, dim);
    subtractSparseRows(dh, sp, ex.sparse, e * maxKeys, ex.nSparse[e]!, -1);
  }
}

/** The large sparse table to int8 with one scale (max |w| / 127), as the models store it. */
export function quantiseSparse(sp: Float32Array): { sparse: Int8Array; scale: number } {
  let maxAbs = 0;
  for (let i = 0; i < sp.length; i++) maxAbs = Math.max(maxAbs, Math.abs(sp[i]!));
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const sparse = new Int8Array(sp.length);
  for (let i = 0; i < sp.length; i++) sparse[i] = Math.round(sp[i]! / scale);
  return { sparse, scale };
}
