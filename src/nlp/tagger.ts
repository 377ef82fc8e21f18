// Runtime part-of-speech tagger: a greedy left-to-right averaged perceptron over hashed features
// (features-tagger.ts) predicting one joint UPOS+PTB-XPOS class per token, so the two tag layers
// are always consistent. The tag dictionary short-cuts frequent unambiguous words (forced tags) and
// restricts other frequent words to the tags they were seen with in training.
// The trainer's weights are sparse rows (class id + int16 weight). Each weight is stored as the
// 8-bit code of the nearest of 256 values (tagger-codebook.ts), so an entry (code << 8 | class) is
// 16 bits. The rows go into one open-addressing table of 8-byte slots [key, payload]: a row of ≤ 2
// entries (~72% of rows) lives in its payload, a longer one in a packed Uint16Array [length,
// entries…] the payload points to. A feature therefore costs one 8-byte read for most rows (the
// 16-byte slots of int16 entries before took twice the memory for the same accuracy). Scoring
// accumulates integers (the global quantisation scale does not change the argmax). The model file
// stores that table as it is in memory (TaggerTables), so loading is a view of the file's buffer.
// The model (models/tagger.bin, built by scripts/train-tagger.ts) is loaded once, lazily.
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { KeyIndex } from './hash.js';
import { constrainedArgmax, MAX_FEATURES, ROLE_NEXT, ROLE_NEXT2, ROLE_PREV, ROLE_PREV2, TaggerFeatures } from './features-tagger.js';
import { modelArray, readModelFile, type ModelFile } from './model-io.js';
import { existsSync } from 'node:fs';
import { flatCopy } from '../core/bounded-memo.js';
import { weightCodebook } from './tagger-codebook.js';
import { TAGGER_MLP_FILE, TAGGER_MLP_KIND, taggerMlpFromModel, type TaggerMlp } from './tagger-mlp.js';
import { defaultWordClusters, wordClustersPath, type WordClusters } from './word-clusters.js';
import { TagSums } from './tag-sums-simd.js';

export const TAGGER_KIND = 'newsgraph-tagger';
export const TAGGER_FILE = 'tagger.bin';

export interface TaggerMeta {
  /** joint classes as "UPOS\tXPOS", indexed by class id */
  readonly tags: readonly string[];
  /** trust the tag dictionary's forced tag for frequent unambiguous words */
  readonly useForced: boolean;
  readonly scale: number;
  /** the model uses the word-cluster templates (models/word-clusters.bin.gz must be present) */
  readonly clusters?: boolean;
  readonly info?: Record<string, unknown>;
}

/** The arrays a tagger is built from (as stored in the model file). */
export interface TaggerArrays {
  readonly featKeys: Uint32Array;
  /** rowStart[r]..rowStart[r+1] indexes cls/weight for feature row r */
  readonly rowStart: Uint32Array;
  readonly cls: Uint8Array;
  readonly weight: Int16Array;
  readonly dictKeys: Uint32Array;
  readonly dictVals: Int32Array;
  /** allowed-tag sets of frequent words, ⌈tags/32⌉ mask words per set (empty: unconstrained) */
  readonly allowed: Int32Array;
}

/**
 * The weights as the tagger holds them (see the file comment): what models/tagger.bin stores, so
 * loading builds no hash table (~30 ms of every cold start before).
 */
export interface TaggerTables {
  /** 2 int32 per slot [key (0 = empty), payload], a power-of-two number of slots */
  readonly slots: Int32Array;
  /** rows longer than 2: [length, entries…], entries code << 8 | class */
  readonly rows: Uint16Array;
  /** weight of each 8-bit code (int16 units, times meta.scale for perceptron units) */
  readonly lut: Int32Array;
  readonly dictKeys: Uint32Array;
  readonly dictVals: Int32Array;
  readonly allowed: Int32Array;
}

/** Forms the tagger's form memo holds (× 5 vectors of nTags int32 scores — own, four neighbour roles: 10 MB with the shipped model's 61 classes, pages touched as it fills). */
export const FORM_MEMO = 8192;

/** Vectors of a form-memo entry: its own templates' scores and one per neighbour role (features-tagger.ts ROLE_PREV …). */
const GROUPS = 5;
/** Vectors before the first memo entry: zeros, then the padding of each of the four roles. */
const MEMO_FIXED = 5;

/** Class byte marking "no entry" (second entry of a one-entry row) or "row in rows" (first entry). */
const NO_CLASS = 255;

/** The open-addressing slot table for sparse rows (see the file comment for the layout). */
function buildSlots(a: TaggerArrays): { slots: Int32Array; mask: number; rows: Uint16Array; lut: Int32Array } {
  let size = 16;
  while (size < a.featKeys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  let long = 0;
  for (let r = 0; r < a.featKeys.length; r++) {
    const len = a.rowStart[r + 1]! - a.rowStart[r]!;
    if (len > 2) long += len + 1;
  }
  if (long >= 1 << 24) throw new NewsgraphError('E021', `tagger model: ${long} packed row entries, at most 2^24 fit the slot layout`);
  const rows = new Uint16Array(long);
  const { lut, codeOf } = weightCodebook(a.weight);
  const entry = (q: number) => (codeOf[a.weight[q]! + 32768]! << 8) | a.cls[q]!;
  let next = 0;
  for (let r = 0; r < a.featKeys.length; r++) {
    const k = a.featKeys[r]! | 0;
    if (k === 0) throw new NewsgraphError('E021', 'tagger model holds the reserved feature key 0 — run `npm run train`');
    const from = a.rowStart[r]!;
    const len = a.rowStart[r + 1]! - from;
    if (len === 0) continue; // adds nothing: as if absent
    let slot = (k ^ (k >>> 15)) & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    const b = slot * 2;
    slots[b] = k;
    if (len <= 2) slots[b + 1] = entry(from) | ((len > 1 ? entry(from + 1) : NO_CLASS) << 16);
    else {
      slots[b + 1] = (next << 8) | NO_CLASS;
      rows[next++] = len;
      for (let q = 0; q < len; q++) rows[next++] = entry(from + q);
    }
  }
  return { slots, mask, rows, lut };
}

export interface TagResult {
  upos: string[];
  xpos: string[];
}

export class Tagger {
  readonly tags: readonly string[];
  /** UPOS / XPOS name of each class id */
  readonly uposOf: readonly string[];
  readonly xposOf: readonly string[];
  readonly nTags: number;
  /** 2 int32 per slot: key (0 = empty), payload (see the file comment) */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** rows longer than 2: [length, entries…], entries code << 8 | class */
  private readonly rows: Uint16Array;
  /** weight of each entry code */
  private readonly lut: Int32Array;
  private readonly feats: TaggerFeatures;
  private readonly dictKeys: Uint32Array;
  private readonly dictVals: Int32Array;
  private readonly useForced: boolean;
  private readonly allowed: Int32Array;
  private readonly keyBuf = new Int32Array(MAX_FEATURES);
  /** the keys of one memo vector being filled (keyBuf may hold the current token's keys meanwhile) */
  private readonly fillKeys = new Int32Array(MAX_FEATURES);
  /** the current token's scores (a view of sums' memory when there is one) */
  private scores: Int32Array;
  /** per allowed-tag set id: its tag when the set has exactly one, else -1 */
  private readonly onlyTag: Int32Array;
  private ids = new Int32Array(64);
  /** keeps the prefetch loop's loads alive (never read) */
  private sink = 0;
  /** addRows' payloads of the keys found, between its probe and sum passes */
  private readonly found = new Int32Array(MAX_FEATURES);
  /** the perceptron's weight scale: int scores × scale are in perceptron units */
  private readonly scale: number;
  /** the MLP second opinion for close calls (tagger-mlp.ts), or null */
  private mlp: TaggerMlp | null = null;
  private mlpMargin = 0;
  private mlpWeight = 0;
  private mlpOut = new Float64Array(0);
  /** tokens the MLP was consulted on since construction (for measurements) */
  mlpCalls = 0;
  /**
   * Form memo: per form, the scores of its form-only templates (features-tagger.ts OWN: 14 of the 38
   * keys, among them the longest rows — a frequent word's own rows span many classes; with the flags
   * template, whose key is form-only after the first position: extractOwnFlags) and of the
   * neighbour templates it gives the positions around it (ROLE_PREV … ROLE_NEXT2: the word before,
   * two before, after, two after — 12 more keys), each summed once per form and then added as nTags
   * adjacent integers at every later occurrence instead of probing the 4 MB slot table (26 of a
   * token's 38 keys; the rows of those templates are long, 25–50 classes). The templates over the
   * previous two tags alone (3 keys) are summed once per tag pair (tagPairScores).
   * form → entry (memoTable, memoForms); entry e's group g (0 own, 1 + role) at memoScores[(MEMO_FIXED + e·GROUPS + g)·nTags…],
   * filled on first need (memoFilled bit g). Integer sums: the same scores in any order, the same
   * tags. When full it keeps what it has (a stream's first forms hold its most frequent ones, Zipf);
   * starting over at the cap re-summed the frequent words every time it filled (measured slower).
   * The first MEMO_FIXED vectors: zeros (a group probed key by key instead) and each role's padding.
   */
  /** entry e's form (a flat copy), and an open-addressing table of entry + 1 (0: empty) by the form's hash */
  private memoForms: string[] = [];
  private memoTable = new Int32Array(0);
  private memoScores: Int32Array = new Int32Array(0);
  /** memoScores, tagPairScores and scores in WebAssembly memory with the SIMD sum over them; null: the JS loop */
  private sums: TagSums | null = null;
  private memoFilled: Uint8Array = new Uint8Array(0);
  private memoCap = 0;
  /** the memo entry of each position of the sentence being tagged (-1: not memoised) */
  private entryAt = new Int32Array(64);
  /** counts setFormMemo calls: an entry id means the same form only within one generation */
  private memoGen = 0;
  /** per (p1 + 1, p2 + 1): the summed scores of the tag templates, filled on first use */
  private tagPairScores: Int32Array = new Int32Array(0);
  private tagPairFilled: Uint8Array = new Uint8Array(0);

  constructor(meta: TaggerMeta, a: TaggerArrays | TaggerTables) {
    this.tags = meta.tags;
    this.nTags = meta.tags.length;
    this.uposOf = meta.tags.map((t) => t.split('\t')[0]!);
    this.xposOf = meta.tags.map((t) => t.split('\t')[1] ?? '');
    // class NO_CLASS marks empty/long entries (buildSlots), so at most 255 classes
    if (this.nTags > NO_CLASS) throw new NewsgraphError('E021', `tagger model: ${this.nTags} classes, at most ${NO_CLASS} fit the slot layout — run \`npm run train\``);
    if ('slots' in a) {
      const size = a.slots.length >>> 1;
      if (size < 16 || (size & (size - 1)) !== 0 || a.slots.length !== size * 2) {
        throw new NewsgraphError('E021', `tagger model: ${a.slots.length} slot words, expected 2 × a power of two — run \`npm run train\``);
      }
      if (a.lut.length !== 256) throw new NewsgraphError('E021', `tagger model: a codebook of ${a.lut.length} weights, expected 256 — run \`npm run train\``);
      this.slots = a.slots;
      this.mask = size - 1;
      this.rows = a.rows;
      this.lut = a.lut;
    } else {
      const built = buildSlots(a);
      this.slots = built.slots;
      this.mask = built.mask;
      this.rows = built.rows;
      // padded to 256 codes: an entry's code byte then always indexes inside the table
      this.lut = new Int32Array(256);
      this.lut.set(built.lut);
    }
    this.feats = new TaggerFeatures(new KeyIndex(a.dictKeys, a.dictVals), meta.clusters ? taggerClusters() : null);
    this.dictKeys = a.dictKeys;
    this.dictVals = a.dictVals;
    this.useForced = meta.useForced;
    this.scale = meta.scale;
    this.allowed = a.allowed;
    const maskWords = (this.nTags + 31) >>> 5;
    if (a.allowed.length % maskWords !== 0) throw new NewsgraphError('E021', `tagger model: allowed-tag masks of ${a.allowed.length} words, expected a multiple of ${maskWords} — run \`npm run train\``);
    this.scores = new Int32Array(this.nTags);
    this.setFormMemo(FORM_MEMO);
    // an allowed set of exactly one tag decides the argmax whatever the scores (constrainedArgmax
    // returns its only member): such tokens need no features at all (~4% of scored Wikinews tokens)
    const nSets = a.allowed.length / maskWords;
    this.onlyTag = new Int32Array(nSets + 1).fill(-1);
    for (let set = 1; set <= nSets; set++) {
      let only = -1;
      let count = 0;
      for (let t = 0; t < this.nTags; t++) {
        if ((a.allowed[(set - 1) * maskWords + (t >>> 5)]! & (1 << (t & 31))) !== 0) {
          only = t;
          count++;
        }
      }
      if (count === 1) this.onlyTag[set] = only;
    }
  }

  /**
   * Sets how many forms the form memo holds (0: none, every key probed per token as before; default
   * FORM_MEMO), emptying it. Scores and tags are the same whatever the size.
   */
  setFormMemo(forms: number): void {
    const { nTags } = this;
    this.memoCap = Math.max(0, forms | 0);
    this.memoGen++;
    const pairs = (nTags + 1) * (nTags + 1);
    const memoLength = (MEMO_FIXED + this.memoCap * GROUPS) * nTags;
    const pairsLength = this.memoCap > 0 ? pairs * nTags : 0;
    // the six-vector sum per token in WebAssembly SIMD, over vectors in its memory (tag-sums-simd.ts)
    this.sums = TagSums.create(nTags, memoLength, pairsLength);
    if (this.sums !== null) this.scores = this.sums.scores;
    this.memoScores = this.sums?.memo ?? new Int32Array(memoLength);
    this.memoFilled = new Uint8Array(this.memoCap);
    this.memoForms = [];
    let size = 16;
    while (size < this.memoCap * 2) size <<= 1;
    this.memoTable = new Int32Array(size);
    // the padding vectors: each role's keys where its position is outside the sentence
    for (let role = 0; role < 4; role++) {
      this.scores.fill(0);
      this.addRows(this.keyBuf, this.feats.extractRolePad(role, this.keyBuf, 0));
      this.memoScores.set(this.scores, (1 + role) * nTags);
    }
    this.tagPairScores = this.sums?.pairs ?? new Int32Array(pairsLength);
    this.tagPairFilled = new Uint8Array(this.memoCap > 0 ? pairs : 0);
  }

  /**
   * Consult the MLP where the perceptron's best two allowed tags are less than `margin` apart (in
   * perceptron units), adding `weight` × its log-probabilities to the scores there (null: none).
   */
  setMlp(mlp: TaggerMlp | null, margin = mlp?.meta.margin ?? 0, weight = mlp?.meta.weight ?? 0): void {
    if (mlp && mlp.meta.nTags !== this.nTags) throw new NewsgraphError('E021', `tagger MLP predicts ${mlp.meta.nTags} classes, the tagger has ${this.nTags} — run \`npm run train\``);
    this.mlp = mlp;
    this.mlpMargin = margin;
    this.mlpWeight = weight;
    this.mlpOut = new Float64Array(this.nTags);
  }

  /** the attached MLP (its word-vector table is shared with the NER second opinion), or null */
  get mlpModel(): TaggerMlp | null {
    return this.mlp;
  }

  get hasMlp(): boolean {
    return this.mlp !== null;
  }

  /** The perceptron's choice best at position i (this.second: the runner-up's score, bestTwo), reconsidered with the MLP when the call is close. */
  private consultMlp(mlp: TaggerMlp, i: number, n: number, best: number, set: number): number {
    const { scores, nTags, allowed } = this;
    if ((scores[best]! - this.second) * this.scale >= this.mlpMargin) return best;
    const words = (nTags + 31) >>> 5;
    const base = (set - 1) * words;
    this.mlpCalls++;
    const z = this.mlpOut;
    mlp.logits(this.feats, i, n, z);
    let zmax = -Infinity;
    for (let t = 0; t < nTags; t++) if (z[t]! > zmax) zmax = z[t]!;
    let sum = 0;
    for (let t = 0; t < nTags; t++) sum += Math.exp(z[t]! - zmax);
    const lse = zmax + Math.log(sum);
    let arg = best;
    let bs = -Infinity;
    for (let t = 0; t < nTags; t++) {
      // only allowed tags (a closure for this test cost an allocation per close call)
      if (set !== 0 && (allowed[base + (t >>> 5)]! & (1 << (t & 31))) === 0) continue;
      const v = scores[t]! * this.scale + this.mlpWeight * (z[t]! - lse);
      if (v > bs) {
        bs = v;
        arg = t;
      }
    }
    return arg;
  }

  /** the best allowed score after best's (-Infinity: none), set by bestTwo */
  private second = -Infinity;

  /**
   * constrainedArgmax(scores, …, set) and, in this.second, the best score of the other allowed tags
   * (all tags when set is 0): one pass over the scores where the MLP needs both. Ties as there: the
   * first best tag wins, an equal one is the second.
   */
  private bestTwo(set: number): number {
    const { scores, nTags, allowed } = this;
    let best = -1;
    let bs = -Infinity;
    let second = -Infinity;
    const base = (set - 1) * ((nTags + 31) >>> 5);
    for (let t = 0; t < nTags; t++) {
      // only allowed tags (set 0: all), as in the MLP consult's loop
      if (set !== 0 && (allowed[base + (t >>> 5)]! & (1 << (t & 31))) === 0) continue;
      const v = scores[t]!;
      if (v > bs) {
        second = bs;
        bs = v;
        best = t;
      } else if (v > second) second = v;
    }
    // an empty allowed set: constrainedArgmax's unconstrained choice, nothing allowed to weigh it against
    if (best < 0) best = constrainedArgmax(scores, nTags, allowed, set);
    this.second = second;
    return best;
  }

  /** The weights of one feature key by class (for tests and diagnostics; the hot loop inlines this). */
  rowScores(key: number): number[] {
    const out = new Array<number>(this.nTags).fill(0);
    const { slots, mask, rows, lut } = this;
    let b = ((key ^ (key >>> 15)) & mask) << 1;
    while (slots[b] !== key && slots[b] !== 0) b = (b + 2) & (mask << 1);
    if (slots[b] === 0) return out;
    const pl = slots[b + 1]!;
    if ((pl & 255) !== NO_CLASS) {
      out[pl & 255] += lut[(pl >>> 8) & 255]!;
      if (((pl >>> 16) & 255) !== NO_CLASS) out[(pl >>> 16) & 255] += lut[pl >>> 24]!;
    } else {
      const q = pl >>> 8;
      for (let k = q + 1; k <= q + rows[q]!; k++) out[rows[k]! & 255] += lut[rows[k]! >>> 8]!;
    }
    return out;
  }

  /** The weight table in its in-memory layout, as the model file stores it (loading is then a view). */
  tables(): TaggerTables {
    return { slots: this.slots, rows: this.rows, lut: this.lut, dictKeys: this.dictKeys, dictVals: this.dictVals, allowed: this.allowed };
  }

  /**
   * Tags forms[0..n) writing class ids into out (length ≥ n). Reuses internal buffers: no per-token
   * allocation. Map ids to names with uposOf / xposOf.
   */
  tagIds(forms: readonly string[], out: Int32Array | Uint8Array | Uint16Array, n = forms.length): void {
    const f = this.feats;
    f.prepare(forms, n);
    const mlp = this.mlp;
    if (mlp) mlp.prepareRows(forms, n);
    const keys = this.keyBuf;
    const scores = this.scores;
    const { nTags, allowed, onlyTag } = this;
    const forced = f.forced;
    const memoOn = this.memoCap > 0;
    // (with the memo off every entry is -1: formEntries stays valid)
    this.findEntries(forms, n);
    const entryAt = this.entryAt;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      let best = this.useForced ? forced[i]! : -1;
      if (best < 0) {
        const set = f.allow[i]!;
        if (set < onlyTag.length) best = onlyTag[set]!;
      }
      if (best < 0) {
        let nFeat: number;
        if (memoOn) {
          // memoised groups as vector offsets (0: the zero vector, its keys probed below instead)
          nFeat = 0;
          // the own vector holds the flags template too, valid after the first position (extractOwnFlags)
          let own = 0;
          const e = i > 0 ? entryAt[i]! : -1;
          if (e >= 0) own = this.memoVector(e, 0, i, n);
          else nFeat = f.extractOwn(i, n, keys);
          const prev = i > 0 ? entryAt[i - 1]! : -2;
          const oPrev = prev >= 0 ? this.memoVector(prev, 1 + ROLE_PREV, i - 1, n) : prev === -2 ? 1 : ((nFeat = f.extractRole(ROLE_PREV, i - 1, keys, nFeat)), 0);
          const prev2 = i > 1 ? entryAt[i - 2]! : -2;
          const oPrev2 = prev2 >= 0 ? this.memoVector(prev2, 1 + ROLE_PREV2, i - 2, n) : prev2 === -2 ? 2 : ((nFeat = f.extractRole(ROLE_PREV2, i - 2, keys, nFeat)), 0);
          const next = i + 1 < n ? entryAt[i + 1]! : -2;
          const oNext = next >= 0 ? this.memoVector(next, 1 + ROLE_NEXT, i + 1, n) : next === -2 ? 3 : ((nFeat = f.extractRole(ROLE_NEXT, i + 1, keys, nFeat)), 0);
          const next2 = i + 2 < n ? entryAt[i + 2]! : -2;
          const oNext2 = next2 >= 0 ? this.memoVector(next2, 1 + ROLE_NEXT2, i + 2, n) : next2 === -2 ? 4 : ((nFeat = f.extractRole(ROLE_NEXT2, i + 2, keys, nFeat)), 0);
          const oTags = this.tagPairVector(p1, p2);
          const a0 = own * nTags;
          const a1 = oPrev * nTags;
          const a2 = oPrev2 * nTags;
          const a3 = oNext * nTags;
          const a4 = oNext2 * nTags;
          const sums = this.sums;
          if (sums !== null) sums.sum(a0, a1, a2, a3, a4, oTags);
          else {
            const m = this.memoScores;
            const tp = this.tagPairScores;
            for (let t = 0; t < nTags; t++) scores[t] = m[a0 + t]! + m[a1 + t]! + m[a2 + t]! + m[a3 + t]! + m[a4 + t]! + tp[oTags + t]!;
          }
          nFeat = f.extractRest(i, n, p1, p2, keys, nFeat, e < 0);
        } else {
          // memo off: every key probed
          scores.fill(0);
          nFeat = f.extract(i, n, p1, p2, keys);
        }
        this.addRows(keys, nFeat);
        if (mlp === null) best = constrainedArgmax(scores, nTags, allowed, f.allow[i]!);
        else best = this.consultMlp(mlp, i, n, this.bestTwo(f.allow[i]!), f.allow[i]!);
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  /**
   * The form-memo entry of each position of the sentence tagIds last tagged (-1: not memoised), valid
   * for its n positions until the next tagIds call. An entry stands for one exact form for as long as
   * formMemoGeneration stays the same, so a caller may key its own per-form results by it (the syntax
   * chain's lemmas, lemma-by-entry.ts) without hashing the form again.
   */
  get formEntries(): Int32Array {
    return this.entryAt;
  }

  /** changes whenever the form memo is emptied (setFormMemo): entry ids of another generation name other forms */
  get formMemoGeneration(): number {
    return this.memoGen;
  }

  /**
   * entryAt[0..n): each form's memo entry, a new one while the memo has room, else -1. Looked up by
   * the hash of the form the features already computed (TaggerFeatures.word), the form compared to
   * confirm: a Map of strings hashed each new string again (a tenth of the tagger's time).
   */
  private findEntries(forms: readonly string[], n: number): void {
    if (this.entryAt.length < n) this.entryAt = new Int32Array(Math.max(n, this.entryAt.length * 2));
    const { memoTable: table, memoForms: known } = this;
    const hashes = this.feats.word;
    const mask = table.length - 1;
    for (let j = 0; j < n; j++) {
      const form = forms[j]!;
      let slot = (Math.imul(hashes[j]!, 0x9e3779b1) >>> 7) & mask;
      let e = -1;
      for (let v = table[slot]!; v !== 0; v = table[slot]!) {
        if (known[v - 1] === form) {
          e = v - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (e < 0 && known.length < this.memoCap) {
        // the form's first occurrence; slot is the empty one its probe ended on
        e = known.length;
        // a flat copy: a long form sliced from its article would keep the article alive
        known.push(flatCopy(form));
        table[slot] = e + 1;
      }
      this.entryAt[j] = e;
    }
  }

  /**
   * The vector number (in memoScores, × nTags) of memo entry e's group g — 0 the form's own
   * templates and flags (j > 0), 1 + role a neighbour role — summed from token j of the prepared sentence (the token
   * holding that form) on first need. Clobbers scores.
   */
  private memoVector(e: number, g: number, j: number, n: number): number {
    const v = MEMO_FIXED + e * GROUPS + g;
    const bit = 1 << g;
    if ((this.memoFilled[e]! & bit) === 0) {
      this.scores.fill(0);
      const keys = this.fillKeys;
      this.addRows(keys, g === 0 ? this.feats.extractOwnFlags(j, n, keys) : this.feats.extractRole(g - 1, j, keys, 0));
      this.memoScores.set(this.scores, v * this.nTags);
      this.memoFilled[e]! |= bit;
    }
    return v;
  }

  /** The offset in tagPairScores of the tag templates' scores after tags p1, p2 (-1: before the start). Clobbers scores. */
  private tagPairVector(p1: number, p2: number): number {
    const pair = (p1 + 1) * (this.nTags + 1) + p2 + 1;
    const at = pair * this.nTags;
    if (this.tagPairFilled[pair] === 0) {
      this.scores.fill(0);
      this.addRows(this.fillKeys, this.feats.extractTags(p1, p2, this.fillKeys, 0));
      this.tagPairScores.set(this.scores, at);
      this.tagPairFilled[pair] = 1;
    }
    return at;
  }

  /** Adds the rows of keys[0..nFeat) to the scores. */
  private addRows(keys: Int32Array, nFeat: number): void {
    const { rows, lut, slots, mask, scores } = this;
    // touch every feature's home slot first in a branch-free loop: the cache misses overlap.
    // The probe loop below branches on what it reads (found? short row?), and each mispredicted
    // branch would otherwise serialise the next miss (measured: +23% tagger tokens per CPU-second)
    let touch = 0;
    for (let j = 0; j < nFeat; j++) {
      const key = keys[j]!;
      touch ^= slots[((key ^ (key >>> 15)) & mask) << 1]!;
    }
    // then the probes, which keep each found payload and touch the first word of every long row (a
    // second miss that hangs on the slot's: touched in a row here, they too overlap), then the sums.
    // Int32 sums in another order are the same numbers. Session 21 (issue 19): the long rows' loads
    // were ~60% of this function's profile samples
    const found = this.found;
    let nFound = 0;
    for (let j = 0; j < nFeat; j++) {
      const key = keys[j]!;
      let b = ((key ^ (key >>> 15)) & mask) << 1;
      let kk = slots[b]!;
      while (kk !== key && kk !== 0) {
        b = (b + 2) & (mask << 1);
        kk = slots[b]!;
      }
      if (kk === 0) continue;
      const pl = slots[b + 1]!;
      found[nFound++] = pl;
      if ((pl & 255) === NO_CLASS) touch ^= rows[pl >>> 8]!;
    }
    this.sink ^= touch;
    for (let j = 0; j < nFound; j++) {
      const pl = found[j]!;
      const c0 = pl & 255;
      if (c0 !== NO_CLASS) {
        scores[c0] += lut[(pl >>> 8) & 255]!;
        const c1 = (pl >>> 16) & 255;
        if (c1 !== NO_CLASS) scores[c1] += lut[pl >>> 24]!;
      } else {
        let q = pl >>> 8;
        const end = q + 1 + rows[q]!;
        for (q++; q < end; q++) {
          const e = rows[q]!;
          scores[e & 255] += lut[e >>> 8]!;
        }
      }
    }
  }

  tag(forms: readonly string[]): TagResult {
    const n = forms.length;
    if (this.ids.length < n) this.ids = new Int32Array(Math.max(n, this.ids.length * 2));
    this.tagIds(forms, this.ids, n);
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const t = this.ids[i]!;
      upos[i] = this.uposOf[t]!;
      xpos[i] = this.xposOf[t]!;
    }
    return { upos, xpos };
  }
}

export function taggerFromModel(m: ModelFile, path = TAGGER_FILE, checkAll = false): Tagger {
  const meta = m.meta as TaggerMeta;
  if (!meta || !Array.isArray(meta.tags) || meta.tags.length === 0 || meta.tags.length > 256) {
    throw new NewsgraphError('E021', `${path}: expected a tag list of 1–256 classes in the header — run \`npm run train\``, path);
  }
  const allowed = m.arrays.has('allowed') ? modelArray(m, 'allowed', Int32Array, path) : new Int32Array(0);
  const dictKeys = modelArray(m, 'dictKeys', Uint32Array, path);
  const dictVals = modelArray(m, 'dictVals', Int32Array, path);
  if (m.arrays.has('slots')) {
    if (!m.arrays.has('lut')) throw new NewsgraphError('E021', `${path}: a tagger model of the earlier 16-byte slot layout — run \`npm run train\``, path);
    const t: TaggerTables = { slots: modelArray(m, 'slots', Int32Array, path), rows: modelArray(m, 'rows', Uint16Array, path), lut: modelArray(m, 'lut', Int32Array, path), dictKeys, dictVals, allowed };
    // class ids index the score array: check the long rows (the slot-resident entries are covered
    // by the file checksum and the trainer; scanning 1M slot words would cost ~5 ms a start). The
    // scan of the ~400k row words cost ~9 ms of a cold extract itself (session 21): the build runs it
    // on the shipped file (checkTaggerModel, scripts/build-tables.ts) and a file read as the build
    // stamped it skips it here
    if (checkAll || !m.checkedAtBuild) checkRows(t.rows, meta.tags.length, path);
    return new Tagger(meta, t);
  }
  const a: TaggerArrays = {
    featKeys: modelArray(m, 'featKeys', Uint32Array, path),
    rowStart: modelArray(m, 'rowStart', Uint32Array, path),
    cls: modelArray(m, 'cls', Uint8Array, path),
    weight: modelArray(m, 'weight', Int16Array, path),
    dictKeys,
    dictVals,
    allowed,
  };
  if (a.rowStart.length !== a.featKeys.length + 1 || a.rowStart[a.featKeys.length] !== a.cls.length || a.cls.length !== a.weight.length) {
    throw new NewsgraphError('E021', `${path}: inconsistent weight tables — run \`npm run train\``, path);
  }
  for (let i = 0; i < a.cls.length; i++) {
    if (a.cls[i]! >= meta.tags.length) throw new NewsgraphError('E021', `${path}: class id out of range — run \`npm run train\``, path);
  }
  return new Tagger(meta, a);
}

/** The tagger model's structure checks, all of them (E021 when one fails): the build's StructureCheck of TAGGER_KIND. */
export function checkTaggerModel(m: ModelFile, path: string): void {
  taggerFromModel(m, path, true);
}

/** Every long row fits the array and holds class ids below nTags (E021 otherwise). */
function checkRows(rows: Uint16Array, nTags: number, path: string): void {
  for (let q = 0; q < rows.length; ) {
    const end = q + 1 + rows[q]!;
    if (rows[q] === 0 || end > rows.length) throw new NewsgraphError('E021', `${path}: a packed row overruns the table — run \`npm run train\``, path);
    for (q++; q < end; q++) {
      if ((rows[q]! & 255) >= nTags) throw new NewsgraphError('E021', `${path}: class id out of range — run \`npm run train\``, path);
    }
  }
}

let cached: Tagger | null = null;

/** The word clusters a model with cluster templates reads (E021 when the table is missing). */
function taggerClusters(): WordClusters {
  const clusters = defaultWordClusters();
  if (!clusters) throw new NewsgraphError('E021', `the tagger model uses word clusters, ${wordClustersPath()} not found — run \`npm run train\``);
  return clusters;
}

/** Attaches models/tagger-mlp.bin (when it was built) to the tagger; E021 if it does not fit. */
export function attachShippedMlp(t: Tagger): Tagger {
  const path = modelPath(TAGGER_MLP_FILE);
  if (!existsSync(path)) return t;
  const clusters = defaultWordClusters();
  if (!clusters) throw new NewsgraphError('E021', `${path} needs the word clusters ${wordClustersPath()}, not found — run \`npm run train\``, path);
  t.setMlp(taggerMlpFromModel(readModelFile(path, TAGGER_MLP_KIND), clusters, path));
  return t;
}

/**
 * The shipped tagger (models/tagger.bin, with its MLP second opinion models/tagger-mlp.bin when
 * present), loaded on first use. Throws E021 if missing or corrupt.
 */
export function getTagger(): Tagger {
  if (!cached) {
    const path = modelPath(TAGGER_FILE);
    cached = attachShippedMlp(taggerFromModel(readModelFile(path, TAGGER_KIND), path));
  }
  return cached;
}

/** Drops the cached model (after retraining, or in tests). */
export function resetTagger(): void {
  cached = null;
}
