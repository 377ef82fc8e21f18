// Loading, saving and applying the statistical NER model (models/ner.json + models/ner.bin.gz, built by
// scripts/train-ner.ts). The binary holds the averaged weights sparsely (index, value) and the
// transition table; the JSON holds labels, hash size, the lower-case vocabulary and provenance.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { zlib } from '../../core/lazy-builtins.js';
import { NewsgraphError } from '../../core/errors.js';
import { modelPath } from '../../core/paths.js';
import type { Span } from '../../core/span.js';
import { defaultKb, type ActorKB } from '../../kb/index.js';
import { gzipFingerprint, readDerived, writeDerived } from '../../nlp/derived-tables.js';
import { modelArray } from '../../nlp/model-io.js';
import { defaultWordClusters, wordClustersPath } from '../../nlp/word-clusters.js';
import { K, createWordSums, docWordFlags, sentenceFeatures, sentenceWords, type DocWordFlags, type FeatureContext, type FeatureScratch, type NameMatches, type WordSums, SentenceScratch } from './ner-features.js';
import { defaultLexicon } from './ner-lexicon.js';
import { loadNameList } from './ner-names.js';
import { adjustEmissions, loadNerMlp, type NerMlp } from './ner-mlp.js';
import { bioAllowed, emissions, exactWeight, scaledEmissions, scaledWeights, unscaledWeights, viterbi, type PerceptronModel } from './perceptron.js';
import { emptyObjects, mapObjects } from '../../core/object-arrays.js';

export type NerType = 'PER' | 'ORG' | 'LOC';

export interface NerMeta {
  readonly labels: readonly string[];
  readonly bits: number;
  readonly lowerVocab: readonly string[];
  readonly trainedOn: readonly string[];
  readonly seed: number;
  readonly epochs: number;
  /** trained with part-of-speech features: callers must pass XPOS tags */
  readonly pos?: boolean;
  /** trained with the word-list features of ner-lexicon.ts */
  readonly lexicon?: boolean;
  /** trained with the word-cluster features (needs models/word-clusters.bin.gz) */
  readonly clusters?: boolean;
  /** trained with the organisation features (Phoenix group names, acronyms, capitalised runs) */
  readonly orgFeatures?: boolean;
  /** trained with the document features (ner-features.ts docWordFlags) */
  readonly docFeatures?: boolean;
  /** trained with the case-blind list features (ner-features.ts, slot 47) */
  readonly caseless?: boolean;
  /** trained with the context features (ner-features.ts, slots 48-52) */
  readonly moreContext?: boolean;
  /** trained with the name list of ner-names.ts (models/ner.names.tsv.gz; slots 53-55); phoenix: with the Phoenix group names */
  readonly nameList?: { readonly phoenix: boolean };
}

export interface NerModel {
  readonly meta: NerMeta;
  readonly perceptron: PerceptronModel;
  readonly ctx: FeatureContext;
  readonly allowed: Uint8Array;
  /** the dense second opinion (ner-mlp.ts) where the perceptron is unsure, or null when not built */
  readonly mlp: NerMlp | null;
  /** the weights' sums are exact in any order (perceptron.ts exactSums; checked as the file is read): tagSentence sums each word's own slots once */
  readonly exactSums?: boolean;
  /** the weights × 16 as int16 (perceptron.ts scaledWeights), from the derived copy: tagSentence sums these (half the table, same emissions); perceptron.weights is then made from them on first use */
  readonly scaled?: Int16Array | null;
}

export interface NerSpan {
  /** token indices within the given token list, half-open */
  readonly from: number;
  readonly to: number;
  readonly type: NerType;
}

const WEIGHT_STEPS = 16;

export function saveNerModel(p: PerceptronModel, meta: NerMeta, base = modelPath('ner')): void {
  mkdirSync(dirname(base), { recursive: true });
  const idx: number[] = [];
  const val: number[] = [];
  // weights are rounded to 1/WEIGHT_STEPS: the file compresses to about half (few distinct values)
  // and F1 on GUM dev / UNER EWT dev moves by at most 0.001
  for (let i = 0; i < p.weights.length; i++) {
    const w = Math.round(p.weights[i]! * WEIGHT_STEPS) / WEIGHT_STEPS;
    if (w !== 0) {
      idx.push(i);
      val.push(w);
    }
  }
  const head = new Int32Array([idx.length, p.trans.length]);
  const buf = Buffer.concat([
    Buffer.from(head.buffer),
    Buffer.from(Int32Array.from(idx).buffer),
    Buffer.from(Float32Array.from(val).buffer),
    Buffer.from(p.trans.buffer, p.trans.byteOffset, p.trans.byteLength),
  ]);
  writeFileSync(`${base}.bin.gz`, zlib().gzipSync(buf, { level: 9 }));
  writeFileSync(`${base}.json`, JSON.stringify(meta));
}

/** The derived copy of the weights (models/derived/, see src/nlp/derived-tables.ts): dense, ready to view. */
const DERIVED = 'ner-weights.bin';
const DERIVED_KIND = 'ner-weights';

export interface NerWeights {
  readonly weights: Float32Array;
  readonly trans: Float32Array;
  /** every weight passes perceptron.ts exactWeight (saved weights are in 1/WEIGHT_STEPS steps) */
  readonly exact: boolean;
}

/** The dense weights and transitions of `${base}.bin.gz` (unpacked and scattered: ~40 ms). */
export function unpackNerWeights(base: string, meta: NerMeta): NerWeights {
  let raw: Buffer;
  try {
    raw = zlib().gunzipSync(readFileSync(`${base}.bin.gz`));
  } catch (e) {
    throw new NewsgraphError('E021', `${base}.json/.bin.gz: expected the NER model written by scripts/train-ner.ts, found unreadable data (${(e as Error).message})`, base);
  }
  const ab = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  const [nnz, ntrans] = new Int32Array(ab, 0, 2);
  const L = meta.labels.length;
  if (nnz === undefined || ntrans !== (L + 1) * L || raw.byteLength !== 8 + nnz * 8 + ntrans * 4) {
    throw new NewsgraphError('E021', `${base}.bin.gz: expected ${(L + 1) * L} transitions and a consistent size, found ${ntrans} and ${raw.byteLength} bytes`, base);
  }
  const idx = new Int32Array(ab, 8, nnz);
  const val = new Float32Array(ab, 8 + nnz * 4, nnz);
  const weights = new Float32Array((1 << meta.bits) * L);
  let exact = true;
  for (let i = 0; i < nnz; i++) {
    const v = val[i]!;
    weights[idx[i]!] = v;
    if (!exactWeight(v)) exact = false;
  }
  return { weights, trans: new Float32Array(ab.slice(8 + nnz * 8)), exact };
}

/** What the derived copy holds: the int16 table (scaled) when the weights fit one, else the float weights. */
type DerivedNerWeights = { readonly scaled: Int16Array; readonly trans: Float32Array } | NerWeights;

/** The weights from the derived copy when it was made from this model's files, else null. */
function derivedWeights(base: string, meta: NerMeta): DerivedNerWeights | null {
  const d = readDerived(DERIVED, DERIVED_KIND, gzipFingerprint(`${base}.bin.gz`));
  if (!d) return null;
  const L = meta.labels.length;
  const m = d.meta as { bits?: number; labels?: readonly string[]; exact?: boolean; scaled?: boolean };
  if (m.bits !== meta.bits || JSON.stringify(m.labels) !== JSON.stringify(meta.labels)) return null;
  try {
    const trans = modelArray(d.file, 'trans', Float32Array);
    if (trans.length !== (L + 1) * L) return null;
    if (m.scaled === true) {
      const scaled = modelArray(d.file, 'scaled', Int16Array);
      return scaled.length === (1 << meta.bits) * L ? { scaled, trans } : null;
    }
    const weights = modelArray(d.file, 'weights', Float32Array);
    return weights.length === (1 << meta.bits) * L ? { weights, trans, exact: m.exact === true } : null;
  } catch {
    return null;
  }
}

/**
 * Writes the derived copy of the model at `base` (models/ner by default); its size in bytes, 0 when
 * there is no model. Weights in 1/16 steps within int16 × 16 (as saveNerModel writes them) are kept
 * as the int16 table only (perceptron.ts scaledWeights), others as floats.
 */
export function writeDerivedNerWeights(base = modelPath('ner')): number {
  const fingerprint = gzipFingerprint(`${base}.bin.gz`);
  if (!fingerprint || !existsSync(`${base}.json`)) return 0;
  const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as NerMeta;
  const { weights, trans, exact } = unpackNerWeights(base, meta);
  const scaled = exact ? scaledWeights(weights) : null;
  return writeDerived(DERIVED, DERIVED_KIND, fingerprint, { bits: meta.bits, labels: meta.labels, exact, scaled: scaled !== null }, scaled ? { scaled, trans } : { weights, trans });
}

/** The perceptron of an int16 table: its float weights (for training code and tests; run time sums the int16 table) made on first use. */
function scaledPerceptron(meta: NerMeta, scaled: Int16Array, trans: Float32Array): PerceptronModel {
  let weights: Float32Array | null = null;
  return {
    labels: meta.labels,
    bits: meta.bits,
    trans,
    get weights(): Float32Array {
      return (weights ??= unscaledWeights(scaled));
    },
  };
}

/**
 * The model at `base` (a path without extension; models/ner by default), or null when it has not been
 * built (the stage then uses gazetteers only). Reads the files on every call: the resources
 * (src/stages/resources.ts) load it once and pass it in. The weights come from the derived copy
 * when it is current (`npm run build`), else from the gzip file.
 */
export function loadNerModel(base = modelPath('ner'), kb: ActorKB = defaultKb()): NerModel | null {
  if (!existsSync(`${base}.json`) || !existsSync(`${base}.bin.gz`)) return null;
  let meta: NerMeta;
  try {
    meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as NerMeta;
  } catch (e) {
    throw new NewsgraphError('E021', `${base}.json/.bin.gz: expected the NER model written by scripts/train-ner.ts, found unreadable data (${(e as Error).message})`, base);
  }
  const w = derivedWeights(base, meta) ?? unpackNerWeights(base, meta);
  const scaled = 'scaled' in w ? w.scaled : null;
  const clusters = meta.clusters ? defaultWordClusters() : undefined;
  if (clusters === null) throw new NewsgraphError('E021', `${base}.json: the NER model needs the word clusters, found no ${wordClustersPath()} — run \`npm run train\``, base);
  const m: NerModel = {
    meta,
    perceptron: 'scaled' in w ? scaledPerceptron(meta, w.scaled, w.trans) : { labels: meta.labels, bits: meta.bits, weights: w.weights, trans: w.trans },
    ctx: { kb, lowerVocab: new Set(meta.lowerVocab), lex: meta.lexicon ? defaultLexicon() : undefined, clusters, orgFeatures: meta.orgFeatures === true, docFeatures: meta.docFeatures === true, caseless: meta.caseless === true, moreContext: meta.moreContext === true, nameList: meta.nameList ? loadNameList(base, meta.nameList.phoenix ? kb.phoenix().groups.keys() : undefined) : undefined },
    allowed: bioAllowed(meta.labels),
    mlp: loadNerMlp(base),
    exactSums: 'scaled' in w || w.exact,
    scaled,
  };
  return m;
}

/** Decodes BIO label ids into spans. */
export function bioSpans(labels: readonly string[], ids: ArrayLike<number>): NerSpan[] {
  const out = emptyObjects<NerSpan>();
  let i = 0;
  while (i < ids.length) {
    const l = labels[ids[i]!]!;
    if (l === 'O') {
      i++;
      continue;
    }
    const type = l.slice(2) as NerType;
    let j = i + 1;
    while (j < ids.length && labels[ids[j]!] === `I-${type}`) j++;
    out.push({ from: i, to: j, type });
    i = j;
  }
  return out;
}

/** The document features of an article (its sentences' word forms), or undefined when the model has none: pass to tagSentence. */
export function nerDocContext(model: NerModel, sentences: ReadonlyArray<readonly string[]>): DocWordFlags | undefined {
  return model.ctx.docFeatures ? docWordFlags(model.ctx, sentences) : undefined;
}

// the feature buffer tagSentence reuses: the features live only until the emissions are summed,
// and tagging is synchronous, so one buffer serves every call
const featureScratch: FeatureScratch = { buf: new Uint32Array(0), arrays: new SentenceScratch() };
// the slots of featureScratch.arrays tagSentence itself uses (ner-features.ts uses its own: the
// emissions and the path outlive the features)
const EMISSIONS = 0;
const PATH = 8;
// per weights table: the word sums tagSentence passes (ner-features.ts WordSums) when the model's
// sums are exact in any order (NerModel.exactSums); otherwise every feature is summed per token.
// Over the int16 table when the model has one (the sums then in its units, as scaledEmissions reads them)
const wordSumsOf = new WeakMap<Float32Array | Int16Array, WordSums>();

function wordSums(model: NerModel): WordSums | null {
  if (!model.exactSums) return null;
  const p = model.perceptron;
  const table = model.scaled ?? p.weights;
  let ws = wordSumsOf.get(table);
  if (ws === undefined) {
    ws = createWordSums(table, p.labels.length, p.bits);
    wordSumsOf.set(table, ws);
  }
  return ws;
}

// a dash standing free between spaces ("Ahmed al - Assadi", "Acme - the best") separates phrases and is
// never inside a name (the training corpora's names hold no such token); web text (UNER EWT, trained on
// since session 7) writes many of them, and the model learnt to run a name across one
const FREE_DASH = /^[-–—]+$/;
// the first characters of a dash or a bracket token: tested before the patterns, since they are tried
// at every token of every sentence and almost every token starts with something else
const DASH_OR_BRACKET_START = new Set(['-', '–', '—', '(', ')', '[', ']', '{', '}'].map((c) => c.charCodeAt(0)));
const mayBeDashOrBracket = (form: string) => DASH_OR_BRACKET_START.has(form.charCodeAt(0));
function freeDashAt(text: string, spans: readonly Span[], forms: readonly string[], i: number): boolean {
  if (i >= forms.length || !mayBeDashOrBracket(forms[i]!) || !FREE_DASH.test(forms[i]!)) return false;
  const { start, end } = spans[i]!;
  return /\s/.test(text[start - 1] ?? ' ') && /\s/.test(text[end] ?? ' ');
}
// nor is a bracket: "Prime Minister (Erik) Solheim" — the MLP, consulted on more tokens since session 8
// (margin 0.5), made one name of "Erik ) Solheim"
const BRACKET = /^[()[\]{}]$/;
function outsideAtFreeDashesAndBrackets(labels: readonly string[], text: string, spans: readonly Span[], forms: readonly string[], em: Float32Array): void {
  const L = labels.length;
  const o = labels.indexOf('O');
  for (let i = 0; i < forms.length; i++) {
    if (!mayBeDashOrBracket(forms[i]!) || (!BRACKET.test(forms[i]!) && !freeDashAt(text, spans, forms, i))) continue;
    for (let l = 0; l < L; l++) if (l !== o) em[i * L + l] = -1e9;
  }
}

// a name cut short by a free dash ends before it: its lower-case last word is a particle that
// belonged to the part after the dash ("Ahmed al - Assadi" tags "Ahmed al"; the name is "Ahmed")
const LOWER_WORD = /^\p{Ll}+$/u;
export function dropParticleBeforeFreeDash(text: string, spans: readonly Span[], forms: readonly string[], names: NerSpan[]): NerSpan[] {
  return mapObjects(names, (n) => {
    if (!freeDashAt(text, spans, forms, n.to)) return n;
    let to = n.to;
    while (to - 1 > n.from && LOWER_WORD.test(forms[to - 1]!)) to--;
    return to === n.to ? n : { ...n, to };
  });
}

/** Tags one sentence (tokens as spans into text with their forms); `doc` from nerDocContext over the whole article. */
export function tagSentence(model: NerModel, text: string, spans: readonly Span[], forms: readonly string[], xpos: readonly string[], names?: NameMatches, doc?: DocWordFlags): NerSpan[] {
  if (!forms.length) return emptyObjects();
  // the word slots' weights summed once per word (exact: same emissions), the rest per token
  featureScratch.wordSums = wordSums(model) ?? undefined;
  const feats = sentenceFeatures(model.ctx, text, spans, forms, model.meta.pos ? xpos : undefined, names, doc, featureScratch);
  const arrays = featureScratch.arrays!;
  const n = forms.length;
  const into = arrays.floats(EMISSIONS, n * model.perceptron.labels.length);
  const em = model.scaled ? scaledEmissions(model.perceptron, model.scaled, feats, K, featureScratch.wordSums?.out, into) : emissions(model.perceptron, feats, K, featureScratch.wordSums?.out, into);
  // the MLP reads its per-word inputs from the feature entries the features just looked up
  if (model.mlp) adjustEmissions(model.mlp, forms, model.ctx.lowerVocab, em, undefined, undefined, sentenceWords(model.ctx, forms));
  outsideAtFreeDashesAndBrackets(model.meta.labels, text, spans, forms, em);
  const ids = viterbi(model.perceptron, em, n, model.allowed, arrays.ints(PATH, n));
  return dropParticleBeforeFreeDash(text, spans, forms, bioSpans(model.meta.labels, ids));
}
