// Training of the NER MLP second opinion (ner-mlp.ts) by plain SGD on the tokens the perceptron is
// unsure about (its jackknifed emissions' top-two margin below `trainMargin` × emScale: the only
// tokens the MLP is consulted on at run time). Used by scripts/train-ner.ts.
import { mulberry32 } from '../../nlp/random.js';
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
  const uni = (a: number) => (rand() * 2 - 1) * a;
  const nIn = WIN * dim;
  const w1 = Float32Array.from({ length: nIn * H }, () => uni(Math.sqrt(6 / (nIn + H))));
  const we = Float32Array.from({ length: EM_WIN * L * H }, () => uni(Math.sqrt(6 / (EM_WIN * L + H))));
  const b1 = new Float32Array(H).fill(0.01);
  const sp = Float32Array.from({ length: (1 << o.sparseBits) * H }, () => uni(0.01));
  const w2 = Float32Array.from({ length: H * L }, () => uni(Math.sqrt(6 / (H + L))));
  const b2 = new Float32Array(L);
  const mask = (1 << o.sparseBits) - 1;

  // the window's vectors of a token, gathered once per step
  const x = new Float32Array(WIN * dim);
  const xe = new Float32Array(EM_WIN * L);
  const has = new Uint8Array(WIN);
  const vbuf = new Float32Array(dim);
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const z = new Float64Array(L);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const lr = o.lr / (1 + o.decay * (epoch - 1));
    let loss = 0;
    let right = 0;
    for (let oi = 0; oi < count; oi++) {
      const ex = examples[picks[order[oi]! * 2]!]!;
      const i = picks[order[oi]! * 2 + 1]!;
      const { s, em } = ex;
      // inputs
      for (let w = 0; w < WIN; w++) {
        const j = i + NER_MLP_WINDOW[w]!;
        const r = j >= 0 && j < s.n ? s.rows[j]! : -1;
        has[w] = r >= 0 ? 1 : 0;
        if (r >= 0) {
          vectors.vector(r, vbuf);
          x.set(vbuf, w * dim);
        }
      }
      emissionInputs(em, i, s.n, L, emScale, xe);
      // forward
      h.set(b1);
      for (let w = 0; w < WIN; w++) {
        if (!has[w]) continue;
        for (let d = 0; d < dim; d++) {
          const xv = x[w * dim + d]!;
          const base = (w * dim + d) * H;
          for (let u = 0; u < H; u++) h[u] += w1[base + u]! * xv;
        }
      }
      for (let k = 0; k < EM_WIN * L; k++) {
        const xv = xe[k]!;
        if (xv === 0) continue;
        const base = k * H;
        for (let u = 0; u < H; u++) h[u] += we[base + u]! * xv;
      }
      const kb = i * SPARSE_KEYS;
      for (let k = 0; k < SPARSE_KEYS; k++) {
        const base = (s.keys[kb + k]! & mask) * H;
        for (let u = 0; u < H; u++) h[u] += sp[base + u]!;
      }
      for (let u = 0; u < H; u++) if (h[u]! < 0) h[u] = 0;
      let zmax = -Infinity;
      let arg = 0;
      for (let t = 0; t < L; t++) {
        let v = b2[t]!;
        for (let u = 0; u < H; u++) v += w2[u * L + t]! * h[u]!;
        z[t] = v;
        if (v > zmax) {
          zmax = v;
          arg = t;
        }
      }
      let sum = 0;
      for (let t = 0; t < L; t++) {
        z[t] = Math.exp(z[t]! - zmax);
        sum += z[t]!;
      }
      const g = ex.gold[i]!;
      loss -= Math.log(z[g]! / sum);
      if (arg === g) right++;
      // backward
      for (let t = 0; t < L; t++) z[t] = z[t]! / sum - (t === g ? 1 : 0);
      dh.fill(0);
      for (let u = 0; u < H; u++) {
        const hu = h[u]!;
        if (hu <= 0) continue;
        const base = u * L;
        let v = 0;
        for (let t = 0; t < L; t++) v += w2[base + t]! * z[t]!;
        dh[u] = v * lr;
        for (let t = 0; t < L; t++) w2[base + t]! -= lr * z[t]! * hu;
      }
      for (let t = 0; t < L; t++) b2[t]! -= lr * z[t]!;
      for (let u = 0; u < H; u++) b1[u]! -= dh[u]!;
      for (let w = 0; w < WIN; w++) {
        if (!has[w]) continue;
        for (let d = 0; d < dim; d++) {
          const xv = x[w * dim + d]!;
          const base = (w * dim + d) * H;
          for (let u = 0; u < H; u++) w1[base + u]! -= dh[u]! * xv;
        }
      }
      for (let k = 0; k < EM_WIN * L; k++) {
        const xv = xe[k]!;
        if (xv === 0) continue;
        const base = k * H;
        for (let u = 0; u < H; u++) we[base + u]! -= dh[u]! * xv;
      }
      for (let k = 0; k < SPARSE_KEYS; k++) {
        const base = (s.keys[kb + k]! & mask) * H;
        for (let u = 0; u < H; u++) sp[base + u]! -= dh[u]!;
      }
    }
    o.log(`ner-mlp: epoch ${epoch}/${o.epochs} lr ${lr.toFixed(4)} loss ${(loss / (count || 1)).toFixed(4)} acc ${((100 * right) / (count || 1)).toFixed(2)}% | ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  }
  // the large sparse table to int8 (one scale), the small layers as they are
  let maxAbs = 0;
  for (let i = 0; i < sp.length; i++) maxAbs = Math.max(maxAbs, Math.abs(sp[i]!));
  const sparseScale = maxAbs > 0 ? maxAbs / 127 : 1;
  const qs = new Int8Array(sp.length);
  for (let i = 0; i < sp.length; i++) qs[i] = Math.round(sp[i]! / sparseScale);
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
