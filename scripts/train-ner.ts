// Trains the NER model (models/ner.json + models/ner.bin.gz) on a mix of the open entity-annotated
// corpora in ../shared (readers and dev slices: src/stages/entities/corpora/; type mapping:
// data/ner-type-map.tsv). GUM test and UNER EWT test are left for `npm run eval:entities` and never
// trained on; UNER EWT dev is a training corpus like the others (a fixed quarter of its documents is
// its dev slice); CrossNER test is never read.
// Deterministic for a given seed. Exported as trainNer({ seed, log }) for scripts/train.ts.
// NER_PARTIAL=1 (off; corpora/partial-labels.ts): a corpus's unlabelled spans (a longer name of a type we
// do not learn, "2010 United Kingdom general election") are trained as unknown — the perceptron's target
// there is its own best path given the known labels (perceptron.ts constrainedPath), the MLP skips those
// words — and a name of symbols alone (the Broad Twitter Corpus "@" before a handle) is no name.
// Session 12, three NER_DEV seeds (20251125 / 7 / 3), pipeline dev means (eval/entities.ts --dev
// --corpora; BTC's dev gold without the "@" names for both): GUM dev 0.835 -> 0.838 (all three seeds
// up, ORG 0.764 -> 0.757), UNER EWT slice 0.793 -> 0.799 (ORG 0.746 -> 0.768), BTC 0.591 -> 0.705,
// wikigold 0.772 -> 0.785, CrossNER music +0.024 / science -0.024 / ai -0.053 (with predictions inside
// unlabelled spans unscored: music 0.738 -> 0.776, science 0.828 -> 0.833, ai 0.841 -> 0.827), PUD
// 0.801 -> 0.791, re3d 0.808 -> 0.798. The shipped-mix retrain (seed 20251125) then gave GUM test 0.809 ->
// 0.804 (ORG 0.646 -> 0.610: the news article's "Space Shuttle" typed ORG 13 times), UNER EWT test
// 0.713 -> 0.711, and lost two invented-article cases ("Lodwar" a place, "Saadallah's flat" a person):
// not shipped.
// Session 13 (why, and two narrower variants; NER_PARTIAL=at|whole below). Of the 4,400 unlabelled spans
// of several words, only CrossNER's elections (649) and events/conferences (~450) usually hold a name of
// ours; the rest are whole names of other kinds — books 371, wikigold MISC 335, albums 313, awards 639,
// genres 200, songs 170, products — whose words, once unknown, no longer teach "not one of ours": a
// capitalised product name such as "Space Shuttle" then reads as an organisation. "Lodwar" is seed noise,
// not partial labels: the base setting's seed-7 dev model loses it too (and keeps "Saadallah", as every
// dev model of both variants did). Three NER_DEV seeds (20251125 / 7 / 3) per arm, pipeline dev (eval/
// entities.ts --dev --corpora), GUM dev / UNER EWT slice / every other slice but BTC weighted by names:
//   base  0.836 0.843 0.829 (mean 0.836) / 0.810 0.806 0.789 (0.802) / 0.7924
//   at    0.838 0.843 0.822 (0.834)      / 0.811 0.800 0.804 (0.805) / 0.7925   ("@" names dropped only)
//   whole 0.828 0.842 0.836 (0.835)      / 0.797 0.797 0.786 (0.793) / 0.7910   (unknown, never the whole span)
// (ORG: base GUM 0.763 UNER 0.761; at 0.759 / 0.761; whole 0.764 / 0.738.) BTC dev (its gold without the
// "@" names, eval/entities.ts): base 0.590 0.600 0.583 -> at 0.705 0.707 0.705, whole 0.704 0.699 0.699.
// On GUM and UNER EWT neither is outside the seed spread (±0.01); "at" is the candidate for a retrain
// (tweets +0.115, the rest flat), not made in session 13 for want of lock time for its guards.
// Session 14: "at" is the default — the CoNLL reader (corpora/conll.ts) drops a name of symbols alone, so
// every training run reads the corpora as "at" did (no corpus has such a name left; the NER_DEV model of
// seed 20251125 is byte-identical to session 13's "at" one), and NER_PARTIAL=at is the same as 0. The
// shipped retrain (seed 20251125, twice from clean: identical bytes): GUM test 0.809 -> 0.806 (ORG 0.646
// -> 0.649), UNER EWT test 0.713 -> 0.716 (ORG 0.465 -> 0.469) — inside the ±0.01 a retrain moves them;
// Wikinews events 128/165 (43 unannotated) =, PLOVER 0.7329/0.7196/0.684 -> 0.736/0.7259/0.6875, PolNeAR
// dev quotes identical; two contract goldens change rule provenance only (model vs gazetteer).
// Session 15 (eval/ner-session-15.md): the UNER EWT dev slice (a quarter of its documents) that chose every
// mix and setting since session 7 holds no e-mail organisation; a dev model trained on no UNER EWT at all
// (NER_EWT_DEV_EVERY=1, below) scores ORG 0.756 on that slice and 0.581 on the other three quarters — ORG is
// near 0.76-0.79 on newsgroup and weblog posts and 0.26-0.40 on reviews, answers and e-mail. NER_RE3D_PRONOUNS=
// drop (re3d's 107 actor pronouns left out) was down on its first seed (GUM dev 0.852 -> 0.849, all of UNER
// EWT dev 0.745 -> 0.739): not shipped.
//
// The mix (DEFAULT_MIX) was chosen by the dev figures that `NER_DEV=1` prints: train on the
// training parts only, score every corpus's dev slice (gold tokens, exact span and type). The
// shipped model is then trained on training parts + dev slices of the mix.
// Environment (exploration): NER_DEV=1 (dev mode), NER_MIX="gum=1,redocred=0.5,…" (corpus=weight;
// a weight repeats the corpus, a fraction takes that share of its documents), NER_CLUSTERS=0 (no
// word-cluster features), NER_LEX=0 (no word-list features), NER_ORG=1 (organisation features: Phoenix groups, acronyms, capitalised runs), NER_NAMES=1|corpus|0 (the name list of ner-names.ts: the training corpora's names, jackknifed, with (1) or without (corpus) the Phoenix group names; written beside the model as .names.tsv.gz), NER_DOC=0 (no document features; on by default since session 6), NER_CASELESS=1 (case-blind list features), NER_MORE=1 (longer affixes / cluster-context features) — org, case-blind and more off by default, NER_EPOCHS, NER_RUNS, NER_BITS, NER_ORG_COST (update size for missed organisation tokens),
// NER_MLP=1 (the dense second opinion of ner-mlp.ts: jackknifed emissions, NER_MLP_MARGIN / NER_MLP_WEIGHT / NER_MLP_TRAIN_MARGIN / NER_MLP_SHARE / NER_MLP_EPOCHS / NER_MLP_HIDDEN / NER_MLP_GRID; NER_MLP_DIFF=<corpus> prints the sentences it changes),
// NER_EWT_DEV_EVERY / NER_EWT_DEV_FOLD (which UNER EWT dev documents are its dev slice: every=1 all of them, every=2 with fold 0|1 a half; default 1 since session 16 — all of it, held out from the shipped model —, 4 the quarter slice of sessions 7-15, corpora/index.ts), NER_EWT_FOLDS=genre (with NER_EWT_DEV_EVERY>1: folds dealt within each EWT source genre, organisation-heavy documents first, corpora/genre-folds.ts; session 17), NER_RE3D_PRONOUNS=drop (corpora/re3d.ts),
// NER_ARTICLES=1 (cut leading lower-case articles from the training names: +0.01 dev, flat on test, not shipped), NER_ERRORS=<corpus> (print that dev slice's errors), NER_DEV_OUT=base (also write the dev model, for `NEWSGRAPH_NER_MODEL=base npx tsx eval/entities.ts --dev`).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedPath, hasShared } from '../src/core/paths.js';
import { NewsgraphError } from '../src/core/errors.js';
import { defaultKb } from '../src/kb/index.js';
import { mulberry32, shuffleInPlace } from '../src/nlp/random.js';
import { defaultWordClusters } from '../src/nlp/word-clusters.js';
import type { CorpusDoc, CorpusSentence } from '../src/stages/entities/corpus.js';
import { NER_CORPUS_NAMES, readNerCorpus, type NerCorpus } from '../src/stages/entities/corpora/index.js';
import { partialTrainingSpans } from '../src/stages/entities/corpora/partial-labels.js';
import { K, docWordFlags, sentenceFeatures, type DocWordFlags, type FeatureContext } from '../src/stages/entities/ner-features.js';
import { defaultLexicon } from '../src/stages/entities/ner-lexicon.js';
import { buildNameList, saveNameList, type NameList } from '../src/stages/entities/ner-names.js';
import { PerceptronTrainer, bioAllowed, emissions, viterbi, type PerceptronModel } from '../src/stages/entities/perceptron.js';
import { bioSpans, saveNerModel, unpackNerWeights, type NerMeta } from '../src/stages/entities/ner-model.js';
import { NER_MLP_KIND, adjustEmissions, mlpSentence, topTwoMargin, nerMlpPath, shippedWordVectors, type NerMlp } from '../src/stages/entities/ner-mlp.js';
import { trainNerMlp, type NerMlpExample } from '../src/stages/entities/ner-mlp-train.js';
import { modelPath } from '../src/core/paths.js';
import { writeModelFile } from '../src/nlp/model-io.js';

export interface TrainNerOptions {
  readonly seed?: number;
  readonly epochs?: number;
  readonly log?: (line: string) => void;
  /** where to write (defaults to models/ner) */
  readonly out?: string;
  /** models averaged (different shuffles) */
  readonly runs?: number;
  /** dev mode: train on the training parts only, print every corpus's dev figures, write nothing */
  readonly dev?: boolean;
  /** corpus name → weight (see DEFAULT_MIX) */
  readonly mix?: Readonly<Record<string, number>>;
  /** word-cluster features (needs models/word-clusters.bin.gz: scripts/train-clusters.ts) */
  readonly clusters?: boolean;
}

/** The training mix, chosen by dev figures (see the report in the commit that set it). */
// UNER EWT (web text, the genres of the EWT test) at weight 2, session 7, one dev run each (pipeline
// eval/entities.ts --dev --corpora, perceptron + MLP): weight 0 -> 2: UNER EWT slice 0.757 -> 0.766
// (ORG 0.711 -> 0.723), GUM dev 0.837 -> 0.832; the other slices, weighted by their names, -0.002
// (CrossNER and re3d up 0.007-0.04, Re-DocRED -0.009, wikigold -0.016, UNER PUD -0.029 on 90 names)
// Session 13, NER_DEV seeds 20251125 / 7, pipeline dev (eval/entities.ts --dev --corpora), GUM dev / UNER EWT
// slice: this mix 0.836 0.843 / 0.810 0.806; gum=2 0.831 0.842 / 0.785 0.808; btc=0.5 0.834 0.843 /
// 0.818 0.794 (GUM ORG 0.766 0.761 -> 0.777 0.769) — every change inside the seed spread: kept
// Session 15, two folds of UNER EWT dev (NER_EWT_DEV_EVERY=2, NER_EWT_DEV_FOLD=0|1), seeds 20251125 / 7 / 3:
// the other half at weight 2 against no UNER EWT lowers the held-out half's ORG on all six fold x seed
// pairs (-0.003..-0.056) and its F1 on five (-0.015..+0.004), GUM dev flat (eval/ner-session-15.md). Weight
// 0 / 0.5 / 1 is the next candidate; not changed here (a retrain and its guards did not fit the session)
// Session 15, later (same folds and seeds, pipeline dev; eval/ner-session-15.md): weight 1 is no better than 2
// (held-out UNER EWT ORG 0.596 / 2: 0.589 / none: 0.625, below none on 5 of 6 pairs; F1 0.739 / 0.738 / 0.745);
// 0.5 (4 of 6 pairs run): F1 above none on 3 of 4, ORG below on 3 of 4 — weight 0 is the likelier next mix; not
// set here
// Session 16: weight 0.5's two seed-3 pairs run (see eval/ner-session-16.md); 0.5 is below weight 0 on held-out
// UNER EWT ORG on most of the six pairs, so UNER EWT is not trained on (weight 0, kept in the mix as a row so
// the choice is visible; a weight of 0 reads the corpus and skips it). Consequence: all of UNER EWT dev (318
// documents, 966 names, 224 organisations) is held out from the shipped model — with NER_EWT_DEV_EVERY=1 it is
// a whole held-out dev set for every later decision (eval/entities.ts --dev), and a NER_DEV=1 model with
// NER_EWT_DEV_EVERY=1 is trained on exactly the shipped model's data but for the other corpora's dev slices
// Session 17 (eval/ner-session-17.md): the held-out ORG "loss" of training on UNER EWT is one weblog post (37 of
// its 224 organisations) that tags the browser Firefox ORG ten times while the rest of the file, like our mix,
// leaves products unannotated; with those ten spans unscored weight 0.5 is level with 0 (ORG 0.619 / 0.622, 3
// seeds). On genre-stratified folds (NER_EWT_FOLDS=genre, corpora/genre-folds.ts; seeds 20251125 / 7) weight 0.5
// is again level or below on UNER EWT ORG (-0.024 / -0.002; genre-macro -0.019 / -0.014) and below on GUM dev ORG
// (0.771 against 0.790): weight 0 kept
export const DEFAULT_MIX: Readonly<Record<string, number>> = { gum: 1, 'uner-ewt': 0, 'uner-pud': 1, redocred: 1, 'crossner-politics': 1, 'crossner-science': 1, 'crossner-music': 1, 'crossner-literature': 1, 'crossner-ai': 1, wikigold: 1, re3d: 1, btc: 1 };

// 2^18 buckets, as the shipped model: 2^20 gained ~0.003–0.008 dev F1 (GUM/EWT) but quadruples the weight
// table (7 → 29 MB per process and per worker) and, with the article cut below, was flat on test, so the
// defaults stay those of models/ner* and `npm run train` reproduces what ships (session 3, issue 12 notes).
// Session 8, two seeds each through the pipeline (eval/entities.ts --dev, margin 0.25): 2^18 -> 2^20 GUM dev
// 0.832 / 0.846 -> 0.832 / 0.837, UNER EWT slice 0.766 / 0.775 -> 0.778 / 0.784 (seeds 20251125 / 7): mean
// -0.005 GUM, +0.011 UNER, at four times the weight memory (ner.bin.gz 3.6 -> 4.8 MB): not taken
const BITS = Number(process.env.NER_BITS ?? 18);
/** update size for a missed organisation token (class-balanced updates; 1 = plain perceptron) */
const ORG_COST = Number(process.env.NER_ORG_COST ?? 1);
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

/** "gum=1,redocred=0.5" → { gum: 1, redocred: 0.5 }; unknown corpus names are an error. */
export function parseMix(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, w] = part.split('=');
    if (!(NER_CORPUS_NAMES as readonly string[]).includes(name!)) throw new NewsgraphError('E030', `NER_MIX: expected corpus names among ${NER_CORPUS_NAMES.join(', ')}, found "${name}"`);
    const weight = w === undefined ? 1 : Number(w);
    if (!Number.isFinite(weight) || weight < 0) throw new NewsgraphError('E030', `NER_MIX: expected a weight ≥ 0 for ${name}, found "${w}"`);
    out[name!] = weight;
  }
  return out;
}

/** A weight's documents: whole copies for its integer part, a seeded share of documents for the fraction. */
function weighted(docs: readonly CorpusDoc[], weight: number, rand: () => number): CorpusDoc[] {
  const out: CorpusDoc[] = [];
  for (let r = 0; r < Math.floor(weight); r++) out.push(...docs);
  const frac = weight - Math.floor(weight);
  if (frac > 0) {
    const order = docs.map((_, i) => i);
    shuffleInPlace(order, rand);
    out.push(...order.slice(0, Math.round(frac * docs.length)).sort((a, b) => a - b).map((i) => docs[i]!));
  }
  return out;
}

// the MLP second opinion (ner-mlp.ts) learns from emissions of perceptrons that did not see the
// sentence: FOLDS perceptrons, each trained on the other folds' documents (jackknifing)
const FOLDS = 2;
const foldOf = new Map<CorpusDoc, number>();
// on by default: on dev (one perceptron run, seed 20251125, margin 0.25, weight 0.1) GUM 0.807 -> 0.813,
// UNER EWT 0.714 -> 0.725; NER_MLP=0 trains the perceptron alone
const useMlp = () => process.env.NER_MLP !== '0';
/** MLP consultation margin and weight (in emission-scale units; chosen on GUM dev + UNER EWT dev by the grid NER_DEV=1 prints) */
// margin 0.5 since session 8 (was 0.25), measured through the pipeline (eval/entities.ts --dev --corpora)
// on three dev models, the MLP file's margin changed and nothing retrained — GUM dev / UNER EWT slice:
// seed 20251125 0.832 / 0.766 -> 0.833 / 0.790; 2^20 buckets seed 20251125 0.832 / 0.778 -> 0.839 / 0.787;
// 2^20 seed 7 0.837 / 0.784 -> 0.837 / 0.790 (Re-DocRED +0.001..+0.003; CrossNER -0.01..+0.02 on 39-225
// names); margin 0.4 gave 0.833 / 0.782, 0.5 at weight 0.15 0.835 / 0.778 (seed 20251125)
const MLP_MARGIN = Number(process.env.NER_MLP_MARGIN ?? 0.5);
// consulting every token (margin 1000) at weight 0.02 scored GUM 0.814 / EWT 0.729 on dev but doubles the
// entities stage's time (5.78 -> 11.21 µs/token); below a quarter of the median margin few tokens are consulted
const MLP_WEIGHT = Number(process.env.NER_MLP_WEIGHT ?? 0.1);
// trained on every token: trained only on the unsure ones (margin 1), it moved GUM dev by -0.03 at every weight (GUM-only sample)
const MLP_TRAIN_MARGIN = Number(process.env.NER_MLP_TRAIN_MARGIN ?? 1000);
/** share of the training sentences the MLP learns from (its SGD is the slow part of training) */
const MLP_SHARE = Number(process.env.NER_MLP_SHARE ?? 0.4);

// the name list (ner-names.ts) is jackknifed over NAME_FOLDS document folds: a training sentence sees
// the names of the other folds only, so the model learns how much a hit on a name it was not shown
// in this document is worth (with its own names listed every hit would be right in training)
const NAME_FOLDS = 5;
/** NER_NAMES: 0 off, corpus (training-corpus names), 1 (those and the Phoenix group names) */
const NAMES = process.env.NER_NAMES ?? '0';

function namesOf(docs: Iterable<CorpusDoc>): Array<{ toks: string[]; type: string }> {
  const out: Array<{ toks: string[]; type: string }> = [];
  for (const d of docs) for (const s of d.sentences) for (const n of s.named) {
    const toks = s.words.slice(n.from, n.to).map((w) => w.form);
    // the file writes tokens space-separated: a token holding white space would not read back the same
    if (toks.every((t) => !/\s/.test(t))) out.push({ toks, type: n.type });
  }
  return out;
}

/** The full list (every trained document) and one list per fold without that fold's documents. */
function nameLists(docs: readonly CorpusDoc[], groupKeys: readonly string[] | undefined): { full: NameList; folds: NameList[]; foldOfDoc: Map<CorpusDoc, number> } {
  const unique = [...new Set(docs)];
  const foldOfDoc = new Map<CorpusDoc, number>();
  unique.forEach((d, i) => foldOfDoc.set(d, i % NAME_FOLDS));
  const folds: NameList[] = [];
  for (let f = 0; f < NAME_FOLDS; f++) folds.push(buildNameList(namesOf(unique.filter((d) => foldOfDoc.get(d) !== f)), groupKeys));
  return { full: buildNameList(namesOf(unique), groupKeys), folds, foldOfDoc };
}

const usable = (s: CorpusSentence) => s.words.length > 0 && s.words.every((w) => w.start >= 0);

// NER_PARTIAL: 0 (default) every corpus's tags as read (the CoNLL reader drops names of symbols alone: the
// Broad Twitter Corpus "@"); at — the same since session 14 (it dropped them here before the reader did);
// 1 — the unlabelled spans unknown (session 12); whole — as 1, but
// the target never keeps a name covering exactly an unlabelled span (perceptron.ts withoutWholeSpanNames:
// the corpus says the whole is a book, an album or "Space Shuttle", not one of ours)
const PARTIAL = process.env.NER_PARTIAL ?? '0';
if (!['0', '1', 'at', 'whole'].includes(PARTIAL)) throw new NewsgraphError('E030', `NER_PARTIAL: expected 0, 1, at or whole, found "${PARTIAL}"`);

/** Label ids of a sentence's words (-1, unknown: the trainer fills it in, inside the corpus's unlabelled spans with NER_PARTIAL=1|whole) and the spans no target name may cover whole. */
function goldIds(s: CorpusSentence): { gold: Int32Array; notWhole?: ReadonlyArray<{ from: number; to: number }> } {
  const gold = new Int32Array(s.words.length);
  const t = PARTIAL === '0' ? { named: s.named, unknown: [] } : partialTrainingSpans(s);
  const unknown = PARTIAL === '1' || PARTIAL === 'whole' ? t.unknown : [];
  for (const n of t.named) {
    gold[n.from] = LABELS.indexOf(`B-${n.type}`);
    for (let i = n.from + 1; i < n.to; i++) gold[i] = LABELS.indexOf(`I-${n.type}`);
  }
  for (const u of unknown) gold.fill(-1, u.from, u.to);
  return PARTIAL === 'whole' && unknown.length ? { gold, notWhole: unknown } : { gold };
}

// each sentence's document, for the document features (docWordFlags), computed once per document
const docOf = new WeakMap<CorpusSentence, CorpusDoc>();
const flagsOf = new WeakMap<CorpusDoc, DocWordFlags>();
function remember(docs: readonly CorpusDoc[]): void {
  for (const d of docs) for (const s of d.sentences) docOf.set(s, d);
}
function docFlags(ctx: FeatureContext, s: CorpusSentence): DocWordFlags | undefined {
  const d = ctx.docFeatures ? docOf.get(s) : undefined;
  if (!d) return undefined;
  let f = flagsOf.get(d);
  if (!f) flagsOf.set(d, (f = docWordFlags(ctx, d.sentences.map((x) => x.words.map((w) => w.form)))));
  return f;
}

const features = (ctx: FeatureContext, s: CorpusSentence) => sentenceFeatures(ctx, s.text, s.words, s.words.map((w) => w.form), undefined, undefined, docFlags(ctx, s));

export async function trainNer(opts: TrainNerOptions = {}): Promise<{ sentences: number; tokens: number; dev?: Record<string, string> }> {
  const seed = opts.seed ?? 1;
  const epochs = opts.epochs ?? Number(process.env.NER_EPOCHS ?? 8);
  const runs = opts.runs ?? Number(process.env.NER_RUNS ?? 3);
  const log = opts.log ?? (() => {});
  const dev = opts.dev ?? process.env.NER_DEV === '1';
  const mix = opts.mix ?? (process.env.NER_MIX ? parseMix(process.env.NER_MIX) : DEFAULT_MIX);
  const useClusters = opts.clusters ?? process.env.NER_CLUSTERS !== '0';
  if (!hasShared()) throw new NewsgraphError('E001', `training data not found: expected ${sharedPath('data')}`);
  const clusters = useClusters ? defaultWordClusters() : undefined;
  if (clusters === null) throw new NewsgraphError('E021', 'word clusters not built: run scripts/train-clusters.ts first (npm run train does)');

  // every corpus is read (its dev slice is scored in dev mode); the mix decides what is trained on
  const corpora: NerCorpus[] = (dev ? [...NER_CORPUS_NAMES] : Object.keys(mix)).map(readNerCorpus);
  const rand = mulberry32(seed);
  const sents: CorpusSentence[] = [];
  const trainedOn: string[] = [];
  const trainedDocs: CorpusDoc[] = [];
  for (const c of corpora) {
    const w = mix[c.name] ?? 0;
    if (!w) continue;
    const docs = dev ? c.train : [...c.train, ...c.dev];
    const picked = weighted(docs, w, rand);
    remember(picked);
    trainedDocs.push(...picked);
    for (const d of picked) if (!foldOf.has(d)) foldOf.set(d, foldOf.size % FOLDS);
    sents.push(...picked.flatMap((d) => d.sentences).filter(usable));
    trainedOn.push(`${c.name}×${w} (${c.source.join(', ')}${dev ? ', without its dev slice' : ''})`);
  }
  // lower-case vocabulary: words seen in lower case anywhere in the training text (copies of the
  // documents with their names lower-cased, tried in session 7, collapsed precision: UNER EWT dev slice
  // 0.766 -> 0.713, GUM dev 0.832 -> 0.723 at a 30% share; removed)
  const vocab = new Set<string>();
  for (const s of sents) for (const w of s.words) if (w.form === w.form.toLowerCase() && /\p{L}/u.test(w.form)) vocab.add(w.form);
  const useLex = process.env.NER_LEX !== '0';
  // the document features are on by default (NER_DOC=0 turns them off): session 6, one dev run each
  // (perceptron alone, NER_MLP=0, 2^18 buckets, seed 20251125), pipeline dev figures (eval/entities.ts
  // --dev) GUM / UNER EWT: plain 0.826 / 0.713; + doc 0.832 / 0.720 (ORG 0.775 -> 0.791, 0.600 -> 0.624);
  // + org 0.832 / 0.719; + case-blind 0.828 / 0.715; ORG cost 1.5 0.792 / 0.683 (gold-token figures);
  // doc + org 0.834 / 0.715; doc + org + case-blind 0.834 / 0.719 — no better than doc alone, and the
  // organisation and case-blind groups cost more per token. The organisation, case-blind and context
  // groups stay off (session 3 at 2^20 buckets: plain + articles cut GUM 0.837 / EWT 0.717; + org +
  // doc + case-blind 0.832 / 0.710)
  const useOrg = process.env.NER_ORG === '1';
  const useDoc = process.env.NER_DOC !== '0';
  const useCaseless = process.env.NER_CASELESS === '1';
  const useMore = process.env.NER_MORE === '1';
  const base0: FeatureContext = { kb: defaultKb(), lowerVocab: vocab, lex: useLex ? defaultLexicon() : undefined, clusters, orgFeatures: useOrg, docFeatures: useDoc, caseless: useCaseless && useLex, moreContext: useMore };
  // the name list: the full one for dev scoring and the shipped file, the fold lists for training sentences
  const lists = NAMES === '0' ? null : nameLists(trainedDocs, NAMES === 'corpus' ? undefined : [...base0.kb.phoenix().groups.keys()]);
  const ctx: FeatureContext = lists ? { ...base0, nameList: lists.full } : base0;
  const foldCtx = lists ? lists.folds.map((l) => ({ ...base0, nameList: l })) : [];
  const trainCtx = (s: CorpusSentence) => (lists ? foldCtx[lists.foldOfDoc.get(docOf.get(s)!)!]! : ctx);
  if (lists) log(`ner: name list ${lists.full.size} names (${NAME_FOLDS} jackknife folds: ${lists.folds.map((l) => l.size).join(' / ')})${NAMES === 'corpus' ? '' : ' + Phoenix groups'}`);
  const examples = sents.map((s) => ({ feats: features(trainCtx(s), s), ...goldIds(s) }));
  const tokens = examples.reduce((a, e) => a + e.gold.length, 0);
  log(`ner: ${examples.length} sentences, ${tokens} tokens from ${trainedOn.join('; ')}; clusters ${clusters ? 'on' : 'off'}`);

  // NER_REUSE_PERCEPTRON=1: take the perceptron from the model already at `out` when it was trained with
  // these very settings (training is deterministic, so it is the one this run would train) and train only
  // the MLP: adding the MLP to a shipped model costs a third of the time
  const model = (!dev && process.env.NER_REUSE_PERCEPTRON === '1' ? reusedPerceptron(opts.out ?? modelPath('ner'), trainedOn, seed, epochs, log) : null) ?? trainPerceptron(examples, examples.map((_, i) => i), runs, epochs, seed, tokens, log);

  // the MLP second opinion: jackknifed emissions, then SGD on the tokens the perceptron is unsure of
  let mlp: NerMlp | null = null;
  const vectors = useMlp() ? shippedWordVectors() : null;
  if (useMlp() && !vectors) throw new NewsgraphError('E021', 'NER MLP: the tagger MLP (models/tagger-mlp.bin) and word clusters must be built first (npm run train does)');
  if (vectors) {
    const jkRuns = Number(process.env.NER_JK_RUNS ?? 1);
    const em: Float32Array[] = new Array(examples.length);
    for (let f = 0; f < FOLDS; f++) {
      const fold = (i: number) => foldOf.get(docOf.get(sents[i]!)!) ?? 0;
      const trainIdx = examples.map((_, i) => i).filter((i) => fold(i) !== f);
      const m = trainPerceptron(examples, trainIdx, jkRuns, epochs, seed + 101 * (f + 1), tokens, (l) => log(`ner jackknife ${f + 1}/${FOLDS}: ${l.slice(5)}`));
      for (let i = 0; i < examples.length; i++) if (fold(i) === f) em[i] = emissions(m, examples[i]!.feats, K);
    }
    const pick = mulberry32(seed + 31);
    const mlpExamples: NerMlpExample[] = examples.flatMap((e, i) => (pick() < MLP_SHARE ? [{ s: mlpSentence(vectors, sents[i]!.words.map((w) => w.form), vocab), em: em[i]!, gold: e.gold }] : []));
    mlp = trainNerMlp(mlpExamples, vectors, {
      labels: LABELS,
      hidden: Number(process.env.NER_MLP_HIDDEN ?? 48),
      sparseBits: Number(process.env.NER_MLP_SPARSE_BITS ?? 14),
      epochs: Number(process.env.NER_MLP_EPOCHS ?? 3),
      lr: Number(process.env.NER_MLP_LR ?? 0.01),
      decay: 0.3,
      seed,
      trainMargin: MLP_TRAIN_MARGIN,
      log,
    });
  }
  const meta: NerMeta = { labels: LABELS, bits: BITS, lowerVocab: [...vocab].sort(), trainedOn, seed, epochs, pos: false, lexicon: useLex, clusters: clusters !== undefined, orgFeatures: useOrg, docFeatures: useDoc, caseless: useCaseless && useLex, moreContext: useMore, ...(lists ? { nameList: { phoenix: NAMES !== 'corpus' } } : {}) };

  if (dev) {
    const allowed = bioAllowed(LABELS);
    const figures: Record<string, string> = {};
    // with the MLP: its margin × weight grid on GUM dev and UNER EWT dev (the choice of MLP_MARGIN/MLP_WEIGHT)
    const grid = mlp ? (process.env.NER_MLP_GRID ?? '1000:0.02,1000:0.05,1000:0.1,0.1:0.05,0.25:0.05,0.25:0.1,0.5:0.05,0.5:0.1,1:0.05').split(',').map((g) => g.split(':').map(Number) as [number, number]) : [];
    for (const c of corpora) {
      remember(c.dev);
      const dsents = c.dev.flatMap((d) => d.sentences);
      const plain = scoreHeldOut(decoder(model, allowed, ctx, null, vocab), dsents, c.name);
      figures[c.name] = plain;
      log(`ner dev: ${c.name.padEnd(20)} ${plain}${mix[c.name] ? '' : '  (not trained on)'}`);
      if (mlp) {
        const withMlp = scoreHeldOut(decoder(model, allowed, ctx, mlp, vocab, MLP_MARGIN, MLP_WEIGHT), dsents, c.name);
        figures[`${c.name}+mlp`] = withMlp;
        log(`ner dev: ${`${c.name}+mlp`.padEnd(20)} ${withMlp}`);
        if (process.env.NER_MLP_DIFF === c.name) {
          const a = decoder(model, allowed, ctx, null, vocab);
          const b = decoder(model, allowed, ctx, mlp, vocab, MLP_MARGIN, MLP_WEIGHT);
          for (const s of dsents.filter(usable)) {
            const x = a(s);
            const y = b(s);
            if (x.join() === y.join()) continue;
            const g = goldIds(s).gold;
            process.stderr.write(s.words.map((w, i) => (x[i] === y[i] && x[i] === g[i] ? w.form : `${w.form}[g:${LABELS[g[i]!]} p:${LABELS[x[i]!]} m:${LABELS[y[i]!]}]`)).join(' ') + '\n');
          }
        }
        if (c.name === 'gum' || c.name === 'uner-ewt') log(`ner dev: ${c.name} tokens below margin ${MLP_MARGIN}: ${tokenAccuracy(model, ctx, mlp, vocab, dsents)}`);
        if (c.name === 'gum' || c.name === 'uner-ewt') for (const [mg, wt] of grid) log(`ner dev grid: ${c.name.padEnd(9)} margin ${mg} weight ${wt}: ${scoreHeldOut(decoder(model, allowed, ctx, mlp, vocab, mg, wt), dsents)}`);
      }
      if (c.name === 'gum') {
        const news = c.dev.filter((d) => d.id.includes('_news_')).flatMap((d) => d.sentences);
        figures['gum-news'] = scoreHeldOut(decoder(model, allowed, ctx, null, vocab), news);
        log(`ner dev: ${'gum-news'.padEnd(20)} ${figures['gum-news']}`);
        if (mlp) log(`ner dev: ${'gum-news+mlp'.padEnd(20)} ${scoreHeldOut(decoder(model, allowed, ctx, mlp, vocab, MLP_MARGIN, MLP_WEIGHT), news)}`);
      }
    }
    if (process.env.NER_DEV_OUT) {
      saveNerModel(model, meta, process.env.NER_DEV_OUT);
      if (lists) saveNameList(lists.full, process.env.NER_DEV_OUT);
      if (mlp) saveMlp(mlp, process.env.NER_DEV_OUT);
    }
    return { sentences: examples.length, tokens, dev: figures };
  }
  const base = opts.out ?? modelPath('ner');
  saveNerModel(model, meta, base);
  if (lists) log(`ner: wrote ${base}.names.tsv.gz (${saveNameList(lists.full, base)} bytes)`);
  else rmSync(`${base}.names.tsv.gz`, { force: true });
  // a stale MLP would not fit the new perceptron's emissions
  if (mlp) log(`ner: wrote ${nerMlpPath(base)} (${saveMlp(mlp, base)} bytes)`);
  else rmSync(nerMlpPath(base), { force: true });
  log(`ner: wrote ${base}.json and .bin.gz`);
  return { sentences: examples.length, tokens };
}

function reusedPerceptron(base: string, trainedOn: readonly string[], seed: number, epochs: number, log: (l: string) => void): PerceptronModel | null {
  if (!existsSync(`${base}.json`)) return null;
  const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as NerMeta;
  if (meta.bits !== BITS || meta.seed !== seed || meta.epochs !== epochs || JSON.stringify(meta.trainedOn) !== JSON.stringify(trainedOn) || JSON.stringify(meta.labels) !== JSON.stringify(LABELS)) {
    log(`ner: ${base}.json was trained with other settings: training the perceptron`);
    return null;
  }
  const w = unpackNerWeights(base, meta);
  log(`ner: perceptron reused from ${base}.bin.gz`);
  return { labels: LABELS, bits: BITS, weights: w.weights, trans: w.trans };
}

function saveMlp(mlp: NerMlp, base: string): number {
  return writeModelFile(nerMlpPath(base), NER_MLP_KIND, { ...mlp.meta, margin: MLP_MARGIN, weight: MLP_WEIGHT, info: { trainMargin: MLP_TRAIN_MARGIN, folds: FOLDS } }, { ...mlp.arrays() });
}

/** Trains `runs` averaged perceptrons on examples[idx] (different shuffles) and averages them: one shuffle's luck moves F1 by about two points on GUM test, the average of RUNS models much less. */
function trainPerceptron(examples: ReadonlyArray<{ feats: Uint32Array; gold: Int32Array; notWhole?: ReadonlyArray<{ from: number; to: number }> }>, idx: readonly number[], runs: number, epochs: number, seed: number, tokens: number, log: (l: string) => void): PerceptronModel {
  let sum: PerceptronModel | null = null;
  for (let r = 0; r < runs; r++) {
    const trainer = new PerceptronTrainer(LABELS, BITS, ORG_COST === 1 ? undefined : { 'B-ORG': ORG_COST, 'I-ORG': ORG_COST });
    const order = [...idx];
    const shuffle = mulberry32(seed + r * 7919);
    for (let ep = 0; ep < epochs; ep++) {
      shuffleInPlace(order, shuffle);
      let wrong = 0;
      for (const i of order) wrong += trainer.train(examples[i]!.feats, K, examples[i]!.gold, examples[i]!.notWhole);
      log(`ner: run ${r + 1}/${runs} epoch ${ep + 1}/${epochs}: ${wrong} token errors (${((100 * wrong) / tokens).toFixed(2)}%)`);
    }
    const m = trainer.finish();
    if (!sum) sum = m;
    else {
      for (let i = 0; i < m.weights.length; i++) sum.weights[i] += m.weights[i]!;
      for (let i = 0; i < m.trans.length; i++) sum.trans[i] += m.trans[i]!;
    }
  }
  const model = sum!;
  for (let i = 0; i < model.weights.length; i++) model.weights[i] /= runs;
  for (let i = 0; i < model.trans.length; i++) model.trans[i] /= runs;
  return model;
}

/** Label ids of a gold-tokenised sentence: the perceptron's emissions, the MLP's opinion where it is unsure (when given), Viterbi. */
function decoder(m: PerceptronModel, allowed: Uint8Array, ctx: FeatureContext, mlp: NerMlp | null, vocab: ReadonlySet<string>, margin?: number, weight?: number): (s: CorpusSentence) => Int32Array {
  return (s) => {
    const em = emissions(m, features(ctx, s), K);
    if (mlp) adjustEmissions(mlp, s.words.map((w) => w.form), vocab, em, margin, weight);
    return viterbi(m, em, s.words.length, allowed);
  };
}

/** Label accuracy of the perceptron alone and of the MLP alone on the tokens below the consultation margin (diagnostic). */
function tokenAccuracy(m: PerceptronModel, ctx: FeatureContext, mlp: NerMlp, vocab: ReadonlySet<string>, sents: readonly CorpusSentence[]): string {
  const L = LABELS.length;
  const lp = new Float64Array(L);
  let n = 0;
  let p = 0;
  let q = 0;
  for (const s of sents) {
    if (!usable(s)) continue;
    const em = emissions(m, features(ctx, s), K);
    const ms = mlpSentence(mlp.vectors, s.words.map((w) => w.form), vocab);
    const gold = goldIds(s).gold;
    for (let i = 0; i < s.words.length; i++) {
      if (topTwoMargin(em, i, L) >= MLP_MARGIN * mlp.meta.emScale) continue;
      n++;
      let pb = 0;
      for (let l = 1; l < L; l++) if (em[i * L + l]! > em[i * L + pb]!) pb = l;
      mlp.logProbs(ms, em, i, lp);
      let mb = 0;
      for (let l = 1; l < L; l++) if (lp[l]! > lp[mb]!) mb = l;
      if (pb === gold[i]) p++;
      if (mb === gold[i]) q++;
    }
  }
  return `${n} tokens, perceptron ${((100 * p) / (n || 1)).toFixed(2)}%, MLP ${((100 * q) / (n || 1)).toFixed(2)}%`;
}

/** Span-level P/R/F1 (exact span and type) of the model on gold-tokenised sentences, by type. */
function scoreHeldOut(decode: (s: CorpusSentence) => Int32Array, sents: readonly CorpusSentence[], name = ''): string {
  const c: Record<string, [number, number, number]> = { ALL: [0, 0, 0], PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] };
  for (const s of sents) {
    if (!usable(s)) continue;
    const ids = decode(s);
    const pred = bioSpans(LABELS, ids).map((p) => `${p.from}:${p.to}:${p.type}`);
    const gold = new Set(s.named.map((g) => `${g.from}:${g.to}:${g.type}`));
    for (const p of pred) {
      const t = p.split(':')[2]!;
      const hit = gold.has(p) ? 1 : 0;
      c.ALL![0] += hit;
      c.ALL![1]++;
      c[t]![0] += hit;
      c[t]![1]++;
    }
    for (const g of gold) {
      c.ALL![2]++;
      c[g.split(':')[2]!]![2]++;
    }
    if (process.env.NER_ERRORS && process.env.NER_ERRORS === name) {
      const show = (k: string) => {
        const [a, b, t] = k.split(':');
        return `${t} ${s.words.slice(+a!, +b!).map((w) => w.form).join(' ')}`;
      };
      for (const p of pred) if (!gold.has(p)) process.stderr.write(`FP ${show(p)}\n`);
      for (const g of gold) if (!pred.includes(g)) process.stderr.write(`FN ${show(g)}\n`);
    }
  }
  const f = ([tp, p, g]: [number, number, number]) => (p + g ? (2 * tp) / (p + g) : 0).toFixed(3);
  return `F1 ${f(c.ALL!)} (P ${(c.ALL![0] / (c.ALL![1] || 1)).toFixed(3)} R ${(c.ALL![0] / (c.ALL![2] || 1)).toFixed(3)}) PER ${f(c.PER!)} ORG ${f(c.ORG!)} LOC ${f(c.LOC!)} [gold ${c.ALL![2]}]`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // the only place this module prints: when run as a script
  // NER_OUT=base writes the model elsewhere than models/ner (to compare before replacing it)
  trainNer({ seed: Number(process.env.SEED ?? 20251125), log: (l) => console.log(l), ...(process.env.NER_OUT ? { out: process.env.NER_OUT } : {}) }).catch((e) => {
    console.error(String(e));
    process.exit(1);
  });
}
