// Trains the shipped tagger (models/tagger.bin) and lemmatizer (models/lemma.json) from the UD
// English EWT + GUM training sets in ../shared/data/ud. Deterministic: a seeded shuffle per epoch;
// the epoch is chosen on the EWT+GUM dev sets (mean UPOS accuracy), with early stopping.
// Called by scripts/train.ts as trainTagger({ seed, log }), or standalone:
//   npx tsx scripts/train-tagger.ts [--epochs N] [--seed N] [--pud] [--clusters] [--ensemble N] [--no-mlp] [--no-write]
// (--pud, --clusters, --ensemble: the issue-19 experiments, off in the shipped tagger; see TrainTaggerOptions)
// (--second-pass: the right-context second pass, measured in session 22 with the MLP: no dev gain. A right-to-left
// perceptron beside this one gave +0.12–0.20 EWT dev UPOS with the MLP, short of the bar, at ≈ 0.83× tag + parse
// speed; not kept on main: eval/tagger-session-22.md)
import { readFileSync, mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { NewsgraphError } from '../src/core/errors.js';
import { hasShared, modelPath, sharedPath } from '../src/core/paths.js';
import { readConllu, type ConlluSentence } from '../src/nlp/conllu.js';
import { readModelFile, writeModelFile } from '../src/nlp/model-io.js';
import { attachShippedMlp, getTagger, resetTagger, Tagger, TAGGER_FILE, TAGGER_KIND, taggerFromModel, type TaggerMeta } from '../src/nlp/tagger.js';
import type { TaggerArrays } from '../src/nlp/tagger.js';
import { buildTagDict, mixExports, PerceptronTrainer, pruneArrays, SHIPPED_TAG_DICT, SparseTagger, type TagDictOptions, type TrainSentence } from '../src/nlp/tagger-train.js';
import { evalTaggerOn, type TaggerScores } from '../src/nlp/tagger-eval.js';
import { trainLemmatizer } from '../src/nlp/lemmatizer-train.js';
import { Lemmatizer, LEMMA_FILE } from '../src/nlp/lemmatizer.js';
import { mulberry32, shuffleInPlace } from '../src/nlp/random.js';
import { gunzipSync } from 'node:zlib';
import { KeyIndex } from '../src/nlp/hash.js';
import { TAGGER_MLP_FILE, TAGGER_MLP_KIND, type TaggerMlp } from '../src/nlp/tagger-mlp.js';
import { trainMlp } from '../src/nlp/tagger-mlp-train.js';
import { defaultWordClusters, wordClustersPath } from '../src/nlp/word-clusters.js';
import { GLOVE_FILE, readGlove } from './train-clusters.js';

export interface TrainTaggerOptions {
  seed?: number;
  log?: (s: string) => void;
  maxEpochs?: number;
  /** stop after this many epochs without a dev improvement */
  patience?: number;
  /** averaged weights below this magnitude are dropped while training (cheap, lossless) */
  prune?: number;
  /**
   * candidate thresholds for pruning the finished model: the largest one whose mean dev UPOS stays
   * within `pruneTolerance` of the unpruned model is shipped (fewer weights = faster tagging)
   */
  pruneCandidates?: readonly number[];
  pruneTolerance?: number;
  /** UPOS+XPOS pairs rarer than this in training are folded into a frequent pair */
  minClassCount?: number;
  dict?: Partial<TagDictOptions>;
  /**
   * number of perceptrons trained on different shuffles and averaged (a score-level ensemble at one
   * model's run time: the keys per token are the same, the rows the union of the members'). Measured
   * in session 13 (seed 20251125; NOT shipped, default DEFAULT_TAGGER_ENSEMBLE = 1): 3 members give
   * perceptron dev UPOS EWT/GUM 95.02/96.45 -> 95.16/96.52 (8-bit codes; the word-cluster templates
   * 95.07/96.42 and the conjunction templates 95.00/96.39 in the same screen), with the MLP (which
   * retrains to the same bytes) 95.25/96.79 -> 95.28/96.90; tagger.bin 5.06 -> 4.91 MB. With the
   * parser retrained as npm run train does: EWT test UPOS 95.57 -> 95.59, UAS/LAS 86.23/83.09 ->
   * 86.40/83.28; GUM test UPOS 96.28 -> 96.37, LAS 81.56 -> 81.66; PolNeAR dev content exact
   * 0.6140 -> 0.6153, overlap80 0.7374 -> 0.7378, cue 0.7119 -> 0.7122, source 0.7582 -> 0.7583,
   * direct R80 0.955, speaker 0.9489; Wikinews dev events 124/165 (unannotated 46 -> 44); but PLOVER
   * GSR type/source/target 0.733/0.720/0.684 -> 0.724/0.713/0.674, UNER EWT test 0.713 -> 0.712,
   * test/events/recall-10 ("… attributed to the Taliban": no 190 event) and 5 contract goldens fail.
   * Speed (bench/parse.ts, 3 alternating pairs in one lock hold): tag+parse 65.7k/55.4k/63.7k against
   * 63.7k/59.3k/54.5k tokens per CPU-second — equal within the load's noise
   */
  ensemble?: number;
  /** write the model files (default true) */
  write?: boolean;
  /**
   * experiment: train with beam search and early update (PerceptronTrainer.epochBeam) and score dev
   * with beam decoding (SparseTagger.beamTagIds); the runtime Tagger is greedy, so use with write: false
   */
  beam?: number;
  /** also train the MLP second opinion (models/tagger-mlp.bin) for the written tagger (default true) */
  mlp?: boolean;
  /**
   * experiment (domain weighting): each EWT training sentence is seen this many times per epoch
   * (default 1); EWT test is web text, GUM mostly other genres
   */
  ewtCopies?: number;
  /**
   * experiment: also train on UD English PUD (news/Wikipedia, the parser's training set too); default
   * false. With clusters: dev UPOS +0.05 EWT / +0.07 GUM, dev LAS +0.10 / +0.33, but PLOVER GSR type
   * accuracy 0.708 -> 0.693 (below its 0.70 floor), so not shipped (session 7)
   */
  pud?: boolean;
  /** experiment: the word-cluster templates (features-tagger.ts 50–55); default false (see pud) */
  clusters?: boolean;
}

export interface TrainTaggerResult {
  seconds: number;
  epochs: number;
  bestEpoch: number;
  classes: number;
  taggerBytes: number;
  lemmaBytes: number;
  dev: { ewt: TaggerScores; gum: TaggerScores };
}

/** perceptrons averaged into the shipped tagger (see TrainTaggerOptions.ensemble: 3 measured better, not shipped) */
export const DEFAULT_TAGGER_ENSEMBLE = 1;

const UD = (name: string) => sharedPath('data', 'ud', name);

function load(name: string): ConlluSentence[] {
  return readConllu(readFileSync(UD(name), 'utf8'));
}

/**
 * The tagger's training sentences: EWT train first (ewtCopies repeats that prefix), GUM train, and
 * (pud) UD English PUD — 1,000 news and Wikipedia sentences, the genre the pipeline reads.
 */
function taggerTrainSet(pud: boolean): { ewt: ConlluSentence[]; ud: ConlluSentence[]; all: ConlluSentence[] } {
  const ewt = load('en_ewt-ud-train.conllu');
  const ud = [...ewt, ...load('en_gum-ud-train.conllu')];
  return { ewt, ud, all: pud ? [...ud, ...load('en_pud-ud-test.conllu')] : ud };
}

export async function trainTagger(opts: TrainTaggerOptions = {}): Promise<TrainTaggerResult> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? 1;
  const maxEpochs = opts.maxEpochs ?? 12;
  const patience = opts.patience ?? 3;
  const prune = opts.prune ?? 0.05;
  const pruneCandidates = opts.pruneCandidates ?? [0.25, 0.5, 0.75, 1];
  const pruneTolerance = opts.pruneTolerance ?? 0.0005;
  const minClassCount = opts.minClassCount ?? 100;
  const dictOpts: TagDictOptions = { ...SHIPPED_TAG_DICT, ...opts.dict };
  if (!hasShared()) throw new NewsgraphError('E001', `expected the UD treebanks under ${UD('')}, found no ../shared`);
  const t0 = performance.now();

  const pud = opts.pud ?? false;
  const { ewt: ewtTrain, ud: lemmaTrain, all: train } = taggerTrainSet(pud);
  const devEwt = load('en_ewt-ud-dev.conllu');
  const devGum = load('en_gum-ud-dev.conllu');

  // joint UPOS+XPOS classes, most frequent first. Rare pairs (annotation noise such as SYM|NN,
  // X|VBD) are folded into the most frequent pair with the same XPOS (else the same UPOS): every
  // class adds an entry to the dense weight rows of frequent features, and the rows' length is
  // what bounds tagging speed.
  const freq = new Map<string, number>();
  for (const s of train) for (const w of s.words) freq.set(`${w.upos}\t${w.xpos}`, (freq.get(`${w.upos}\t${w.xpos}`) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const tags = ranked.filter(([, c]) => c >= minClassCount).map(([t]) => t);
  const fold = new Map<string, string>();
  for (const [pair] of ranked) {
    if (tags.includes(pair)) continue;
    const [u, x] = pair.split('\t');
    const to = tags.find((t) => t.endsWith(`\t${x}`)) ?? tags.find((t) => t.startsWith(`${u}\t`));
    if (to) fold.set(pair, to);
    else tags.push(pair);
  }
  if (tags.length > 255) throw new NewsgraphError('E020', `expected at most 255 UPOS+XPOS classes in training data, found ${tags.length}`);
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const classOf = (w: { upos: string; xpos: string }) => {
    const pair = `${w.upos}\t${w.xpos}`;
    return tagId.get(fold.get(pair) ?? pair)!;
  };
  const sents: TrainSentence[] = train.map((s) => ({
    forms: s.words.map((w) => w.form),
    gold: Int32Array.from(s.words.map(classOf)),
  }));
  // extra EWT copies join the perceptron's epochs only (the tag dictionary counts every sentence once)
  const dictSents = sents.slice();
  for (let c = 1; c < (opts.ewtCopies ?? 1); c++) sents.push(...sents.slice(0, ewtTrain.length));
  const nTokens = sents.reduce((a, s) => a + s.forms.length, 0);
  log(`tagger: ${sents.length} training sentences, ${nTokens} tokens, ${tags.length} UPOS+XPOS classes (${fold.size} rare pairs folded)`);

  const dict = buildTagDict(dictSents, tags.length, dictOpts);
  log(`tagger: tag dictionary ${dict.keys.length} words, ${dict.classes} ambiguity classes`);
  const useForced = Number.isFinite(dictOpts.forceFreq);
  const ensemble = Math.max(1, opts.ensemble ?? DEFAULT_TAGGER_ENSEMBLE);
  const beam = opts.beam ?? 1;
  const clusters = opts.clusters ? defaultWordClusters() : null;
  if (opts.clusters && !clusters) throw new NewsgraphError('E021', `the tagger's cluster features need ${wordClustersPath()} — run scripts/train-clusters.ts first`);
  const members = Array.from({ length: ensemble }, (_, m) => ({
    trainer: new PerceptronTrainer(tags.length, dict, useForced, clusters),
    rand: mulberry32(seed + m * 7919),
    order: sents.map((_, i) => i),
  }));

  // Epoch and pruning are chosen on the trainer's int16 weights (the reference decoder), then the
  // chosen model is stored with 8-bit codes (tagger-codebook.ts): the codes move dev UPOS by ±0.02,
  // less than the epoch-to-epoch differences they would otherwise decide (a retrain chose epoch 9
  // over 12 on a 0.01 tie and lost 0.06 EWT dev UPOS to the int16 choice).
  const exactScore = (arrays: TaggerArrays): number => {
    const st = new SparseTagger(arrays, tags.length, useForced, clusters);
    const upos = (dev: readonly ConlluSentence[]) => {
      let right = 0;
      let total = 0;
      for (const s of dev) {
        const out = new Int32Array(s.words.length);
        st.tagIds(s.words.map((w) => w.form), out);
        for (let i = 0; i < s.words.length; i++) if (tags[out[i]!]!.split('\t')[0] === s.words[i]!.upos) right++;
        total += s.words.length;
      }
      return right / total;
    };
    return (upos(devEwt) + upos(devGum)) / 2;
  };
  let best: { epoch: number; score: number; meta: TaggerMeta; arrays: ReturnType<PerceptronTrainer['export']>['arrays'] } | null = null;
  let epoch = 0;
  for (epoch = 1; epoch <= maxEpochs; epoch++) {
    const te = performance.now();
    let acc = 0;
    for (const m of members) {
      shuffleInPlace(m.order, m.rand);
      acc += (beam > 1 ? m.trainer.epochBeam(sents, m.order, beam) : m.trainer.epoch(sents, m.order)) / ensemble;
    }
    const ex = ensemble === 1 ? members[0]!.trainer.export(prune) : mixExports(members.map((m) => m.trainer.export(prune)), tags.length, prune);
    const meta: TaggerMeta = { tags, useForced, scale: ex.scale, ...(clusters ? { clusters: true } : {}) };
    const tagger = new Tagger(meta, ex.arrays);
    const e = evalTaggerOn(devEwt, { tagger, lemmatizer: null, timing: false });
    const g = evalTaggerOn(devGum, { tagger, lemmatizer: null, timing: false });
    let score = exactScore(ex.arrays);
    if (beam > 1) {
      const st = new SparseTagger(ex.arrays, tags.length, useForced, clusters);
      const acc1 = (dev: readonly ConlluSentence[]) => {
        let right = 0;
        let total = 0;
        for (const s of dev) {
          const out = new Int32Array(s.words.length);
          st.beamTagIds(s.words.map((w) => w.form), out, beam);
          s.words.forEach((w, i) => {
            total++;
            if (tags[out[i]!]!.split('\t')[0] === w.upos) right++;
          });
        }
        return right / total;
      };
      const be = acc1(devEwt);
      const bg = acc1(devGum);
      log(`tagger: epoch ${epoch} beam ${beam} decoding: dev UPOS ewt ${(be * 100).toFixed(2)} gum ${(bg * 100).toFixed(2)} (greedy decoding of the same weights below)`);
      score = (be + bg) / 2;
    }
    log(
      `tagger: epoch ${epoch}${ensemble > 1 ? ` (${ensemble} mixed)` : ''} train ${(acc * 100).toFixed(2)}% | dev UPOS (int16 weights, mean) ${(score * 100).toFixed(3)} | shipped (8-bit codes) ewt ${(e.upos * 100).toFixed(2)} gum ${(g.upos * 100).toFixed(2)} ` +
        `XPOS ewt ${(e.xpos * 100).toFixed(2)} gum ${(g.xpos * 100).toFixed(2)} | rows ${ex.arrays.featKeys.length} nnz ${ex.nnz} | ${((performance.now() - te) / 1000).toFixed(1)}s`,
    );
    if (!best || score > best.score) best = { epoch, score, meta, arrays: ex.arrays };
    else if (epoch - best.epoch >= patience) break;
  }
  if (!best) throw new Error('trainTagger: no epoch ran');
  const epochs = Math.min(epoch, maxEpochs);

  // post-hoc pruning, chosen on dev: weights, not accuracy, bound the tagger's speed
  let shippedPrune = prune;
  for (const thr of pruneCandidates) {
    const arrays = pruneArrays(best.arrays, best.meta.scale, thr);
    const tagger = new Tagger(best.meta, arrays);
    const e = evalTaggerOn(devEwt, { tagger, lemmatizer: null, timing: false });
    const g = evalTaggerOn(devGum, { tagger, lemmatizer: null, timing: false });
    const score = exactScore(arrays);
    const ok = score >= best.score - pruneTolerance;
    log(`tagger: prune ${thr}: dev UPOS (int16 weights, mean) ${(score * 100).toFixed(3)} | shipped ewt ${(e.upos * 100).toFixed(2)} gum ${(g.upos * 100).toFixed(2)}, ${arrays.cls.length} weights${ok ? '' : ' (rejected)'}`);
    if (!ok) break;
    best = { ...best, arrays };
    shippedPrune = thr;
  }

  // lemmatizer from EWT + GUM train (PUD only joins the tagger: its lemmas follow other conventions)
  const lemmaModel = trainLemmatizer(lemmaTrain.flatMap((s) => s.words));
  const lemmatizer = new Lemmatizer(lemmaModel);
  const finalTagger = new Tagger(best.meta, best.arrays);
  const info = { seed, ensemble, bestEpoch: best.epoch, epochs, prune: shippedPrune, minClassCount, dict: dictOpts, trainTokens: nTokens, data: `UD_English-EWT + UD_English-GUM (train)${pud ? ' + UD_English-PUD' : ''}` };
  let taggerBytes = 0;
  let lemmaBytes = 0;
  if (opts.write ?? true) {
    mkdirSync(modelPath(), { recursive: true });
    taggerBytes = writeModelFile(modelPath(TAGGER_FILE), TAGGER_KIND, { ...best.meta, info }, { ...finalTagger.tables() });
    writeFileSync(modelPath(LEMMA_FILE), JSON.stringify({ ...lemmaModel, info: { seed, data: 'UD_English-EWT + UD_English-GUM (train)' } }));
    lemmaBytes = statSync(modelPath(LEMMA_FILE)).size;
  }
  if ((opts.write ?? true) && (opts.mlp ?? true)) {
    // the MLP is fitted to this perceptron's close calls: retrain it whenever the perceptron changes
    // the MLP keeps its own fixed seed (trainTaggerMlp's default, 1): the shipped model was chosen with it
    const m = await trainTaggerMlp({ log, write: true, pud });
    attachShippedMlp(finalTagger);
    resetTagger();
    log(`tagger: with the MLP dev UPOS ewt ${(m.ewt * 100).toFixed(2)} gum ${(m.gum * 100).toFixed(2)} (perceptron ${(m.baseEwt * 100).toFixed(2)} / ${(m.baseGum * 100).toFixed(2)})`);
  } else if (opts.write ?? true) rmSync(modelPath(TAGGER_MLP_FILE), { force: true }); // a stale MLP would not fit the new perceptron
  const dev = {
    ewt: evalTaggerOn(devEwt, { tagger: finalTagger, lemmatizer }),
    gum: evalTaggerOn(devGum, { tagger: finalTagger, lemmatizer }),
  };
  const seconds = (performance.now() - t0) / 1000;
  log(`tagger: best epoch ${best.epoch}; model ${(taggerBytes / 1e6).toFixed(2)} MB, lemma ${(lemmaBytes / 1e6).toFixed(2)} MB; ${seconds.toFixed(1)}s`);
  return { seconds, epochs, bestEpoch: best.epoch, classes: tags.length, taggerBytes, lemmaBytes, dev };
}

export interface TrainSecondPassOptions {
  seed?: number;
  log?: (s: string) => void;
  /** jackknife folds for the held-out first-pass tags */
  folds?: number;
  /** epochs of each fold's first-pass model (the shipped first pass's best epoch is a fair choice) */
  foldEpochs?: number;
  maxEpochs?: number;
  patience?: number;
  prune?: number;
  /** first pass tags right to left (trained on reversed sentences) instead of the shipped model */
  reversedFirst?: boolean;
}

/**
 * A second tagger pass that also sees the first pass's tags of the word itself and of the two words
 * to its right. Its training data carries jackknifed first-pass tags (each fold tagged by a model
 * trained without it), so the second pass learns from first-pass errors as they occur at run time.
 * The first pass is the shipped models/tagger.bin, or (reversedFirst) a right-to-left tagger trained
 * here. Reports dev UPOS per epoch; writes nothing (the runtime Tagger has no second pass).
 */
export async function trainSecondPass(opts: TrainSecondPassOptions = {}): Promise<{ ewt: number; gum: number; baseEwt: number; baseGum: number }> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? 1;
  const K = opts.folds ?? 4;
  const foldEpochs = opts.foldEpochs ?? 8;
  const maxEpochs = opts.maxEpochs ?? 12;
  const patience = opts.patience ?? 3;
  const prune = opts.prune ?? 0.05;
  const dictOpts: TagDictOptions = SHIPPED_TAG_DICT;
  const train = [...load('en_ewt-ud-train.conllu'), ...load('en_gum-ud-train.conllu')];
  const devEwt = load('en_ewt-ud-dev.conllu');
  const devGum = load('en_gum-ud-dev.conllu');
  const tags = getTagger().tags; // the shipped first pass's classes
  const tagId = new Map(tags.map((t, i) => [t, i]));
  // rare pairs fold as in trainTagger: same XPOS, else same UPOS
  const classOf = (w: { upos: string; xpos: string }) => {
    const pair = `${w.upos}\t${w.xpos}`;
    const byXpos = tags.findIndex((t) => t.endsWith(`\t${w.xpos}`));
    return tagId.get(pair) ?? (byXpos >= 0 ? byXpos : tags.findIndex((t) => t.startsWith(`${w.upos}\t`)));
  };
  const sents: TrainSentence[] = train.map((s) => ({ forms: s.words.map((w) => w.form), gold: Int32Array.from(s.words.map((w) => Math.max(0, classOf(w)))) }));
  const rev = opts.reversedFirst === true;
  /** a first pass: forward, or trained on reversed sentences and run right to left */
  const firstModel = (part: readonly TrainSentence[], r: number): ((forms: readonly string[]) => Int32Array) => {
    const data = rev ? part.map((s) => ({ forms: [...s.forms].reverse(), gold: Int32Array.from(s.gold).reverse() })) : part;
    const dict = buildTagDict(data, tags.length, dictOpts);
    const trainer = new PerceptronTrainer(tags.length, dict, true);
    const rand = mulberry32(seed + r * 104729);
    const order = data.map((_, i) => i);
    for (let e = 0; e < foldEpochs; e++) {
      shuffleInPlace(order, rand);
      trainer.epoch(data, order);
    }
    const ex = trainer.export(prune);
    return runFirst(new Tagger({ tags, useForced: true, scale: ex.scale }, ex.arrays), rev);
  };
  const runFirst = (t: Tagger, reversed: boolean) => (forms: readonly string[]): Int32Array => {
    const out = new Int32Array(forms.length);
    if (!reversed) t.tagIds(forms, out);
    else {
      t.tagIds([...forms].reverse(), out);
      out.reverse();
    }
    return out;
  };
  const first = rev ? firstModel(sents, K) : runFirst(getTagger(), false);
  const uposAcc = (dev: readonly ConlluSentence[], tag: (forms: readonly string[]) => Int32Array) => {
    let right = 0;
    let total = 0;
    for (const s of dev) {
      const ids = tag(s.words.map((w) => w.form));
      s.words.forEach((w, i) => {
        total++;
        if (tags[ids[i]!]!.split('\t')[0] === w.upos) right++;
      });
    }
    return right / total;
  };
  const base = { ewt: uposAcc(devEwt, first), gum: uposAcc(devGum, first) };
  log(`second pass: first pass${rev ? ' (right to left)' : ''} dev UPOS ewt ${(base.ewt * 100).toFixed(2)} gum ${(base.gum * 100).toFixed(2)}`);

  // jackknife: contiguous folds (documents stay together, so held-out tags are as noisy as at run time)
  const firstTags: Int32Array[] = new Array(sents.length);
  let right = 0;
  let total = 0;
  for (let f = 0; f < K; f++) {
    const lo = Math.floor((f * sents.length) / K);
    const hi = Math.floor(((f + 1) * sents.length) / K);
    const t = firstModel(sents.filter((_, i) => i < lo || i >= hi), f);
    for (let i = lo; i < hi; i++) {
      const s = sents[i]!;
      const out = t(s.forms);
      for (let j = 0; j < out.length; j++) if (out[j] === s.gold[j]) right++;
      total += out.length;
      firstTags[i] = out;
    }
    log(`second pass: fold ${f + 1}/${K} tagged (held-out accuracy so far ${((right / total) * 100).toFixed(2)}%)`);
  }
  const sents2: TrainSentence[] = sents.map((s, i) => ({ ...s, first: firstTags[i]! }));
  const dict = buildTagDict(sents, tags.length, dictOpts);
  const trainer = new PerceptronTrainer(tags.length, dict, true);
  const rand = mulberry32(seed);
  const order = sents2.map((_, i) => i);
  let best = { epoch: 0, ewt: 0, gum: 0 };
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    shuffleInPlace(order, rand);
    const acc = trainer.epoch(sents2, order);
    const ex = trainer.export(prune);
    const second = new SparseTagger(ex.arrays, tags.length, true);
    const tag2 = (forms: readonly string[]) => {
      const out = new Int32Array(forms.length);
      second.tagIds(forms, out, first(forms));
      return out;
    };
    const e = uposAcc(devEwt, tag2);
    const g = uposAcc(devGum, tag2);
    log(`second pass: epoch ${epoch} train ${(acc * 100).toFixed(2)}% | dev UPOS ewt ${(e * 100).toFixed(2)} gum ${(g * 100).toFixed(2)} | nnz ${ex.nnz}`);
    if (e + g > best.ewt + best.gum) best = { epoch, ewt: e, gum: g };
    else if (epoch - best.epoch >= patience) break;
  }
  return { ewt: best.ewt, gum: best.gum, baseEwt: base.ewt, baseGum: base.gum };
}

export interface TrainMlpOptions {
  seed?: number;
  log?: (s: string) => void;
  epochs?: number;
  hidden?: number;
  vocab?: number;
  sparseBits?: number;
  lr?: number;
  decay?: number;
  /** stop after this many epochs without a dev improvement */
  patience?: number;
  /** train on the first N sentences only (a smoke test) */
  limit?: number;
  /** write models/tagger-mlp.bin with the best epoch and mix (default false: an experiment) */
  write?: boolean;
  /** train on UD English PUD too, as the perceptron (default false) */
  pud?: boolean;
}

/**
 * Trains the MLP second opinion (src/nlp/tagger-mlp.ts) for the shipped perceptron
 * (models/tagger.bin) and picks, per epoch, the margin and weight of the mix on EWT+GUM dev.
 */
export async function trainTaggerMlp(opts: TrainMlpOptions = {}): Promise<{ ewt: number; gum: number; baseEwt: number; baseGum: number; margin: number; weight: number }> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? 1;
  const clusters = defaultWordClusters();
  if (!clusters) throw new NewsgraphError('E021', `the tagger MLP needs the word-cluster table ${wordClustersPath()} — run scripts/train-clusters.ts first`);
  const t0 = performance.now();
  const glove = readGlove(gunzipSync(readFileSync(sharedPath(GLOVE_FILE))).toString('utf8'));
  if (glove.words.length !== clusters.size) throw new NewsgraphError('E021', `word clusters hold ${clusters.size} words, the vectors ${glove.words.length}: rebuild the clusters (scripts/train-clusters.ts)`);
  log(`mlp: ${glove.words.length} vectors of ${glove.dim} read in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  // the perceptron as written to models/ (not getTagger(): an MLP file from an earlier run may not fit it)
  const tagger = taggerFromModel(readModelFile(modelPath(TAGGER_FILE), TAGGER_KIND), modelPath(TAGGER_FILE));
  const tags = tagger.tags;
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const classOf = (w: { upos: string; xpos: string }) => {
    const pair = `${w.upos}\t${w.xpos}`;
    const byXpos = tags.findIndex((t) => t.endsWith(`\t${w.xpos}`));
    return tagId.get(pair) ?? (byXpos >= 0 ? byXpos : Math.max(0, tags.findIndex((t) => t.startsWith(`${w.upos}\t`))));
  };
  const pud = opts.pud ?? false;
  const train = taggerTrainSet(pud).all.slice(0, opts.limit ?? Infinity);
  const sents: TrainSentence[] = train.map((s) => ({ forms: s.words.map((w) => w.form), gold: Int32Array.from(s.words.map(classOf)) }));
  const devEwt = load('en_ewt-ud-dev.conllu');
  const devGum = load('en_gum-ud-dev.conllu');
  const dev = () => ({ e: evalTaggerOn(devEwt, { tagger, lemmatizer: null, timing: false }).upos, g: evalTaggerOn(devGum, { tagger, lemmatizer: null, timing: false }).upos });
  tagger.setMlp(null);
  const base = dev();
  log(`mlp: perceptron alone dev UPOS ewt ${(base.e * 100).toFixed(2)} gum ${(base.g * 100).toFixed(2)}`);
  const t = tagger.tables();
  const dict = new KeyIndex(t.dictKeys, t.dictVals);
  const margins = [4, 8, 16, 32, Infinity];
  const weights = [1, 2, 4, 8, 100];
  let best = { epoch: 0, ewt: base.e, gum: base.g, margin: 0, weight: 0, mlp: null as TaggerMlp | null };
  const patience = opts.patience ?? 3;
  trainMlp(
    sents,
    tags.length,
    dict,
    clusters,
    glove,
    { seed, hidden: opts.hidden ?? 64, vocab: opts.vocab ?? 100000, sparseBits: opts.sparseBits ?? 15, lr: opts.lr ?? 0.02, decay: opts.decay ?? 0.15, log },
    opts.epochs ?? 16,
    (epoch, mlp) => {
      const rows: string[] = [];
      let epochBest = { ewt: 0, gum: 0, margin: 0, weight: 0 };
      for (const margin of margins) {
        for (const weight of weights) {
          if (weight !== 100 || margin === Infinity) {
            tagger.setMlp(mlp, margin, weight);
            tagger.mlpCalls = 0;
            const r = dev();
            const calls = tagger.mlpCalls;
            rows.push(`m${margin}/w${weight}: ${(r.e * 100).toFixed(2)}/${(r.g * 100).toFixed(2)} (${calls})`);
            // chosen on the mean of the two dev sets, never trading a GUM loss for an EWT gain
            if (r.g >= base.g && r.e + r.g > epochBest.ewt + epochBest.gum) epochBest = { ewt: r.e, gum: r.g, margin, weight };
          }
        }
      }
      tagger.setMlp(null);
      log(`mlp: epoch ${epoch} dev UPOS ewt/gum by margin/weight (calls): ${rows.join(' | ')}`);
      log(`mlp: epoch ${epoch} best m${epochBest.margin}/w${epochBest.weight}: ewt ${(epochBest.ewt * 100).toFixed(2)} gum ${(epochBest.gum * 100).toFixed(2)}`);
      if (epochBest.ewt + epochBest.gum > best.ewt + best.gum) best = { epoch, ...epochBest, mlp };
      return epoch - best.epoch < patience;
    },
  );
  if (opts.write && best.mlp) {
    const m = best.mlp;
    const info = { seed, epoch: best.epoch, hidden: m.meta.hidden, data: `UD_English-EWT + UD_English-GUM (train)${pud ? ' + UD_English-PUD' : ''}; GloVe 6B 50d (public domain)` };
    const bytes = writeModelFile(modelPath(TAGGER_MLP_FILE), TAGGER_MLP_KIND, { ...m.meta, margin: best.margin, weight: best.weight, info }, { ...m.arrays() });
    log(`mlp: wrote ${modelPath(TAGGER_MLP_FILE)} (${(bytes / 1e6).toFixed(2)} MB), epoch ${best.epoch}, margin ${best.margin}, weight ${best.weight}`);
  }
  return { ewt: best.ewt, gum: best.gum, baseEwt: base.e, baseGum: base.g, margin: best.margin, weight: best.weight };
}

function fmt(name: string, s: TaggerScores): string {
  const p = (x: number) => (x * 100).toFixed(2);
  return `${name}: UPOS ${p(s.upos)} XPOS ${p(s.xpos)} lemma ${p(s.lemma)} (gold tags ${p(s.lemmaGoldTags)}) | ${s.tokens} tokens, ${Math.round(s.tokensPerSecond)} tokens/s CPU (${Math.round(s.tokensPerSecondWall)} wall)`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
  if (process.argv.includes('--mlp')) {
    const r = await trainTaggerMlp({ seed: num('--seed'), epochs: num('--epochs'), hidden: num('--hidden'), vocab: num('--vocab'), sparseBits: num('--sparse-bits'), lr: num('--lr'), decay: num('--decay'), limit: num('--limit'), patience: num('--patience'), write: process.argv.includes('--write'), pud: process.argv.includes('--pud'), log: (s) => console.log(s) });
    console.log(`mlp best dev UPOS: ewt ${(r.ewt * 100).toFixed(2)} (perceptron ${(r.baseEwt * 100).toFixed(2)}), gum ${(r.gum * 100).toFixed(2)} (perceptron ${(r.baseGum * 100).toFixed(2)}) at margin ${r.margin}, weight ${r.weight}`);
    process.exit(0);
  }
  if (process.argv.includes('--second-pass')) {
    const r = await trainSecondPass({ seed: num('--seed'), folds: num('--folds'), foldEpochs: num('--fold-epochs'), maxEpochs: num('--epochs'), reversedFirst: process.argv.includes('--reversed-first'), log: (s) => console.log(s) });
    console.log(`second pass best dev UPOS: ewt ${(r.ewt * 100).toFixed(2)} (first pass ${(r.baseEwt * 100).toFixed(2)}), gum ${(r.gum * 100).toFixed(2)} (first pass ${(r.baseGum * 100).toFixed(2)})`);
    process.exit(0);
  }
  const r = await trainTagger({
    seed: num('--seed'),
    maxEpochs: num('--epochs'),
    prune: num('--prune'),
    minClassCount: num('--min-class'),
    ensemble: num('--ensemble'),
    beam: num('--beam'),
    write: !process.argv.includes('--no-write') && num('--beam') === undefined,
    ewtCopies: num('--ewt-copies'),
    pud: process.argv.includes('--pud'),
    clusters: process.argv.includes('--clusters'),
    mlp: !process.argv.includes('--no-mlp'),
    dict: {
      ...(num('--force-freq') !== undefined ? { forceFreq: num('--force-freq')! } : {}),
      ...(num('--force-share') !== undefined ? { forceShare: num('--force-share')! } : {}),
      ...(num('--allow-freq') !== undefined ? { allowFreq: num('--allow-freq')! } : {}),
      ...(num('--min-freq') !== undefined ? { minFreq: num('--min-freq')! } : {}),
      ...(num('--min-share') !== undefined ? { minShare: num('--min-share')! } : {}),
    },
    log: (s) => console.log(s),
  });
  console.log(fmt('dev EWT', r.dev.ewt));
  console.log(fmt('dev GUM', r.dev.gum));
  console.log(`trained in ${r.seconds.toFixed(1)}s, best epoch ${r.bestEpoch}/${r.epochs}`);
}
