// A second pass over the parser's finished tree that re-chooses each arc's label. The in-beam
// labeller (parser-model.ts bestLabel) labels an arc the moment it is built, before the head's
// later children and the dependent's right children exist; this pass sees the whole tree: the
// dependent's own children (a `case` or `mark` child → obl/nmod/advcl), the head's other children
// (does the head already have a subject or object?), the grandparent, punctuation and verbs
// between head and dependent. One averaged-perceptron classification per word, scored only over
// the labels seen in training for the arc's (head UPOS, dependent UPOS, direction) — a few labels
// instead of all of them, which keeps the pass cheap. Trained in parser-relabel-train.ts on the
// shipped parser's own trees (so it learns from the parser's labels and errors), gold labels as
// targets; stored as models/parser-relabel.bin (int8 hashed weights) — an option: the parser runs
// it only when that file exists (scripts/train-relabel.ts writes it; not shipped, see there).
import { NewsgraphError } from '../core/errors.js';
import { decodeModel, encodeModel, modelArray } from './model-io.js';
import type { ParseInput } from './parser-features.js';
import { mix } from './parser-features.js';

export const RELABEL_KIND = 'newsgraph-parser-relabel';
export const RELABEL_FILE = 'parser-relabel.bin';

export interface RelabelHeader {
  format: 'newsgraph-parser-relabel';
  version: 1;
  /** the parser's label inventory (ids must match the parser model it was trained on) */
  labels: string[];
  /** the parser's UPOS inventory (tag ids 2.. as in ParseInput.u) */
  upos: string[];
  bits: number;
  /** false: the parser's own label is not a feature (absent: it is) */
  parserLabel?: boolean;
  /** a label replaces the parser's only when it scores more than this above it (absent: 0) */
  margin?: number;
  /** free-form training facts */
  info: Record<string, unknown>;
}

/** Upper bound on features per word (children and siblings add one or two each, capped). */
export const MAX_RELABEL_FEATURES = 64;
const MAX_KID_FEATURES = 8;
const MAX_SIB_FEATURES = 6;

/** Closed-class parts of speech whose word itself (not only its tag) is a feature when it is a child. */
const FUNCTION_UPOS = ['ADP', 'SCONJ', 'AUX', 'DET', 'PART', 'CCONJ', 'PRON'];

/**
 * Per-sentence scratch: the tree's children in word order (CSR lists over heads 0..n) and prefix
 * counts of punctuation and verbs.
 */
export class RelabelScratch {
  kidStart = new Int32Array(258);
  kids = new Int32Array(256);
  pc = new Int32Array(257);
  vc = new Int32Array(257);

  fill(x: ParseInput, heads: Int32Array, punctTag: number, verbTag: number): void {
    const n = x.n;
    if (this.kids.length < n) {
      this.kidStart = new Int32Array(2 * n + 2);
      this.kids = new Int32Array(2 * n);
      this.pc = new Int32Array(2 * n + 1);
      this.vc = new Int32Array(2 * n + 1);
    }
    const ks = this.kidStart;
    ks.fill(0, 0, n + 2);
    for (let d = 1; d <= n; d++) ks[heads[d - 1]! + 1]!++;
    for (let h = 0; h <= n; h++) ks[h + 1]! += ks[h]!;
    // place children in word order (d ascending); ks[h] is advanced as a cursor, then restored
    for (let d = 1; d <= n; d++) this.kids[ks[heads[d - 1]!]!++] = d;
    for (let h = n; h > 0; h--) ks[h] = ks[h - 1]!;
    ks[0] = 0;
    let pc = 0;
    let vc = 0;
    this.pc[0] = 0;
    this.vc[0] = 0;
    for (let i = 1; i <= n; i++) {
      const u = x.u[i]!;
      if (u === punctTag) pc++;
      else if (u === verbTag) vc++;
      this.pc[i] = pc;
      this.vc[i] = vc;
    }
  }
}

/** Static tag facts the features need (ids as in ParseInput.u). */
export interface RelabelTags {
  readonly punctTag: number;
  readonly verbTag: number;
  /** per UPOS id: 1 when a child's word is a feature (closed class) */
  readonly functionTag: Uint8Array;
}

export function relabelTags(upos: readonly string[]): RelabelTags {
  const id = (t: string) => {
    const i = upos.indexOf(t);
    return i < 0 ? -1 : i + 2;
  };
  const functionTag = new Uint8Array(upos.length + 2);
  for (const t of FUNCTION_UPOS) if (id(t) >= 0) functionTag[id(t)] = 1;
  return { punctTag: id('PUNCT'), verbTag: id('VERB'), functionTag };
}

const bucket = (k: number) => (k <= 4 ? k : k <= 7 ? 5 : k <= 12 ? 6 : 7);

/**
 * The hashed features of word d's arc (1-based; heads/labels 0-based arrays as the parser fills
 * them) into out; returns the count. Reads the scratch filled for this tree.
 */
export function relabelFeatures(x: ParseInput, heads: Int32Array, labels: Int32Array, d: number, s: RelabelScratch, tags: RelabelTags, out: Int32Array, parserLabel = true): number {
  const n = x.n;
  const h = heads[d - 1]!;
  const pl = labels[d - 1]!;
  const w = x.w;
  const p = x.p;
  const u = x.u;
  const right = h < d ? 1 : 0;
  const lo = right ? h : d;
  const hi = right ? d : h;
  const dist = bucket(hi - lo);
  const g = h > 0 ? heads[h - 1]! : -1;
  const hl = h > 0 ? labels[h - 1]! : 255;
  const pg = g >= 0 ? p[g]! : 0;
  const pPrev = d > 1 ? p[d - 1]! : 0;
  const pNext = d < n ? p[d + 1]! : 0;
  let k = 0;
  out[k++] = mix(1, 0, 0, 0);
  if (parserLabel) {
    out[k++] = mix(2, pl, 0, 0);
    out[k++] = mix(3, pl, u[d]!, u[h]!);
    out[k++] = mix(26, pl, w[d]!, 0);
    out[k++] = mix(27, pl, p[h]!, p[d]!);
  }
  out[k++] = mix(4, w[d]!, 0, 0);
  out[k++] = mix(5, w[h]!, 0, 0);
  out[k++] = mix(6, p[d]!, p[h]!, right);
  out[k++] = mix(7, u[d]!, u[h]!, right * 16 + dist);
  out[k++] = mix(8, w[h]!, p[d]!, right);
  out[k++] = mix(9, p[h]!, w[d]!, right);
  out[k++] = mix(10, w[h]!, w[d]!, 0);
  out[k++] = mix(11, x.sf[d]!, p[d]!, 0);
  out[k++] = mix(12, x.ac[d]!, p[h]!, right);
  out[k++] = mix(13, hl, p[h]!, p[d]!);
  out[k++] = mix(14, pg, p[h]!, p[d]!);
  const punct = Math.min(2, s.pc[hi - 1]! - s.pc[lo]!);
  const verbs = Math.min(2, s.vc[hi - 1]! - s.vc[lo]!);
  out[k++] = mix(15, punct, right, u[d]!);
  out[k++] = mix(16, verbs, right, u[d]!);
  out[k++] = mix(17, pPrev, p[d]!, pNext);
  out[k++] = mix(18, h > 1 ? p[h - 1]! : 0, p[h]!, h > 0 && h < n ? p[h + 1]! : 0);
  // the dependent's own children
  const ks = s.kidStart;
  const kids = s.kids;
  const k0 = ks[d]!;
  const k1 = ks[d + 1]!;
  let left = 0;
  for (let j = k0; j < k1 && j - k0 < MAX_KID_FEATURES; j++) {
    const c = kids[j]!;
    const side = c < d ? 0 : 1;
    if (side === 0) left++;
    const cl = labels[c - 1]!;
    out[k++] = mix(19, cl, p[c]!, side);
    if (tags.functionTag[u[c]!] === 1) out[k++] = mix(20, cl, w[c]!, u[d]!);
  }
  out[k++] = mix(23, bucket(k1 - k0), left, u[d]!);
  // the head's other children: what the head already has (a subject, an object, a case marker)
  const s0 = ks[h]!;
  const s1 = ks[h + 1]!;
  let rank = 0;
  for (let j = s0, m = 0; j < s1; j++) {
    const c = kids[j]!;
    if (c === d) continue;
    const side = c < d ? 0 : 1;
    // how many siblings lie between the dependent and the head on its side
    if (right ? c > h && c < d : c < h && c > d) rank++;
    if (m++ < MAX_SIB_FEATURES) out[k++] = mix(22, labels[c - 1]!, side, u[d]!);
  }
  out[k++] = mix(24, Math.min(rank, 3), right, u[d]!);
  return k;
}

/** Key of the candidate-label list of an arc: head UPOS, dependent UPOS, direction. */
export function candidateKey(nTags: number, uh: number, ud: number, right: number): number {
  return (uh * nTags + ud) * 2 + right;
}

export class RelabelModel {
  readonly header: RelabelHeader;
  readonly weights: Int8Array;
  readonly mask: number;
  readonly nLabels: number;
  readonly nTags: number;
  /** candidate labels per candidateKey: CSR lists */
  readonly candStart: Int32Array;
  readonly cands: Int32Array;
  readonly tags: RelabelTags;
  readonly parserLabel: boolean;
  margin: number;
  private readonly scratch = new RelabelScratch();
  private readonly feats = new Int32Array(MAX_RELABEL_FEATURES);
  private readonly rows = new Int32Array(MAX_RELABEL_FEATURES);
  private out = new Int32Array(256);

  constructor(header: RelabelHeader, weights: Int8Array, candStart: Int32Array, cands: Int32Array) {
    this.header = header;
    this.nLabels = header.labels.length;
    this.nTags = header.upos.length + 2;
    this.mask = (1 << header.bits) - 1;
    if (weights.length !== (1 << header.bits) * this.nLabels) {
      throw new NewsgraphError('E021', `parser relabeller: ${weights.length} weights, the header expects ${(1 << header.bits) * this.nLabels} — run \`npm run train\``);
    }
    if (candStart.length !== this.nTags * this.nTags * 2 + 1) throw new NewsgraphError('E021', 'parser relabeller: candidate table does not match the tag inventory — run `npm run train`');
    this.weights = weights;
    this.candStart = candStart;
    this.cands = cands;
    this.tags = relabelTags(header.upos);
    this.parserLabel = header.parserLabel ?? true;
    this.margin = header.margin ?? 0;
  }

  /** Re-chooses labels[0..n-1] of the tree in place (the root's label stays: it is not a choice). */
  relabel(x: ParseInput, heads: Int32Array, labels: Int32Array): void {
    const n = x.n;
    const s = this.scratch;
    s.fill(x, heads, this.tags.punctTag, this.tags.verbTag);
    const W = this.weights;
    const L = this.nLabels;
    const feats = this.feats;
    const rows = this.rows;
    const nT = this.nTags;
    // labels are read (children, siblings) while being re-chosen: decide all from the parser's, then write
    if (this.out.length < n) this.out = new Int32Array(2 * n);
    const out = this.out;
    for (let d = 1; d <= n; d++) {
      const h = heads[d - 1]!;
      const pl = labels[d - 1]!;
      out[d - 1] = pl;
      if (h === 0) continue;
      const key = candidateKey(nT, x.u[h]!, x.u[d]!, h < d ? 1 : 0);
      const c0 = this.candStart[key]!;
      const c1 = this.candStart[key + 1]!;
      if (c1 === c0 || (c1 - c0 === 1 && this.cands[c0] === pl)) continue;
      const nf = relabelFeatures(x, heads, labels, d, s, this.tags, feats, this.parserLabel);
      for (let f = 0; f < nf; f++) rows[f] = (feats[f]! & this.mask) * L;
      // the parser's own label is always a candidate, scored first (ties keep it)
      let best = pl;
      let bestScore = 0;
      for (let f = 0; f < nf; f++) bestScore += W[rows[f]! + pl]!;
      bestScore += this.margin;
      for (let c = c0; c < c1; c++) {
        const l = this.cands[c]!;
        if (l === pl) continue;
        let sc = 0;
        for (let f = 0; f < nf; f++) sc += W[rows[f]! + l]!;
        if (sc > bestScore) {
          bestScore = sc;
          best = l;
        }
      }
      out[d - 1] = best;
    }
    for (let i = 0; i < n; i++) labels[i] = out[i]!;
  }

  toBuffer(): Buffer {
    const bytes = encodeModel(RELABEL_KIND, this.header, { w: this.weights, candStart: this.candStart, cands: this.cands });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  static fromBuffer(buf: Uint8Array, source = 'parser relabeller'): RelabelModel {
    const m = decodeModel(buf, RELABEL_KIND, source);
    const header = m.meta as RelabelHeader;
    if (!header || header.format !== 'newsgraph-parser-relabel' || header.version !== 1 || !Array.isArray(header.labels)) {
      throw new NewsgraphError('E021', `${source}: expected a newsgraph-parser-relabel version 1 header — run \`npm run train\``, source);
    }
    return new RelabelModel(header, modelArray(m, 'w', Int8Array, source), modelArray(m, 'candStart', Int32Array, source), modelArray(m, 'cands', Int32Array, source));
  }
}
