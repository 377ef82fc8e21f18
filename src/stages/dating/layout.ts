// Where an offset sits in the document: its sentence and paragraph (binary search over the
// segment layers), and the clause region around a cue or an evidence span — the part of the
// sentence not cut off by quoted content or by ; : — boundaries.
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

export interface Layout {
  /** sentence span containing the offset (the whole text when the doc has no sentences) */
  sentenceAt(offset: number): { index: number; span: Span; paragraph: number };
  /** the sentence spans in order */
  readonly sentences: readonly (Span & { readonly paragraph: number })[];
}

export function layoutOf(doc: Doc): Layout {
  const sentences = doc.sentences.length
    ? doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph }))
    : [{ start: 0, end: doc.text.length, paragraph: 0 }];
  return {
    sentences,
    sentenceAt(offset) {
      let lo = 0;
      let hi = sentences.length - 1;
      // the last sentence starting at or before the offset
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid]!.start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const s = sentences[lo]!;
      return { index: lo, span: s, paragraph: s.paragraph };
    },
  };
}

/** The farthest a clause reaches from its cue or evidence, in characters. */
export const CLAUSE_REACH = 600;

/** Clause boundaries inside a sentence: a semicolon, a colon or a dash between spaces. */
const BOUNDARY = /;|:(?=\s)|\s[—–]\s|\s--\s/g;

/**
 * The clause around `focus` inside `sentence`: bounded by the nearest boundary punctuation and by
 * any `cut` span (quoted content) on either side of the focus.
 */
export function clauseAround(text: string, sentence: Span, focus: Span, cuts: readonly Span[]): Span {
  // a clause never reaches further than CLAUSE_REACH from its focus, which also keeps a 2 MB
  // "sentence" from being rescanned for every quote in it
  let start = Math.max(sentence.start, focus.start - CLAUSE_REACH);
  let end = Math.min(sentence.end, focus.end + CLAUSE_REACH);
  const seg = text.slice(start, end);
  const base = start;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(seg); m; m = BOUNDARY.exec(seg)) {
    const at = base + m.index;
    if (at + m[0].length <= focus.start) start = Math.max(start, at + m[0].length);
    else if (at >= focus.end) {
      end = Math.min(end, at);
      break;
    }
  }
  for (const c of cuts) {
    if (c.end <= focus.start) start = Math.max(start, c.end);
    else if (c.start >= focus.end) end = Math.min(end, c.start);
  }
  return { start, end };
}
