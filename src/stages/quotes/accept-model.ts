// Refiner: a learned accept/reject step over the attributions the rules found. Each candidate is
// described by a few dozen sparse features read once per attribution (never per token of the
// document): the rule and family that made it, the cue's lemma, class, tag and dependency label,
// what the source is, how long the content is and how it opens, whether it sits inside another
// attribution's content (PolNeAR marks only the outermost report), whether it carries quotation
// marks. A logistic model (models/quote-accept.json, built by `npm run train` from PolNeAR train
// by scripts/train-quote-accept.ts) scores it; a candidate scoring under the model's threshold is
// dropped. The threshold was chosen on train (cross-validated) for the sum of the content and cue
// exact F1, so it removes only candidates that more often cost precision than they earn a match.
// Quotes in quotation marks (direct, transcript, or any content mostly inside quotation marks) are
// never dropped: their recall is the guarded line (direct R80) and a reader sees them.
import { existsSync, readFileSync } from 'node:fs';
import type { Attribution } from './types.js';
import { isCap, isWord, lowerLemma, tokenAtOrAfter, type View } from './view.js';

export const QUOTE_ACCEPT_KIND = 'newsgraph-quote-accept/1';

export interface QuoteAcceptModel {
  readonly kind: typeof QUOTE_ACCEPT_KIND;
  readonly bias: number;
  /** an attribution whose score (bias + the weights of its features) is below this is dropped */
  readonly threshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** The origins whose quotes are never dropped (quotation marks make them what a reader sees). */
const KEPT_ORIGINS = new Set<Attribution['origin']>(['direct', 'transcript']);

/** Whether the model may drop `a`: not a quote in quotation marks (by origin, or a content whose
 * words are mostly quoted: a partial or follow-on quote) */
export function isFiltered(v: View, a: Attribution): boolean {
  if (KEPT_ORIGINS.has(a.origin)) return false;
  let words = 0;
  let quoted = 0;
  for (const c of a.content) {
    for (let i = tokenAtOrAfter(v, c.start); i < v.tokens.length && v.tokens[i]!.start < c.end; i++) {
      if (!isWord(v, i)) continue;
      words++;
      if (v.inQuote[i]! >= 0) quoted++;
    }
  }
  return quoted * 2 < words || words === 0;
}

/** A model file's JSON (kind, bias, threshold, weights as [feature, weight] pairs) → the model. */
export function parseQuoteAcceptModel(json: string, path = '<json>'): QuoteAcceptModel {
  const o = JSON.parse(json) as { kind?: string; bias?: number; threshold?: number; weights?: [string, number][] };
  if (o.kind !== QUOTE_ACCEPT_KIND || typeof o.bias !== 'number' || typeof o.threshold !== 'number' || !Array.isArray(o.weights)) {
    throw new Error(`quote accept model ${path}: expected kind ${QUOTE_ACCEPT_KIND} with bias, threshold and weights, found ${String(o.kind)}`);
  }
  return { kind: QUOTE_ACCEPT_KIND, bias: o.bias, threshold: o.threshold, weights: new Map(o.weights) };
}

/** The model at `path`, or null when the file is absent (the stage then keeps every candidate). */
export function loadQuoteAcceptModel(path: string): QuoteAcceptModel | null {
  if (!existsSync(path)) return null;
  return parseQuoteAcceptModel(readFileSync(path, 'utf8'), path);
}

const bucket = (n: number, edges: readonly number[]): string => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i < edges.length ? `<=${edges[i]}` : `>${edges[edges.length - 1]}`;
};
const LEN_EDGES = [1, 2, 4, 8, 16, 32];

/** The head word of a span: its last word token before a preposition-free tail, read simply as the
 * first word token (cues: "said", "according to", "did not respond") */
function firstWord(v: View, s: number, e: number): number {
  for (let i = s; i < e; i++) if (isWord(v, i)) return i;
  return -1;
}

/** The entity mentions of a document sorted by start, for the type of the entity a source names. */
export interface MentionTypes {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly types: readonly string[];
}

export function mentionTypes(v: View): MentionTypes {
  const all: [number, number, string][] = [];
  for (const e of v.doc.entities) for (const m of e.mentions) all.push([m.start, m.end, e.type]);
  all.sort((a, b) => a[0] - b[0]);
  return { starts: all.map((x) => x[0]), ends: all.map((x) => x[1]), types: all.map((x) => x[2]) };
}

/** the type of the last mention starting at or before `at` that covers it, else '-' */
function typeAt(m: MentionTypes, at: number): string {
  let lo = 0;
  let hi = m.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && m.ends[lo - 1]! > at ? m.types[lo - 1]! : '-';
}

/**
 * The features of one attribution. `cueInside` says whether its cue lies inside another
 * attribution's content, `holdsCue` whether its content holds another attribution's cue (both
 * computed once for all attributions by `nestingFlags`).
 */
export function attributionFeatures(v: View, a: Attribution, cueInside: boolean, holdsCue: boolean, ments: MentionTypes): string[] {
  const f: string[] = [];
  const rule = a.rule;
  f.push(`rule=${rule}`, `origin=${a.origin}`, `cls=${a.cueClass ?? '-'}`, `nested=${cueInside ? 1 : 0}`, `holds=${holdsCue ? 1 : 0}`);
  f.push(`rule=${rule}|nested=${cueInside ? 1 : 0}`);
  // the cue
  let cueLemma = '-';
  let cueTok = -1;
  if (a.cue) {
    const s = tokenAtOrAfter(v, a.cue.start);
    const e = tokenAtOrAfter(v, a.cue.end);
    cueTok = firstWord(v, s, e);
    const n = e - s;
    f.push(`cuelen=${bucket(n, [1, 2, 3, 5])}`);
    if (cueTok >= 0) {
      // the lemma of the cue's main word: the last verb or noun of its verb group ("did not respond" → respond)
      let head = cueTok;
      for (let i = cueTok; i < e; i++) {
        const p = v.tokens[i]!.pos;
        if (p === 'VERB' || p === 'NOUN') head = i;
      }
      cueLemma = v.tagged ? lowerLemma(v, head) : v.lower[head]!;
      const t = v.tokens[head]!;
      f.push(`cue=${cueLemma}`, `cue=${cueLemma}|origin=${a.origin}`, `cuepos=${t.pos}`, `cuetag=${t.xpos}`);
      if (v.parsed) {
        f.push(`cuedep=${t.dep}`, `cuedep=${t.dep}|rule=${rule}`);
        const h = t.head;
        if (h >= 0 && v.tokens[h]) f.push(`cuehead=${v.tokens[h]!.pos}|${t.dep}`);
      }
      const prev = v.lower[cueTok - 1] ?? '';
      if (v.lex.is('neg', prev) || prev === 'not' || prev === "n't") f.push('cueneg');
      if (v.lex.is('aux', prev)) f.push(`cueaux=${prev}`);
    }
  } else f.push('nocue');
  // the source
  if (!a.source) f.push(a.sourceHead ? 'src=head-only' : 'src=none');
  else {
    const s = tokenAtOrAfter(v, a.source.start);
    const e = tokenAtOrAfter(v, a.source.end);
    const hs = a.sourceHead ? tokenAtOrAfter(v, a.sourceHead.start) : s;
    const hl = v.lower[hs] ?? '';
    const kind = v.lex.is('pron', hl) ? 'pron' : isCap(v, hs) ? 'cap' : 'lower';
    f.push(`src=${kind}`, `srclen=${bucket(e - s, [1, 2, 4, 8])}`, `src=${kind}|origin=${a.origin}`);
    if (kind === 'pron') f.push(`srcpron=${hl}`);
    // a person or an organisation speaks; a source that is no entity is more often a misreading
    f.push(`srcent=${typeAt(ments, a.sourceHead?.start ?? a.source.start)}`, `srcent=${typeAt(ments, a.sourceHead?.start ?? a.source.start)}|rule=${rule}`);
    if (v.tagged) f.push(`srcpos=${v.tokens[hs]?.pos ?? '-'}`);
    if (a.cue) f.push(`srcside=${a.source.end <= a.cue.start ? 'before' : 'after'}`);
  }
  // the content
  const c0 = a.content[0];
  const cl = a.content[a.content.length - 1];
  if (c0 && cl) {
    const s = tokenAtOrAfter(v, c0.start);
    const e = tokenAtOrAfter(v, cl.end);
    let words = 0;
    let quoted = 0;
    for (const c of a.content) {
      for (let i = tokenAtOrAfter(v, c.start); i < v.tokens.length && v.tokens[i]!.start < c.end; i++) {
        if (isWord(v, i)) words++;
        if (v.inQuote[i]! >= 0) quoted++;
      }
    }
    f.push(`clen=${bucket(words, LEN_EDGES)}`, `clen=${bucket(words, LEN_EDGES)}|origin=${a.origin}`, `segs=${Math.min(a.content.length, 3)}`);
    f.push(`quoted=${quoted === 0 ? 'none' : quoted * 2 >= words ? 'most' : 'some'}`);
    const w0 = firstWord(v, s, e);
    if (w0 >= 0) {
      const l0 = v.lower[w0]!;
      const open = l0 === 'that' || l0 === 'to' || l0 === 'if' || l0 === 'whether' || l0 === 'about' || l0 === 'for' || l0 === 'of' ? l0 : v.tagged ? `tag.${v.tokens[w0]!.pos}` : '-';
      f.push(`open=${open}`, `open=${open}|cls=${a.cueClass ?? '-'}`, `open=${open}|cue=${cueLemma}`);
    }
    if (e > s && v.tokens[s]!.sent !== v.tokens[e - 1]!.sent) f.push('multisent');
    if (a.cue) {
      const side = cl.end <= a.cue.start ? 'before' : c0.start >= a.cue.end ? 'after' : 'around';
      f.push(`cside=${side}`, `cside=${side}|rule=${rule}`);
      if (cueTok >= 0 && v.tokens[cueTok]!.sent !== v.tokens[s]!.sent) f.push('cue_other_sentence');
    }
  }
  if (a.sent >= 0 && v.titleCase[a.sent]) f.push('headline');
  if (cueLemma !== '-' && a.content.length && c0) f.push(`cue=${cueLemma}|clen=${bucket(tokenAtOrAfter(v, cl!.end) - tokenAtOrAfter(v, c0.start), [4, 12])}`);
  return f;
}

/** Per attribution: is its cue inside another's content, does its content hold another's cue.
 * Counting by binary search over sorted cue starts and content edges keeps a 10,000-quote document
 * at n log n (a sweep per content would be quadratic when contents overlap). */
export function nestingFlags(atts: readonly Attribution[]): { cueInside: boolean[]; holdsCue: boolean[] } {
  const cueAt = atts.map((a) => a.cue?.start ?? -1);
  const cues = cueAt.filter((x) => x >= 0).sort((x, y) => x - y);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const a of atts) for (const c of a.content) starts.push(c.start), ends.push(c.end);
  starts.sort((x, y) => x - y);
  ends.sort((x, y) => x - y);
  // how many of the sorted numbers are <= x (upper) or < x (lower)
  const count = (xs: readonly number[], x: number, upper: boolean): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (upper ? xs[mid]! <= x : xs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const inside = (c: { start: number; end: number }, x: number) => c.start <= x && x < c.end;
  const cueInside = atts.map((a, i) => {
    const x = cueAt[i]!;
    if (x < 0) return false;
    // contents covering x (start <= x < end), less the attribution's own
    const covering = count(starts, x, true) - count(ends, x, true);
    return covering - a.content.filter((c) => inside(c, x)).length > 0;
  });
  const holdsCue = atts.map((a, i) => {
    let n = 0;
    for (const c of a.content) n += count(cues, c.end, false) - count(cues, c.start, false);
    const own = cueAt[i]! >= 0 && a.content.some((c) => inside(c, cueAt[i]!)) ? 1 : 0;
    return n - own > 0;
  });
  return { cueInside, holdsCue };
}

export function scoreFeatures(m: QuoteAcceptModel, feats: readonly string[]): number {
  let s = m.bias;
  for (const x of feats) s += m.weights.get(x) ?? 0;
  return s;
}

/** The attributions the model keeps, in their order (direct and transcript quotes always). */
export function filterAttributions(v: View, atts: readonly Attribution[], m: QuoteAcceptModel): Attribution[] {
  const { cueInside, holdsCue } = nestingFlags(atts);
  const ments = mentionTypes(v);
  return atts.filter((a, i) => !isFiltered(v, a) || scoreFeatures(m, attributionFeatures(v, a, cueInside[i]!, holdsCue[i]!, ments)) >= m.threshold);
}
