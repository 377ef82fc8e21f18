// The construction a word stands in, read from the dependency parse: a verb with a that-clause, a
// wh-clause, a bare clause, a noun-phrase object or a to-infinitive; a noun with a that-clause or an
// of/about phrase; "according to"; a hearsay adverb. A cue lemma is an attribution only in the
// constructions where PolNeAR marks it most of the time ("warn that S" vs "warn the public"), so
// eval/quote-unfound.ts --rates counts occurrences, gold marks and predictions per (lemma ×
// construction) with this one reading, and construction-cues.ts predicts the rows of
// data/quotes/cue-constructions.tsv with it.
import type { Doc, Token } from '../../core/doc.js';
import { lowerCase } from '../../core/lower-forms.js';

export const CONSTRUCTIONS = [
  'verb + that-clause',
  'verb + wh-clause',
  'verb + bare clause',
  'verb + NP object',
  'verb + to-infinitive',
  'verb + prepositional object',
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

const NO_KIDS: number[] = Object.freeze([]) as unknown as number[];

/** the dependents of every token within its sentence (index lists, in text order) from each token's
 * head and sentence: the quotes view builds it from the columns of its one pass over the tokens */
export function childrenFromColumns(head: Int32Array, sent: Int32Array): number[][] {
  const n = head.length;
  // leaves (most tokens) share one frozen empty list: a list per token was a large part of the
  // stage's garbage
  // (pushed: `new Array(n)` inlined in optimised code allocates in the young generation, and a
  // document of some 16,000 tokens or more is larger than that allows — the optimised view was thrown out)
  const kids: number[][] = [];
  for (let i = 0; i < n; i++) kids.push(NO_KIDS);
  for (let i = 0; i < n; i++) {
    const h = head[i]!;
    if (h >= 0 && h !== i && h < n && sent[i] === sent[h]) {
      let k = kids[h]!;
      if (k === NO_KIDS) kids[h] = k = [];
      k.push(i);
    }
  }
  return kids;
}

/** the dependents of every token within its sentence (index lists, in text order), for a reader
 * without a quotes view (the eval scripts; the stage's rules read View.kids) */
export function childrenOf(doc: Doc): number[][] {
  const n = doc.tokens.length;
  const head = new Int32Array(n);
  const sent = new Int32Array(n);
  doc.tokens.forEach((t, i) => {
    head[i] = t.head;
    sent[i] = t.sent;
  });
  return childrenFromColumns(head, sent);
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
  for (const k of kids[c]!) {
    const d = doc.tokens[k]!;
    if ((d.dep === 'mark' || d.dep === 'case') && re.test(d.form)) return true;
  }
  return false;
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

// (hoisted: a regular-expression literal in a function body is a new RegExp object at every call)
const THAT = /^that$/i;
const TO = /^to$/i;
const OF_ABOUT = /^(of|about|on|over|against|for)$/i;
// the prepositions of a verb's stance object ("voted for X", "talked about Y", "warned against Z")
const STANCE_PREP = /^(for|against|about|on|over|with)$/i;

const use = (kind: Construction, comp = -1): ConstructionUse => ({ kind, comp });

/** the construction token `i` stands in with its complement, or null when it is no verb, noun or hearsay adverb */
export function constructionAt(doc: Doc, kids: readonly number[][], i: number): ConstructionUse | null {
  const t: Token = doc.tokens[i]!;
  // (lowerCase: the same characters, with no runtime call for a form of lower-case ASCII)
  const lower = lowerCase(t.form);
  if (lower === 'according' && doc.tokens[i + 1]?.form.toLowerCase() === 'to') return use('according to');
  if (isHearsayAdverb(t, lower)) return use('hearsay adverb');
  // (each test is a loop over the dependents in text order, the first that passes wins: a list of
  // [index, token] pairs per call was most of the construction rules' garbage)
  const deps = kids[i]!;
  if (t.pos === 'VERB') {
    const c = deps.find((k) => doc.tokens[k]!.dep === 'ccomp');
    if (c !== undefined) {
      if (hasMark(doc, kids, c, THAT)) return use('verb + that-clause', c);
      if (WH.test(doc.tokens[subtreeStart(kids, c)]!.form) || hasMark(doc, kids, c, WH)) return use('verb + wh-clause', c);
      // the clause before the verb ("…, he said") is the content before its cue, not an object clause
      return c > i ? use('verb + bare clause', c) : use('verb, other');
    }
    for (const k of deps) if (doc.tokens[k]!.dep === 'xcomp' && k > i && hasMark(doc, kids, k, TO)) return use('verb + to-infinitive', k);
    for (const k of deps) if (doc.tokens[k]!.dep === 'obj' && k > i) return use('verb + NP object', k);
    for (const k of deps) if (doc.tokens[k]!.dep === 'obl' && k > i && hasMark(doc, kids, k, STANCE_PREP)) return use('verb + prepositional object', k);
    return use('verb, other');
  }
  if (t.pos === 'NOUN') {
    for (const k of deps) {
      const d = doc.tokens[k]!.dep;
      if ((d === 'acl' || d === 'ccomp') && k > i && hasMark(doc, kids, k, THAT)) return use('noun + that-clause', k);
    }
    for (const k of deps) if (doc.tokens[k]!.dep.startsWith('nmod') && k > i && hasMark(doc, kids, k, OF_ABOUT)) return use('noun + of/about NP', k);
    return use('noun, other');
  }
  return null;
}
