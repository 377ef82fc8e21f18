// Jackknifed tags for parser training: the training set is split into k folds, a tagger is trained
// on k−1 folds (with the shipped tagger's own trainer, features and tag dictionary) and tags the
// held-out fold. The parser then learns from tags with realistic errors — the condition it meets at
// run time — instead of gold tags it will never see. The fold taggers use the shipped tagger's tag
// dictionary (forced tags for unambiguous frequent words, allowed sets), and folds are made of
// runs of consecutive sentences so a document's names and topic words are unseen when it is tagged, as in news
// at run time (interleaved folds leak them and tag too well). The MLP second opinion is left out:
// one per fold would cost more than the parser's training.
import { PerceptronTrainer, buildTagDict, SHIPPED_TAG_DICT, type TrainSentence as TaggerSentence } from './tagger-train.js';
import { Tagger, type TaggerMeta } from './tagger.js';
import { type TrainSentence } from './parser-train.js';
import { mulberry32 } from './random.js';

/** sentences per block of a jackknife fold */
export const JACKKNIFE_BLOCK = 50;

/**
 * The fold of training sentence i: blocks of consecutive sentences (about a document each) dealt
 * round-robin, so every fold holds some of each treebank and genre while a document's words stay
 * out of the tagger that tags it.
 */
export function jackknifeFold(i: number, folds: number): number {
  return Math.floor(i / JACKKNIFE_BLOCK) % folds;
}

export interface JackknifeOptions {
  folds: number;
  epochs: number;
  seed: number;
  log?: (line: string) => void;
}

/** Returns predicted {upos, xpos} for each training sentence (same order). */
export function jackknifeTags(
  train: readonly TrainSentence[],
  o: JackknifeOptions,
  /** other sentences (dev sets) to tag with the last fold's tagger */
  extra: readonly TrainSentence[] = [],
): { train: { upos: string[]; xpos: string[] }[]; extra: { upos: string[]; xpos: string[] }[] } {
  const log = o.log ?? (() => {});
  const freq = new Map<string, number>();
  for (const s of train) for (let i = 0; i < s.forms.length; i++) freq.set(`${s.upos[i]}\t${s.xpos[i]}`, (freq.get(`${s.upos[i]}\t${s.xpos[i]}`) ?? 0) + 1);
  const tags = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const sents: TaggerSentence[] = train.map((s) => ({ forms: s.forms, gold: Int32Array.from(s.forms.map((_, i) => tagId.get(`${s.upos[i]}\t${s.xpos[i]}`)!)) }));
  const out: { upos: string[]; xpos: string[] }[] = new Array(train.length);
  const rand = mulberry32(o.seed ^ 0x5eed);
  let right = 0;
  let total = 0;
  let extraTags: { upos: string[]; xpos: string[] }[] = [];
  for (let f = 0; f < o.folds; f++) {
    const t0 = Date.now();
    const trainIdx: number[] = [];
    const heldIdx: number[] = [];
    for (let i = 0; i < sents.length; i++) (jackknifeFold(i, o.folds) === f ? heldIdx : trainIdx).push(i);
    const part = trainIdx.map((i) => sents[i]!);
    const dict = buildTagDict(part, tags.length, SHIPPED_TAG_DICT);
    const trainer = new PerceptronTrainer(tags.length, dict, true);
    const order = part.map((_, i) => i);
    for (let e = 0; e < o.epochs; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      trainer.epoch(part, order);
    }
    const ex = trainer.export(0.05);
    const meta: TaggerMeta = { tags, useForced: true, scale: ex.scale };
    const tagger = new Tagger(meta, ex.arrays);
    let r = 0;
    let n = 0;
    for (const i of heldIdx) {
      const s = train[i]!;
      const t = tagger.tag(s.forms);
      out[i] = t;
      for (let k = 0; k < s.forms.length; k++) {
        n++;
        if (t.upos[k] === s.upos[k] && t.xpos[k] === s.xpos[k]) r++;
      }
    }
    if (f === o.folds - 1) extraTags = extra.map((s) => tagger.tag(s.forms));
    right += r;
    total += n;
    log(`parser: jackknife fold ${f + 1}/${o.folds}: held-out UPOS+XPOS ${((100 * r) / n).toFixed(2)}% (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  }
  log(`parser: jackknifed tags, UPOS+XPOS accuracy ${((100 * right) / total).toFixed(2)}%`);
  return { train: out, extra: extraTags };
}
