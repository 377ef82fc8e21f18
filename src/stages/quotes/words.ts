// The quotes stage's lexicon: closed-class word lists (data/quote-words.tsv), light verbs and stance
// nouns (data/quote-cue-phrases.tsv), cue roles (data/quote-cue-roles.tsv), the open-class words
// single rules test (data/quote-rule-words.tsv), the speech-cue lexicon (data/speech-verbs.tsv) and the speech
// nouns (data/quote-nouns.tsv), the particle-bound cues of data/quotes/particle-cues.tsv and the
// copular stance predicates of data/quotes/stance-predicates.tsv and the verb constructions that cue
// (data/quotes/cue-constructions.tsv). Classes are what the
// surface rules need to find the edges of a source noun phrase, a cue's verb group and the start of
// content when no parse is available. Loaded by the resources (src/stages/resources.ts) and reached
// through the View, never cached here.
import { loadTsv } from '../../core/data-loader.js';

export type CueClass = 'speech' | 'attitude' | 'prep' | 'noun';

export interface CueEntry {
  readonly form: string;
  readonly lemma: string;
  readonly cls: CueClass;
  /** 'all': any pattern; 'quote': only with quotation marks or a colon ("continued: “…”") */
  readonly use: 'all' | 'quote';
  readonly example: string;
  /** particle sequences that must follow the form for it to cue ("spoke" + "about"), each a list of
   * words; absent when the form cues alone (data/quotes/particle-cues.tsv) */
  readonly particles?: readonly (readonly string[])[];
}

export interface QuoteLexicon {
  /** true when the (already lower-cased) word is in the class (aux, neg, adv, pron, det, prep, time, stop, …) */
  is(cls: string, word: string): boolean;
  /** lower-cased cue form → entry */
  readonly cues: ReadonlyMap<string, CueEntry>;
  /** speech noun → the prepositions (or "that"/"to") that introduce its content */
  readonly nouns: ReadonlyMap<string, ReadonlySet<string>>;
  /** stance adjective or agent noun after a copula → what may open its content (data/quotes/stance-predicates.tsv) */
  readonly stance: ReadonlyMap<string, StanceEntry>;
  /** "lemma\tconstruction" keys of the verb constructions that cue (data/quotes/cue-constructions.tsv) */
  readonly constructions: ReadonlySet<string>;
  /** the lemmas of those keys: a word whose lemma is not here is in no cue construction (checked before reading its construction from the parse) */
  readonly constructionLemmas: ReadonlySet<string>;
  /** "lemma\tconstruction" keys of the stance verbs read by their own rule (data/quotes/verb-stances.tsv, verb-stances.ts) */
  readonly verbStances: ReadonlySet<string>;
  /** the lemmas of those keys (checked before the parse is read) */
  readonly verbStanceLemmas: ReadonlySet<string>;
  /** every word of cues, nouns and stance with its IN_* bits, and every word of the classes of
   * TOKEN_CLASSES with their W_* bits, so the view needs one lookup per token for all of them */
  readonly wordBits: ReadonlyMap<string, number>;
  /** a filter over the words of wordBits (wordFilterKey): a word whose slot is 0 is in none of
   * them, so the view skips the map lookup for it (most tokens are in no table, and the lookup was
   * the largest part of building the view) */
  readonly wordFilter: Uint8Array;
}

/** the number of slots of QuoteLexicon.wordFilter (a power of two) */
const FILTER_BITS = 14;

/** a word's slot in QuoteLexicon.wordFilter, from its length and first two characters: the same
 * word always has the same slot, so a word of wordBits is never filtered out */
export function wordFilterKey(w: string): number {
  const n = w.length;
  const c0 = n > 0 ? w.charCodeAt(0) : 0;
  const c1 = n > 1 ? w.charCodeAt(1) : 0;
  const c2 = n > 2 ? w.charCodeAt(n - 1) : 0;
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1 + 0x3c6ef372, 0x85ebca6b) ^ Math.imul(c2 + 0x1b873593, 0xcc9e2d51) ^ Math.imul(n, 0x27d4eb2d)) >>> (32 - FILTER_BITS);
}

function wordFilterOf(words: Iterable<string>): Uint8Array {
  const f = new Uint8Array(1 << FILTER_BITS);
  for (const w of words) f[wordFilterKey(w)] = 1;
  return f;
}

/** wordBits: a cue form (cues); a cue form read as a verb (its class is neither prep nor noun, and
 * "according"); a speech noun (nouns); a stance predicate (stance) */
export const IN_CUES = 1;
export const IN_VERB_CUES = 2;
export const IN_NOUN_CUES = 4;
export const IN_STANCE = 8;

// wordBits, continued: the word classes the rules test on a token's lower-cased form, one bit each
// above the IN_* bits. The rules asked the lexicon ≈ 9 times per token (is(): two map lookups each,
// ≈ 7% of the stage's CPU on the Wikinews bench); the view's one lookup per token now answers them
// all (View.wordIn, inClass). Classes read on lemmas (light-verb, raising-passive, …) and 'verb'
// (read only when the tagger has not run) stay with is(); a Uint32 holds 32 bits, 4 + 27 are used.
export const W_AUX = 1 << 4;
export const W_NEG = 1 << 5;
export const W_ADV = 1 << 6;
export const W_PRON = 1 << 7;
export const W_DET = 1 << 8;
export const W_PREP = 1 << 9;
export const W_TIME = 1 << 10;
export const W_STOP = 1 << 11;
export const W_LEAD = 1 << 12;
export const W_INANIMATE = 1 << 13;
export const W_CLAUSE_CUE = 1 << 14;
export const W_NAMING = 1 << 15;
export const W_LABEL = 1 << 16;
export const W_SURVEY_PARTICIPLE = 1 << 17;
export const W_NOT_LY_ADVERB = 1 << 18;
export const W_NOUN_READING = 1 << 19;
export const W_STANCE_MODIFIER = 1 << 20;
export const W_STANCE_NOUN = 1 << 21;
export const W_MEDIUM = 1 << 22;
export const W_GATHERING = 1 << 23;
export const W_ANONYMITY = 1 << 24;
export const W_CHARACTERISING = 1 << 25;
export const W_REGARD_AS = 1 << 26;
export const W_UNANSWERED_INQUIRY = 1 << 27;
export const W_UNANSWERED_REPLY = 1 << 28;
export const W_BACKING = 1 << 29;
export const W_PREP_PARTICIPLE = 1 << 30;

/** each token class (a class of the word lists) and its bit in wordBits */
export const TOKEN_CLASSES: readonly (readonly [string, number])[] = [
  ['aux', W_AUX], ['neg', W_NEG], ['adv', W_ADV], ['pron', W_PRON], ['det', W_DET], ['prep', W_PREP], ['time', W_TIME],
  ['stop', W_STOP], ['lead', W_LEAD], ['inanimate', W_INANIMATE], ['clause-cue', W_CLAUSE_CUE], ['naming', W_NAMING],
  ['label', W_LABEL], ['survey-participle', W_SURVEY_PARTICIPLE], ['not-ly-adverb', W_NOT_LY_ADVERB],
  ['noun-reading', W_NOUN_READING], ['stance-modifier', W_STANCE_MODIFIER], ['stance-noun', W_STANCE_NOUN],
  ['medium', W_MEDIUM], ['gathering', W_GATHERING], ['anonymity', W_ANONYMITY], ['characterising', W_CHARACTERISING],
  ['regard-as', W_REGARD_AS], ['unanswered-inquiry', W_UNANSWERED_INQUIRY], ['unanswered-reply', W_UNANSWERED_REPLY],
  ['backing', W_BACKING], ['prep-participle', W_PREP_PARTICIPLE],
];

function wordBitsOf(cues: ReadonlyMap<string, CueEntry>, nouns: ReadonlyMap<string, unknown>, stance: ReadonlyMap<string, unknown>,
  classes: ReadonlyMap<string, ReadonlySet<string>>): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  const add = (w: string, bit: number) => m.set(w, (m.get(w) ?? 0) | bit);
  for (const [form, e] of cues) add(form, e.cls !== 'prep' && e.cls !== 'noun' ? IN_CUES | IN_VERB_CUES : IN_CUES);
  add('according', IN_VERB_CUES);
  for (const w of nouns.keys()) add(w, IN_NOUN_CUES);
  for (const w of stance.keys()) add(w, IN_STANCE);
  for (const [cls, bit] of TOKEN_CLASSES) for (const w of classes.get(cls) ?? []) add(w, bit);
  return m;
}

export interface StanceEntry {
  readonly kind: 'adj' | 'agent';
  /** "that"/"to" open a clause content; a preposition ends the cue and its object is the content */
  readonly preps: ReadonlySet<string>;
}

export function loadQuoteLexicon(): QuoteLexicon {
  const classes = new Map<string, Set<string>>();
  const classed = [...loadTsv('quote-words.tsv', ['word', 'class']).rows, ...loadTsv('quote-cue-phrases.tsv', ['word', 'class', 'example']).rows,
    ...loadTsv('quote-cue-roles.tsv', ['word', 'class', 'example']).rows,
    ...loadTsv('quote-rule-words.tsv', ['word', 'class', 'example']).rows,
  ];
  for (const r of classed) {
    const cls = r.class!;
    let set = classes.get(cls);
    if (!set) classes.set(cls, (set = new Set()));
    set.add(r.word!.toLowerCase());
  }
  const cues = new Map<string, CueEntry>();
  for (const r of loadTsv('speech-verbs.tsv', ['form', 'lemma', 'class', 'use', 'example']).rows) {
    cues.set(r.form!.toLowerCase(), { form: r.form!, lemma: r.lemma!, cls: r.class as CueClass, use: r.use === 'quote' ? 'quote' : 'all', example: r.example! });
  }
  // verbs found missing by the PolNeAR error analysis; a form already in speech-verbs.tsv keeps its entry
  for (const r of loadTsv('quotes/particle-cues.tsv', ['form', 'lemma', 'class', 'particles', 'example']).rows) {
    const form = r.form!.toLowerCase();
    if (cues.has(form)) continue;
    const particles = r.particles ? r.particles.split(',').map((p) => p.trim().toLowerCase().split('+')) : undefined;
    cues.set(form, { form: r.form!, lemma: r.lemma!, cls: r.class as CueClass, use: 'all', example: r.example!, ...(particles ? { particles } : {}) });
  }
  const nouns = new Map<string, Set<string>>();
  for (const r of loadTsv('quote-nouns.tsv', ['noun', 'prep', 'example']).rows) {
    const n = r.noun!.toLowerCase();
    if (!nouns.has(n)) nouns.set(n, new Set());
    for (const p of r.prep!.split(',')) nouns.get(n)!.add(p.trim().toLowerCase());
  }
  const stance = new Map<string, StanceEntry>();
  for (const r of loadTsv('quotes/stance-predicates.tsv', ['word', 'kind', 'preps', 'example']).rows) {
    stance.set(r.word!.toLowerCase(), { kind: r.kind === 'agent' ? 'agent' : 'adj', preps: new Set(r.preps!.split(',').map((p) => p.trim().toLowerCase())) });
  }
  const [constructions, constructionLemmas] = constructionTable('quotes/cue-constructions.tsv', ['rate', 'free', 'gain', 'marked', 'occurs']);
  const [verbStances, verbStanceLemmas] = constructionTable('quotes/verb-stances.tsv', ['predicted', 'cue_exact', 'content_exact']);
  const wordBits = wordBitsOf(cues, nouns, stance, classes);
  return { is: (cls, word) => classes.get(cls)?.has(word) ?? false, cues, nouns, stance, constructions, constructionLemmas, verbStances, verbStanceLemmas, wordBits, wordFilter: wordFilterOf(wordBits.keys()) };
}

/** A table of (lemma, construction) rows: its "lemma\tconstruction" keys and its lemmas. */
function constructionTable(file: string, counts: readonly string[]): [ReadonlySet<string>, ReadonlySet<string>] {
  const keys = new Set(loadTsv(file, ['lemma', 'construction', ...counts]).rows.map((r) => `${r.lemma!.toLowerCase()}\t${r.construction}`));
  return [keys, new Set([...keys].map((k) => k.slice(0, k.indexOf('\t'))))];
}
