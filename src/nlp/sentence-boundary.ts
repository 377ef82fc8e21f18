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
import { FNV_OFFSET, fnvStep, hashRange } from './hash.js';
import { modelArray, readModelFile, type ModelFile } from './model-io.js';
import { bracketPairs, hasBracket } from './sentences.js';
import type { RawToken } from './tokenize.js';
import * as chars from './tokenize-chars.js';
import { isTitleCased } from './title-case.js';

const { isDigit, isLetter, isLower, isUpper, isSpace } = chars; // read once (see tokenize.ts)

export const SENTENCE_MODEL_FILE = 'sentences.bin';
export const SENTENCE_MODEL_KIND = 'sentence-boundary';
/** log2 of the hashed weight table (2^17 floats = 512 KB) */
export const SENTENCE_HASH_BITS = 17;

/** Per-paragraph token facts the gap features read, computed once per token. */
export interface GapContext {
  /** tokens in the paragraph (the arrays may be longer: a reused context) */
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
  /**
   * 1 after which the classifier adds no end, as on news text it mostly got these wrong: an
   * abbreviation (the rules decide those: "at 10:00 a.m. Tongan time"), a closing bracket of an
   * insertion opened after a word ("banned by the [Iranian] Chess Federation", "Texas (April 2019)"),
   * a possessive apostrophe ("Richard Dawkins' The Selfish Gene")
   */
  readonly keep: Uint8Array;
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

/** An empty context with room for n tokens (reused across paragraphs by the runtime model). */
function allocContext(n: number): GapContext {
  return {
    n: 0,
    form: new Int32Array(n),
    shape: new Int32Array(n),
    rule: new Uint8Array(n),
    sinceRule: new Int32Array(n),
    first: new Uint8Array(n),
    last: new Uint8Array(n),
    link: new Uint8Array(n),
    space: new Uint8Array(n),
    open: new Uint8Array(n),
    keep: new Uint8Array(n),
  };
}

/**
 * Token facts for tokens[from, to) with the rule splitter's ends (exclusive end indices, absolute).
 * `into`, when large enough, is overwritten and returned instead of a new context. `scoredOnly`: the
 * form and shape hashes only of the tokens the features of a scored gap read (i-1 … i+2 of a gap
 * after i, see scoredGap and gapFeatures) — what refine needs; the others' slots keep whatever they
 * held (most gaps of running text are not scored, and the two hashes were most of this pass).
 */
export function gapContext(text: string, tokens: readonly RawToken[], from: number, to: number, ruleEnds: readonly number[], into?: GapContext, scoredOnly = false): GapContext {
  const n = to - from;
  const g = into && into.form.length >= n ? into : allocContext(n);
  (g as { n: number }).n = n;
  const { form, shape, rule, sinceRule, first, last, link, space, open, keep } = g;
  rule.fill(0, 0, n);
  // (no bracket in the paragraph, the common case: every token open, none closing a pair — see splitSentences)
  const br = hasBracket(text, tokens, from, to) ? bracketPairs(text, tokens, from, to) : null;
  for (const e of ruleEnds) if (e - 1 - from >= 0 && e - 1 - from < n) rule[e - 1 - from] = 1;
  let since = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[from + i]!;
    if (!scoredOnly) {
      form[i] = formHash(text, t);
      shape[i] = shapeHash(text, t);
    }
    first[i] = charClass(text.charCodeAt(t.start));
    last[i] = charClass(text.charCodeAt(t.end - 1));
    link[i] = isLink(text, t) ? 1 : 0;
    let sp = 0;
    for (let j = t.end; j < text.length && sp < 2 && isSpace(text.charCodeAt(j)); j++) sp++;
    space[i] = sp;
    open[i] = br === null || br.depth[i] === 0 ? 1 : 0;
    const o = br === null ? -1 : br.opener[i]!;
    const c = text.charCodeAt(t.start);
    keep[i] =
      t.abbrev !== null ||
      (o > from && isWordEnd(text, tokens[o - 1]!)) ||
      ((c === 39 || c === 0x2019) && t.end - t.start === 1 && i > 0 && tokens[from + i - 1]!.end === t.start && (text.charCodeAt(t.start - 1) | 32) === 115)
        ? 1
        : 0;
    sinceRule[i] = ++since;
    if (rule[i]) since = 0;
  }
  if (scoredOnly) {
    // (scoredGap reads the columns filled above; `done`: the tokens before it are hashed)
    let done = 0;
    for (let i = 0; i < n - 1; i++) {
      if (!scoredGap(g, i)) continue;
      const last = Math.min(i + 2, n - 1);
      for (let k = Math.max(i - 1, done); k <= last; k++) {
        const t = tokens[from + k]!;
        form[k] = formHash(text, t);
        shape[k] = shapeHash(text, t);
      }
      done = last + 1;
    }
  }
  return g;
}

/** A token's form hash, lower-cased; long tokens (URLs, file names) are known by their shape only:
 * their forms would not recur */
function formHash(text: string, t: RawToken): number {
  return t.end - t.start <= 20 ? hashRange(text, t.start, t.end, true) : 0x5bd1e995;
}

/** a token ending in a letter or digit (a word, not a mark that ends a sentence) */
function isWordEnd(text: string, t: RawToken): boolean {
  const c = text.charCodeAt(t.end - 1);
  return isLetter(c) || isDigit(c);
}

function bucket(d: number): number {
  return d <= 2 ? d : d <= 5 ? 3 : d <= 10 ? 4 : d <= 20 ? 5 : d <= 40 ? 6 : 7;
}

/**
 * The gaps the classifier decides: those the rules passed over, outside brackets, except between a
 * word ending in a lower-case letter or a comma and one starting with one (unless the first is a
 * URL or address). Such an unpunctuated end ("… for a day ty") looks like any word boundary: a model
 * scoring them found none on EWT dev (0 of 15), and they are most gaps of running text, so skipping
 * them cuts the classifier's cost by about a third (dev F1 the same within noise: 90.37 vs 90.10).
 */
export function scoredGap(g: GapContext, i: number): boolean {
  if (g.rule[i] !== 0 || g.open[i + 1] !== 1 || g.keep[i] === 1) return false;
  if (g.first[i + 1] !== 1 || g.link[i] === 1) return true;
  const l = g.last[i]!;
  return l !== 1 && l !== COMMA;
}
const COMMA = 8 + 44; // charClass(',')

/** Number of feature slots per gap (fixed, so training and tagging share one buffer size). */
export const GAP_FEATURES = 21;

/** One multiply-xorshift round: template id and value to a table index (values are hashes already). */
function slot(template: number, v: number, mask: number): number {
  let h = Math.imul(v ^ Math.imul(template, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Two hashed values into one (for conjunctions). */
function pair(a: number, b: number): number {
  return Math.imul(a, 0x01000193) ^ b;
}

/**
 * Writes the hashed feature indices of the gap after token i (0 ≤ i < n-1) into out; returns the
 * count. Only gaps the rules passed over are scored, so the rules' decision is not a feature.
 */
export function gapFeatures(g: GapContext, i: number, out: Int32Array, mask: number): number {
  const j = i + 1;
  const none = 0x2545f491;
  const f0 = g.form[i]!;
  const f1 = g.form[j]!;
  const s0 = g.shape[i]!;
  const s1 = g.shape[j]!;
  const fPrev = i > 0 ? g.form[i - 1]! : none;
  const sPrev = i > 0 ? g.shape[i - 1]! : none;
  const fNext2 = j + 1 < g.n ? g.form[j + 1]! : none;
  const sNext2 = j + 1 < g.n ? g.shape[j + 1]! : none;
  out[0] = slot(1, 0, mask);
  out[1] = slot(3, f0, mask);
  out[2] = slot(4, f1, mask);
  out[3] = slot(5, fPrev, mask);
  out[4] = slot(6, fNext2, mask);
  out[5] = slot(7, s0, mask);
  out[6] = slot(8, s1, mask);
  out[7] = slot(9, sPrev, mask);
  out[8] = slot(10, sNext2, mask);
  out[9] = slot(11, pair(s0, s1), mask);
  out[10] = slot(12, pair(f0, s1), mask);
  out[11] = slot(13, pair(s0, f1), mask);
  out[12] = slot(16, pair(g.space[i]!, s1), mask);
  out[13] = slot(17, g.link[i]! * 2 + g.link[j]!, mask);
  out[14] = slot(18, bucket(g.sinceRule[i]!), mask);
  out[15] = slot(19, bucket(g.n - 1 - i), mask);
  out[16] = slot(20, (g.last[i]! << 8) | g.first[j]!, mask);
  out[17] = slot(21, pair(pair(sPrev, s0), s1), mask);
  out[18] = slot(22, pair(f0, f1), mask);
  out[19] = slot(24, pair(s1, sNext2), mask);
  out[20] = slot(23, pair(fPrev, f0), mask);
  return GAP_FEATURES;
}

export class SentenceBoundaryModel {
  private readonly feats = new Int32Array(GAP_FEATURES);
  private readonly mask: number;
  /** the paragraph context, reused (grown when a paragraph is longer) */
  private ctx: GapContext | undefined;

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
   * are right on edited text, and vetoing them gained nothing on dev), and a gap the classifier
   * decides (scoredGap) ends a sentence when its score is positive. A title-cased paragraph keeps
   * the rule ends only (title-case.ts: its capitals say nothing about sentence starts).
   */
  refine(text: string, tokens: readonly RawToken[], from: number, to: number, ruleEnds: readonly number[]): number[] {
    if (to - from < 2 || isTitleCased(text, tokens, from, to)) return ruleEnds.slice();
    const g = (this.ctx = gapContext(text, tokens, from, to, ruleEnds, this.ctx, true));
    const ends: number[] = [];
    for (let i = 0; i < g.n - 1; i++) if (g.rule[i] || (scoredGap(g, i) && this.score(g, i) > 0)) ends.push(from + i + 1);
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
