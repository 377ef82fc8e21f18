// Input limits, all configurable (CLI options, server options). A larger input gets E009 naming the
// limit, before any expensive work: an unlucky or hostile input costs milliseconds, not minutes.
export interface InputLimits {
  /** UTF-16 code units of article text after extraction (HTML → text); larger → E009 or split */
  readonly maxTextChars: number;
  /** bytes of one HTML page; Readability's cost grows fast with page size */
  readonly maxHtmlBytes: number;
  /** element nesting kept before Readability/linkedom; deeper tags are flattened (text kept) */
  readonly maxHtmlDepth: number;
  /** bytes of a file read whole (CSV, feeds); JSONL is streamed line by line instead */
  readonly maxFileBytes: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxTextChars: 2_000_000,
  maxHtmlBytes: 5_000_000,
  maxHtmlDepth: 200,
  maxFileBytes: 200_000_000,
};

export function resolveLimits(l: Partial<InputLimits> | undefined): InputLimits {
  return { ...DEFAULT_LIMITS, ...(l ?? {}) };
}

/**
 * Bytes that certainly hold more than maxChars UTF-16 code units: UTF-8 and UTF-16 both need at
 * most 3 bytes per code unit, so a larger file is refused without reading it.
 */
export const bytesCertainlyOver = (maxChars: number) => maxChars * 3 + 4096;

/** "2.0 MB" for messages */
export function mb(n: number): string {
  return `${(n / 1e6).toFixed(1)} MB`;
}
