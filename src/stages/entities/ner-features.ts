// Features for the NER tagger, shared by training (scripts/train-ner.ts) and run time so the two
// cannot drift. Every token gets exactly K feature hashes in one flat Uint32Array (token i owns
// slots i*K .. i*K+K-1): per-token strings are hashed once, then templates combine those hashes
// with integer mixing, so there is no string building or allocation per feature. Gazetteer
// features come from the actor knowledge base's token-boundary trie and from the word lists of
// ner-lexicon.ts (given names, places, organisations). A slot holding 0 is skipped by the perceptron
// (perceptron.ts), so a template that does not apply adds no weight.
import { BoundedMemo } from '../../core/bounded-memo.js';
import type { Span } from '../../core/span.js';
import type { ActorKB, GazValue } from '../../kb/index.js';
import type { TrieMatch } from '../../kb/trie.js';
import type { WordClusters } from '../../nlp/word-clusters.js';
import { nameListCodes, type NameList } from './ner-names.js';
import { caselessCodes, caselessLexicon, lexiconCodes, lexWord, type CaselessLexicon, type LexWord, type NerLexicon } from './ner-lexicon.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';

export interface FeatureContext {
  readonly kb: ActorKB;
  /** lower-cased words seen in lower case in the training text (so "The", "Sunday" at a sentence start are recognisable) */
  readonly lowerVocab: WordSet;
  /** word lists (given names, places, organisation heads); absent = no list features */
  readonly lex?: NerLexicon;
  /** word clusters from GloVe vectors (src/nlp/word-clusters.ts); absent = no cluster features */
  readonly clusters?: WordClusters;
  /** organisation features: Phoenix group names (longest match), acronyms, connectors inside capitalised runs; absent = off (models trained without them) */
  readonly orgFeatures?: boolean;
  /** document features (what the same word is elsewhere in the document, docWordFlags); absent = off */
  readonly docFeatures?: boolean;
  /** case-blind list features (ner-lexicon.ts caselessCodes: "kerala", "taco bell"); needs `lex`; absent = off */
  readonly caseless?: boolean;
  /** context features: 4-letter affixes of words unknown in lower case, clusters joined with the neighbouring words and capitals; needs `clusters` for the cluster part; absent = off */
  readonly moreContext?: boolean;
  /** the name list of ner-names.ts (training-corpus names, Phoenix groups; slots 53-55); absent = off */
  readonly nameList?: NameList;
}

/** feature slots per token */
export const K = 56;
/** cluster granularities the templates use (must be levels of models/word-clusters) */
export const CLUSTER_LEVELS = [2048, 512, 128] as const;

export function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Combines a template id with up to two value hashes (murmur3 finaliser). Returns a signed int32
 * (not `>>> 0`): values above 2^31 would be boxed heap numbers in V8, one allocation per feature;
 * stored into the Uint32Array of features the bits are the same.
 */
function mix(tpl: number, a: number, b: number): number {
  let h = Math.imul(tpl + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length <= 8; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last || out.length < 2) out += c;
    last = c;
  }
  return out;
}

/** fnv(s.slice(from, to)) without the slice */
function fnvRange(s: string, from: number, to: number): number {
  let h = 2166136261;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const CODE_X = 88;
const CODE_LOWER_X = 120;
const CODE_D = 100;

/**
 * fnv(shapeOf(w)) without building the shape: the same characters hashed as shapeOf appends them
 * (ASCII classified by code, other characters by the same case tests as shapeOf).
 */
export function shapeHash(w: string): number {
  let h = 2166136261;
  let len = 0;
  let last = -1;
  for (let i = 0; i < w.length && len <= 8; i++) {
    const code = w.charCodeAt(i);
    let c: number;
    if (code < 128) {
      if (code >= 48 && code <= 57) c = CODE_D;
      else if (code >= 65 && code <= 90) c = CODE_X;
      else if (code >= 97 && code <= 122) c = CODE_LOWER_X;
      else c = code;
    } else {
      const ch = w[i]!;
      if (ch !== ch.toLowerCase()) c = CODE_X;
      else if (ch !== ch.toUpperCase()) c = CODE_LOWER_X;
      else c = code;
    }
    if (c !== last || len < 2) {
      h = Math.imul(h ^ c, 16777619);
      len++;
    }
    last = c;
  }
  return h >>> 0;
}

const isCap = (w: string) => {
  const c = w[0] ?? '';
  return c !== c.toLowerCase();
};

/** Gazetteer name matches starting at each token (null where none), computed once per sentence. */
export type NameMatches = ReadonlyArray<TrieMatch<GazValue> | null>;

export function nameMatches(kb: ActorKB, text: string, spans: readonly Span[]): NameMatches {
  const out: Array<TrieMatch<GazValue> | null> = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = kb.names.longestAt(text, spans, i);
  return out;
}

const FNV_OFFSET = 2166136261 | 0;

/** fnv's state after more characters (fnv(a + b) is fnvOn(fnvOn(FNV_OFFSET, a), b) >>> 0) */
function fnvOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

// per gazetteer match's values (a trie node's own array): the tags it puts on its first and later
// tokens ("B:country,demonym;", "I:…"), or null when every value is an alias; built once per node
const gazTags = new WeakMap<readonly GazValue[], { readonly b: string; readonly i: string } | null>();

function gazTagsOf(values: readonly GazValue[]): { readonly b: string; readonly i: string } | null {
  let t = gazTags.get(values);
  if (t === undefined) {
    let kinds = '';
    for (const v of values) if (!v.alias && !kinds.includes(v.kind)) kinds += v.kind + ',';
    t = kinds ? { b: `B:${kinds};`, i: `I:${kinds};` } : null;
    gazTags.set(values, t);
  }
  return t;
}

/**
 * Per token: a hash of the set of gazetteer tags on it ("B:country,;I:title;"), 0 for none: fnv of
 * the tags as one string, in the order the matches start, hashed as they are found (no strings built).
 */
export function gazetteerHashes(kb: ActorKB, text: string, spans: readonly Span[], names: NameMatches = nameMatches(kb, text, spans), into?: SentenceScratch): Uint32Array {
  const n = spans.length;
  // the running hash states, one per token (a typed array per sentence, or the caller's scratch: no
  // module-level buffer, test/lint/module-state); h[i] is only read after this call wrote it
  const h = into ? into.ints(GAZ_STATES, n) : new Int32Array(n);
  const out = into ? into.uints(GAZ_HASHES, n).fill(0) : new Uint32Array(n);
  // out[i] = 1 marks a token with tags until the hashes are written (h[i] may be any int32, 0 too)
  for (let i = 0; i < n; i++) {
    const m = names[i];
    const g = m ? gazTagsOf(m.values) : null;
    if (g) {
      h[i] = fnvOn(out[i] ? h[i]! : FNV_OFFSET, g.b);
      out[i] = 1;
      for (let j = i + 1; j < m!.tokenEnd; j++) {
        h[j] = fnvOn(out[j] ? h[j]! : FNV_OFFSET, g.i);
        out[j] = 1;
      }
    }
    const t = kb.titles.longestAt(text, spans, i);
    if (t) {
      h[i] = fnvOn(out[i] ? h[i]! : FNV_OFFSET, 'B:title;');
      out[i] = 1;
      for (let j = i + 1; j < t.tokenEnd; j++) {
        h[j] = fnvOn(out[j] ? h[j]! : FNV_OFFSET, 'I:title;');
        out[j] = 1;
      }
    }
  }
  for (let i = 0; i < n; i++) if (out[i]) out[i] = h[i]! >>> 0;
  return out;
}

/**
 * Int32/Uint32 arrays for one sentence at a time, reused from sentence to sentence (run time: the
 * tagger keeps one in its FeatureScratch). A typed array of more than 64 bytes lives outside V8's
 * heap and costs ~0.6 µs to allocate and more to collect (~0.05 µs for a view of a kept one); a
 * sentence of 25 tokens took six of them here. Each view is valid until the next request of its slot.
 */
export class SentenceScratch {
  private readonly i32: Int32Array[] = [];
  private readonly u32: Uint32Array[] = [];
  private readonly f32: Float32Array[] = [];

  /** slot's int32 array of length n (contents left from an earlier sentence: the caller writes before reading) */
  ints(slot: number, n: number): Int32Array {
    let b = this.i32[slot];
    if (!b || b.length < n) this.i32[slot] = b = new Int32Array(Math.max(n, 2 * (b?.length ?? 32)));
    return b.subarray(0, n);
  }

  /** slot's float32 array of length n (contents left from an earlier sentence) */
  floats(slot: number, n: number): Float32Array {
    let b = this.f32[slot];
    if (!b || b.length < n) this.f32[slot] = b = new Float32Array(Math.max(n, 2 * (b?.length ?? 32)));
    return b.subarray(0, n);
  }

  /** slot's uint32 array of length n (contents left from an earlier sentence) */
  uints(slot: number, n: number): Uint32Array {
    let b = this.u32[slot];
    if (!b || b.length < n) this.u32[slot] = b = new Uint32Array(Math.max(n, 2 * (b?.length ?? 32)));
    return b.subarray(0, n);
  }
}
// the slots sentenceFeatures and gazetteerHashes use
const LOW = 0;
const SHAPE = 1;
const C512 = 2;
const C128 = 3;
const GAZ_STATES = 4;
const GAZ_HASHES = 0;

/** longest Phoenix group name looked for, in tokens */
const MAX_GROUP_TOKENS = 8;
// per KB: the Phoenix group names' first words (lower case), so most tokens cost one set lookup
const groupFirstWords = new WeakMap<ActorKB, ReadonlySet<string>>();

/**
 * Per token (lower-cased forms): the hash of "B|I:<sector>" when it is inside the longest Phoenix group name
 * ("Afghan National Security Forces" -> AFGMIL: sector MIL) that holds a capitalised word, 0
 * elsewhere. The groups are kept out of the KB's name trie (see src/kb/phoenix.ts); they come from
 * the PETRARCH2 dictionaries, not from any NER corpus.
 */
export function groupHashes(kb: ActorKB, lowers: readonly string[], cap: Uint8Array): Uint32Array {
  const n = lowers.length;
  const out = new Uint32Array(n);
  const groups = kb.phoenix().groups;
  let first = groupFirstWords.get(kb);
  if (!first) {
    const s = new Set<string>();
    for (const k of groups.keys()) s.add(k.split(' ')[0]!);
    groupFirstWords.set(kb, (first = s));
  }
  for (let i = 0; i < n; i++) {
    if (!cap[i] || !first.has(lowers[i]!)) continue;
    let best = 0;
    let code = '';
    let key = '';
    for (let j = i; j < n && j < i + MAX_GROUP_TOKENS; j++) {
      key += (j > i ? ' ' : '') + lowers[j]!;
      const g = groups.get(key);
      if (g) {
        best = j + 1;
        code = g.code;
      }
    }
    if (!best) continue;
    const sector = /^(IGO|NGO|IMG|MNC)/.test(code) ? code.slice(0, 3) : code.slice(3, 6);
    out[i] = fnv(`B:${sector}`);
    for (let j = i + 1; j < best; j++) out[j] = fnv(`I:${sector}`);
    i = best - 1;
  }
  return out;
}

/**
 * Per token: 1 when an acronym's letters are the initials of the capitalised words of a run
 * earlier in the sentence ("Committee to Protect Journalists ( CPJ )"), else 0.
 */
function acronymDefined(forms: readonly string[], cap: Uint8Array, i: number): number {
  const a = forms[i]!.replace(/s$/, '');
  let initials = '';
  for (let j = 0; j < i; j++) {
    if (cap[j] && forms[j]!.length > 1) initials += forms[j]![0];
    else if (!/^(of|for|and|to|the|on|in|&)$/.test(forms[j]!)) initials += ' ';
  }
  return initials.includes(a) ? 1 : 0;
}

/** Per lower-cased word of a document: DOC_* bits saying how the word appears anywhere in it. */
export type DocWordFlags = ReadonlyMap<string, number>;
/** in lower case, not first in its sentence ("the march" makes a sentence-initial "March" doubtful) */
const DOC_LOWER = 1;
/** capitalised, not first in its sentence */
const DOC_CAP = 2;
/** capitalised, inside a capitalised run ending in an organisation head word ("Smith Foundation") */
const DOC_ORG_RUN = 4;
/** capitalised, right after a capitalised listed person-name word ("Anna Smith": later "Smith" alone) */
const DOC_AFTER_GIVEN = 8;
/** capitalised, right after "in", "at", "from", "near" ("in Gdansk") */
const DOC_AFTER_PLACE_PREP = 16;
const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'to']);

/**
 * Document-level evidence for label consistency: how each word appears across the whole document,
 * so a bare "Smith" or a sentence-initial "Acme" is read in the light of "Anna Smith" or "the Acme
 * Foundation" elsewhere. Built from the words alone (no model output), identically in training
 * (scripts/train-ner.ts, per corpus document) and at run time (per article).
 */
export function docWordFlags(ctx: FeatureContext, sentences: ReadonlyArray<readonly string[]>): DocWordFlags {
  const flags = new Map<string, number>();
  // (written only when a bit is new: most words recur in an article with the bits they had)
  const set = (k: string, bit: number) => {
    const old = flags.get(k);
    if (old === undefined || (old | bit) !== old) flags.set(k, (old ?? 0) | bit);
  };
  // only the single-word lists matter here (organisation head words, person-name words): looked up
  // directly, not through lexiconCodes' multi-word matching, to keep the per-article cost small
  // (read from the words' entries, which hold what the lists say of each form: wordInfo, lexWord)
  const orgHead = (e: WordInfo) => e.lex !== null && e.lex.orgWord;
  const personWord = (e: WordInfo) => e.lex !== null && (e.lex.person & 3) !== 0;
  const cache = wordCacheOf(ctx);
  for (const forms of sentences) {
    const n = forms.length;
    let orgRun = false;
    const infos: WordInfo[] = new Array<WordInfo>(n);
    sentenceInfos.set(forms, { ctx, infos });
    for (let i = 0; i < n; i++) infos[i] = wordInfo(ctx, forms[i]!, cache);
    for (let i = n - 1; i >= 0; i--) {
      const w = forms[i]!;
      const e = infos[i]!;
      if (!e.letter) {
        orgRun = false;
        continue;
      }
      if (e.cap) {
        orgRun = orgRun || orgHead(e);
        let bits = orgRun ? DOC_ORG_RUN : 0;
        if (i > 0) {
          const prev = forms[i - 1]!;
          const pe = infos[i - 1]!;
          bits |= DOC_CAP;
          if (pe.cap && personWord(pe)) bits |= DOC_AFTER_GIVEN;
          if (PLACE_PREPS.has(prev)) bits |= DOC_AFTER_PLACE_PREP;
        }
        if (bits) set(e.lower, bits);
      } else {
        if (i > 0) set(e.lower, DOC_LOWER);
        if (!(w === 'of' || w === 'for' || w === 'and' || w === 'the' || w === '&')) orgRun = false;
      }
    }
  }
  return flags;
}

const BOS = fnv('<s>') | 0;
const EOS = fnv('</s>') | 0;

// per word form: the hashes of its form, lower case, shape, affixes, whether it is known in lower
// case and its clusters; words repeat across sentences and documents, so this is computed once per
// form and context (a cache per FeatureContext, bounded)
export interface WordInfo {
  readonly lower: string;
  /** an all-capital word of 2–6 letters, maybe with a plural s ("CPJ", "NGOs") */
  readonly acronym: boolean;
  readonly form: number;
  readonly low: number;
  readonly shape: number;
  readonly suf3: number;
  readonly suf2: number;
  readonly pre3: number;
  readonly suf4: number;
  readonly pre4: number;
  readonly cap: number;
  readonly known: number;
  readonly letter: boolean;
  /** cluster id + 1 at CLUSTER_LEVELS (0 = not in the table) */
  readonly c2048: number;
  readonly c512: number;
  readonly c128: number;
  /** what the word lists hold under the form (null without lists) */
  readonly lex: LexWord | null;
  /** run time: where the emission sums of this word's word slots (wordSlots) start in emFor.pool, valid while emFor.gen is emGen (see WordSums) */
  emAt: number;
  emFor: WordSums | null;
  emGen: number;
  /** run time: the NER MLP's inputs for this word (ner-mlp.ts wordFormInfo), kept with it instead of in a second per-word memo; valid while mlpFor is the memo they are for */
  mlp: unknown;
  mlpFor: unknown;
}
/** words per generation of a context's word cache (src/core/bounded-memo.ts: at most twice as many held) */
const WORD_CACHE_GENERATION = 16_384;
const wordCache = new WeakMap<FeatureContext, BoundedMemo<WordInfo>>();
// per sentence (its forms array): the words' entries docWordFlags looked up, so sentenceFeatures,
// given the same array, does not look each word up again (a string-keyed lookup per token)
const sentenceInfos = new WeakMap<readonly string[], { readonly ctx: FeatureContext; readonly infos: readonly WordInfo[] }>();
// per context: the case-blind list (built from the word lists and the KB's country names once)
const caselessCache = new WeakMap<FeatureContext, CaselessLexicon>();

function caselessOf(ctx: FeatureContext): CaselessLexicon | undefined {
  if (!ctx.caseless || !ctx.lex) return undefined;
  let c = caselessCache.get(ctx);
  if (!c) caselessCache.set(ctx, (c = caselessLexicon(ctx.lex, ctx.kb.tables.countries)));
  return c;
}

/** the word cache of a context: looked up once per sentence, not once per token */
function wordCacheOf(ctx: FeatureContext): BoundedMemo<WordInfo> {
  let cache = wordCache.get(ctx);
  if (!cache) wordCache.set(ctx, (cache = new BoundedMemo(WORD_CACHE_GENERATION)));
  return cache;
}

function wordInfo(ctx: FeatureContext, w: string, cache: BoundedMemo<WordInfo> = wordCacheOf(ctx)): WordInfo {
  let e = cache.get(w);
  if (!e) {
    const lw = w.toLowerCase();
    const cl = ctx.clusters;
    // one lookup of the word in the cluster table, its coarser levels read off its finest cluster
    // (clusterOf at each level looks the word up again: three lookups per new word)
    const fine = cl && cl.meta.levels[0] === 2048 ? cl.clusterOf(lw, 2048) : -2;
    const at = (level: number) => (fine === -2 ? cl!.clusterOf(lw, level) : fine < 0 ? -1 : cl!.coarsen(fine, level));
    e = {
      lower: lw,
      // (2 to 7 code points: at most 14 code units; most words are longer or shorter)
      acronym: w.length >= 2 && w.length <= 14 && /^\p{Lu}{2,6}s?$/u.test(w),
      form: fnv(w),
      low: fnv(lw),
      // the hashes of the shape and affixes without building those strings (fnv of each, to the bit)
      shape: shapeHash(w),
      suf3: fnvRange(lw, Math.max(0, lw.length - 3), lw.length),
      suf2: fnvRange(lw, Math.max(0, lw.length - 2), lw.length),
      pre3: fnvRange(lw, 0, Math.min(3, lw.length)),
      suf4: fnvRange(lw, Math.max(0, lw.length - 4), lw.length),
      pre4: fnvRange(lw, 0, Math.min(4, lw.length)),
      cap: isCap(w) ? 1 : 0,
      known: ctx.lowerVocab.has(lw) ? 1 : 0,
      letter: lw !== w.toUpperCase(), // a letter: the word's lower and upper case differ (lw is its lower case)
      c2048: cl ? at(2048) + 1 : 0,
      c512: cl ? at(512) + 1 : 0,
      c128: cl ? at(128) + 1 : 0,
      lex: ctx.lex ? lexWord(ctx.lex, w) : null,
      emAt: 0,
      emFor: null,
      emGen: 0,
      mlp: null,
      mlpFor: null,
    };
    cache.set(w, e);
  }
  return e;
}

/**
 * The entries of a sentence's words (its forms array) that docWordFlags or sentenceFeatures looked
 * up under `ctx`, else undefined: the MLP (ner-mlp.ts) reads its per-word inputs from them.
 */
export function sentenceWords(ctx: FeatureContext, forms: readonly string[]): readonly WordInfo[] | undefined {
  const seen = sentenceInfos.get(forms);
  return seen && seen.ctx === ctx && seen.infos.length === forms.length ? seen.infos : undefined;
}

/**
 * The templates whose hash depends on the word form alone (given the context's switches): the bias,
 * form, lower case, shape, affixes, length, clusters and the long affixes of words unknown in lower
 * case. Written into out[o + slot]. A new template that reads only the word belongs here; one that
 * reads the sentence (position, neighbours, headline, lists over several tokens) in sentenceFeatures.
 */
function wordSlots(ctx: FeatureContext, e: WordInfo, formLength: number, out: Uint32Array, o: number): void {
  out[o] = mix(0, 0, 0);
  out[o + 1] = mix(1, e.form, 0);
  out[o + 2] = mix(2, e.low, 0);
  out[o + 3] = mix(3, e.shape, 0);
  out[o + 4] = mix(4, e.suf3, 0);
  out[o + 5] = mix(5, e.suf2, 0);
  out[o + 6] = mix(6, e.pre3, 0);
  out[o + 23] = mix(23, Math.min(formLength, 12), 0);
  if (ctx.clusters !== undefined) {
    out[o + 35] = mix(35, e.c128, 0);
    out[o + 36] = mix(36, e.c512, 0);
    out[o + 37] = mix(37, e.c2048, 0);
  }
  // longer affixes only where the word itself says little (unknown in lower case)
  if (ctx.moreContext === true && !e.known && e.lower.length > 4) {
    out[o + 48] = mix(48, e.suf4, e.cap);
    out[o + 49] = mix(49, e.pre4, e.cap);
  }
}

/**
 * Slots 15-17, 22 and 40: the word's case, whether it is known in lower case, its shape and its
 * fine cluster, with its place in the sentence (first: 1 for the first token) and the sentence's
 * style (headline). Most tokens are neither first nor in a headline, so at run time these are summed
 * per word for (0, 0) with the word slots (see WordSums).
 */
function placeSlots(ctx: FeatureContext, e: WordInfo, first: number, headline: number, out: Uint32Array, o: number): void {
  out[o + 15] = mix(15, first * 2 + e.cap, 0);
  out[o + 16] = mix(16, first * 4 + e.cap * 2 + e.known, 0);
  out[o + 17] = mix(17, e.cap * 4 + e.known * 2 + headline, 0);
  out[o + 22] = mix(22, headline, e.shape);
  if (ctx.clusters !== undefined) out[o + 40] = mix(40, e.c2048, e.cap * 2 + first);
}

// word clusters (GloVe k-means, src/nlp/word-clusters.ts) in slots 38-40: an unseen surname shares a
// cluster with seen ones; the coarser level of the neighbours catches "in <place>"
/** Slots 7 and 38 of a token: the word before it (low: its lower case's hash, BOS at the start; c512: its cluster, 0x7fff at the start). */
function prevWordSlots(ctx: FeatureContext, low: number, c512: number, out: Uint32Array, o: number): void {
  out[o + 7] = mix(7, low, 0);
  if (ctx.clusters !== undefined) out[o + 38] = mix(38, c512, 0);
}

/** Slots 8 and 39 of a token: the word after it (EOS, 0x7fff at the end). */
function nextWordSlots(ctx: FeatureContext, low: number, c512: number, out: Uint32Array, o: number): void {
  out[o + 8] = mix(8, low, 0);
  if (ctx.clusters !== undefined) out[o + 39] = mix(39, c512, 0);
}

/**
 * Emission sums of the word slots, cached per word (run time). The perceptron's weights are
 * multiples of 1/16 (ner-model.ts saveNerModel rounds them), so the double-precision sums of a
 * token's weights are exact in any order: the word slots' part can be summed once per word and the
 * rest added per token with the same result to the last bit. `weights` must be such a table
 * (exactSums checks it); the caller then finds the word part in `out` (L per token) and the word
 * slots of the features left 0. Each word has three sums (ENTRY × L): its word slots with its
 * place slots for a token neither first nor in a headline (placeSlots; other tokens take those
 * out again and get their own as features), its slots 7 and 38 for the token after it, and its
 * slots 8 and 39 for the token before it (prevWordSlots, nextWordSlots); the features then leave
 * those slots 0 too, except where the neighbour is the sentence's edge.
 */
export interface WordSums {
  /** the weights summed: the float table, or its int16 copy × 16 (perceptron.ts scaledWeights; the sums are then in those units, for scaledEmissions) */
  readonly weights: Float32Array | Int16Array;
  readonly labels: number;
  readonly mask: number;
  out: Float64Array;
  /**
   * the words' sums, ENTRY × `labels` each, in one array (one typed array per word cost ~200 bytes of
   * heap each); over the int16 table, integers in an Int32Array (half the bytes of doubles: each token
   * reads three words' entries, scattered over the pool — |sum| ≤ 56 slots × 32767, far inside int32)
   */
  pool: Float64Array | Int32Array;
  used: number;
  /** bumped when the pool starts over (bounded memory on endless streams): older entries are stale */
  gen: number;
  /** per token of the sentence being summed: where its word's sums start in the pool (reused, grown as needed) */
  wordAt: Int32Array;
}

/** words whose sums the pool holds before it starts over (twice the word cache's generation: about the words it holds) */
const WORD_SUMS_MAX = 2 * WORD_CACHE_GENERATION;
/** sums per word: own (with the common place), as the previous word, as the next word */
const ENTRY = 3;

/** A fresh WordSums over a weights table (see exactSums in perceptron.ts for when it may be used). */
export function createWordSums(weights: Float32Array | Int16Array, labels: number, bits: number): WordSums {
  return { weights, labels, mask: (1 << bits) - 1, out: new Float64Array(0), pool: newPool(weights, 4096 * ENTRY * labels), used: 0, gen: 0, wordAt: new Int32Array(256) };
}

/** a pool of `length` sums over `weights`: integers for the int16 table, doubles for the float one */
function newPool(weights: Float32Array | Int16Array, length: number): Float64Array | Int32Array {
  return weights instanceof Int16Array ? new Int32Array(length) : new Float64Array(length);
}

/** A buffer sentenceFeatures may write into instead of allocating (run time reuses one per tagger; grown as needed). */
export interface FeatureScratch {
  buf: Uint32Array;
  /** run time: sum the word slots per word instead of writing them (see WordSums) */
  wordSums?: WordSums;
  /** run time: the per-token arrays of the sentence, reused (see SentenceScratch) */
  arrays?: SentenceScratch;
}

const wordSlotBuf = new Uint32Array(K);

/** sums[at..at+L) = the weights of the nonzero hashes in wordSlotBuf, then clears it */
function sumSlots(ws: WordSums, sums: Float64Array | Int32Array, at: number): void {
  const L = ws.labels;
  sums.fill(0, at, at + L);
  for (let k = 0; k < K; k++) {
    const f = wordSlotBuf[k]!;
    if (!f) continue;
    wordSlotBuf[k] = 0;
    const b = (f & ws.mask) * L;
    for (let l = 0; l < L; l++) sums[at + l] += ws.weights[b + l]!;
  }
}

/**
 * Where the word's sums start in ws.pool (summed on first use). The pool only grows here: the
 * caller makes room for a whole sentence first (reserveWordSums), so no entry of the sentence
 * goes stale while it is read.
 */
function wordSlotSums(ctx: FeatureContext, e: WordInfo, formLength: number, ws: WordSums): number {
  if (e.emFor === ws && e.emGen === ws.gen) return e.emAt;
  const E = ENTRY * ws.labels;
  if (ws.used + E > ws.pool.length) {
    const grown = newPool(ws.weights, Math.min(Math.max(2 * ws.pool.length, ws.used + E), WORD_SUMS_MAX * E));
    if (grown.length < ws.used + E) throw new Error('ner-features: word sums used without room reserved for the sentence');
    grown.set(ws.pool.subarray(0, ws.used));
    ws.pool = grown;
  }
  const at = ws.used;
  ws.used += E;
  const sums = ws.pool;
  const L = ws.labels;
  wordSlots(ctx, e, formLength, wordSlotBuf, 0);
  placeSlots(ctx, e, 0, 0, wordSlotBuf, 0);
  sumSlots(ws, sums, at);
  prevWordSlots(ctx, e.low, e.c512, wordSlotBuf, 0);
  sumSlots(ws, sums, at + L);
  nextWordSlots(ctx, e.low, e.c512, wordSlotBuf, 0);
  sumSlots(ws, sums, at + 2 * L);
  // a word's form fixes its length too: the cache entry is keyed by the form
  e.emAt = at;
  e.emFor = ws;
  e.emGen = ws.gen;
  return at;
}

/** Makes room in the pool for a sentence of n words (starting it over when full); false when no pool could hold that many. */
function reserveWordSums(ws: WordSums, n: number): boolean {
  if (n > WORD_SUMS_MAX) return false;
  const E = ENTRY * ws.labels;
  if (ws.used + n * E > WORD_SUMS_MAX * E) {
    ws.gen++;
    ws.used = 0;
  }
  return true;
}

/**
 * ws.out for one sentence (L per token): each word's own sums, its neighbours' sums as previous and
 * next word, and for a first token or a headline's the common place slots taken out (their weights
 * subtracted: exact, as the sums are) and its own place slots written into `out` as features.
 */
function sentenceWordSums(ctx: FeatureContext, infos: readonly WordInfo[], forms: readonly string[], headline: number, ws: WordSums, out: Uint32Array): void {
  const n = infos.length;
  const L = ws.labels;
  if (ws.wordAt.length < n) ws.wordAt = new Int32Array(Math.max(n, 2 * ws.wordAt.length));
  const wordAt = ws.wordAt;
  for (let i = 0; i < n; i++) wordAt[i] = wordSlotSums(ctx, infos[i]!, forms[i]!.length, ws);
  const pool = ws.pool;
  const sums = ws.out;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const at = wordAt[i]!;
    for (let l = 0; l < L; l++) sums[o + l] = pool[at + l]!;
    if (i > 0) {
      const p = wordAt[i - 1]! + L;
      for (let l = 0; l < L; l++) sums[o + l] += pool[p + l]!;
    }
    if (i + 1 < n) {
      const q = wordAt[i + 1]! + 2 * L;
      for (let l = 0; l < L; l++) sums[o + l] += pool[q + l]!;
    }
    const first = i === 0 ? 1 : 0;
    if (first || headline) {
      placeSlots(ctx, infos[i]!, 0, 0, wordSlotBuf, 0);
      for (let k = 0; k < K; k++) {
        const f = wordSlotBuf[k]!;
        if (!f) continue;
        wordSlotBuf[k] = 0;
        const b = (f & ws.mask) * L;
        for (let l = 0; l < L; l++) sums[o + l] -= ws.weights[b + l]!;
      }
      placeSlots(ctx, infos[i]!, first, headline, out, i * K);
    }
  }
}

/**
 * Feature hashes for one sentence: a flat array of forms.length * K. With `scratch` the array is a
 * view of its buffer (valid until the next call with the same scratch): about 200 bytes a token
 * not allocated at run time.
 */
export function sentenceFeatures(ctx: FeatureContext, text: string, spans: readonly Span[], forms: readonly string[], _xpos?: readonly string[], names?: NameMatches, doc?: DocWordFlags, scratch?: FeatureScratch): Uint32Array {
  const n = forms.length;
  // hashes kept as signed int32 (same bits): small integers to V8, never boxed; every position is
  // written below before it is read, so reused arrays need no clearing
  const arrays = scratch?.arrays;
  const low = arrays ? arrays.ints(LOW, n) : new Int32Array(n);
  const shape = arrays ? arrays.ints(SHAPE, n) : new Int32Array(n);

  const cap = new Uint8Array(n);
  const known = new Uint8Array(n);
  const c512 = arrays ? arrays.ints(C512, n) : new Int32Array(n);
  const c128 = arrays ? arrays.ints(C128, n) : new Int32Array(n);
  const lowers: string[] = new Array<string>(n);
  const acronym = new Uint8Array(n);
  let words = 0;
  let caps = 0;
  const cache = wordCacheOf(ctx);
  const seen = sentenceInfos.get(forms);
  const infos: WordInfo[] = seen && seen.ctx === ctx && seen.infos.length === n ? (seen.infos as WordInfo[]) : new Array<WordInfo>(n);
  const looked = infos !== seen?.infos;
  if (looked) sentenceInfos.set(forms, { ctx, infos });
  for (let i = 0; i < n; i++) {
    const e = looked ? (infos[i] = wordInfo(ctx, forms[i]!, cache)) : infos[i]!;
    low[i] = e.low;
    shape[i] = e.shape;
    cap[i] = e.cap;
    known[i] = e.known;
    c512[i] = e.c512;
    c128[i] = e.c128;
    lowers[i] = e.lower;
    acronym[i] = e.acronym ? 1 : 0;
    if (e.letter) {
      words++;
      caps += e.cap;
    }
  }
  // headline style: most words capitalised, so capitalisation says little
  const headline = words >= 4 && caps / words > 0.6 ? 1 : 0;
  const gaz = gazetteerHashes(ctx.kb, text, spans, names, arrays);
  const L = (i: number) => (i < 0 ? BOS : i >= n ? EOS : low[i]!);
  const S = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shape[i]!);
  const G = (i: number) => (i < 0 ? BOS : i >= n ? EOS : gaz[i]!);
  const C = (i: number) => (i < 0 || i >= n ? 2 : cap[i]!);
  const lexc = ctx.lex ? lexiconCodes(ctx.lex, forms, infos) : new Uint8Array(n);
  // does the capitalised run this token is in (connectors "of", "for", "and", "the" allowed
  // inside) end in an organisation head word? ("Australian Centre for Control of ... Disorders")
  const runOrg = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const w = forms[i]!;
    const conn = w === 'of' || w === 'for' || w === 'and' || w === 'the' || w === '&';
    if (cap[i]) runOrg[i] = (lexc[i]! & 32) || (i + 1 < n && runOrg[i + 1]) ? 1 : 0;
    else if (conn && i + 1 < n && cap[i + 1]) runOrg[i] = runOrg[i + 1]!;
  }
  const org = ctx.orgFeatures === true;
  const grp = org ? groupHashes(ctx.kb, lowers, cap) : undefined;
  // length of the capitalised run (connectors allowed inside) each token is in, and whether it has a connector
  const runLen = new Uint8Array(n);
  const runConn = new Uint8Array(n);
  if (org) {
    let i = 0;
    while (i < n) {
      if (!cap[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      let conn = 0;
      while (j < n) {
        if (cap[j]) j++;
        else if (/^(of|for|and|to|on|&)$/.test(forms[j]!) && j + 1 < n && cap[j + 1]) {
          conn = 1;
          j++;
        } else break;
      }
      for (let t = i; t < j; t++) {
        runLen[t] = Math.min(j - i, 6);
        runConn[t] = conn;
      }
      i = j;
    }
  }
  const X = (i: number) => (i < 0 ? 256 : i >= n ? 257 : lexc[i]!);
  const caselessLex = caselessOf(ctx);
  const cl = caselessLex ? caselessCodes(caselessLex, lowers) : undefined;
  const more = ctx.moreContext === true;
  const nl = ctx.nameList ? nameListCodes(ctx.nameList, forms, lowers, cap) : undefined;
  const NL = (i: number) => (!nl || i < 0 || i >= n ? 0 : nl[i]!);
  const hasClusters = ctx.clusters !== undefined;
  let out: Uint32Array;
  if (scratch) {
    if (scratch.buf.length < n * K) scratch.buf = new Uint32Array(Math.max(n * K, 2 * scratch.buf.length));
    out = scratch.buf.subarray(0, n * K);
    out.fill(0); // slots a template does not apply to must read 0, as in a fresh array
  } else out = new Uint32Array(n * K);
  const ws = scratch?.wordSums;
  if (ws && ws.out.length < n * ws.labels) ws.out = new Float64Array(Math.max(n * ws.labels, 2 * ws.out.length));
  // with word sums: the word, place and neighbour slots summed per word (sentenceWordSums), else written here
  const summed = ws !== undefined && reserveWordSums(ws, n);
  if (summed) sentenceWordSums(ctx, infos, forms, headline, ws, out);
  else if (ws) ws.out.fill(0, 0, n * ws.labels);
  for (let i = 0; i < n; i++) {
    const o = i * K;
    const first = i === 0 ? 1 : 0;
    if (!summed) {
      wordSlots(ctx, infos[i]!, forms[i]!.length, out, o);
      placeSlots(ctx, infos[i]!, first, headline, out, o);
    }
    if (!summed || i === 0) prevWordSlots(ctx, L(i - 1), i > 0 ? c512[i - 1]! : 0x7fff, out, o);
    if (!summed || i + 1 === n) nextWordSlots(ctx, L(i + 1), i + 1 < n ? c512[i + 1]! : 0x7fff, out, o);
    out[o + 9] = mix(9, L(i - 2), 0);
    out[o + 10] = mix(10, L(i + 2), 0);
    out[o + 11] = mix(11, S(i - 1), shape[i]!);
    out[o + 12] = mix(12, shape[i]!, S(i + 1));
    out[o + 13] = mix(13, L(i - 1), low[i]!);
    out[o + 14] = mix(14, low[i]!, L(i + 1));
    out[o + 18] = mix(18, G(i), 0);
    out[o + 19] = mix(19, G(i - 1), 0);
    out[o + 20] = mix(20, G(i + 1), 0);
    out[o + 21] = mix(21, C(i - 1) * 9 + cap[i]! * 3 + C(i + 1), 0);
    out[o + 24] = mix(24, L(i - 1), shape[i]!);
    out[o + 25] = mix(25, shape[i]!, L(i + 1));
    out[o + 26] = mix(26, G(i), low[i]!);
    // word lists (ner-lexicon.ts): given names, places, organisation heads, alone and in context
    const x = X(i);
    out[o + 27] = mix(27, x, 0);
    out[o + 28] = mix(28, X(i - 1), 0);
    out[o + 29] = mix(29, X(i + 1), 0);
    out[o + 30] = mix(30, x, cap[i]! * 4 + known[i]! * 2 + first);
    out[o + 31] = mix(31, X(i - 1), x);
    out[o + 32] = mix(32, x, X(i + 1));
    out[o + 33] = mix(33, X(i + 2), x);
    out[o + 34] = runOrg[i] ? mix(34, cap[i]! * 2 + (x & 32 ? 1 : 0), 0) : 0;
    // organisation features: a Phoenix group name around the token, an acronym (defined earlier
    // in the sentence or not), the shape of the capitalised run ("Bank of England": 3 words, a connector)
    if (grp) {
      if (grp[i]) out[o + 41] = mix(41, grp[i]!, 0);
      if (acronym[i]) out[o + 42] = mix(42, 1 + acronymDefined(forms, cap, i) + (headline ? 2 : 0), 0);
      if (runLen[i]) out[o + 43] = mix(43, runLen[i]! * 2 + runConn[i]!, cap[i]! * 2 + headline);
      if (runLen[i] && !cap[i]) out[o + 44] = mix(44, low[i]!, runOrg[i]!); // the connector itself
    }
    // document features: how this word appears elsewhere in the document, for capitalised words
    if (ctx.docFeatures && doc && cap[i]) {
      const f = doc.get(lowers[i]!) ?? 0;
      out[o + 45] = mix(45, f, first * 2 + headline);
      out[o + 46] = mix(46, f >> 2, shape[i]!);
    }
    // case-blind lists: a place or company written in lower case, told apart from the ordinary
    // word by whether the word is known in lower case and by the capitals around it
    if (cl && cl[i]) out[o + 47] = mix(47, cl[i]!, cap[i]! * 2 + known[i]!);
    if (more) {
      if (hasClusters) {
        out[o + 50] = mix(50, L(i - 1), c512[i]!);
        out[o + 51] = mix(51, c512[i]!, L(i + 1));
        out[o + 52] = mix(52, c128[i]!, C(i - 1) * 9 + cap[i]! * 3 + C(i + 1));
      }
    }
    // the name list (ner-names.ts): in a listed name (B/I, its types, Phoenix group), with the
    // capitals and sentence start, and with the neighbours' codes (where a listed name begins or ends)
    if (nl) {
      const g = nl[i]!;
      if (g) out[o + 53] = mix(53, g, first * 4 + cap[i]! * 2 + headline);
      const gp = NL(i - 1);
      const gn = NL(i + 1);
      if (g || gp) out[o + 54] = mix(54, gp, g);
      if (g || gn) out[o + 55] = mix(55, g, gn);
    }
  }
  return out;
}
