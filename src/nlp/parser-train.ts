// Training of the parser: averaged perceptrons over hashed features. Two regimes for the transition
// model: greedy (beam 1) — the arc-hybrid dynamic oracle (Goldberg & Nivre 2013), updating towards
// the best-scoring transition of least cost and, after the first epochs, following the trainer's own
// (possibly wrong) prediction so it learns to recover from its mistakes — and global (beam > 1) —
// beam search beside the static-oracle gold sequence with max-violation updates (BeamTrainer
// below), the model then decoding with a beam. Labels are a second averaged perceptron, trained on
// correct arcs. Dev-set LAS picks the epoch to keep.
import { labelFeatures, MAX_FEATURES, transitionFeatures, type ParseInput } from './parser-features.js';
import { buildWordClasses, DEFAULT_CLUSTER_LEVELS, int16ToInt8, ParserModel, type ParserHeader } from './parser-model.js';
import { BeamSearch, forcedMove, type BeamScorer } from './parser-beam.js';
import { LEFT, N_TRANSITIONS, ParseState, projectivize, SHIFT } from './parser-state.js';
import { mulberry32, shuffleInPlace } from './random.js';

export interface TrainSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
  /** heads[i] for word i+1 (0 = ROOT) */
  heads: number[];
  labels: string[];
}

export interface DevSet {
  name: string;
  sentences: TrainSentence[];
}

export interface ParserTrainOptions {
  seed: number;
  epochs: number;
  transBits?: number;
  labelBits?: number;
  /**
   * greedy training (beam 1): "dynamic" (default) — Goldberg & Nivre (2013): every zero-cost
   * transition is correct and, from exploreFrom on, the trainer follows its own predictions;
   * "static" — one canonical gold sequence (ParseState.goldTransition), never left. Beam training
   * always runs beside the static oracle's sequence.
   */
  oracle?: 'dynamic' | 'static';
  /** epoch (1-based) from which the trainer follows its own predictions */
  exploreFrom?: number;
  /** probability of following the prediction when exploring */
  exploreP?: number;
  /** stop after this many epochs without dev improvement */
  patience?: number;
  dev: DevSet[];
  log?: (line: string) => void;
  /**
   * beam width: > 1 trains the transition model globally — beam search with max-violation updates
   * (Huang et al. 2012) along a static-oracle gold sequence — and the model decodes with that beam
   */
  beam?: number;
  /** beam width the model decodes with (default: the training beam); narrower is faster */
  decodeBeam?: number;
  /**
   * beam pruning: after training, the smallest margin (from the candidates below) whose mean dev LAS
   * stays within this many points (0.05 = 0.05 LAS points) of the unpruned beam is kept in the
   * model; undefined = no pruning
   */
  pruneTolerance?: number;
  /** feature set (see ParserHeader.features; default 1) */
  features?: number;
  /** re-tags training sentences per epoch (e.g. noise to imitate predicted tags) */
  retag?: (s: TrainSentence, epoch: number, rng: () => number) => { upos: string[]; xpos: string[] };
  /** gold-tagged sentences for the word ambiguity classes (default: the training sentences) */
  classesFrom?: readonly TrainSentence[];
}

export interface ParseScores {
  tokens: number;
  uas: number;
  /** LAS on the universal relation (score.py: label before ':') */
  las: number;
  /** LAS on the full label with subtypes */
  lasFull: number;
}

class Perceptron {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly mask: number;
  c = 1;
  constructor(
    bits: number,
    readonly nClasses: number,
  ) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * nClasses);
    this.u = new Float64Array((1 << bits) * nClasses);
  }
  score(feats: Int32Array, nf: number, out: Float64Array): void {
    const C = this.nClasses;
    out.fill(0, 0, C);
    for (let i = 0; i < nf; i++) {
      const r = (feats[i]! & this.mask) * C;
      for (let k = 0; k < C; k++) out[k] += this.w[r + k]!;
    }
  }
  update(feats: Int32Array, nf: number, good: number, bad: number): void {
    const C = this.nClasses;
    const c = this.c;
    for (let i = 0; i < nf; i++) {
      const r = (feats[i]! & this.mask) * C;
      this.w[r + good]! += 1;
      this.u[r + good]! += c;
      this.w[r + bad]! -= 1;
      this.u[r + bad]! -= c;
    }
  }
  /** Adds `delta` to class `cls` of every feature (the structured update of beam training). */
  add(feats: Int32Array, nf: number, cls: number, delta: number): void {
    const C = this.nClasses;
    const dc = delta * this.c;
    for (let i = 0; i < nf; i++) {
      const r = (feats[i]! & this.mask) * C + cls;
      this.w[r]! += delta;
      this.u[r]! += dc;
    }
  }
  /** Averaged weights quantised to int8 with a per-table scale (scores only need ratios). */
  quantized(): Int8Array {
    const n = this.w.length;
    const avg = new Float32Array(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const v = this.w[i]! - this.u[i]! / this.c;
      avg[i] = v;
      const a = Math.abs(v);
      if (a > max) max = a;
    }
    const q = new Int16Array(n);
    if (max === 0) return int16ToInt8(q);
    const s = 32000 / max;
    for (let i = 0; i < n; i++) q[i] = Math.round(avg[i]! * s);
    // via int16 so that old int16 model files convert to exactly the same int8 weights
    return int16ToInt8(q);
  }
}

export function trainParserModel(train: TrainSentence[], opts: ParserTrainOptions): { model: ParserModel; report: Record<string, unknown> } {
  const log = opts.log ?? (() => {});
  const transBits = opts.transBits ?? 21;
  const labelBits = opts.labelBits ?? 17;
  const exploreFrom = opts.exploreFrom ?? 2;
  const exploreP = opts.exploreP ?? 0.9;
  const patience = opts.patience ?? 3;
  const rng = mulberry32(opts.seed);
  const beam = Math.max(1, opts.beam ?? 1);
  const oracle = opts.oracle ?? 'dynamic';
  if (oracle === 'dynamic' && beam > 1 && opts.oracle) throw new Error('parser training: the dynamic oracle is for greedy training (beam 1)');

  const labelSet = new Set<string>(['root']);
  const xposSet = new Set<string>();
  const uposSet = new Set<string>();
  for (const s of train) {
    for (const l of s.labels) labelSet.add(l);
    for (const t of s.xpos) xposSet.add(t);
    for (const t of s.upos) uposSet.add(t);
  }
  const labels = [...labelSet].sort();
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const header: ParserHeader = {
    format: 'newsgraph-parser',
    version: 1,
    labels,
    xpos: [...xposSet].sort(),
    upos: [...uposSet].sort(),
    transBits,
    labelBits,
    ...((opts.decodeBeam ?? beam) > 1 ? { beam: opts.decodeBeam ?? beam } : {}),
    ...((opts.features ?? 1) > 1 ? { features: opts.features } : {}),
    ...((opts.features ?? 1) >= 3 ? { clusterLevels: DEFAULT_CLUSTER_LEVELS } : {}),
    classKeys: [],
    classVals: [],
    info: {},
  };
  const wc = buildWordClasses(opts.classesFrom ?? train);
  header.classKeys = wc.keys;
  header.classVals = wc.vals;
  const L = labels.length;
  const tp = new Perceptron(transBits, N_TRANSITIONS);
  const lp = new Perceptron(labelBits, L);
  // a scratch model to prepare inputs (tag ids) with the same code as at run time
  const scratch = new ParserModel(header, { trans: new Int8Array((1 << transBits) * N_TRANSITIONS), lab: new Int8Array((1 << labelBits) * L) });

  const prepared = train.map((s) => {
    const heads = projectivize([0, ...s.heads]);
    return { s, gh: Int32Array.from(heads), gl: Int32Array.from([-1, ...s.labels.map((l) => labelId.get(l)!)]) };
  });
  const nonProj = prepared.filter((p, i) => p.gh.some((h, k) => k > 0 && h !== train[i]!.heads[k - 1])).length;
  log(`parser: ${train.length} sentences, ${labels.length} labels, ${nonProj} non-projective sentences lifted`);

  const st = new ParseState();
  const feats = new Int32Array(MAX_FEATURES);
  const lfeats = new Int32Array(MAX_FEATURES);
  const sc = new Float64Array(N_TRANSITIONS);
  const lsc = new Float64Array(L);
  const costs = new Int32Array(N_TRANSITIONS);
  const order = prepared.map((_, i) => i);
  const beamTrainer = beam > 1 ? new BeamTrainer(beam, tp, lp, scratch.rootLabel) : null;

  let best: { model: ParserModel; score: number; epoch: number; dev: Record<string, ParseScores> } | null = null;
  const history: unknown[] = [];
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = Date.now();
    shuffleInPlace(order, rng);
    let nTrans = 0;
    let nErr = 0;
    let nLab = 0;
    let nLabErr = 0;
    const explore = oracle === 'dynamic' && epoch >= exploreFrom;
    for (const idx of order) {
      const { s, gh, gl } = prepared[idx]!;
      const tags = opts.retag ? opts.retag(s, epoch, rng) : s;
      const x = scratch.prepare(s.forms, tags.upos, tags.xpos);
      if (beamTrainer) {
        const r = beamTrainer.sentence(x, gh, gl);
        nTrans++;
        if (r.updated) nErr++;
        nLab += r.arcs;
        nLabErr += r.labelErrors;
        continue;
      }
      st.reset(x.n);
      while (!st.isTerminal()) {
        // a single legal move (empty buffer or bare ROOT): no features, no update; as at run time
        const nf = st.b > st.n || st.sp === 1 ? 0 : transitionFeatures(st, x, feats);
        tp.score(feats, nf, sc);
        let pred = -1;
        let minCost = 1e9;
        for (let t = 0; t < N_TRANSITIONS; t++) {
          if (!st.can(t)) continue;
          if (pred < 0 || sc[t]! > sc[pred]!) pred = t;
          costs[t] = st.cost(t, gh);
          if (costs[t]! < minCost) minCost = costs[t]!;
        }
        let gold = -1;
        if (oracle === 'static') gold = st.goldTransition(gh);
        else {
          for (let t = 0; t < N_TRANSITIONS; t++) {
            if (st.can(t) && costs[t] === minCost && (gold < 0 || sc[t]! > sc[gold]!)) gold = t;
          }
        }
        nTrans++;
        if (oracle === 'static' ? pred !== gold : costs[pred] !== minCost) {
          nErr++;
          tp.update(feats, nf, gold, pred);
        }
        const follow = explore && rng() < exploreP ? pred : gold;
        let lab = -1;
        if (follow !== SHIFT) {
          const d = st.s(0);
          const h = follow === LEFT ? st.buf(0) : st.s(1);
          if (h === 0) lab = scratch.rootLabel;
          else {
            const lnf = labelFeatures(st, x, h, d, lfeats);
            lp.score(lfeats, lnf, lsc);
            let lb = -1;
            for (let l = 0; l < L; l++) if (l !== scratch.rootLabel && (lb < 0 || lsc[l]! > lsc[lb]!)) lb = l;
            if (gh[d] === h) {
              nLab++;
              const g = gl[d]!;
              if (lb !== g) {
                nLabErr++;
                lp.update(lfeats, lnf, g, lb);
              }
              lab = explore ? lb : g;
            } else lab = lb;
          }
        }
        st.apply(follow, lab);
        tp.c++;
        lp.c++;
      }
    }
    const model = new ParserModel({ ...header, info: {} }, { trans: tp.quantized(), lab: lp.quantized() });
    const dev: Record<string, ParseScores> = {};
    let sum = 0;
    for (const d of opts.dev) {
      dev[d.name] = evaluateParser(model, d.sentences);
      sum += dev[d.name]!.las;
    }
    const score = opts.dev.length ? sum / opts.dev.length : epoch;
    const secs = (Date.now() - t0) / 1000;
    log(
      `parser epoch ${epoch}: ${secs.toFixed(1)}s, ${beamTrainer ? 'sentences updated' : 'transition errors'} ${((100 * nErr) / nTrans).toFixed(2)}%, label errors ${((100 * nLabErr) / Math.max(1, nLab)).toFixed(2)}%; ` +
        Object.entries(dev)
          .map(([k, v]) => `${k} UAS ${(100 * v.uas).toFixed(2)} LAS ${(100 * v.las).toFixed(2)}`)
          .join(', '),
    );
    history.push({ epoch, seconds: secs, dev });
    if (!best || score > best.score) best = { model, score, epoch, dev };
    else if (epoch - best.epoch >= patience) break;
  }
  let pruning: Record<string, unknown> | undefined;
  if (opts.pruneTolerance !== undefined && best!.model.beamWidth > 1 && opts.dev.length) {
    pruning = chooseBeamMargin(best!.model, opts.dev, opts.pruneTolerance);
    log(`parser: beam margin ${best!.model.header.beamMargin ?? 'none'} (${JSON.stringify(pruning)})`);
    best!.dev = pruning.dev as Record<string, ParseScores>;
  }
  const report = { bestEpoch: best!.epoch, dev: best!.dev, history, sentences: train.length, labels: labels.length, ...(pruning ? { pruning } : {}) };
  best!.model.header.info = { bestEpoch: best!.epoch, dev: best!.dev, seed: opts.seed, trainSentences: train.length };
  return { model: best!.model, report };
}

/** Margins tried by chooseBeamMargin, in score units of the int8 tables (widest first). */
export const BEAM_MARGINS = [400, 300, 250, 200, 150, 120, 100] as const;

/**
 * Picks the smallest beam margin whose mean dev LAS is within `tolerance` points of the unpruned
 * beam's, sets it on the model (header.beamMargin and decoding) and returns what it measured.
 * Pruning makes the beam cost close to greedy where the model is sure (see BeamSearch.margin).
 */
export function chooseBeamMargin(model: ParserModel, dev: readonly DevSet[], tolerance: number): Record<string, unknown> {
  const width = model.beamWidth;
  const meanLas = (r: Record<string, ParseScores>) => Object.values(r).reduce((a, v) => a + v.las, 0) / Object.keys(r).length;
  const evalAll = () => Object.fromEntries(dev.map((d) => [d.name, evaluateParser(model, d.sentences)]));
  model.setBeam(width, Infinity);
  const full = evalAll();
  const fullLas = meanLas(full);
  let chosen: { margin: number; dev: Record<string, ParseScores> } | null = null;
  const tried: Record<string, number> = {};
  for (const margin of BEAM_MARGINS) {
    model.setBeam(width, margin);
    const r = evalAll();
    tried[margin] = Math.round(10000 * meanLas(r)) / 100;
    if (100 * (fullLas - meanLas(r)) > tolerance) break;
    chosen = { margin, dev: r };
  }
  if (chosen) {
    model.setBeam(width, chosen.margin);
    model.header.beamMargin = chosen.margin;
  } else model.setBeam(width, Infinity);
  return { unprunedLas: Math.round(10000 * fullLas) / 100, tried, margin: chosen?.margin ?? null, dev: chosen?.dev ?? full };
}

/** UAS/LAS of the model on sentences with the tags they carry (gold or predicted). */
export function evaluateParser(model: ParserModel, sents: TrainSentence[]): ParseScores {
  let n = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  let heads = new Int32Array(256);
  let labs = new Int32Array(256);
  for (const s of sents) {
    const k = s.forms.length;
    if (k > heads.length) {
      heads = new Int32Array(k * 2);
      labs = new Int32Array(k * 2);
    }
    model.parseInput(model.prepare(s.forms, s.upos, s.xpos), heads, labs);
    for (let i = 0; i < k; i++) {
      n++;
      if (heads[i] === s.heads[i]) {
        uas++;
        const pl = model.header.labels[labs[i]!]!;
        const gl = s.labels[i]!;
        if (pl === gl) lasFull++;
        if (pl.split(':')[0] === gl.split(':')[0]) las++;
      }
    }
  }
  return { tokens: n, uas: uas / n, las: las / n, lasFull: lasFull / n };
}

/**
 * Global training of the transition model for beam search: the beam runs beside the gold sequence
 * (static oracle, the parser's own predicted labels), and the update goes where the beam's best
 * item outscores the gold prefix most (max-violation, Huang et al. 2012): + the gold prefix's
 * features, − the best item's, both replayed from the history. Labels are trained on the gold
 * sequence's arcs, one perceptron update per wrong label, as in greedy training.
 */
class BeamTrainer implements BeamScorer {
  private readonly bs: BeamSearch;
  private readonly gs = new ParseState();
  private readonly rs = new ParseState();
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly lfeats = new Int32Array(MAX_FEATURES);
  /** the gold arc's label features, kept across the beam step (which overwrites lfeats) */
  private readonly glfeats = new Int32Array(MAX_FEATURES);
  private readonly sc = new Float64Array(N_TRANSITIONS);
  private readonly lsc: Float64Array;
  private goldT = new Int32Array(512);
  private goldL = new Int32Array(512);
  private predT = new Int32Array(512);
  private predL = new Int32Array(512);

  constructor(
    width: number,
    private readonly tp: Perceptron,
    private readonly lp: Perceptron,
    private readonly rootLabel: number,
  ) {
    this.bs = new BeamSearch(width);
    this.lsc = new Float64Array(lp.nClasses);
  }

  scoreTransitions(feats: Int32Array, nf: number, out: Float64Array): void {
    this.tp.score(feats, nf, out);
  }

  bestLabel(st: ParseState, x: ParseInput, h: number, d: number): number {
    if (h === 0) return this.rootLabel;
    const lnf = labelFeatures(st, x, h, d, this.lfeats);
    this.lp.score(this.lfeats, lnf, this.lsc);
    let lb = -1;
    for (let l = 0; l < this.lp.nClasses; l++) if (l !== this.rootLabel && (lb < 0 || this.lsc[l]! > this.lsc[lb]!)) lb = l;
    return lb;
  }

  sentence(x: ParseInput, gh: Int32Array, gl: Int32Array): { updated: boolean; arcs: number; labelErrors: number } {
    const n = x.n;
    const steps = 2 * n;
    if (this.goldT.length < steps) {
      this.goldT = new Int32Array(steps * 2);
      this.goldL = new Int32Array(steps * 2);
      this.predT = new Int32Array(steps * 2);
      this.predL = new Int32Array(steps * 2);
    }
    const bs = this.bs;
    const gs = this.gs;
    bs.start(n);
    gs.reset(n);
    let gScore = 0;
    let maxV = 0;
    let vStep = -1;
    let vNode = -1;
    let arcs = 0;
    let labelErrors = 0;
    for (let j = 0; j < steps; j++) {
      const gt = gs.goldTransition(gh);
      if (forcedMove(gs) < 0) {
        const nf = transitionFeatures(gs, x, this.feats);
        this.tp.score(this.feats, nf, this.sc);
        gScore += this.sc[gt]!;
      }
      let lab = -1;
      let lnf = 0;
      let gold = -1;
      if (gt !== SHIFT) {
        const d = gs.s(0);
        const h = gt === LEFT ? gs.buf(0) : gs.s(1);
        if (h === 0) lab = this.rootLabel;
        else {
          lab = this.bestLabel(gs, x, h, d);
          lnf = labelFeatures(gs, x, h, d, this.glfeats);
          gold = gl[d]!;
          arcs++;
        }
      }
      this.goldT[j] = gt;
      this.goldL[j] = lab;
      bs.step(this, x, gt);
      gs.apply(gt, lab);
      // the label update comes after the beam step, so that the beam's gold item made the same label
      if (gold >= 0) {
        if (lab !== gold) {
          labelErrors++;
          this.lp.update(this.glfeats, lnf, gold, lab);
        }
        this.lp.c++;
      }
      if (!bs.isGold(0)) {
        const v = bs.score(0) - gScore;
        if (v > maxV || (vStep < 0 && v >= 0)) {
          maxV = v;
          vStep = j;
          vNode = bs.node(0);
        }
      }
    }
    if (vStep >= 0) this.update(x, vStep, vNode);
    this.tp.c++;
    return { updated: vStep >= 0, arcs, labelErrors };
  }

  /** + features of the gold prefix 0..last, − those of the beam item ending in `node`. */
  private update(x: ParseInput, last: number, node: number): void {
    const bs = this.bs;
    for (let j = last; j >= 0; j--) {
      this.predT[j] = bs.nodeTrans[node]!;
      this.predL[j] = bs.nodeLabel[node]!;
      node = bs.nodeParent[node]!;
    }
    let first = 0;
    while (first <= last && this.predT[first] === this.goldT[first] && this.predL[first] === this.goldL[first]) first++;
    this.replay(x, this.goldT, this.goldL, first, last, 1);
    this.replay(x, this.predT, this.predL, first, last, -1);
  }

  private replay(x: ParseInput, ts: Int32Array, ls: Int32Array, from: number, last: number, delta: number): void {
    const rs = this.rs;
    rs.reset(x.n);
    for (let j = 0; j <= last; j++) {
      const t = ts[j]!;
      if (j >= from && forcedMove(rs) < 0) {
        const nf = transitionFeatures(rs, x, this.feats);
        this.tp.add(this.feats, nf, t, delta);
      }
      rs.apply(t, ls[j]!);
    }
  }
}
