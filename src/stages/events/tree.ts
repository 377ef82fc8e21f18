// Dependency-tree access for the event rules: children lists built once per document (linear in
// the number of tokens), the UD relations the frames speak of (obj, obl+case, nsubj:pass,
// obl:agent, xcomp, conj, nmod:poss) and voice. Token indices are Doc.tokens indices.
import type { Doc, Token } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import { lowerForms } from '../../core/lower-forms.js';
import { isReducedPassive } from './reduced-passive.js';
import { repairShotVerbs } from './shot-verb.js';
import { repairParticipleNouns } from './participle-noun.js';
import { repairInterruptedPassives } from './interrupted-passive.js';
import { repairRelativeClauseConjuncts } from './relative-clause-conjunct.js';

/** "obl:tmod" → "obl": the frames name universal relations; subtypes only refine them. */
export function baseDep(dep: string): string {
  const i = dep.indexOf(':');
  return i < 0 ? dep : dep.slice(0, i);
}

/** ':' — the separator of a relation's subtype */
const COLON = 58;

/** parts of speech that may modify an object between a repaired verb and its object */
const OBJECT_MODIFIERS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM', 'DET']);

/**
 * Headline-like clauses the tagger reads as one noun phrase ("Iranian police detained British
 * sailors." → police ←compound– detained ←amod– sailors, the root): a past-tense verb tagged VERB,
 * attached as amod to a following noun, with a noun right before it that attaches to the same noun
 * (or to the verb as its subject) and no determiner, preposition or number between them. Read as
 * the clause it is: the earlier noun is the verb's subject, the later one its object, and the verb
 * takes the noun's place in the tree. Applied to the event rules' view only (the syntax layer is
 * untouched); each repair is local to three tokens, so the whole pass is linear.
 */
function repairAmodPredicates(tokens: Doc['tokens'], heads: Int32Array, deps: string[]): void {
  for (let v = 1; v < tokens.length - 1; v++) {
    const tv = tokens[v]!;
    if (tv.pos !== 'VERB' || deps[v] !== 'amod' || !/ed$/.test(tv.form) || tv.xpos === 'VBG') continue;
    const h = heads[v]!;
    if (h <= v || (tokens[h]!.pos !== 'NOUN' && tokens[h]!.pos !== 'PROPN')) continue;
    // "Border agents sexually abused Mexican immigrants": the verb's own adverbs may sit in between
    let n = v - 1;
    while (n > 0 && heads[n] === v && deps[n] === 'advmod') n--;
    const tn = tokens[n]!;
    if (tn.pos !== 'NOUN' && tn.pos !== 'PROPN') continue;
    if (!((heads[n] === h && (deps[n] === 'compound' || deps[n]!.startsWith('nsubj'))) || (heads[n] === v && deps[n]!.startsWith('nsubj')))) continue;
    // only the object's own modifiers (nationality, name, number) may sit between the verb and its object
    let clean = true;
    for (let k = v + 1; k < h; k++) if (heads[k] !== h || !OBJECT_MODIFIERS.has(tokens[k]!.pos)) clean = false;
    if (!clean) continue;
    heads[v] = heads[h]!;
    deps[v] = deps[h] === 'compound' || deps[h] === 'amod' ? 'dep' : deps[h]!;
    heads[h] = v;
    deps[h] = 'obj';
    heads[n] = v;
    deps[n] = 'nsubj';
    // the subject's own modifiers and the object's later dependents stay where they are; the
    // sentence's other dependents of the old root now hang from the verb
    for (let k = 0; k < tokens.length; k++) {
      if (k === v || k === n || heads[k] !== h) continue;
      if (k > n && k < v) continue;
      if (k < n) heads[k] = n;
      else if (deps[k] === 'punct' || (k > h && (deps[k] === 'conj' || deps[k] === 'parataxis'))) heads[k] = v;
    }
  }
}

/** particles a parser may attach as the case word of the following phrase ("handed over the suspects") */
const PARTICLES = new Set(['out', 'over', 'up', 'down', 'off', 'back', 'away']);

/**
 * "Libya handed over the suspects", "Russia pulled out of the town": a particle right after its
 * verb, parsed as a case word of the verb's following obl, is the verb's particle (compound:prt);
 * the phrase then is the verb's object (no case word left) or keeps its real preposition.
 */
function repairParticles(tokens: Doc['tokens'], heads: Int32Array, deps: string[]): void {
  for (let v = 0; v + 1 < tokens.length; v++) {
    if (tokens[v]!.pos !== 'VERB' || deps[v + 1] !== 'case' || !PARTICLES.has(tokens[v + 1]!.form.toLowerCase())) continue;
    const c = heads[v + 1]!;
    if (c < 0 || heads[c] !== v || !deps[c]!.startsWith('obl')) continue;
    heads[v + 1] = v;
    deps[v + 1] = 'compound:prt';
    // no case word left: the phrase is the object ("handed over the suspects")
    let caseLeft = false;
    for (let k = v + 2; k < c; k++) if (heads[k] === c && deps[k] === 'case') caseLeft = true;
    if (!caseLeft) deps[c] = 'obj';
  }
}

/**
 * "Chile consulted with Peru." with "Chile" tagged as an adverb: a capitalised word that an entity
 * mention covers, attached as advmod before a verb that has no subject, is that verb's subject.
 */
function repairNamedAdverbs(doc: Doc, heads: Int32Array, deps: string[]): void {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      for (let k = firstEndingAfter(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) covered[k] = 1;
    }
  }
  const hasSubject = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (heads[k]! >= 0 && deps[k]!.startsWith('nsubj')) hasSubject[heads[k]!] = 1;
  for (let k = 0; k < tokens.length; k++) {
    const h = heads[k]!;
    if (deps[k] !== 'advmod' || !covered[k] || h <= k || tokens[h]!.pos !== 'VERB' || hasSubject[h]) continue;
    if (!/^[A-Z]/.test(tokens[k]!.form)) continue;
    deps[k] = 'nsubj';
    hasSubject[h] = 1;
  }
}

/** The repaired tree of a document: what DepTree's constructor builds from the tokens and entities. */
interface RepairedTree {
  readonly entities: Doc['entities'];
  readonly heads: Int32Array;
  readonly deps: readonly string[];
  /** the tokens as the repairs read them: doc.tokens itself, or a copy with the retagged tokens in place */
  readonly toks: readonly Token[];
  readonly start: Int32Array;
  readonly list: Int32Array;
}

// Per token array: the quotes stage (cue-subject.ts) and the events stage build the same repaired
// tree from the same tokens and entities (the quotes stage changes neither), so the second DepTree
// reuses the first's arrays; nothing writes them after the build. A different entities array (a
// stage in between that changed them) builds anew.
const REPAIRED = new WeakMap<readonly Token[], RepairedTree>();

function repairedTree(doc: Doc): RepairedTree {
  const hit = REPAIRED.get(doc.tokens);
  if (hit && hit.entities === doc.entities) return hit;
  const n = doc.tokens.length;
  // plain loops: Int32Array.from over an iterator allocated per token
  const heads = new Int32Array(n);
  const deps = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i]!;
    heads[i] = t.head >= 0 && t.head < n ? t.head : -1;
    deps[i] = t.dep;
  }
  repairNamedAdverbs(doc, heads, deps);
  repairAmodPredicates(doc.tokens, heads, deps);
  repairParticles(doc.tokens, heads, deps);
  repairRelativeClauseConjuncts(doc.tokens, heads, deps);
  repairInterruptedPassives(doc.tokens, heads, deps);
  const retagged = repairShotVerbs(doc.tokens, heads, deps);
  repairParticipleNouns(doc.tokens, heads, deps, retagged);
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (heads[i]! >= 0) count[heads[i]! + 1]!++;
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const start = count.slice();
  const fill = count.slice();
  const list = new Int32Array(Math.max(1, start[n]!));
  for (let i = 0; i < n; i++) if (heads[i]! >= 0) list[fill[heads[i]!]!++] = i;
  // one array to index (not a map lookup per token read): a copy only when a repair retagged a token
  let toks: readonly Token[] = doc.tokens;
  if (retagged.size) {
    const copy = doc.tokens.slice();
    for (const [i, tok] of retagged) copy[i] = tok;
    toks = copy;
  }
  const built = { entities: doc.entities, heads, deps, toks, start, list };
  REPAIRED.set(doc.tokens, built);
  return built;
}

export class DepTree {
  readonly doc: Doc;
  private readonly start: Int32Array;
  private readonly list: Int32Array;
  private readonly heads: Int32Array;
  private readonly deps: readonly string[];
  /** the tokens, with those the repairs read as another part of speech (shot-verb.ts, participle-noun.ts) in their place */
  private readonly toks: readonly Token[];

  /**
   * @param speechLemmas verbs of saying (data/speech-verbs.tsv): a participle on the object of one
   * is its reported clause, not a reduced relative (reduced-passive.ts); empty: no such check
   */
  constructor(
    doc: Doc,
    readonly speechLemmas: ReadonlySet<string> = new Set(),
  ) {
    this.doc = doc;
    const t = repairedTree(doc);
    this.heads = t.heads;
    this.deps = t.deps;
    this.toks = t.toks;
    const n = doc.tokens.length;
    this.lemmas = new Array<string | undefined>(n).fill(undefined);
    this.cases = new Array<string | null | undefined>(n).fill(undefined);
    this.start = t.start;
    this.list = t.list;
  }

  tok(i: number): Token {
    return this.toks[i]!;
  }

  // lower-cased lemmas and forms, computed once per token: the frame and role rules ask for the
  // same tokens' words many times (a string per call before)
  // (sized up front: written at an arbitrary token first, a growing empty array fell back to
  // dictionary elements once the index ran far past its length — a hash lookup per read)
  private readonly lemmas: (string | undefined)[];
  // (the forms shared with the quotes view: src/core/lower-forms.ts)
  private lowers: readonly string[] | undefined;

  /** lower-case lemma, or the lower-case form while the lemmatizer has not run */
  lemma(i: number): string {
    let l = this.lemmas[i];
    if (l === undefined) {
      const t = this.tok(i);
      this.lemmas[i] = l = (t.lemma || t.form).toLowerCase();
    }
    return l;
  }

  lower(i: number): string {
    return (this.lowers ??= lowerForms(this.doc.tokens))[i]!;
  }

  head(i: number): number {
    return this.heads[i]!;
  }

  dep(i: number): string {
    return this.deps[i]!;
  }

  kids(i: number): number[] {
    const out: number[] = [];
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) out.push(this.list[k]!);
    return out;
  }

  /**
   * whether token i has no dependents but punctuation: a bare word ("today", "something"). The
   * syntax chain hangs a comma after a fronted word from that word (UD's convention,
   * src/nlp/syntax-repair-punct.ts), which makes it no less bare.
   */
  bare(i: number): boolean {
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) if (this.deps[this.list[k]!] !== 'punct') return false;
    return true;
  }

  /** first child whose relation is `dep` (exact, or its base when `dep` has no subtype) */
  kid(i: number, dep: string): number {
    const exact = dep.includes(':');
    const n = dep.length;
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
      const c = this.list[k]!;
      const d = this.deps[c]!;
      // (a subtype of dep: "nsubj:pass" for "nsubj" — its base read in place, no substring cut per child)
      if (d === dep || (!exact && d.length > n && d.charCodeAt(n) === COLON && d.startsWith(dep))) return c;
    }
    return -1;
  }

  kidsWhere(i: number, pred: (dep: string, c: number) => boolean): number[] {
    const out: number[] = [];
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
      const c = this.list[k]!;
      if (pred(this.deps[c]!, c)) out.push(c);
    }
    return out;
  }

  // each token's case marker, computed once: prepKids asks for every phrase of every candidate
  // trigger, for each preposition a frame names
  private readonly cases: (string | null | undefined)[];

  // per-token answers of pure functions of the tree (roles.ts objectOf, subjectOf), by function
  private readonly memos = new Map<(t: DepTree, i: number) => number, Int32Array>();

  /**
   * f(this, i), computed once per token: f must read nothing but this tree and answer a token index
   * or -1 (the event rules ask for the same verb's subject and object from a dozen places)
   */
  cached(f: (t: DepTree, i: number) => number, i: number): number {
    const n = this.doc.tokens.length;
    if (i < 0 || i >= n) return f(this, i);
    let m = this.memos.get(f);
    if (!m) this.memos.set(f, (m = new Int32Array(n).fill(-2)));
    let v = m[i]!;
    if (v === -2) m[i] = v = f(this, i);
    return v;
  }

  /** the preposition (case marker) of a nominal: "to" in "to Ukraine"; multi-word markers joined ("in front of") */
  caseOf(i: number): string | null {
    let c = this.cases[i];
    if (c === undefined) this.cases[i] = c = this.markerOf(i);
    return c;
  }

  private markerOf(i: number): string | null {
    // no arrays on the way
    let out: string | null = null;
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
      const c = this.list[k]!;
      if (c >= i) continue;
      const d = this.deps[c]!;
      if (d !== 'case' && d !== 'fixed') continue;
      out = out === null ? this.lower(c) : `${out} ${this.lower(c)}`;
      for (let f = this.start[c]!; f < this.start[c + 1]!; f++) {
        const x = this.list[f]!;
        if (this.deps[x] === 'fixed') out = `${out} ${this.lower(x)}`;
      }
    }
    return out;
  }

  /** obl/nmod (and obl:agent) children introduced by `prep` */
  prepKids(i: number, prep: string): number[] {
    // (kidsWhere's loop without a closure per call: asked for every phrase of every candidate trigger)
    const out: number[] = [];
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
      const c = this.list[k]!;
      if (this.phraseWord(c) === prep) out.push(c);
    }
    return out;
  }

  /** the word introducing c as a phrase prepKids finds (an obl/nmod's case marker, an advcl/acl's case or mark); null when c is no such phrase */
  phraseWord(c: number): string | null {
    const d = this.deps[c]!;
    const b = baseDep(d);
    if (b !== 'obl' && b !== 'nmod' && b !== 'advcl' && b !== 'acl') return null;
    if (d === 'nmod:poss') return null;
    return this.caseOf(c) ?? (b === 'advcl' || b === 'acl' ? this.markOf(c) : null);
  }

  markOf(i: number): string | null {
    const m = this.kid(i, 'mark');
    return m >= 0 ? this.lower(m) : null;
  }

  /**
   * Passive voice: a passive auxiliary, a participle with no auxiliary of its own that reads passively
   * (reduced-passive.ts), or a passive subject on a past participle. A passive subject
   * on a finite past-tense verb ("A French minister threatened …" labelled nsubj:pass) is a parser
   * slip, read as active.
   */
  isPassive(i: number): boolean {
    if (this.kid(i, 'aux:pass') >= 0) return true;
    if (isReducedPassive(this, i)) return true;
    if (this.kid(i, 'nsubj:pass') < 0 && this.kid(i, 'csubj:pass') < 0) return false;
    // a passive clause without a be-auxiliary has no direct object: "Peru granted asylum" is active
    if (this.kid(i, 'obj') >= 0) return false;
    const x = this.tok(i).xpos;
    return x === 'VBN' || x === '';
  }

  /** i and its coordinated nominals ("France, Germany and Italy" → three heads), in text order */
  conjuncts(i: number): number[] {
    const out = [i];
    const stack = [i];
    while (stack.length && out.length < 20) {
      const x = stack.pop()!;
      for (const c of this.kidsWhere(x, (d) => d === 'conj')) {
        out.push(c);
        stack.push(c);
      }
    }
    return out.sort((a, b) => a - b);
  }

  isVerbal(i: number): boolean {
    const p = this.tok(i).pos;
    return p === 'VERB' || p === 'AUX' || (p === '' && /ing$|ed$/.test(this.lower(i)));
  }

  isNominal(i: number): boolean {
    const p = this.tok(i).pos;
    return p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM' || p === 'X' || p === '' || p === 'ADJ' || p === 'SYM';
  }
}
