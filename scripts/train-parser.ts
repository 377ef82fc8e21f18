// Trains the dependency parser on UD English EWT + GUM train (dev sets pick the epoch) and writes
// models/parser.bin. At run time the parser sees predicted tags; two ways to train on imperfect
// tags are built in — jackknifing (--folds K: k taggers, each tagging the fold it did not see) and
// tagger-like noise on gold tags (--noise P) — for the greedy parser neither beat plain gold tags
// by more than ±0.3 UAS/LAS on dev with predicted tags; for the beam parser 4% noise is the default. Dev sets, which
// pick the epoch, are tagged by the shipped tagger when models/tagger.bin exists and is sane.
// The shipped parser is trained globally with a beam (DEFAULT_PARSER below; --beam 1 is the old
// greedy dynamic-oracle training). Run alone: `npx tsx scripts/train-parser.ts [--seed S]
// [--epochs N] [--limit N] [--beam K] [--oracle dynamic|static] [--explore-from E] [--explore-p P] [--decode-beam K] [--features 1|2|3] [--no-pud]
// [--prune-tolerance P] [--patience N] [--folds K] [--noise P] [--extra FILE[,FILE] [--extra-share S]] [--out FILE]`; `npm run train` calls trainParser()
// after the tagger (seed 20251125).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readConllu } from '../src/nlp/conllu.js';
import { modelPath, sharedPath } from '../src/core/paths.js';
import { trainParserModel, type TrainSentence } from '../src/nlp/parser-train.js';
import { jackknifeTags } from '../src/nlp/parser-jackknife.js';
import { getTagger, resetTagger, TAGGER_FILE } from '../src/nlp/tagger.js';
import { evaluateParser } from '../src/nlp/parser-train.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { PARSER_MLP_FILE, PARSER_MLP_KIND, taggerMlpVectors, type ParserMlp } from '../src/nlp/parser-mlp.js';
import { trainParserMlp } from '../src/nlp/parser-mlp-train.js';
import { defaultWordClusters } from '../src/nlp/word-clusters.js';
import { writeModelFile } from '../src/nlp/model-io.js';
import { mulberry32 } from '../src/nlp/random.js';
import { drawShare, extraTrees } from '../src/nlp/self-train.js';
import { NewsgraphError } from '../src/core/errors.js';

export function loadUd(file: string): TrainSentence[] {
  return readConllu(readFileSync(sharedPath('data', 'ud', file), 'utf8')).map((s) => ({
    forms: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    xpos: s.words.map((w) => w.xpos),
    heads: s.words.map((w) => w.head),
    labels: s.words.map((w) => w.deprel),
  }));
}

function tagAccuracy(gold: readonly TrainSentence[], pred: readonly { upos: string[] }[]): number {
  let n = 0;
  let ok = 0;
  gold.forEach((s, i) => s.upos.forEach((u, k) => {
    n++;
    if (pred[i]!.upos[k] === u) ok++;
  }));
  return n ? ok / n : 0;
}

/**
 * The shipped configuration (measured on EWT/GUM dev with predicted tags, see the report): global
 * training with a beam of 4 over 16 epochs, decoding with a beam of 3 (0.1–0.2 LAS below 4, but
 * tag + parse stays above 100k tokens per CPU-second) pruned by a margin chosen on dev (0.15 LAS
 * points tolerance: the beam then keeps ~1.85 items per step), feature set 2, PUD as extra training
 * data, and tag noise (DEFAULT_TAG_NOISE).
 * Session 15 (issue 19), measured and not shipped again: feature set 3 (word clusters) trained by
 * this script with `--features 3 --epochs 24 --prune-tolerance 0.25 --patience 24` (every epoch runs,
 * the best mean dev LAS kept: with the default patience of 3 the run stopped at epoch 21 and kept
 * epoch 18, pruned dev LAS EWT/GUM 82.91/83.27, below feature set 2 on GUM). Best epoch 24, margin 120:
 * pruned dev EWT/GUM 82.94/83.44 (feature set 2: 82.67/83.42); EWT test UAS/LAS 86.23/83.09 →
 * 86.53/83.44, GUM 84.90/81.56 → 85.60/82.20. Why not shipped: its cost — 24 more transition
 * templates and 6 more label templates — in one process, alternating rounds under the timing lock
 * (scripts/parser-candidates.ts --tag-parse), tag + parse −10% to −21% (means 59.3k → 53.2k and
 * 55.9k → 44.3k tokens per CPU-s), parser alone −13% to −32%, on a line that is already short
 * (≥ 100k); PolNeAR dev content exact 0.6159 → 0.6104 and the seed's "instead encouraging …" cue
 * given to "Hegseth's comments"; Wikinews dev events 128 → 116/165 even after the events rules were
 * re-fitted to its parses (eval/events-parse-diff-15.md: the remaining losses are its parse errors —
 * datelines made subjects, "X, Y said." with Y's clause governing X's, fronted time phrases
 * swallowing the subject). The events re-fit (the shapes both parsers produce) was kept.
 * Tried for that cost, not shipped: (a) dropping templates — each of the 190 templates zeroed at
 *   decoding in turn (feature set 3 model): dev LAS (mean of EWT/GUM) moves −0.77 (s0u×b0u; 'one' −0.59) to +0.14, nearly all
 *   within ±0.2 of noise, the cluster templates among them; no set to drop without a retrain to show.
 *   (b) Decoding the feature-set-3 model narrower: @3 margin 100 dev 82.86/83.09, @2 margin 120
 *   82.66/82.99 — below feature set 2's 82.67/83.42 already. (c) Summing the templates that read one
 *   token's fixed attributes (b0 with b1/b2, s0, s1, s2: 31 of 147) once per token and role in a
 *   sentence: parses byte-identical, 78% of those lookups cached (3.4 scored states per token), yet
 *   slower in an in-process A/B against main's code (parser alone −8 to −12% in 4 of 4 rounds): the
 *   extra scorer calls and bookkeeping cost more than the saved row reads.
 * Measured 2026-12-05, not shipped then: feature set 3 (word clusters) over 24 epochs with tolerance 0.25
 * (`--features 3 --epochs 24 --prune-tolerance 0.25`, margin 120): EWT test UAS/LAS 86.27/83.15 →
 * 86.59/83.49, GUM 84.86/81.56 → 85.35/82.03, +22% transition features per token; but it breaks
 * four behaviour tests downstream (a dateline "CAIRO (Reuters) - Police fired …" parses Police as
 * flat of CAIRO; "posted a message on Twitter blaming Israel" makes Twitter the subject of blaming)
 * and Wikinews dev events recall 31 → 28 of 165. With --lbits 16 as well (−4.2 MB): EWT test LAS
 * 82.90, GUM 81.87.
 * Measured 2026-12-06, not shipped — greedy decoding trained with the dynamic oracle and error
 * exploration (`--beam 1`, seed 20251125, otherwise these defaults; dev LAS EWT / GUM, the shipped
 * tagger's tags, against this beam model's 82.67 / 83.42, mean 83.05):
 *   feature set 2: 81.67 / 82.19 (mean 81.93, −1.12), best epoch 8 of 11; parser alone 2.0–2.3× as
 *     fast (scripts/parser-candidates.ts, alternating: 181k vs 95k, 153k vs 78k tokens/CPU-s under
 *     load). Downstream (`npm run eval` with it): Wikinews dev events 83 → 74 of 165 (unannotated
 *     80 → 89), PolNeAR source exact 0.751 → 0.746, speaker 0.950 → 0.947, PLOVER GSR
 *     0.7112 / 0.7165 / 0.6736 → 0.7112 / 0.7259 / 0.6701; EWT test LAS 83.09 → 82.01.
 *   feature set 3 (clusters): 81.70 / 81.89 (mean 81.80), best epoch 11; parser alone 97k vs 153k
 *     for feature set 2 (cluster lookups per word).
 *   feature set 2, --tbits 19 --lbits 15 (3.8 MB, cache-resident): 81.01 / 81.55 (mean 81.28,
 *     −0.65 against 21/17), parser alone +25% (227k vs 181k).
 * And this beam configuration with a cache-resident transition table (`--tbits 19`, 1.5 MB; the
 * label table's size moved the speed little when the shipped tables were folded): best epoch 10 of
 * 13, margin 150, dev 82.05 / 82.88 (mean 82.47, −0.58); 10.1 MB.
 * bench/parse.ts, one lock session, loaded machine (tag+parse / parser alone, tokens per CPU-s): shipped
 * 63,062 / 95,155; greedy feature set 2 82,522 / 193,399; --tbits 19 beam 63,622 / 92,169 (its wider
 * margin, 150, keeps more items and eats the cache gain).
 * A beam of 2 or 3 over the greedy model's scores is worse than greedy (local scores are not
 * comparable across items): 79.34 (2, no pruning), 77.78 (3). The shipped model decoded greedily:
 * 80.43 / 80.80; with a beam of 2: 82.25 / 82.89.
 * Session 18 (issue 19), measured and not shipped — wider training beams and the seed
 * (eval/parser-accuracy-18.md has the tables; dev LAS EWT / GUM with the shipped tagger's tags,
 * scripts/parser-candidates.ts --no-speed; the shipped model 82.67 / 83.42 at 3:120, 82.81 / 83.49 at 3 unpruned,
 * decoding it at 4 or 8 gains nothing):
 *   `--beam 8 --decode-beam 3` (seed 20251125, 16 epochs ≈ 80 s each, best 14): 3:150 82.75 / 83.16,
 *     8:200 82.88 / 83.51; test (3:150) EWT 86.44 / 83.44, GUM 85.65 / 82.24.
 *   `--beam 16 --decode-beam 3` (≈ 90–170 s an epoch under load, best 11, early stop at 14): 3:150 82.69 / 83.33,
 *     4:150 82.81 / 83.58, 8:200 83.01 / 83.87 (mean +0.39 over the shipped model), 16 83.04 / 83.60;
 *     test at 8:200 EWT UAS/LAS 86.97 / 83.90, GUM 86.00 / 82.52 (4:150: 86.45 / 83.45, 85.79 / 82.33).
 *   The shipped configuration with another seed (`--seed 1`, best epoch 16 of 16, still rising):
 *     3:150 83.01 / 83.51 (mean +0.21 over seed 20251125), test EWT 86.45 / 83.34, GUM 85.51 / 82.23 —
 *     seed noise is of the size of every gain above except beam 16 decoded at 8 (+0.18 dev mean over
 *     seed 1), and the shipped seed is a low one.
 *   Why none shipped: a wider decoding beam is what carries the gain (decoded at 3 the beam-8/16
 *   models are no better than beam 4), and the downstream rules are fitted to the shipped parser's
 *   trees: beam 16 at 8:200 loses Wikinews dev events 128 → 122 of 165 (gained 0; unannotated
 *   43 → 54), PLOVER type 0.7391 → 0.7329 (source 0.7259 → 0.7352, target 0.691 → 0.6944), PolNeAR
 *   dev content exact 0.6201 → 0.6176, speaker 0.9503 → 0.949; beam 8 at 3:150 loses 9 events (128 → 119).
 *   And its speed: decoded at 8:200 the parser alone runs at ≈ half the shipped model's (68–71k against
 *   150k tokens/CPU-s; tag + parse 55–60k against 99k, parser-candidates --tag-parse, timing lock).
 * Session 20 (issue 19), measured and not shipped — feature set 4 (`--features 4`: set 2 + 7 PP-attachment
 * templates; the code is on branch attic/s20-parser-pp-features, kept off main like session 19's tagger evidence;
 * eval/parser-accuracy-20.md has the tables). Dev LAS EWT / GUM
 * (parser-candidates --no-speed, the shipped tagger's tags), all 16 epochs (`--patience 16`; with the default 3 the
 * shipped seed's run stopped at epoch 10 and kept 7: 82.55 / 82.99 at its margin 200):
 *   seed 20251125, best epoch 16: 3:120 82.59 / 83.10, 3:150 (chosen) 82.62 / 83.47, 3:∞ 82.90 / 83.39 — feature
 *     set 2 (shipped): 82.67 / 83.42 at 3:120.
 *   seed 1, best epoch 16: 3:150 82.71 / 83.42, 3:200 (chosen) 82.99 / 83.51 — feature set 2 retrained with seed 1
 *     (reproduces session 18): 83.01 / 83.51 at 3:150 (chosen), and at or above set 4 on GUM at every margin.
 *   PP head errors (parser-dev-errors.ts; gold obl/nmod with an ADP case child) EWT / GUM, set 2 → set 4: seed
 *   20251125 401 / 215 → 407 / 229, seed 1 404 / 225 → 389 / 226. No gain on either seed, within the 0.2–0.3 seed
 *   noise, and wider pruning margins chosen (more states scored): speed, test and downstream not run.
 *   Variant, head–preposition pairs instead of the triples (template ids 154–158, code reverted), seed 1: 82.66 /
 *   83.55 at 3:200, PP head errors 414 / 217 — worse on EWT.
 * Session 21 (issue 19), measured and not shipped — more training trees by agreement-filtered self-training
 * (eval/parser-selftrain-21.md has every table). scripts/self-train-corpus.ts parses Wikinews (minus the 40 dev
 * articles) and the NER corpora's text (Re-DocRED, CrossNER train + dev, wikigold, re3d) with the shipped model and
 * the seed-1 retrain, keeps the 5–40-token sentences whose two trees agree on every head and label: 9,024 sentences,
 * 150,741 tokens (43% of the 20,851 in the band; 0.45× the gold tokens), whose trees score LAS ≈ 88.5–89 on EWT/GUM
 * dev (disagreeing ones 77–80). Trained with them all (`--extra FILE --extra-share 1`, feature set 2, 16 epochs,
 * patience 16; ≈ 20–24 min instead of ≈ 14–16 under load), dev LAS EWT / GUM (parser-candidates --no-speed):
 *   seed 20251125 (best epoch 14): 3:120 82.56 / 84.09, 3:150 82.65 / 83.91 — against 82.67 / 83.42, 82.74 / 83.38.
 *   seed 1 (best epoch 15): 3:120 82.72 / 83.67, 3:150 82.67 / 83.60 — against 82.84 / 83.37, 83.01 / 83.51.
 *   GUM gains on both seeds (+0.1 to +0.7; its news genre +1.9 / +2.3 on 1,720 tokens, bio and voyage +0.7–1.0),
 *   EWT loses on both (−0.1 to −0.35; web genres, no like text in the pool). Not a gain on both dev sets: test,
 *   speed and downstream not run, models/parser.bin unchanged. A fifth of the gold tokens (`--extra-share 0.2`,
 *   seed 20251125): 3:120 82.44 / 83.63, 3:150 82.59 / 83.59 — EWT as low, GUM's gain halved (its news genre none).
 *   The Wikinews trees alone (4,674, 70,080 tokens, seed 20251125): 3:120 82.84 / 83.37, 3:150 82.94 / 83.26 — the
 *   trade turned round, inside seed noise: the GUM gain and the EWT cost both come with the Wikipedia trees.
 */
export const DEFAULT_PARSER = { beam: 4, decodeBeam: 3, epochs: 16, features: 2, pud: true, pruneTolerance: 0.15, patience: 3 } as const;

/**
 * share of training tokens whose tags are replaced by a plausible wrong pair (see tagNoiser), redrawn
 * every epoch. No gain for the greedy parser; with beam training 0.04 gave +0.46 / +0.50 dev LAS
 * (EWT / GUM, predicted tags) and fewer misses on short headline-like sentences
 */
export const DEFAULT_TAG_NOISE = 0.04;
// Measured 2026-12-06, not shipped: --noise 0.08 (same seed, 16 epochs, best 15) → unpruned dev mean
// LAS 83.29; the 0.15 tolerance picks margin 150 (EWT 82.76, GUM 83.63, mean 83.19 against the
// shipped 83.05 at margin 120), at margin 120 itself only 82.97: the gain is within seed noise and
// needs the wider (slower) beam.

export interface TrainParserOptions {
  seed: number;
  log: (line: string) => void;
  epochs?: number;
  /** use only the first N training sentences (quick experiments) */
  limit?: number;
  out?: string;
  transBits?: number;
  labelBits?: number;
  /** jackknife folds for training tags; 0 = gold tags */
  folds?: number;
  /** tagger epochs per jackknife fold */
  jackknifeEpochs?: number;
  /** share of sentences (re-drawn each epoch) that take gold tags (with tagNoise) instead of jackknifed ones */
  goldShare?: number;
  /** beam width (1 = greedy training and decoding) */
  beam?: number;
  /** greedy training (beam 1): dynamic oracle with error exploration (default) or the static oracle */
  oracle?: 'dynamic' | 'static';
  /** dynamic oracle: epoch from which the trainer follows its own predictions, and how often */
  exploreFrom?: number;
  exploreP?: number;
  /** beam width of the shipped model's decoding (default: the training beam) */
  decodeBeam?: number;
  /** LAS points of dev accuracy the beam's pruning margin may cost (see chooseBeamMargin) */
  pruneTolerance?: number;
  /** parser feature set (1 original, 2 with the between-candidates templates, 3 word clusters) */
  features?: number;
  /** also train on UD English PUD (CC BY-SA; not one of our test sets) */
  pud?: boolean;
  /** with gold training tags: probability of replacing a token's tags by a plausible wrong pair */
  tagNoise?: number;
  /** train on the sentences (indexes into EWT + GUM train + PUD) this keeps: jackknifed parsers */
  keep?: (index: number) => boolean;
  /** stop after this many epochs without a better dev LAS (DEFAULT_PARSER.patience) */
  patience?: number;
  /**
   * extra training trees (CoNLL-U, e.g. scripts/self-train-corpus.ts's agreed parses; off by default):
   * a draw by the seed with about extraShare × the gold training tokens (all of them when fewer)
   */
  extra?: readonly string[];
  extraShare?: number;
}

/** Extra training trees from CoNLL-U files outside ../shared (see TrainParserOptions.extra). */
export function loadExtraTrees(files: readonly string[]): TrainSentence[] {
  return files.flatMap((f) => extraTrees(readFileSync(f, 'utf8'), f));
}

/**
 * Tag noise imitating a tagger's confusions: a token's (UPOS, XPOS) becomes another pair the same
 * word had in training, or — for words with one pair — a pair from the usual confusions
 * (NN/NNP, JJ/NN, VBD/VBN, VB/VBP, RB/IN, …). Cheap stand-in for jackknifing.
 */
export function tagNoiser(train: readonly TrainSentence[], p: number): (s: TrainSentence, e: number, rng: () => number) => { upos: string[]; xpos: string[] } {
  const pairs = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.forms.forEach((f, i) => {
      const k = f.toLowerCase();
      let m = pairs.get(k);
      if (!m) pairs.set(k, (m = new Map()));
      const t = `${s.upos[i]}\t${s.xpos[i]}`;
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const amb = new Map<string, string[]>();
  for (const [k, m] of pairs) {
    let total = 0;
    for (const c of m.values()) total += c;
    const opts = [...m].filter(([, c]) => c / total >= 0.02).map(([t]) => t);
    if (opts.length > 1) amb.set(k, opts);
  }
  const confusions: Record<string, string[]> = {
    'NOUN\tNN': ['PROPN\tNNP', 'ADJ\tJJ', 'VERB\tVB'],
    'PROPN\tNNP': ['NOUN\tNN', 'ADJ\tJJ'],
    'NOUN\tNNS': ['PROPN\tNNPS', 'VERB\tVBZ'],
    'PROPN\tNNPS': ['NOUN\tNNS', 'PROPN\tNNP'],
    'ADJ\tJJ': ['NOUN\tNN', 'VERB\tVBN', 'PROPN\tNNP'],
    'VERB\tVBD': ['VERB\tVBN'],
    'VERB\tVBN': ['VERB\tVBD', 'ADJ\tJJ'],
    'VERB\tVB': ['VERB\tVBP', 'NOUN\tNN'],
    'VERB\tVBP': ['VERB\tVB'],
    'VERB\tVBG': ['NOUN\tNN', 'ADJ\tJJ'],
    'ADV\tRB': ['ADP\tIN', 'ADJ\tJJ'],
    'ADP\tIN': ['ADV\tRB', 'SCONJ\tIN'],
    'SCONJ\tIN': ['ADP\tIN'],
  };
  return (s, _e, rng) => {
    let upos: string[] | null = null;
    let xpos: string[] | null = null;
    for (let i = 0; i < s.forms.length; i++) {
      if (rng() >= p) continue;
      const cur = `${s.upos[i]}\t${s.xpos[i]}`;
      const alt = (amb.get(s.forms[i]!.toLowerCase()) ?? confusions[cur] ?? []).filter((t) => t !== cur);
      if (!alt.length) continue;
      const [u, x] = alt[Math.floor(rng() * alt.length)]!.split('\t');
      upos ??= s.upos.slice();
      xpos ??= s.xpos.slice();
      upos[i] = u!;
      xpos[i] = x!;
    }
    return upos ? { upos, xpos: xpos! } : s;
  };
}

/**
 * With jackknifed training tags: a share of the sentences (re-drawn every epoch) takes its gold tags
 * instead — with tag noise when there is a noiser — so the parser sees both the fold taggers'
 * systematic errors and the wider spread of the noise.
 */
function mixGoldAndJackknifed(
  goldOf: ReadonlyMap<TrainSentence, TrainSentence>,
  goldShare: number,
  noiser: ReturnType<typeof tagNoiser> | null,
): (s: TrainSentence, e: number, rng: () => number) => { upos: string[]; xpos: string[] } {
  return (s, e, rng) => {
    if (rng() >= goldShare) return s;
    const gold = goldOf.get(s)!;
    return noiser ? noiser(gold, e, rng) : gold;
  };
}

export async function trainParser(opts: TrainParserOptions): Promise<{ file: string; bytes: number; seconds: number; report: Record<string, unknown> }> {
  const t0 = Date.now();
  let train = [...loadUd('en_ewt-ud-train.conllu'), ...loadUd('en_gum-ud-train.conllu')];
  if (opts.limit) train = train.slice(0, opts.limit);
  // UD English PUD (1,000 news and wiki sentences, CC BY-SA) is training data here, not a test set
  if (opts.pud ?? DEFAULT_PARSER.pud) train.push(...loadUd('en_pud-ud-test.conllu'));
  if (opts.keep) train = train.filter((_, i) => opts.keep!(i));
  const goldTrain = train;
  // measured on dev with predicted tags: 4-fold jackknifing was no better than gold tags and costs
  // 8–20 min, so it is off by default (--folds 4 turns it on). Beam parser, 2026-12-06: fold taggers
  // with the shipped tag dictionary over document blocks, 8 epochs (UPOS+XPOS 94.96% held out, 7 min):
  // best dev LAS EWT/GUM 82.77/82.99 at epoch 11 (unpruned) against the shipped 4% noise's 82.67/83.42
  // (pruned) — jackknifed tags alone help web text and cost GUM. Half jackknifed, half gold with 4%
  // noise (--folds 4 --jk-epochs 8 --gold-share 0.5): best epoch 10 of 13 (early stop), pruned
  // (margin 150) 82.81/83.02, mean 82.92 against the shipped 83.05 — not shipped either
  const folds = opts.folds ?? 0;
  const tagNoise = opts.tagNoise ?? DEFAULT_TAG_NOISE;
  const dev = [
    { name: 'ewt-dev', sentences: loadUd('en_ewt-ud-dev.conllu') },
    { name: 'gum-dev', sentences: loadUd('en_gum-ud-dev.conllu') },
  ];
  const allDev = dev.flatMap((d) => d.sentences);
  let devTags: { upos: string[]; xpos: string[] }[] | null = null;
  if (folds > 1) {
    // an optional cache (experiments only): the jackknife is the slowest part of training
    const cache = process.env.NEWSGRAPH_JK_CACHE;
    const tags: ReturnType<typeof jackknifeTags> =
      cache && existsSync(cache)
        ? JSON.parse(readFileSync(cache, 'utf8'))
        : jackknifeTags(train, { folds, epochs: opts.jackknifeEpochs ?? 5, seed: opts.seed, log: opts.log }, allDev);
    if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(tags));
    train = train.map((s, i) => ({ ...s, upos: tags.train[i]!.upos, xpos: tags.train[i]!.xpos }));
    devTags = tags.extra;
  }
  const goldShare = folds > 1 ? (opts.goldShare ?? 0) : 0;
  const goldTags = new Map(train.map((s, i) => [s, goldTrain[i]!]));
  // the extra trees join after the jackknife (they carry a tagger's tags already) and are their own
  // "gold"; the word classes and the tag noiser's confusions stay those of the treebanks
  let extraInfo: Record<string, unknown> = {};
  if (opts.extra?.length) {
    const goldTokens = goldTrain.reduce((n, s) => n + s.forms.length, 0);
    const pool = loadExtraTrees(opts.extra);
    const drawn = drawShare(pool, Math.round((opts.extraShare ?? 1) * goldTokens), opts.seed);
    const tokens = drawn.reduce((n, s) => n + s.forms.length, 0);
    for (const s of drawn) goldTags.set(s, s);
    train = [...train, ...drawn];
    extraInfo = { extraTrees: drawn.length, extraTokens: tokens, extraShare: opts.extraShare ?? 1 };
    opts.log(`parser: + ${drawn.length} extra trees (${tokens} tokens, ${(tokens / goldTokens).toFixed(2)} × the gold ${goldTokens}) of ${pool.length} in ${opts.extra.join(', ')}`);
  }
  // dev tags: the shipped tagger when it is there and sane, else the last jackknife tagger, else gold
  if (existsSync(modelPath(TAGGER_FILE))) {
    resetTagger();
    const tagger = getTagger();
    const shipped = allDev.map((s) => tagger.tag(s.forms));
    const acc = tagAccuracy(allDev, shipped);
    opts.log(`parser: models/tagger.bin dev UPOS ${(100 * acc).toFixed(2)}%`);
    if (acc > 0.9) devTags = shipped;
  }
  if (devTags) {
    let k = 0;
    for (const d of dev) d.sentences = d.sentences.map((s) => ({ ...s, ...devTags![k++]! }));
    opts.log(`parser: dev sets carry predicted tags (UPOS ${(100 * tagAccuracy(allDev, devTags)).toFixed(2)}%)`);
  } else opts.log('parser: dev sets keep gold tags');
  const { model, report } = trainParserModel(train, {
    seed: opts.seed,
    epochs: opts.epochs ?? DEFAULT_PARSER.epochs,
    dev,
    classesFrom: goldTrain,
    ...(goldShare > 0 ? { retag: mixGoldAndJackknifed(goldTags, goldShare, tagNoise > 0 ? tagNoiser(goldTrain, tagNoise) : null) } : {}),
    ...(folds <= 1 && tagNoise > 0 ? { retag: tagNoiser(goldTrain, tagNoise) } : {}),
    log: opts.log,
    beam: opts.beam ?? DEFAULT_PARSER.beam,
    ...(opts.oracle ? { oracle: opts.oracle } : {}),
    ...(opts.exploreFrom !== undefined ? { exploreFrom: opts.exploreFrom } : {}),
    ...(opts.exploreP !== undefined ? { exploreP: opts.exploreP } : {}),
    decodeBeam: opts.decodeBeam ?? (opts.beam === undefined ? DEFAULT_PARSER.decodeBeam : opts.beam),
    features: opts.features ?? DEFAULT_PARSER.features,
    patience: opts.patience ?? DEFAULT_PARSER.patience,
    ...((opts.beam ?? DEFAULT_PARSER.beam) > 1 ? { pruneTolerance: opts.pruneTolerance ?? DEFAULT_PARSER.pruneTolerance } : {}),
    ...(opts.transBits ? { transBits: opts.transBits } : {}),
    ...(opts.labelBits ? { labelBits: opts.labelBits } : {}),
  });
  model.header.info = { ...model.header.info, trainTags: folds > 1 ? `jackknifed (${folds} folds)` : tagNoise > 0 ? `gold + ${tagNoise} tag noise` : 'gold', data: `UD_English-EWT + UD_English-GUM (train)${opts.pud ?? DEFAULT_PARSER.pud ? ' + UD_English-PUD' : ''}${opts.extra?.length ? ' + agreed self-training trees' : ''}`, trainBeam: opts.beam ?? DEFAULT_PARSER.beam, ...((opts.beam ?? DEFAULT_PARSER.beam) === 1 ? { oracle: opts.oracle ?? 'dynamic' } : {}), features: opts.features ?? DEFAULT_PARSER.features, ...extraInfo };
  const buf = model.toBuffer();
  const file = opts.out ?? modelPath('parser.bin');
  mkdirSync(modelPath(), { recursive: true });
  writeFileSync(file, buf);
  const seconds = (Date.now() - t0) / 1000;
  opts.log(`parser: wrote ${file} (${(buf.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(0)}s`);
  return { file, bytes: buf.length, seconds, report };
}

export interface TrainParserMlpOptions {
  seed?: number;
  log?: (s: string) => void;
  epochs?: number;
  hidden?: number;
  sparseBits?: number;
  lr?: number;
  decay?: number;
  /** share of the training configurations kept (1: all) */
  sample?: number;
  /** stop after this many epochs without a dev improvement */
  patience?: number;
  limit?: number;
  /** margins and weights tried on dev (defaults: PARSER_MLP_MARGINS / PARSER_MLP_WEIGHTS) */
  margins?: readonly number[];
  weights?: readonly number[];
  /** write models/parser-mlp.bin with the best epoch and mix (default false: an experiment) */
  write?: boolean;
  /** where --write writes (default models/parser-mlp.bin; another path keeps a trial away from the model the evals attach) */
  out?: string;
}

/**
 * Consulting margins (perceptron units; the beam prunes at ~120) and weights tried on dev.
 * Measured 2026-12-06 (seed 1, hidden 64, 2^16 sparse rows, lr 0.03 decay 0.15, 583,111 static-oracle
 * configurations of EWT + GUM train + PUD with 4% tag noise; 7 epochs ≈ 10–12 CPU-min under load),
 * NOT shipped — `npm run train` does not call trainParserMlpModel, and no models/parser-mlp.bin is
 * built. Dev LAS EWT / GUM (the shipped tagger's tags; perceptron alone 82.67 / 83.42) by epoch, best
 * mix: 1 82.78/83.27 (m∞ w4), 2 82.80/83.30, 3 82.84/83.42 (m∞ w8), 4 82.78/83.28, 5 82.95/83.22 or
 * 82.62/83.55, 6 82.90/83.46 (m120 w8) or 83.01/83.33 (m∞ w16), 7 82.73/83.77 (m∞ w16, chosen; UAS
 * 86.22/86.84 against 86.11/86.52); training accuracy of the transitions 85.8% → 93.4%. Test with
 * that model: EWT UAS/LAS 86.23/83.09 → 86.41/83.33, GUM 84.90/81.56 → 85.60/82.10 (label accuracy on
 * correct heads EWT 96.36% → 96.44%, GUM 96.07% → 95.91%). Why not shipped: downstream, Wikinews dev
 * events 108 → 103 of 165 (unannotated 51 → 56), PLOVER type 0.7329 → 0.7267 (source 0.7165 and target
 * 0.6806 unchanged), PolNeAR source exact 0.758 = , content exact 0.612 → 0.611; and speed: consulted
 * on every state (m∞) the JS MLP makes the parser alone 148,556 → 17,058 tokens/CPU-s (one unlocked
 * pair, loaded machine) — tag+parse 83,670 → 15,236; on EWT dev (gold tags, two alternating rounds) the
 * parser alone 164,065 → 46,111 at m120 w8 (0.66 consultations per token) and 18,888 at m∞ (2.59):
 * ~20 µs a consultation, mostly first-layer projections of words missing from the 4,096-slot cache
 * (50 × 64 multiply-adds a place). A shippable version needs Chen & Manning's precomputed
 * projections of the frequent words (and the sparse rows in WebAssembly SIMD). A single seed, and gains that move by ±0.2 from
 * epoch to epoch: a second seed was not run.
 * Session 12 (same epoch-7 model, still NOT shipped): the run-time MLP made ~3× faster with parses unchanged
 * (sparse rows in parser-simd's row kernel, first layer in rounded-sums-simd, projection cache fixed and
 * pinned — src/nlp/parser-mlp.ts): parser alone on 54,772 Wikinews tokens, m∞ w16 15–16k → 40–55k
 * tokens/CPU-s, m120 w8 28k → 58–71k (off 102–139k). Dev LAS EWT/GUM by margin/weight (consultations a
 * token): m0 82.68/83.42; m30 w8 82.80/83.44 (0.18); m60 w8 82.82/83.42 (0.35); m60 w16 82.90/83.46 (0.34);
 * m60 w4 82.75/83.50; m120 w4 82.81/83.37; m120 w8 82.79/83.51 (0.70); m240 w8 82.81/83.53 (1.68); m∞ w16
 * 82.73/83.77 (2.67). Bench (bench/parse.ts, compiled, one locked alternating pair ×2, loaded machine): tag+parse
 * 76,202 / 79,036 off against 63,480 / 58,918 at m60 w16 tokens/CPU-s, parser alone 130–132k against 91–96k,
 * peak RSS +12–14 MB. Downstream (Wikinews dev events found, of 165; perceptron alone 114, 44 unannotated;
 * PLOVER type/source/target 0.7329/0.7165/0.684): m30 w8 112 (0.7329/0.7165/0.684), m60 w16 109
 * (0.7236/0.7103/0.6875), m120 w8 112 (0.7298/0.7196/0.6875), m∞ w16 109 (0.7267/0.7165/0.684). The lost
 * events by cause (events-diagnose): the MLP's tree is worse in 5 ("appeared in … Court, New Zealand
 * yesterday, charged": New Zealand made a compound of "yesterday", the location and NZ police lost — every
 * mix; "investigating Trump over alleged hush money paid": Trump made the subject of "alleged"; "the Court
 * of Session … ruled on September 11 the prorogation was unlawful": "unlawful" made the root; "a gunman
 * shot/NOUN shoppers … reported officials, with 25 others injured": "injured" made the root; "spoke out
 * against the attack" target changed from USAMIL to IRNMIL, cause not found), right in 1 ("The militant
 * organisation, the Islamic State of Iraq and the Levant, claimed responsibility": ISIL now the appos of the
 * subject instead of a second nsubj — the events' subject rule (roles.ts, several subjects → prefer a name)
 * has no case for a common-noun subject with a proper-noun apposition).
 */
export const PARSER_MLP_MARGINS = [120, Infinity] as const;
export const PARSER_MLP_WEIGHTS = [4, 8, 16] as const;

/**
 * Trains the parser's MLP second opinion (src/nlp/parser-mlp.ts) for the parser in models/parser.bin
 * on the static oracle's configurations of EWT + GUM train + PUD (gold tags with the parser's tag
 * noise, one draw), and picks, per epoch, the margin and weight of the mix on EWT and GUM dev (the
 * shipped tagger's tags): the mean LAS, never trading a loss on one dev set for a gain on the other.
 */
export async function trainParserMlpModel(opts: TrainParserMlpOptions = {}): Promise<{ base: { ewt: number; gum: number }; best: { epoch: number; ewt: number; gum: number; margin: number; weight: number } }> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? 1;
  const parser = ParserModel.fromFile(modelPath('parser.bin'));
  resetTagger();
  const tagger = getTagger();
  const tmlp = tagger.mlpModel;
  const clusters = defaultWordClusters();
  if (!tmlp || !clusters) throw new NewsgraphError('E021', 'the parser MLP reads the tagger MLP\'s word vectors (models/tagger-mlp.bin) and the word clusters — train the tagger first');
  const vectors = taggerMlpVectors(tmlp, clusters);
  let gold = [...loadUd('en_ewt-ud-train.conllu'), ...loadUd('en_gum-ud-train.conllu')];
  if (opts.limit) gold = gold.slice(0, opts.limit);
  if (DEFAULT_PARSER.pud) gold.push(...loadUd('en_pud-ud-test.conllu'));
  const noise = tagNoiser(gold, DEFAULT_TAG_NOISE);
  const rng = mulberry32(seed ^ 0x5bd1e995);
  const train = gold.map((s) => ({ ...s, ...noise(s, 0, rng) }));
  const dev = ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu'].map((f) => loadUd(f).map((s) => ({ ...s, ...tagger.tag(s.forms) })));
  const score = () => dev.map((d) => evaluateParser(parser, d));
  parser.setMlp(null);
  const [be, bg] = score();
  const base = { ewt: be!.las, gum: bg!.las };
  log(`parser-mlp: perceptron alone dev LAS ewt ${(base.ewt * 100).toFixed(2)} gum ${(base.gum * 100).toFixed(2)} (UAS ${(be!.uas * 100).toFixed(2)} / ${(bg!.uas * 100).toFixed(2)})`);
  const margins = opts.margins ?? PARSER_MLP_MARGINS;
  const weights = opts.weights ?? PARSER_MLP_WEIGHTS;
  let best = { epoch: 0, ewt: base.ewt, gum: base.gum, margin: 0, weight: 0 };
  let bestMlp: ParserMlp | null = null;
  // early stopping follows the best mean dev LAS of any mix (the MLP improves for several epochs
  // before a mix beats the perceptron on both dev sets)
  let bestMean = { epoch: 0, las: 0 };
  const patience = opts.patience ?? 3;
  trainParserMlp(
    train,
    parser,
    vectors,
    { seed, hidden: opts.hidden ?? 64, sparseBits: opts.sparseBits ?? 16, lr: opts.lr ?? 0.03, decay: opts.decay ?? 0.15, sample: opts.sample ?? 1, log },
    opts.epochs ?? 7,
    (epoch, mlp) => {
      const rows: string[] = [];
      let epochBest = { ewt: 0, gum: 0, margin: 0, weight: 0 };
      for (const margin of margins) {
        for (const weight of weights) {
          parser.setMlp(mlp, margin, weight);
          mlp.calls = 0;
          const [e, g] = score();
          if (e!.las + g!.las > bestMean.las) bestMean = { epoch, las: e!.las + g!.las };
          rows.push(`m${margin}/w${weight}: ${(e!.las * 100).toFixed(2)}/${(g!.las * 100).toFixed(2)} uas ${(e!.uas * 100).toFixed(2)}/${(g!.uas * 100).toFixed(2)} (${mlp.calls})`);
          if (e!.las >= base.ewt && g!.las >= base.gum && e!.las + g!.las > epochBest.ewt + epochBest.gum) epochBest = { ewt: e!.las, gum: g!.las, margin, weight };
        }
      }
      parser.setMlp(null);
      log(`parser-mlp: epoch ${epoch} dev LAS ewt/gum by margin/weight (calls):\n  ${rows.join('\n  ')}`);
      log(`parser-mlp: epoch ${epoch} best m${epochBest.margin}/w${epochBest.weight}: ewt ${(epochBest.ewt * 100).toFixed(2)} gum ${(epochBest.gum * 100).toFixed(2)}`);
      if (epochBest.ewt + epochBest.gum > best.ewt + best.gum) {
        best = { epoch, ...epochBest };
        bestMlp = mlp;
      }
      return epoch - bestMean.epoch < patience;
    },
  );
  const chosen = bestMlp as ParserMlp | null;
  const outPath = opts.out ?? modelPath(PARSER_MLP_FILE);
  if (opts.write && chosen) {
    const info = { seed, epoch: best.epoch, hidden: chosen.meta.hidden, data: 'UD_English-EWT + UD_English-GUM (train) + UD_English-PUD; GloVe 6B 50d (public domain)' };
    const bytes = writeModelFile(outPath, PARSER_MLP_KIND, { ...chosen.meta, margin: best.margin, weight: best.weight, info }, { ...chosen.arrays() });
    log(`parser-mlp: wrote ${outPath} (${(bytes / 1e6).toFixed(2)} MB), epoch ${best.epoch}, margin ${best.margin}, weight ${best.weight}`);
  } else if (opts.write && existsSync(outPath)) {
    // no mix beat the perceptron on both dev sets: no second opinion (a file from an earlier run would be attached)
    rmSync(outPath);
    log(`parser-mlp: no epoch beat the perceptron on both dev sets; removed ${outPath}`);
  }
  return { base, best };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const oracleArg = (v: string | undefined): 'dynamic' | 'static' => {
    if (v !== 'dynamic' && v !== 'static') throw new Error('--oracle takes dynamic or static');
    return v;
  };
  const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : undefined;
  if (process.argv.includes('--mlp')) {
    const list = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]!.split(',').map(Number) : undefined);
    const r = await trainParserMlpModel({ seed: arg('--seed'), epochs: arg('--epochs'), hidden: arg('--hidden'), sparseBits: arg('--sparse-bits'), lr: arg('--lr'), decay: arg('--decay'), sample: arg('--sample'), patience: arg('--patience'), limit: arg('--limit'), margins: list('--margins'), weights: list('--weights'), write: process.argv.includes('--write'), ...(out ? { out } : {}), log: (l) => console.log(l) });
    console.log(JSON.stringify(r));
  } else await trainParser({
    seed: arg('--seed') ?? 1,
    log: (l) => console.log(l),
    epochs: arg('--epochs'),
    limit: arg('--limit'),
    transBits: arg('--tbits'),
    labelBits: arg('--lbits'),
    folds: arg('--folds'),
    jackknifeEpochs: arg('--jk-epochs'),
    goldShare: arg('--gold-share'),
    tagNoise: arg('--noise'),
    beam: arg('--beam'),
    ...(process.argv.includes('--oracle') ? { oracle: oracleArg(process.argv[process.argv.indexOf('--oracle') + 1]) } : {}),
    exploreFrom: arg('--explore-from'),
    exploreP: arg('--explore-p'),
    features: arg('--features'),
    decodeBeam: arg('--decode-beam'),
    pud: !process.argv.includes('--no-pud'),
    pruneTolerance: arg('--prune-tolerance'),
    patience: arg('--patience'),
    ...(process.argv.includes('--extra') ? { extra: process.argv[process.argv.indexOf('--extra') + 1]!.split(','), extraShare: arg('--extra-share') } : {}),
    ...(out ? { out } : {}),
  });
}
