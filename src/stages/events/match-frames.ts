// Candidate triggers: a token whose lemma has frames in data/events/frames.tsv, with the right
// part of speech, the particle the frame requires ("rule OUT") and its constraint met (object
// lemma, controlled verb, modal in the ccomp, prepositional phrase, governing verb). The first
// matching frame in file order wins, so specific rows sit above general ones.
import { frameList, indexParts, LazyMap, type Constraint, type Frame, type FrameList } from './lexicon.js';
import { BoundedMemo, flatCopy } from '../../core/bounded-memo.js';
import { clauseOf, complementOf, governingVerb, objectOf, prepArgs, prepArgWords, subjectOf } from './roles.js';
import type { DepTree } from './tree.js';
import { reportedTokens } from './reported-content.js';
import { mapObjects } from '../../core/object-arrays.js';

const VERB_POS = new Set(['VERB', '']);
const NOUN_POS = new Set(['NOUN', '']);
/** predicative adjectives with a controlled complement ("ready to send", "willing to withdraw") */
const ADJ_POS = new Set(['ADJ', 'VERB', '']);

/**
 * Whether a token tagged `pos` may trigger any frame: a verb, noun or adjective frame's part of speech
 * (the union of the three sets above; an untagged token may be any). Two thirds of a text's tokens
 * (names, function words, punctuation) are none: the events stage skips them before matchFrames, with
 * string comparisons rather than three set lookups (a quarter of a million tokens on the Wikinews
 * bench, mostly run before V8 optimises the loop).
 */
export function mayTrigger(pos: string): boolean {
  return pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' || pos === '';
}

function hasParticle(t: DepTree, p: number, prt: string): boolean {
  for (const c of t.kids(p)) {
    if (c <= p) continue;
    const d = t.dep(c);
    if ((d === 'compound:prt' || d === 'advmod' || d === 'prt' || d === 'obl' || d === 'case') && t.lower(c) === prt) return true;
  }
  // "pulled out of the town": the particle parsed as a second case word of the following phrase
  for (const c of t.kids(p)) {
    if (c <= p || !t.dep(c).startsWith('obl')) continue;
    if (t.kids(c).some((k) => k === p + 1 && t.dep(k) === 'case' && t.lower(k) === prt)) return true;
  }
  // "rule out": some parses attach the particle as the next token without a relation we expect
  return p + 1 < t.doc.tokens.length && t.lower(p + 1) === prt && t.head(p + 1) === p;
}

function lemmaIn(t: DepTree, i: number, set: ReadonlySet<string>): boolean {
  return set.has(t.lemma(i)) || set.has(t.lower(i));
}

/** relations of the word before a noun that make the two one phrase ("possible strike", "arms shipment") */
const PHRASE_MODIFIERS = new Set(['amod', 'compound']);

const AMOUNT_WORDS = new Set(['$', '€', '£', '¥', 'million', 'billion', 'trillion', 'dollar', 'dollars', 'euro', 'euros']);

/** A money amount or bare number heading an object ("$40 million in aid", "80 million euros of aid"). */
export function isAmount(t: DepTree, i: number): boolean {
  const p = t.tok(i).pos;
  return p === 'NUM' || (p === 'SYM' && AMOUNT_WORDS.has(t.lower(i))) || AMOUNT_WORDS.has(t.lower(i));
}

/**
 * What an amount object `o` of verb `v` measures: its own in/of phrase ("$40 million [in aid]"), or
 * the same phrase when the parser attaches it to the verb instead ("pledged $40 million | in aid" as
 * an obl after the object) — the two attachments mean the same, parsers differ on which they pick.
 */
export function measuredBy(t: DepTree, v: number, o: number): number[] {
  if (!isAmount(t, o)) return [];
  const own = t.kidsWhere(o, (d) => d === 'nmod' || d === 'obl');
  const onVerb = t.kidsWhere(v, (d, c) => d === 'obl' && c > o && (t.caseOf(c) === 'in' || t.caseOf(c) === 'of'));
  return [...own, ...onVerb];
}

/**
 * What a trigger's constraints look at, computed once per trigger (a verb may have hundreds of
 * dictionary rows): the words that stand for its object, its complement, its prepositional phrases.
 */
class TriggerView {
  private objWords: Set<string> | null | undefined;
  // made on the first prepositional constraint: most triggers are never asked
  private preps: Map<string, Set<string> | null> | undefined;
  private prepWords: Set<string> | undefined;
  constructor(
    private readonly t: DepTree,
    private readonly p: number,
    private readonly noun: boolean,
  ) {}

  private static add(t: DepTree, i: number, into: Set<string>): void {
    into.add(t.lemma(i));
    into.add(t.lower(i));
  }

  /**
   * a noun with the modifier right before it, as the two-word phrases dictionary rows name ("possible
   * strike", "humanitarian aid": scripts/convert-cameo.ts keeps a pattern's {MODIFIER HEAD}), by
   * lemmas and by forms
   */
  private static addPhrase(t: DepTree, h: number, into: Set<string>): void {
    const m = h - 1;
    if (m < 0 || t.head(m) !== h || !PHRASE_MODIFIERS.has(t.dep(m))) return;
    into.add(`${t.lemma(m)} ${t.lemma(h)}`);
    into.add(`${t.lower(m)} ${t.lower(h)}`);
  }

  /** lemmas and forms of the object, its compound modifiers, its conjuncts and what an amount measures; null: no object */
  object(): Set<string> | null {
    if (this.objWords !== undefined) return this.objWords;
    const t = this.t;
    const o = objectOf(t, this.p);
    if (o < 0) return (this.objWords = null);
    const w = new Set<string>();
    TriggerView.add(t, o, w);
    TriggerView.addPhrase(t, o, w);
    // "army reservists", "aid deliveries": a compound modifier may carry the word
    for (const x of t.kidsWhere(o, (d) => d === 'compound')) TriggerView.add(t, x, w);
    // "military aid and intelligence sharing": any coordinated object counts
    for (const x of t.kidsWhere(o, (d) => d === 'conj')) TriggerView.add(t, x, w), TriggerView.addPhrase(t, x, w);
    // "pledged $40 million in food aid": an amount stands for what it measures (its in/of phrase)
    for (const x of measuredBy(t, this.p, o)) TriggerView.add(t, x, w);
    return (this.objWords = w);
  }

  private reported: { lemmas: string; forms: string } | undefined;

  /**
   * What a speech verb reports, as " w1 w2 … " strings of lemmas and of lower-case forms: the
   * subtrees of its clausal complement, parataxis (a direct quote), object, predicate and phrases
   * ("called the move a 'smash and grab'"), within the sentence.
   */
  content(): { lemmas: string; forms: string } {
    if (this.reported) return this.reported;
    const t = this.t;
    const toks = reportedTokens(t, this.p, true);
    return (this.reported = { lemmas: ` ${toks.map((k) => t.lemma(k).toLowerCase()).join(' ')} `, forms: ` ${toks.map((k) => t.lower(k)).join(' ')} ` });
  }

  /** lemmas and forms of the heads of the trigger's phrases with `prep`; null: none */
  prep(prep: string): Set<string> | null {
    this.preps ??= new Map();
    if (this.preps.has(prep)) return this.preps.get(prep)!;
    // a verb may have rows for twenty prepositions: those no phrase of the trigger has need no search
    this.prepWords ??= prepArgWords(this.t, this.p, this.noun);
    if (!this.prepWords.has(prep)) {
      this.preps.set(prep, null);
      return null;
    }
    const a = prepArgs(this.t, this.p, prep, this.noun);
    const w = a.length ? new Set<string>() : null;
    if (w) for (const x of a) TriggerView.add(this.t, x, w), TriggerView.addPhrase(this.t, x, w);
    this.preps.set(prep, w);
    return w;
  }
}

function anyIn(words: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

function meets(t: DepTree, p: number, c: Constraint, view: TriggerView): boolean {
  switch (c.kind) {
    case 'none':
      return true;
    case 'obj': {
      const o = view.object();
      if (!o) return false;
      if (!c.lemmas) return true;
      // the head's own words, else a compound, conjunct or measured thing (all in the view)
      return anyIn(o, c.lemmas);
    }
    case 'xcomp': {
      const x = complementOf(t, p);
      if (x < 0) return false;
      return !c.lemmas || lemmaIn(t, x, c.lemmas);
    }
    case 'ccomp': {
      const cc = clauseOf(t, p);
      if (cc < 0) return false;
      if (!c.lemmas) return true;
      return t.kidsWhere(cc, (d) => d === 'aux').some((a) => lemmaIn(t, a, c.lemmas!));
    }
    case 'prep': {
      const a = view.prep(c.prep);
      if (!a) return false;
      return !c.lemmas || anyIn(a, c.lemmas);
    }
    case 'nosubj': {
      const s = subjectOf(t, p);
      return s < 0 || !lemmaIn(t, s, c.lemmas);
    }
    case 'content': {
      const r = view.content();
      for (const w of c.spaced) if (r.lemmas.includes(w) || r.forms.includes(w)) return true;
      return false;
    }
    case 'clausePrep': {
      // "ordered the accused remain in custody": the phrase sits in the ordered clause, not on the verb
      const cc = clauseOf(t, p);
      return cc >= 0 && prepArgs(t, cc, c.prep, false).some((x) => lemmaIn(t, x, c.lemmas));
    }
    case 'gov': {
      const g = governingVerb(t, p);
      return g >= 0 && lemmaIn(t, g, c.lemmas);
    }
  }
}

/**
 * Lemmas to look up: the lemmatizer's, the form, and simple de-inflections of the form, because an
 * unseen verb may get a wrong lemma ("rebuked" → "rebuk") and the frames list base forms only.
 */
function addCandidate(out: string[], x: string): void {
  if (x.length > 2 && !out.includes(x)) out.push(x);
}

/** the candidates the form alone gives (itself, its irregular lemma, its de-inflections), deduplicated, in lookup order */
export function formCandidates(f: string, forms: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const add = (x: string) => addCandidate(out, x);
  add(f);
  const irregular = forms.get(f);
  if (irregular) add(irregular);
  if (f.endsWith('ied')) add(f.slice(0, -3) + 'y');
  if (f.endsWith('ies')) add(f.slice(0, -3) + 'y');
  if (f.endsWith('ed')) {
    add(f.slice(0, -2));
    add(f.slice(0, -1));
    if (/([bdglmnprt])\1ed$/.test(f)) add(f.slice(0, -3));
  }
  if (f.endsWith('ing')) {
    add(f.slice(0, -3));
    add(f.slice(0, -3) + 'e');
    if (/([bdglmnprt])\1ing$/.test(f)) add(f.slice(0, -4));
  }
  if (f.endsWith('es')) add(f.slice(0, -2));
  if (f.endsWith('s')) add(f.slice(0, -1));
  return out;
}

/** the lemmatizer's lemma first, then the form's candidates (those equal to the lemma left out) */
function lemmaCandidates(t: DepTree, p: number, forms: ReadonlyMap<string, string>): string[] {
  const lemma = t.lemma(p);
  return [lemma, ...formCandidates(t.lower(p), forms).filter((x) => x !== lemma)];
}

const NO_CANDIDATES: readonly string[] = [];

/** whether `m` may hold `k` (a lazy map's candidate keys: no value is computed to answer) */
function mayHave(m: ReadonlyMap<string, unknown>, k: string): boolean {
  return m instanceof LazyMap ? m.candidates.has(k) : m.has(k);
}

/**
 * A lemma's frames indexed by object word and preposition: a common verb has hundreds of dictionary
 * rows that each name an object ("take … control", "take … hostage"); only those naming the
 * trigger's object, or a preposition it has a phrase with, are looked at.
 */
export interface LemmaIndex {
  /** the frame at a position (built on first request: most of a verb's dictionary rows are never tested) */
  frame(i: number): Frame;
  /** positions of frames without an object-word or prepositional constraint */
  readonly rest: readonly number[];
  /** object word → the position of the one frame that names it (most words), or the positions of several */
  readonly byObject: ReadonlyMap<string, number | readonly number[]>;
  /** preposition → positions of the frames constrained by a phrase with it */
  readonly byPrep: ReadonlyMap<string, readonly number[]>;
  /**
   * byPrep's keys and values as two arrays in its order: every trigger with an index walks all of its
   * lemma's prepositions, and an indexed loop over arrays does without the Map iterator and the
   * [key, value] pair per entry (costly while the code still runs unoptimised, as most of a first
   * pass over a batch does)
   */
  readonly preps: readonly string[];
  readonly prepPositions: readonly (readonly number[])[];
}

/** Indexes one lemma's frame list (built once with the lexicon, see event-lexicon.ts) by the frames' constraints alone, or takes the index it came with. */
export function buildLemmaIndex(frames: readonly Frame[] | FrameList): LemmaIndex {
  const list = Array.isArray(frames) ? frameList(frames as readonly Frame[]) : (frames as FrameList);
  const { rest, byObject, byPrep } = list.parts ?? indexParts(list.constraints);
  return { frame: list.at, rest, byObject, byPrep, preps: [...byPrep.keys()], prepPositions: [...byPrep.values()] };
}

/**
 * The lexicon's lemma indexes (each built on first lookup), with its hand frames' own indexes beside
 * them: the CAMEO dictionary's frames are all verb frames (lexicon.ts dictionaryFrame), which a token
 * tagged as a noun or an adjective never triggers, so such a token tests the hand frames alone — the
 * same frames it could match, in the same order — and its lemma's dictionary rows are not read or
 * walked for it.
 */
export class FrameIndexes extends LazyMap<string, LemmaIndex> {
  /**
   * formCandidates per form, kept to those that may have frames: a form comes back thousands of times
   * in a run, and each time its de-inflections were new strings to build and hash for lookups that
   * mostly find nothing. Bounded (a stream of articles keeps bringing new words) and keyed by flat
   * copies (bounded-memo.ts). Only with the frames map and verb forms the lexicon built this index from.
   */
  private readonly formMemo = new BoundedMemo<readonly string[]>(50_000);

  constructor(
    candidates: ReadonlySet<string>,
    compute: (lemma: string) => LemmaIndex | undefined,
    /** the indexes of each lemma's hand frames alone */
    readonly handOnly: ReadonlyMap<string, LemmaIndex>,
    /**
     * the frames map and verb forms of the same lexicon (event-lexicon.ts), for the form memo; none in
     * tools and tests. The frames map must hold frames for exactly the lemmas this index has an index
     * for (both read the same lists): matchFrames then looks no lemma up in it that the index lacks.
     */
    private readonly source?: { readonly byLemma: ReadonlyMap<string, readonly Frame[]>; readonly forms: ReadonlyMap<string, string> },
  ) {
    super(candidates, compute);
  }

  /** whether the form memo serves matchFrames given these maps (the lexicon's own, which this index was built from) */
  serves(byLemma: ReadonlyMap<string, readonly Frame[]>, forms: ReadonlyMap<string, string>): boolean {
    return !!this.source && this.source.byLemma === byLemma && this.source.forms === forms;
  }

  /** the form candidates of `form` that may have frames, or null when matchFrames was given other maps than this index's */
  formCandidates(form: string, byLemma: ReadonlyMap<string, readonly Frame[]>, forms: ReadonlyMap<string, string>): readonly string[] | null {
    if (!this.serves(byLemma, forms)) return null;
    let out = this.formMemo.get(form);
    if (!out) {
      const kept = mapObjects(formCandidates(form, forms).filter((x) => mayHave(this, x)), flatCopy);
      this.formMemo.set(form, (out = kept.length ? kept : NO_CANDIDATES));
    }
    return out;
  }
}

/** positions of the frames worth testing for a trigger (its object words, its phrases), in list order */
function candidates(ix: LemmaIndex, view: TriggerView, nounView: TriggerView): readonly number[] {
  const object = view.object();
  if ((!object || !ix.byObject.size) && !ix.byPrep.size) return ix.rest;
  // the three groups are disjoint (a frame's constraint puts it in one) and `rest` is in list order:
  // the few hits are sorted and merged into it, not the whole of `rest` hashed into a set per trigger
  const hits: number[] = [];
  if (object) {
    for (const w of object) {
      const is = ix.byObject.get(w);
      if (typeof is === 'number') hits.push(is);
      else if (is) for (const i of is) hits.push(i);
    }
  }
  const preps = ix.preps;
  for (let k = 0; k < preps.length; k++) {
    const prep = preps[k]!;
    // a phrase with this preposition on the trigger (as a verb or as a noun): else no row of the group can match
    if (!view.prep(prep) && !nounView.prep(prep)) continue;
    const is = ix.prepPositions[k]!;
    for (let j = 0; j < is.length; j++) hits.push(is[j]!);
  }
  if (!hits.length) return ix.rest;
  hits.sort((a, b) => a - b);
  const rest = ix.rest;
  const out: number[] = [];
  let r = 0;
  for (let h = 0; h < hits.length; h++) {
    const x = hits[h]!;
    // (an object word and its lemma, or two conjuncts, may name the same frame)
    if (h > 0 && x === hits[h - 1]) continue;
    while (r < rest.length && rest[r]! < x) out.push(rest[r++]!);
    out.push(x);
  }
  while (r < rest.length) out.push(rest[r++]!);
  return out;
}

/**
 * "began a military offensive" with "offensive" tagged ADJ: an adjective the parser attaches as an
 * argument (object, subject, oblique) and that has a determiner of its own is used as a noun.
 */
export function actsAsNoun(t: DepTree, i: number): boolean {
  return t.tok(i).pos === 'ADJ' && /^(obj|nsubj|obl|nmod)/.test(t.dep(i)) && t.kidsWhere(i, (d) => d === 'det' || d === 'nmod:poss').length > 0;
}

/** what matchFrames gives a token that can trigger nothing (shared: callers only read it) */
const NO_FRAMES: readonly Frame[] = [];

/**
 * The frames of one lemma's index that token p meets, in list order; null when none (the caller then
 * tries the token's next candidate lemma).
 */
function framesIn(t: DepTree, p: number, pos: string, ix: LemmaIndex): Frame[] | null {
  const verbView = new TriggerView(t, p, false);
  const nounView = new TriggerView(t, p, true);
  const cands = candidates(ix, verbView, nounView);
  let out: Frame[] | null = null;
  for (let c = 0; c < cands.length; c++) {
    const f = ix.frame(cands[c]!);
    const noun = f.pos === 'N';
    if (!(noun ? NOUN_POS : f.pos === 'A' ? ADJ_POS : VERB_POS).has(pos) && !(noun && actsAsNoun(t, p))) continue;
    if (f.prt && !hasParticle(t, p, f.prt)) continue;
    if (!meets(t, p, f.constraint, noun ? nounView : verbView)) continue;
    (out ??= []).push(f);
  }
  return out;
}

/** The frames token p may trigger, in file order (the caller takes the first that yields an event). */
export function matchFrames(
  t: DepTree,
  p: number,
  byLemma: ReadonlyMap<string, readonly Frame[]>,
  forms: ReadonlyMap<string, string> = new Map(),
  indexes: ReadonlyMap<string, LemmaIndex> = new Map(),
): readonly Frame[] {
  const pos = t.tok(p).pos;
  // most tokens (names, function words, punctuation) can trigger nothing: no lemma lookups for them
  if (!mayTrigger(pos)) return NO_FRAMES;
  const own = t.lemma(p);
  if (indexes instanceof FrameIndexes && indexes.serves(byLemma, forms)) {
    // the lexicon's index reads the lemma's frames itself, building only the ones tested; a token no
    // verb frame can fire on looks in the hand frames alone (FrameIndexes)
    const lookup = VERB_POS.has(pos) ? indexes : indexes.handOnly;
    // the lemma first, then the form's candidates (lemmaCandidates' order), those from the memo only
    // the ones the lexicon may have — a skipped one would find no frames; the form is not looked up
    // when the lemma has frames there
    const first = lookup.get(own);
    const mine = first ? framesIn(t, p, pos, first) : null;
    if (mine) return mine;
    const fromForm = indexes.formCandidates(t.lower(p), byLemma, forms)!;
    for (let k = 0; k < fromForm.length; k++) {
      const lemma = fromForm[k]!;
      if (lemma === own) continue;
      // (the index serves this frames map, built from the same lists: a lemma with no index has no frames there either)
      const ix = lookup.get(lemma);
      const found = ix ? framesIn(t, p, pos, ix) : null;
      if (found) return found;
    }
    return NO_FRAMES;
  }
  // a bare frames map (tests, tools): each lemma's list indexed here (or an index given for other maps, its hand frames alone as above)
  const handOnly = !VERB_POS.has(pos) && indexes instanceof FrameIndexes ? indexes.handOnly : null;
  const lemmas = lemmaCandidates(t, p, forms);
  for (let k = 0; k < lemmas.length; k++) {
    const lemma = lemmas[k]!;
    let ix = (handOnly ?? indexes).get(lemma);
    if (!ix && !handOnly) {
      const frames = byLemma.get(lemma);
      if (frames) ix = buildLemmaIndex(frames);
    }
    const found = ix ? framesIn(t, p, pos, ix) : null;
    if (found) return found;
  }
  return NO_FRAMES;
}
