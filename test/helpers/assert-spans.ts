// The one span check for contract documents: every span of every layer against the *input* text,
// not against the document's own `text` (a span the writer sliced from wrong offsets carries the
// wrong text, so comparing the output with itself can never fail). Checks, for each span: integer
// bounds 0 ≤ start ≤ end ≤ input length, `text` equal to the input slice, non-empty, no white space
// at either edge, no edge between the two halves of a surrogate pair, and by layer (LAYER_RULES):
// edges on token edges, inside one sentence, no punctuation token at an edge. The segmentation is
// checked as a whole: tokens in order, not overlapping, covering every non-space character of the
// input; every token inside one sentence; every sentence inside a paragraph; so shifting those shows
// as well.
import { collectSpans, LAYER_RULES, type LocatedSpan } from './contract-spans.js';

interface TokenLike {
  start: number;
  end: number;
}

const SPACE = /\s/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between a high and a low surrogate. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

function tokenViolations(tokens: readonly TokenLike[], input: string): string[] {
  const out: string[] = [];
  const covered = new Uint8Array(input.length);
  let prevEnd = 0;
  tokens.forEach((t, i) => {
    if (!Number.isInteger(t.start) || !Number.isInteger(t.end) || t.start < 0 || t.end > input.length || t.start >= t.end) {
      out.push(`tokens[${i}] ${t.start}-${t.end}: not a non-empty span inside the input (length ${input.length})`);
      return;
    }
    if (t.start < prevEnd) out.push(`tokens[${i}] ${t.start}-${t.end}: overlaps or precedes the token before (ends at ${prevEnd})`);
    prevEnd = Math.max(prevEnd, t.end);
    for (let k = t.start; k < t.end; k++) covered[k] = 1;
    const s = input.slice(t.start, t.end);
    if (SPACE.test(s[0]!) || SPACE.test(s.at(-1)!)) out.push(`tokens[${i}] ${t.start}-${t.end} ${show(s)}: white space at an edge`);
  });
  if (tokens.length > 0) {
    for (let k = 0; k < input.length; k++) {
      if (!covered[k] && !SPACE.test(input[k]!)) {
        out.push(`tokens: character ${k} ${show(input[k]!)} is in no token`);
        break; // one is enough: the rest usually follow from it
      }
    }
  }
  return out;
}

/** The segmentation a document's spans are checked against, from its own tokens and sentences. */
export interface Segmentation {
  /** token index by start offset, and by end offset */
  readonly tokenAtStart: ReadonlyMap<number, number>;
  readonly tokenAtEnd: ReadonlyMap<number, number>;
  readonly tokens: readonly TokenLike[];
  readonly sentences: readonly TokenLike[];
}

const PUNCTUATION_ONLY = /^\p{P}+$/u;

/** The sentence (index) containing offset `i`, or -1. */
function sentenceAt(sentences: readonly TokenLike[], i: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** What is wrong with one span against the input and the document's segmentation, or []. */
export function spanViolation(s: LocatedSpan, input: string, seg: Segmentation | null): string[] {
  const { start, end, text } = s.span;
  const at = `${s.path} ${start}-${end}`;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > input.length) {
    return [`${at}: bounds not 0 ≤ start ≤ end ≤ ${input.length}`];
  }
  const covered = input.slice(start, end);
  const out: string[] = [];
  if (text !== undefined && text !== covered) out.push(`${at}: text ${show(text)} but the input there is ${show(covered)}`);
  if (start === end) return [...out, `${at}: empty`];
  if (SPACE.test(covered[0]!) || SPACE.test(covered.at(-1)!)) out.push(`${at} ${show(covered)}: white space at an edge`);
  if (splitsPair(input, start) || splitsPair(input, end)) out.push(`${at}: an edge splits a surrogate pair`);
  const rules = LAYER_RULES[s.layer];
  if (!rules || !seg) return out;
  const first = seg.tokenAtStart.get(start);
  const last = seg.tokenAtEnd.get(end);
  if (rules.tokenAligned) {
    if (first === undefined) out.push(`${at} ${show(covered)}: start is not a token start`);
    if (last === undefined) out.push(`${at} ${show(covered)}: end is not a token end`);
  }
  if (rules.inOneSentence && seg.sentences.length > 0 && sentenceAt(seg.sentences, start) !== sentenceAt(seg.sentences, end - 1)) {
    out.push(`${at} ${show(covered)}: runs across a sentence edge`);
  }
  if (rules.wordEdges) {
    const edgeForms = [first, last].flatMap((i) => (i === undefined ? [] : [input.slice(seg.tokens[i]!.start, seg.tokens[i]!.end)]));
    if (edgeForms.some((f) => PUNCTUATION_ONLY.test(f))) out.push(`${at} ${show(covered)}: begins or ends with a punctuation token`);
  }
  return out;
}

/** Sentences in order and covering every token; paragraphs in order and covering every sentence. */
function segmentationViolations(tokens: readonly TokenLike[], sentences: readonly TokenLike[], paragraphs: readonly TokenLike[]): string[] {
  const out: string[] = [];
  const inside = (inner: readonly TokenLike[], outer: readonly TokenLike[], innerName: string, outerName: string) => {
    for (let k = 1; k < outer.length; k++) {
      if (outer[k]!.start < outer[k - 1]!.end) out.push(`${outerName}[${k}] ${outer[k]!.start}-${outer[k]!.end}: overlaps or precedes the one before`);
    }
    if (outer.length === 0) return;
    for (let i = 0; i < inner.length; i++) {
      const x = inner[i]!;
      const o = sentenceAt(outer, x.start);
      if (o < 0 || x.end > outer[o]!.end) {
        out.push(`${innerName}[${i}] ${x.start}-${x.end}: not inside one of the ${outerName}`);
        break; // one is enough: a shifted layer would list them all
      }
    }
  };
  inside(tokens, sentences, 'tokens', 'sentences');
  inside(sentences, paragraphs, 'sentences', 'paragraphs');
  return out;
}

/** Every violation in a contract document, checked against the input text; [] when all is well. */
export function spanViolations(doc: unknown, input: string): string[] {
  const out: string[] = [];
  const d = doc as { text?: unknown; tokens?: TokenLike[]; sentences?: TokenLike[]; paragraphs?: TokenLike[] };
  if (typeof d.text === 'string' && d.text !== input) {
    let i = 0;
    while (i < input.length && d.text[i] === input[i]) i++;
    out.push(`text: differs from the input text at offset ${i} (lengths ${d.text.length} and ${input.length})`);
  }
  const tokens = Array.isArray(d.tokens) ? d.tokens : [];
  const sentences = Array.isArray(d.sentences) ? d.sentences : [];
  out.push(...tokenViolations(tokens, input));
  out.push(...segmentationViolations(tokens, sentences, Array.isArray(d.paragraphs) ? d.paragraphs : []));
  const seg: Segmentation | null = tokens.length
    ? {
        tokenAtStart: new Map(tokens.map((t, i) => [t.start, i])),
        tokenAtEnd: new Map(tokens.map((t, i) => [t.end, i])),
        tokens,
        sentences,
      }
    : null;
  for (const s of collectSpans(doc)) {
    if (s.layer === 'tokens') continue; // checked as a whole above
    out.push(...spanViolation(s, input, seg));
  }
  return out;
}

/** Throws, listing what is wrong, unless every span of `doc` is consistent with the input text. */
export function assertSpans(doc: unknown, input: string): void {
  const v = spanViolations(doc, input);
  if (v.length === 0) return;
  const shown = v.slice(0, 25).map((x) => `  ${x}`);
  if (v.length > shown.length) shown.push(`  … and ${v.length - shown.length} more`);
  throw new Error(`${v.length} span violation(s) against the input text:\n${shown.join('\n')}`);
}
