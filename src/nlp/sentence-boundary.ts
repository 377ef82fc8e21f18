// The learned sentence-boundary classifier: a binary averaged perceptron over hashed features of
// each gap between two tokens of a paragraph, run after the rule splitter (sentences.ts) and given
// its decision as a feature. The rules are right on edited text; what they miss is web and e-mail
// text without final punctuation — signature blocks ("Regards, Debra⟦⟧ 03/27/2001 01:58 PM"),
// headers ending in a colon ("Jill:⟦⟧ As discussed"), lines of ===== or URLs, run-on answers — and
// the treebanks' raw text teaches those (EWT + GUM train; scripts/train-sentences.ts).
// It only adds ends the rules passed over (see refine), so it is trained on those gaps alone.
// Cost: per token two hashes (form, shape) computed once; per gap ~20 multiply-and-mask lookups
// into one Float32Array — linear in tokens, no allocation per gap.
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { FNV_OFFSET, fnvStep, hashRange, mix } from './hash.js';
import { modelArray, readModelFile, type ModelFile } from './model-io.js';
import { bracketPairs } from './sentences.js';
import type { RawToken } from './tokenize.js';
import * as chars from './tokenize-chars.js';

const { isDigit, isLetter, isLower, isUpper, isSpace } = chars; // read once (see tokenize.ts)

export const SENTENCE_MODEL_FILE = 'sentences.bin';
export const SENTENCE_MODEL_KIND = 'sentence-boundary';
/** log2 of the hashed weight table (2^17 floats = 512 KB) */
export const SENTENCE_HASH_BITS = 17;

/** Per-paragraph token facts the gap features read, computed once per token. */
export interface GapContext {
  readonly n: number;
  readonly form: Int32Array;
  readonly shape: Int32Array;
  /** 1 when the rule splitter ends a sentence after this token */
  readonly rule: Uint8Array;
  /** tokens since the previous rule boundary (the sentence length so far) */
  readonly sinceRule: Int32Array;
  /** character class of the first and last code unit (see charClass) */
  readonly first: Uint8Array;
  readonly last: Uint8Array;
  /** 1 for URLs and e-mail addresses */
  readonly link: Uint8Array;
  /** white space after the token: 0 none, 1 one space, 2 more */
  readonly space: Uint8Array;
  /** 1 when no bracket pair encloses the token (the classifier adds no end inside brackets) */
  readonly open: Uint8Array;
}

/** a, A, 0, or the mark itself (punctuation keeps its identity: . ! ? : , " ) ] > = * - _) */
function charClass(c: number): number {
  if (isLower(c)) return 1;
  if (isUpper(c)) return 2;
  if (isDigit(c)) return 3;
  if (isLetter(c)) return 4;
  return c < 128 ? 8 + c : 5;
}

/** Word shape with runs collapsed to at most two ("Xxx" → Xx, "08/16/2000" → dd/dd/dd, "=====" → ==). */
function shapeHash(text: string, t: RawToken): number {
  let h = FNV_OFFSET;
  let prev = -1;
  let run = 0;
  const end = Math.min(t.end, t.start + 24);
  for (let i = t.start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = isLower(c) ? 120 : isUpper(c) ? 88 : isDigit(c) ? 100 : isLetter(c) ? 76 : c;
    if (k === prev) {
      if (++run >= 2) continue;
    } else run = 0;
    prev = k;
    h = fnvStep(h, k);
  }
  return h;
}

function isLink(text: string, t: RawToken): boolean {
  const n = t.end - t.start;
  if (n < 5) return false;
  for (let i = t.start + 1; i < t.end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return true; // @
    if (c === 58 && text.charCodeAt(i + 1) === 47) return true; // ://
  }
  return text.startsWith('www.', t.start);
}

/** Token facts for tokens[from, to) with the rule splitter's ends (exclusive end indices, absolute). */
export function gapContext(text: string, tokens: readonly RawToken[], from: number, to: number, ruleEnds: readonly number[]): GapContext {
  const n = to - from;
  const form = new Int32Array(n);
  const shape = new Int32Array(n);
  const rule = new Uint8Array(n);
  const sinceRule = new Int32Array(n);
  const first = new Uint8Array(n);
  const last = new Uint8Array(n);
  const link = new Uint8Array(n);
  const space = new Uint8Array(n);
  const open = new Uint8Array(n);
  const { depth } = bracketPairs(text, tokens, from, to);
  for (let i = 0; i < n; i++) open[i] = depth[i] === 0 ? 1 : 0;
  for (const e of ruleEnds) if (e - 1 - from >= 0 && e - 1 - from < n) rule[e - 1 - from] = 1;
  let since = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[from + i]!;
    // long tokens (URLs, file names) are known by their shape only: their forms would not recur
    form[i] = t.end - t.start <= 20 ? hashRange(text, t.start, t.end, true) : 0x5bd1e995;
    shape[i] = shapeHash(text, t);
    first[i] = charClass(text.charCodeAt(t.start));
    last[i] = charClass(text.charCodeAt(t.end - 1));
    link[i] = isLink(text, t) ? 1 : 0;
    let s = 0;
    for (let j = t.end; j < text.length && isSpace(text.charCodeAt(j)) && s < 2; j++) s++;
    space[i] = s;
    sinceRule[i] = ++since;
    if (rule[i]) since = 0;
  }
  return { n, form, shape, rule, sinceRule, first, last, link, space, open };
}

function bucket(d: number): number {
  return d <= 2 ? d : d <= 5 ? 3 : d <= 10 ? 4 : d <= 20 ? 5 : d <= 40 ? 6 : 7;
}

/** Number of feature slots per gap (fixed, so training and tagging share one buffer size). */
export const GAP_FEATURES = 24;

/** Writes the hashed feature indices of the gap after token i (0 ≤ i < n-1) into out; returns the count. */
export function gapFeatures(g: GapContext, i: number, out: Int32Array, mask: number): number {
  const j = i + 1;
  const none = 0x2545f491;
  const fPrev = i > 0 ? g.form[i - 1]! : none;
  const sPrev = i > 0 ? g.shape[i - 1]! : none;
  const fNext2 = j + 1 < g.n ? g.form[j + 1]! : none;
  const sNext2 = j + 1 < g.n ? g.shape[j + 1]! : none;
  const r = g.rule[i]!;
  let k = 0;
  out[k++] = mix(1, 0) & mask;
  out[k++] = mix(2, r) & mask;
  out[k++] = mix(3, g.form[i]!) & mask;
  out[k++] = mix(4, g.form[j]!) & mask;
  out[k++] = mix(5, fPrev) & mask;
  out[k++] = mix(6, fNext2) & mask;
  out[k++] = mix(7, g.shape[i]!) & mask;
  out[k++] = mix(8, g.shape[j]!) & mask;
  out[k++] = mix(9, sPrev) & mask;
  out[k++] = mix(10, sNext2) & mask;
  out[k++] = mix(11, mix(g.shape[i]!, g.shape[j]!)) & mask;
  out[k++] = mix(12, mix(g.form[i]!, g.shape[j]!)) & mask;
  out[k++] = mix(13, mix(g.shape[i]!, g.form[j]!)) & mask;
  out[k++] = mix(14, mix(r, g.shape[j]!)) & mask;
  out[k++] = mix(15, mix(r, g.form[i]!)) & mask;
  out[k++] = mix(16, mix(g.space[i]!, g.shape[j]!)) & mask;
  out[k++] = mix(17, g.link[i]! * 2 + g.link[j]! + r * 4) & mask;
  out[k++] = mix(18, bucket(g.sinceRule[i]!) * 2 + r) & mask;
  out[k++] = mix(19, bucket(g.n - 1 - i) * 2 + r) & mask;
  out[k++] = mix(20, (g.last[i]! << 9) | (g.first[j]! << 1) | r) & mask;
  out[k++] = mix(21, mix(mix(sPrev, g.shape[i]!), g.shape[j]!)) & mask;
  out[k++] = mix(22, mix(g.form[i]!, g.form[j]!)) & mask;
  out[k++] = mix(23, mix(mix(fPrev, g.form[i]!), r)) & mask;
  out[k++] = mix(24, mix(g.shape[j]!, sNext2)) & mask;
  return k;
}

export class SentenceBoundaryModel {
  private readonly feats = new Int32Array(GAP_FEATURES);
  private readonly mask: number;

  constructor(readonly weights: Float32Array) {
    if (weights.length & (weights.length - 1)) throw new NewsgraphError('E021', `sentence model: expected a power-of-two weight table, found ${weights.length}`);
    this.mask = weights.length - 1;
  }

  score(g: GapContext, i: number): number {
    const n = gapFeatures(g, i, this.feats, this.mask);
    let s = 0;
    for (let f = 0; f < n; f++) s += this.weights[this.feats[f]!]!;
    return s;
  }

  /**
   * The sentence ends (exclusive token indices, absolute, the last one `to`) of tokens[from, to),
   * given the rule splitter's ends. The classifier only adds ends: every rule end stays (the rules
   * are right on edited text, and vetoing them gained nothing on dev), and outside brackets a gap
   * the rules passed over ends a sentence when its score is positive.
   */
  refine(text: string, tokens: readonly RawToken[], from: number, to: number, ruleEnds: readonly number[]): number[] {
    if (to - from < 2) return ruleEnds.slice();
    const g = gapContext(text, tokens, from, to, ruleEnds);
    const ends: number[] = [];
    for (let i = 0; i < g.n - 1; i++) if (g.rule[i] || (g.open[i + 1] && this.score(g, i) > 0)) ends.push(from + i + 1);
    ends.push(to);
    return ends;
  }
}

export function sentenceModelFromFile(m: ModelFile, path: string): SentenceBoundaryModel {
  return new SentenceBoundaryModel(modelArray(m, 'weights', Float32Array, path));
}

let cached: SentenceBoundaryModel | null = null;

/** The shipped model (models/sentences.bin), read on first use. */
export function getSentenceModel(): SentenceBoundaryModel {
  if (!cached) {
    const path = modelPath(SENTENCE_MODEL_FILE);
    cached = sentenceModelFromFile(readModelFile(path, SENTENCE_MODEL_KIND), path);
  }
  return cached;
}

/** Drops the cached model (after retraining, or in tests). */
export function resetSentenceModel(): void {
  cached = null;
}
