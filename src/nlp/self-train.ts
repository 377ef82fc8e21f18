// Agreement-filtered self-training (tri-training in the sense of Søgaard & Rishøj 2010 / Weiss et
// al. 2015): unlabelled sentences parsed by two different parsers, kept as extra training trees only
// where both trees agree on every head and label. This file holds the pure parts — which sentences
// are worth parsing, when two parses agree, and how a share of the agreed trees is drawn for the
// trainer — so scripts/self-train-corpus.ts (the corpus) and scripts/train-parser.ts (--extra) and
// their tests share one definition.
import type { TrainSentence } from './parser-train.js';
import { readConllu } from './conllu.js';
import { mulberry32, shuffleInPlace } from './random.js';
import { NewsgraphError } from '../core/errors.js';

export interface SelfTrainFilter {
  /** fewest and most tokens a kept sentence has (short ones teach little, long ones agree rarely and by luck less often) */
  minTokens: number;
  maxTokens: number;
  /** a sentence whose share of proper-noun tokens reaches this is a list of names (titles, credits, tables), not prose */
  maxPropnShare: number;
}

export const DEFAULT_SELF_TRAIN_FILTER: SelfTrainFilter = { minTokens: 5, maxTokens: 40, maxPropnShare: 0.5 };

/** Why a tagged sentence is left out of the self-training pool, or null when it stays. */
export function selfTrainReject(forms: readonly string[], upos: readonly string[], f: SelfTrainFilter = DEFAULT_SELF_TRAIN_FILTER): string | null {
  if (forms.length < f.minTokens) return 'short';
  if (forms.length > f.maxTokens) return 'long';
  let propn = 0;
  let letters = 0;
  let caps = 0;
  for (let i = 0; i < forms.length; i++) {
    if (upos[i] === 'PROPN') propn++;
    const w = forms[i]!;
    if (/[A-Za-z]/.test(w)) {
      letters++;
      if (w === w.toUpperCase()) caps++;
    }
  }
  if (propn / forms.length >= f.maxPropnShare) return 'names';
  // a headline or table row in capitals: the tagger's tags are unreliable there
  if (letters > 0 && caps === letters) return 'caps';
  // no final punctuation: a heading, caption or list item, or a fragment the splitter cut off
  if (!/^[.!?"'”’)]+$/.test(forms[forms.length - 1]!)) return 'unpunctuated';
  return null;
}

/** True when the two parses give every word the same head and the same (full) label. */
export function treesAgree(headsA: ArrayLike<number>, labelsA: readonly string[], headsB: ArrayLike<number>, labelsB: readonly string[], n: number): boolean {
  for (let i = 0; i < n; i++) if (headsA[i] !== headsB[i] || labelsA[i] !== labelsB[i]) return false;
  return true;
}

/**
 * A reproducible draw of the extra trees with about `tokens` tokens (all of them when there are
 * fewer): shuffled by the seed, then taken in that order until the budget is spent.
 */
export function drawShare<T extends Pick<TrainSentence, 'forms'>>(pool: readonly T[], tokens: number, seed: number): T[] {
  const order = pool.slice();
  shuffleInPlace(order, mulberry32(seed ^ 0x27d4eb2f));
  const out: T[] = [];
  let n = 0;
  for (const s of order) {
    if (n >= tokens) break;
    out.push(s);
    n += s.forms.length;
  }
  return out;
}

/**
 * The trees of a CoNLL-U text as training sentences. Unlike the treebank reader it refuses a tree
 * that is not one — a head outside the sentence or no single root — since a broken extra file would
 * otherwise train silently on nonsense.
 */
export function extraTrees(text: string, file: string): TrainSentence[] {
  return readConllu(text).map((s) => {
    const n = s.words.length;
    let roots = 0;
    s.words.forEach((w, i) => {
      if (w.id !== i + 1 || !Number.isInteger(w.head) || w.head < 0 || w.head > n || w.head === w.id) {
        throw new NewsgraphError('E020', `${file}:${s.line}: word ${w.id} has head ${w.head} (the sentence has ${n} words)`, file);
      }
      if (w.head === 0) roots++;
    });
    if (roots !== 1) throw new NewsgraphError('E020', `${file}:${s.line}: ${roots} roots, expected one`, file);
    return {
      forms: s.words.map((w) => w.form),
      upos: s.words.map((w) => w.upos),
      xpos: s.words.map((w) => w.xpos),
      heads: s.words.map((w) => w.head),
      labels: s.words.map((w) => w.deprel),
    };
  });
}
