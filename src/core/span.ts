// Spans are half-open [start, end) offsets in UTF-16 code units into Doc.text (JS string indices).
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span as written in output: the covered text is kept as a check (text === doc.text.slice(start, end)). */
export interface TextSpan extends Span {
  readonly text: string;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Shrinks a span past white space at both ends. */
export function trimSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** Index of the first span (sorted, non-overlapping, e.g. tokens) whose end is after `offset`: a binary search. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
