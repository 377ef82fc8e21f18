// A light view over the tokens for the surface rules: lower-cased forms, capitalisation, punctuation,
// which quote-mark span covers a token, and where sentences and paragraphs begin and end.
import type { Doc, Token } from '../../core/doc.js';
import type { QuoteMarkSpan } from './types.js';
import { IN_VERB_CUES, wordFilterKey, type CueEntry, type QuoteLexicon } from './words.js';
import { QUOTE_MARKS } from '../../lexicon/quote-marks.js';
import { lowerCase, lowerForms } from '../../core/lower-forms.js';
import { childrenFromColumns } from './constructions.js';

export interface View {
  readonly doc: Doc;
  /** the word classes, cues and speech nouns the rules read */
  readonly lex: QuoteLexicon;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** index of the quote-mark span covering each token (inside the marks, marks included), -1 when none */
  readonly inQuote: Int32Array;
  readonly marks: readonly QuoteMarkSpan[];
  /** paragraph index of each token */
  readonly para: Int32Array;
  /** first token of each paragraph, and one past the last */
  readonly paraTok: readonly (readonly [number, number])[];
  /** per sentence: 1 when it is set in title case (a headline: "Rubio Says Reform Was A Sign …") */
  readonly titleCase: Uint8Array;
  /** per token: 1 when its form has a letter or digit (isWord; isPunct is its negation) — read per
   * token by most rules, so tested once per document instead of a Unicode regex per call */
  readonly wordy: Uint8Array;
  /** per token: 1 when its lower-cased form may cue as a verb (a cue entry of class speech or
   * attitude) or is "according" — cueAt's first test, looked up once per document: the rules ask
   * cueAt at nearly every token, several times */
  readonly verbCue: Uint8Array;
  /** per token: the first token at or after it with verbCue set (tokens.length when none): a rule
   * that asks cueAt at every token of a sentence jumps from cue word to cue word */
  readonly nextVerbCue: Int32Array;
  /** per token: the lexicon tables its lower-cased form is in (IN_* bits) — the scans of the noun-cue,
   * stance and characterization rules test it before their own lookup (most tokens are in none) —
   * and the word classes (W_* bits, words.ts TOKEN_CLASSES) the rules test with inClass */
  readonly wordIn: Uint32Array;
  /** per token: its part of speech as a POS_* code (0: untagged) — the rules read it instead of the
   * token object's tag (`v.posCode[i] === POS_VERB`, posIn for a set of tags): a pass that reads
   * 260,000 token objects misses the cache on most */
  readonly posCode: Uint8Array;
  /** per token: cueAt's answer when its floor is far enough back not to matter, filled on first request (cues.ts) */
  readonly cueAnswers: (CueEntry | null | undefined)[];
  /** lower-cased lemmas, filled on first request (lowerLemma): the construction rules read them for every verb and noun */
  readonly lemmas: (string | undefined)[];
  /** per token: 1 when its form is a quotation mark (isQuoteTok; a quotation mark has no letter or
   * digit, so only the other tokens are looked up) */
  readonly quoteTok: Uint8Array;
  /** per token: its start offset (the binary search of tokenAtOrAfter reads it instead of the token
   * objects, a cache miss per probe) */
  readonly starts: Int32Array;
  /** per token: its sentence index (Token.sent), read in the view's one pass over the tokens */
  readonly sent: Int32Array;
  /** per token: the parse's dependents within its sentence, in text order (constructions.ts
   * childrenFromColumns; one shared empty list for a leaf) — built from the head and sentence columns
   * the view's pass fills, instead of a second pass over the token objects (childrenOf) */
  readonly kids: readonly number[][];
  /** true when the parse layer is present (head/dep usable) */
  readonly parsed: boolean;
  /** true when the tagger ran (pos usable) */
  readonly tagged: boolean;
}

// the IN_* bits of View.wordIn are the lexicon's (words.ts builds its word table with them)
export { IN_CUES, IN_NOUN_CUES, IN_STANCE, IN_VERB_CUES } from './words.js';

/** View.posCode: one code per Universal Dependencies part of speech (0: untagged, or no UPOS tag) */
export const POS_VERB = 1;
export const POS_AUX = 2;
export const POS_NOUN = 3;
export const POS_ADV = 4;
export const POS_ADJ = 5;
export const POS_ADP = 6;
export const POS_DET = 7;
export const POS_PRON = 8;
export const POS_PROPN = 9;
export const POS_SCONJ = 10;
export const POS_CCONJ = 11;
export const POS_NUM = 12;
export const POS_PART = 13;
export const POS_PUNCT = 14;
export const POS_SYM = 15;
export const POS_INTJ = 16;
export const POS_X = 17;

/** the tag of each code (index: the code) */
export const POS_TAGS: readonly string[] = ['', 'VERB', 'AUX', 'NOUN', 'ADV', 'ADJ', 'ADP', 'DET', 'PRON', 'PROPN', 'SCONJ', 'CCONJ', 'NUM', 'PART', 'PUNCT', 'SYM', 'INTJ', 'X'];

/** tag → code, derived from POS_TAGS ('' and tags outside it: 0) */
const POS_CODES = new Map<string, number>(POS_TAGS.map((tag, code) => [tag, code]));

function posCodeOf(pos: string): number {
  return POS_CODES.get(pos) ?? 0;
}

/** the bit of each code in a set of parts of speech (posIn) */
export const PB_VERB = 1 << POS_VERB;
export const PB_AUX = 1 << POS_AUX;
export const PB_NOUN = 1 << POS_NOUN;
export const PB_ADV = 1 << POS_ADV;
export const PB_ADJ = 1 << POS_ADJ;
export const PB_ADP = 1 << POS_ADP;
export const PB_DET = 1 << POS_DET;
export const PB_PRON = 1 << POS_PRON;
export const PB_PROPN = 1 << POS_PROPN;
export const PB_SCONJ = 1 << POS_SCONJ;
export const PB_CCONJ = 1 << POS_CCONJ;
export const PB_NUM = 1 << POS_NUM;
export const PB_PART = 1 << POS_PART;

/** true when token i's part of speech is in `bits` (PB_* or-ed): what a test of its tag against a
 * list answered, read from the view's column (false out of range and untagged: code 0, bit 0, is in
 * no set) */
export function posIn(v: View, i: number, bits: number): boolean {
  return ((1 << (v.posCode[i] ?? 0)) & bits) !== 0;
}

const QUOTE_CHARS = new Set(QUOTE_MARKS);
const WORDY = /[\p{L}\p{N}]/u;

/** WORDY.test(f), with ASCII decided without the Unicode regex (most tokens are ASCII), and the
 * General Punctuation block (U+2000–U+206F: curly quotes, dashes, ellipsis — no letter or digit in
 * it) passed over: the curly quotation marks and dashes of news text are tokens of their own */
function hasLetterOrDigit(f: string): boolean {
  for (let k = 0; k < f.length; k++) {
    const c = f.charCodeAt(k);
    if (c >= 128) {
      if (c >= 0x2000 && c <= 0x206f) continue;
      return WORDY.test(f);
    }
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** /^\p{L}/u.test(f), with an ASCII first character decided without the regex */
function startsWithLetter(f: string): boolean {
  const c = f.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(f);
}

export function buildView(doc: Doc, marks: readonly QuoteMarkSpan[], lex: QuoteLexicon): View {
  const tokens = doc.tokens;
  const lower = lowerForms(tokens);
  const n = tokens.length;
  const inQuote = new Int32Array(n).fill(-1);
  const para = new Int32Array(n).fill(-1);
  const paras = doc.paragraphs;
  // (pushed, not paras.map: map's result took the elements kind of the doc's paragraph array, which
  // differs between documents, and the optimised view was thrown out on the first other kind)
  const paraTok: [number, number][] = [];
  for (let j = 0; j < paras.length; j++) paraTok.push([0, 0]);
  const wordy = new Uint8Array(n);
  const verbCue = new Uint8Array(n);
  const wordIn = new Uint32Array(n);
  const posCode = new Uint8Array(n);
  const sent = new Int32Array(n);
  const head = new Int32Array(n);
  const quoteTok = new Uint8Array(n);
  const starts = new Int32Array(n);
  // the title-case test's counts per sentence (words of four letters or more, and how many are
  // capitalised), taken in the same pass
  const sentences = doc.sentences;
  const capWords = new Int32Array(sentences.length);
  const caps = new Int32Array(sentences.length);
  let k = 0;
  const words = lex.wordBits;
  const filter = lex.wordFilter;
  // one pass over the tokens for every per-token column (a pass per column read each token again)
  let m = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (m < marks.length && marks[m]!.end <= t.start) m++;
    if (m < marks.length && marks[m]!.start <= t.start && t.end <= marks[m]!.end) inQuote[i] = m;
    while (p < paras.length - 1 && paras[p]!.end <= t.start) p++;
    para[i] = p;
    // (one pair per paragraph, filled in place: a new pair per token was most of the view's garbage)
    const r = paraTok[p]!;
    if (r[1] === 0) r[0] = i;
    r[1] = i + 1;
    const f = t.form;
    if (hasLetterOrDigit(f)) wordy[i] = 1;
    else if (QUOTE_CHARS.has(f)) quoteTok[i] = 1;
    posCode[i] = posCodeOf(t.pos);
    sent[i] = t.sent;
    head[i] = t.head;
    starts[i] = t.start;
    // short function words may stay lower-case in a headline
    if (f.length >= 4 && startsWithLetter(f)) {
      while (k < sentences.length && sentences[k]!.tokenEnd <= i) k++;
      if (k < sentences.length && sentences[k]!.tokenStart <= i) {
        capWords[k]++;
        const c = f.charCodeAt(0);
        if (c < 128 ? c >= 65 && c <= 90 : f[0] !== f[0]!.toLowerCase()) caps[k]++;
      }
    }
    const w = lower[i]!;
    if (filter[wordFilterKey(w)] === 0) continue;
    const b = words.get(w);
    if (b === undefined) continue;
    wordIn[i] = b;
    if (b & IN_VERB_CUES) verbCue[i] = 1;
  }
  const nextVerbCue = new Int32Array(tokens.length + 1);
  nextVerbCue[tokens.length] = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) nextVerbCue[i] = verbCue[i] === 1 ? i : nextVerbCue[i + 1]!;
  const titleCase = new Uint8Array(sentences.length);
  for (let j = 0; j < sentences.length; j++) titleCase[j] = capWords[j]! >= 3 && caps[j]! / capWords[j]! >= 0.8 ? 1 : 0;
  return {
    doc,
    lex,
    text: doc.text,
    titleCase,
    wordy,
    verbCue,
    nextVerbCue,
    wordIn,
    posCode,
    quoteTok,
    starts,
    sent,
    kids: childrenFromColumns(head, sent),
    cueAnswers: unfilled<CueEntry | null>(n),
    lemmas: unfilled<string>(n),
    tokens,
    lower,
    inQuote,
    marks,
    para,
    paraTok,
    parsed: doc.layers.has('parse'),
    tagged: doc.layers.has('pos'),
  };
}

/**
 * n slots of undefined, filled later out of order. (Sized up front: an empty array read and written
 * past its end is slow. Pushed, not `new Array(n)`: that allocation, inlined in the optimised view,
 * deoptimised it on a document of some 16,000 tokens or more — the young generation's limit — and
 * the view was compiled again.)
 */
function unfilled<T>(n: number): (T | undefined)[] {
  const a: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

/** token i's lemma, lower-cased (once per token and document) */
export function lowerLemma(v: View, i: number): string {
  let l = v.lemmas[i];
  // (lowerCase: a lemma of lower-case ASCII, most of them, is returned as it is — no runtime call)
  if (l === undefined) v.lemmas[i] = l = lowerCase(v.tokens[i]!.lemma);
  return l;
}

/** true when token i's lower-cased form is in one of the word classes of `bits` (W_* of words.ts,
 * or-ed): what lex.is(class, v.lower[i]) answers, read from the view's word bits (false for an i
 * out of range, as is() of undefined or '' was) */
export function inClass(v: View, i: number, bits: number): boolean {
  return (v.wordIn[i]! & bits) !== 0;
}

export function isQuoteTok(v: View, i: number): boolean {
  return v.quoteTok[i] === 1;
}

export function isCap(v: View, i: number): boolean {
  // (the view's start column and the character code first: an ASCII character is decided without
  // the one-character string and its two case conversions — most tokens asked start with one)
  // (out of range: no start, NaN, and '' below — false)
  const at = v.starts[i] ?? -1;
  const code = v.text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const c = v.text[at] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isWord(v: View, i: number): boolean {
  return v.wordy[i] === 1;
}

export function isPunct(v: View, i: number, chars?: string): boolean {
  // (the view's column before the token object: most tokens asked are words)
  if (v.wordy[i] === 1) return false;
  const f = v.tokens[i]?.form;
  if (!f) return false;
  return chars === undefined || chars.includes(f);
}

/** The end of a sentence's words s..e without its closing punctuation outside quotation marks: the
 * last token a sentence-level cue scan (noun cues, stance predicates) may start a content at. */
export function wordsEnd(v: View, s: number, e: number): number {
  let ce = e;
  while (ce > s && isPunct(v, ce - 1) && v.inQuote[ce - 1]! < 0) ce--;
  return ce;
}

// (a regular-expression literal in a function body is a new RegExp object at every call)
const POSSESSIVE_S = /['’]s$/;

/** true for the possessive clitic, whether the tokenizer split it off or not */
export function isPossessive(v: View, i: number): boolean {
  const l = v.lower[i] ?? '';
  return l === "'s" || l === '’s' || l === "'" || POSSESSIVE_S.test(l);
}

/** index of the first token starting at or after `offset` (tokens.length when none) */
export function tokenAtOrAfter(v: View, offset: number): number {
  let lo = 0;
  let hi = v.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [tokenStart, tokenEnd) of the sentence holding token i */
export function sentenceOf(v: View, i: number): readonly [number, number] {
  const s = v.doc.sentences[v.tokens[i]!.sent];
  return s ? [s.tokenStart, s.tokenEnd] : [i, i + 1];
}

/** the text span covered by tokens [a, b) */
export function tokSpan(v: View, a: number, b: number): { start: number; end: number } {
  return { start: v.tokens[a]!.start, end: v.tokens[b - 1]!.end };
}

/** index of the first quote-mark span ending after `offset` (spans are disjoint and ordered) */
export function firstMarkEndingAfter(v: View, offset: number): number {
  let lo = 0;
  let hi = v.marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.marks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
