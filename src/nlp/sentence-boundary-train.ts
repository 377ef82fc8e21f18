// Training for the sentence-boundary classifier (sentence-boundary.ts): raw text with gold sentence
// ends (character offsets) → one labelled example per token gap of each paragraph, tokenized and
// rule-split exactly as segmentText does, then a binary averaged perceptron over the hashed features.
import { paragraphSpans } from './segment-paragraphs.js';
import { splitSentences } from './sentences.js';
import { GAP_FEATURES, gapContext, gapFeatures, scoredGap, SENTENCE_HASH_BITS, SentenceBoundaryModel, type GapContext } from './sentence-boundary.js';
import { tokenize } from './tokenize.js';
import { tokenizeLexicon } from './tokenize-lexicon.js';
import { mulberry32, shuffleInPlace } from './random.js';

export interface GapParagraph {
  readonly ctx: GapContext;
  /** labels[i] = 1 when a gold sentence ends after token i */
  readonly labels: Uint8Array;
}

/** The labelled gaps of a raw text whose gold sentences end at `goldEnds` (character offsets). */
export function gapExamples(text: string, goldEnds: ReadonlySet<number>): GapParagraph[] {
  const lex = tokenizeLexicon();
  const out: GapParagraph[] = [];
  for (const para of paragraphSpans(text)) {
    const raw = tokenize(text, para.start, para.end, lex);
    if (raw.length < 2) continue;
    const ends = splitSentences(text, raw, 0, raw.length, lex);
    const ctx = gapContext(text, raw, 0, raw.length, ends);
    const labels = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) labels[i] = goldEnds.has(raw[i]!.end) ? 1 : 0;
    out.push({ ctx, labels });
  }
  return out;
}

export interface BoundaryTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** called after each epoch with the averaged model; return a score to keep the best epoch */
  readonly score?: (model: SentenceBoundaryModel, epoch: number) => number;
}

/** Trains on the paragraphs; returns the averaged model of the best-scoring epoch (or the last). */
export function trainBoundaryModel(paras: GapParagraph[], opts: BoundaryTrainOptions): { model: SentenceBoundaryModel; epoch: number; score: number } {
  const size = 1 << SENTENCE_HASH_BITS;
  const mask = size - 1;
  const w = new Float64Array(size);
  const total = new Float64Array(size); // Σ over steps of w, kept lazily with stamps
  const stamp = new Float64Array(size);
  const feats = new Int32Array(GAP_FEATURES);
  const rng = mulberry32(opts.seed);
  const order = paras.map((_, i) => i);
  let step = 1;
  let best: { model: SentenceBoundaryModel; epoch: number; score: number } | null = null;
  const averaged = () => {
    const a = new Float32Array(size);
    for (let f = 0; f < size; f++) a[f] = (total[f]! + (step - stamp[f]!) * w[f]!) / step;
    return new SentenceBoundaryModel(a);
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (const p of order) {
      const { ctx, labels } = paras[p]!;
      for (let i = 0; i < ctx.n - 1; i++, step++) {
        if (!scoredGap(ctx, i)) continue; // decided without the classifier (see refine)
        const n = gapFeatures(ctx, i, feats, mask);
        let s = 0;
        for (let f = 0; f < n; f++) s += w[feats[f]!]!;
        const y = labels[i] ? 1 : -1;
        if (s * y > 0) continue;
        for (let f = 0; f < n; f++) {
          const x = feats[f]!;
          total[x] = total[x]! + (step - stamp[x]!) * w[x]!;
          stamp[x] = step;
          w[x] = w[x]! + y;
        }
      }
    }
    const model = averaged();
    const score = opts.score ? opts.score(model, epoch) : epoch;
    if (!best || score > best.score) best = { model, epoch, score };
  }
  return best!;
}
