// The construction a word stands in, read from the dependency parse: a verb with a that-clause, a
// wh-clause, a bare clause, a noun-phrase object or a to-infinitive; a noun with a that-clause or an
// of/about phrase; "according to"; a hearsay adverb. A cue lemma is an attribution only in the
// constructions where PolNeAR marks it most of the time ("warn that S" vs "warn the public"), so
// eval/quote-unfound.ts --rates counts occurrences, gold marks and predictions per (lemma ×
// construction) with this one reading, and construction-cues.ts predicts the rows of
// data/quotes/cue-constructions.tsv with it.
import type { Doc, Token } from '../../core/doc.js';

export const CONSTRUCTIONS = [
  'verb + that-clause',
  'verb + wh-clause',
  'verb + bare clause',
  'verb + NP object',
  'verb + to-infinitive',
  'verb, other',
  'noun + that-clause',
  'noun + of/about NP',
  'noun, other',
  'according to',
  'hearsay adverb',
] as const;
export type Construction = (typeof CONSTRUCTIONS)[number];

// the hearsay adverbs PolNeAR can mark as a cue on their own ("the money was reportedly paid")
export const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly']);
const WH = /^(whether|if|how|why|what|when|where|who|which)$/i;

/** the parse's children of every token, computed once per document (the quotes stage's candidates all read them) */
const KIDS = new WeakMap<Doc, number[][]>();

const NO_KIDS: number[] = Object.freeze([]) as unknown as number[];

/** the dependents of every token within its sentence (index lists, in text order), once per document */
export function childrenOf(doc: Doc): number[][] {
  let out = KIDS.get(doc);
  if (out) return out;
  // leaves (most tokens) share one frozen empty list: a list per token was a large part of the
  // stage's garbage
  const kids: number[][] = new Array<number[]>(doc.tokens.length).fill(NO_KIDS);
  doc.tokens.forEach((t, i) => {
    if (t.head >= 0 && t.head !== i && t.head < kids.length && t.sent === doc.tokens[t.head]!.sent) {
      let k = kids[t.head]!;
      if (k === NO_KIDS) kids[t.head] = k = [];
      k.push(i);
    }
  });
  KIDS.set(doc, (out = kids));
  return out;
}

/** at most this many nodes walked per subtree, so a pathological parse stays linear */
const MAX_SUBTREE = 400;

/** [first, last + 1) of the subtree under `i` (a bounded walk) */
export function subtreeSpan(kids: readonly number[][], i: number): [number, number] {
  let lo = i;
  let hi = i;
  const stack = [i];
  for (let n = 0; stack.length && n < MAX_SUBTREE; n++) {
    const k = stack.pop()!;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
    for (const c of kids[k]!) stack.push(c);
  }
  return [lo, hi + 1];
}

const subtreeStart = (kids: readonly number[][], i: number): number => subtreeSpan(kids, i)[0];

function hasMark(doc: Doc, kids: readonly number[][], c: number, re: RegExp): boolean {
  return kids[c]!.some((k) => (doc.tokens[k]!.dep === 'mark' || doc.tokens[k]!.dep === 'case') && re.test(doc.tokens[k]!.form));
}

/** the construction token `i` stands in, or null when it is no verb, noun or hearsay adverb */
export function constructionOf(doc: Doc, kids: readonly number[][], i: number): Construction | null {
  return constructionAt(doc, kids, i)?.kind ?? null;
}

export interface ConstructionUse {
  readonly kind: Construction;
  /** the dependent that makes the construction (the clause, object or infinitive; -1: none) */
  readonly comp: number;
}

/** a hearsay adverb ("reportedly"): constructionAt's test, for a scan that wants only these (no dependents read) */
export function isHearsayAdverb(t: Token, lower: string): boolean {
  return t.pos === 'ADV' && HEARSAY_ADVERBS.has(lower);
}

/** the construction token `i` stands in with its complement, or null when it is no verb, noun or hearsay adverb */
export function constructionAt(doc: Doc, kids: readonly number[][], i: number): ConstructionUse | null {
  const use = (kind: Construction, comp = -1): ConstructionUse => ({ kind, comp });
  const t: Token = doc.tokens[i]!;
  const lower = t.form.toLowerCase();
  if (lower === 'according' && doc.tokens[i + 1]?.form.toLowerCase() === 'to') return use('according to');
  if (isHearsayAdverb(t, lower)) return use('hearsay adverb');
  const deps = kids[i]!.map((k) => [k, doc.tokens[k]!] as const);
  if (t.pos === 'VERB') {
    const clause = deps.find(([, d]) => d.dep === 'ccomp');
    if (clause) {
      const [c] = clause;
      if (hasMark(doc, kids, c, /^that$/i)) return use('verb + that-clause', c);
      if (WH.test(doc.tokens[subtreeStart(kids, c)]!.form) || hasMark(doc, kids, c, WH)) return use('verb + wh-clause', c);
      // the clause before the verb ("…, he said") is the content before its cue, not an object clause
      return c > i ? use('verb + bare clause', c) : use('verb, other');
    }
    const xcomp = deps.find(([k, d]) => d.dep === 'xcomp' && k > i && hasMark(doc, kids, k, /^to$/i));
    if (xcomp) return use('verb + to-infinitive', xcomp[0]);
    const obj = deps.find(([k, d]) => d.dep === 'obj' && k > i);
    if (obj) return use('verb + NP object', obj[0]);
    return use('verb, other');
  }
  if (t.pos === 'NOUN') {
    const clause = deps.find(([k, d]) => (d.dep === 'acl' || d.dep === 'ccomp') && k > i && hasMark(doc, kids, k, /^that$/i));
    if (clause) return use('noun + that-clause', clause[0]);
    const about = deps.find(([k, d]) => d.dep.startsWith('nmod') && k > i && hasMark(doc, kids, k, /^(of|about|on|over|against|for)$/i));
    if (about) return use('noun + of/about NP', about[0]);
    return use('noun, other');
  }
  return null;
}
