// Training of the second-pass arc labeller (parser-relabel.ts): an averaged perceptron over the
// parser's own trees — the shipped parser's output on the training treebanks, with the tagger's
// tags — whose targets are the gold labels of the arcs the parser attached correctly. The
// candidate labels per (head UPOS, dependent UPOS, direction) are the gold labels seen there.
// The epoch is chosen on the dev sets (LAS after relabelling), as the parser's own is.
import type { ParseInput } from './parser-features.js';
import { mulberry32, shuffleInPlace } from './random.js';
import { candidateKey, MAX_RELABEL_FEATURES, RelabelModel, RelabelScratch, relabelFeatures, relabelTags, type RelabelHeader } from './parser-relabel.js';

/** One parsed sentence: the parser's input and tree, and the gold tree (label ids; -1 = not in the inventory). */
export interface RelabelExample {
  readonly x: ParseInput;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly goldHeads: Int32Array;
  readonly goldLabels: Int32Array;
}

export interface RelabelTrainOptions {
  labels: string[];
  upos: string[];
  bits: number;
  epochs: number;
  seed: number;
  /** a gold label joins an arc key's candidates when seen at least this often */
  minCount: number;
  /** the parser's own label as a feature */
  parserLabel: boolean;
  /**
   * share of the parser's labels replaced (per sentence and epoch, before features are read) by
   * another candidate of their arc: the parser labels its own training trees almost perfectly, so
   * without this the relabeller learns to copy the parser's label and never corrects it
   */
  labelNoise?: number;
  log: (line: string) => void;
}

export interface RelabelDevScore {
  tokens: number;
  lasBefore: number;
  las: number;
}

/** LAS (relation before ':' as in score.py) of the examples' trees, without and with the model. */
export function scoreRelabel(model: RelabelModel | null, exs: readonly RelabelExample[], labels: readonly string[]): RelabelDevScore {
  const base = labels.map((l) => l.split(':')[0]);
  let n = 0;
  let before = 0;
  let after = 0;
  for (const e of exs) {
    const lab = Int32Array.from(e.labels);
    if (model) model.relabel(e.x, e.heads, lab);
    for (let i = 0; i < e.x.n; i++) {
      n++;
      if (e.heads[i] !== e.goldHeads[i] || e.goldLabels[i]! < 0) continue;
      const g = base[e.goldLabels[i]!];
      if (base[e.labels[i]!] === g) before++;
      if (base[lab[i]!] === g) after++;
    }
  }
  return { tokens: n, lasBefore: n ? before / n : 0, las: n ? after / n : 0 };
}

function candidateTable(train: readonly RelabelExample[], nTags: number, minCount: number, nLabels: number): { candStart: Int32Array; cands: Int32Array } {
  const nKeys = nTags * nTags * 2;
  const counts = new Int32Array(nKeys * nLabels);
  for (const e of train) {
    for (let d = 1; d <= e.x.n; d++) {
      const h = e.heads[d - 1]!;
      const g = e.goldLabels[d - 1]!;
      if (h === 0 || h !== e.goldHeads[d - 1] || g < 0) continue;
      counts[candidateKey(nTags, e.x.u[h]!, e.x.u[d]!, h < d ? 1 : 0) * nLabels + g]!++;
    }
  }
  const candStart = new Int32Array(nKeys + 1);
  const list: number[] = [];
  for (let k = 0; k < nKeys; k++) {
    candStart[k] = list.length;
    for (let l = 0; l < nLabels; l++) if (counts[k * nLabels + l]! >= minCount) list.push(l);
  }
  candStart[nKeys] = list.length;
  return { candStart, cands: Int32Array.from(list) };
}

/** Averaged weights w − u/c, quantised to int8 (scale: the largest magnitude → 127). */
function quantise(w: Float32Array, u: Float32Array, c: number): Int8Array {
  let max = 0;
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const a = w[i]! - u[i]! / c;
    avg[i] = a;
    if (Math.abs(a) > max) max = Math.abs(a);
  }
  const out = new Int8Array(w.length);
  if (max === 0) return out;
  const s = 127 / max;
  for (let i = 0; i < w.length; i++) out[i] = Math.round(avg[i]! * s);
  return out;
}

/** switching margins tried on dev (int8 score units; a word's score sums ~30 weights) */
const RELABEL_MARGINS = [8, 16, 32, 64, 128];

export function trainRelabel(
  train: readonly RelabelExample[],
  dev: readonly { name: string; examples: readonly RelabelExample[] }[],
  opts: RelabelTrainOptions,
): { model: RelabelModel; report: Record<string, unknown> } {
  const L = opts.labels.length;
  const nTags = opts.upos.length + 2;
  const tags = relabelTags(opts.upos);
  const { candStart, cands } = candidateTable(train, nTags, opts.minCount, L);
  const mask = (1 << opts.bits) - 1;
  const w = new Float32Array((1 << opts.bits) * L);
  const u = new Float32Array(w.length);
  let c = 1;
  const feats = new Int32Array(MAX_RELABEL_FEATURES);
  const rows = new Int32Array(MAX_RELABEL_FEATURES);
  const scratch = new RelabelScratch();
  const order = train.slice();
  const rng = mulberry32(opts.seed);
  const header = (info: Record<string, unknown>): RelabelHeader => ({ format: 'newsgraph-parser-relabel', version: 1, labels: opts.labels, upos: opts.upos, bits: opts.bits, parserLabel: opts.parserLabel, info });
  let best: { model: RelabelModel; epoch: number; mean: number; dev: Record<string, RelabelDevScore> } | null = null;
  const base = Object.fromEntries(dev.map((d) => [d.name, scoreRelabel(null, d.examples, opts.labels)]));
  opts.log(`relabel: dev LAS before ${dev.map((d) => `${d.name} ${(100 * base[d.name]!.lasBefore).toFixed(2)}`).join(', ')}; ${cands.length} candidate labels over ${candStart.length - 1} keys`);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, rng);
    let errors = 0;
    let seen = 0;
    const noise = opts.labelNoise ?? 0;
    for (const ex of order) {
      let e = ex;
      if (noise > 0) {
        const labels = Int32Array.from(ex.labels);
        for (let d = 1; d <= ex.x.n; d++) {
          const h = ex.heads[d - 1]!;
          if (h === 0 || rng() >= noise) continue;
          const key = candidateKey(nTags, ex.x.u[h]!, ex.x.u[d]!, h < d ? 1 : 0);
          const c0 = candStart[key]!;
          const c1 = candStart[key + 1]!;
          if (c1 - c0 > 1) labels[d - 1] = cands[c0 + Math.floor(rng() * (c1 - c0))]!;
        }
        e = { ...ex, labels };
      }
      scratch.fill(e.x, e.heads, tags.punctTag, tags.verbTag);
      for (let d = 1; d <= e.x.n; d++) {
        const h = e.heads[d - 1]!;
        const g = e.goldLabels[d - 1]!;
        c++;
        if (h === 0 || h !== e.goldHeads[d - 1] || g < 0) continue;
        const pl = e.labels[d - 1]!;
        const key = candidateKey(nTags, e.x.u[h]!, e.x.u[d]!, h < d ? 1 : 0);
        const c0 = candStart[key]!;
        const c1 = candStart[key + 1]!;
        const nf = relabelFeatures(e.x, e.heads, e.labels, d, scratch, tags, feats, opts.parserLabel);
        for (let f = 0; f < nf; f++) rows[f] = (feats[f]! & mask) * L;
        let pred = pl;
        let predScore = 0;
        for (let f = 0; f < nf; f++) predScore += w[rows[f]! + pl]!;
        let goldIn = g === pl;
        for (let j = c0; j < c1; j++) {
          const l = cands[j]!;
          if (l === g) goldIn = true;
          if (l === pl) continue;
          let sc = 0;
          for (let f = 0; f < nf; f++) sc += w[rows[f]! + l]!;
          if (sc > predScore) {
            predScore = sc;
            pred = l;
          }
        }
        if (!goldIn) continue;
        seen++;
        if (pred === g) continue;
        errors++;
        for (let f = 0; f < nf; f++) {
          w[rows[f]! + g]! += 1;
          u[rows[f]! + g]! += c;
          w[rows[f]! + pred]! -= 1;
          u[rows[f]! + pred]! -= c;
        }
      }
    }
    const model = new RelabelModel(header({}), quantise(w, u, c), candStart, cands);
    const scores = Object.fromEntries(dev.map((d) => [d.name, scoreRelabel(model, d.examples, opts.labels)]));
    const mean = dev.reduce((s, d) => s + scores[d.name]!.las, 0) / Math.max(1, dev.length);
    opts.log(`relabel epoch ${epoch}: train errors ${((100 * errors) / Math.max(1, seen)).toFixed(2)}%; dev LAS ${dev.map((d) => `${d.name} ${(100 * scores[d.name]!.las).toFixed(2)}`).join(', ')}`);
    if (!best || mean > best.mean) best = { model, epoch, mean, dev: scores };
  }
  // the switching margin: the smallest that gives the best mean dev LAS (a label the parser chose
  // is replaced only when another scores clearly higher)
  const chosen = best!.model;
  let margin = 0;
  let marginMean = best!.mean;
  let marginDev = best!.dev;
  for (const m of RELABEL_MARGINS) {
    chosen.margin = m;
    const scores = Object.fromEntries(dev.map((d) => [d.name, scoreRelabel(chosen, d.examples, opts.labels)]));
    const mean = dev.reduce((s, d) => s + scores[d.name]!.las, 0) / Math.max(1, dev.length);
    opts.log(`relabel margin ${m}: dev LAS ${dev.map((d) => `${d.name} ${(100 * scores[d.name]!.las).toFixed(2)}`).join(', ')}`);
    if (mean > marginMean) {
      margin = m;
      marginMean = mean;
      marginDev = scores;
    }
  }
  const report = { bestEpoch: best!.epoch, epochs: opts.epochs, seed: opts.seed, bits: opts.bits, minCount: opts.minCount, margin, devBefore: base, dev: marginDev };
  const model = new RelabelModel({ ...header(report), margin }, chosen.weights, candStart, cands);
  return { model, report };
}
