// The catalogue of coded errors. The library never prints: it throws NewsgraphError, the CLI prints
// `code: message`, the server maps codes to HTTP status in one place (src/server).
export const ERRORS = {
  E001: 'input not found',
  E002: 'input is binary or not UTF-8',
  E003: 'input text is empty',
  E004: 'invalid publication date',
  E005: 'invalid JSON input',
  E006: 'unsupported input type',
  E007: 'HTML cannot be read',
  E008: 'CSV input has no text column',
  E009: 'input too large',
  E010: 'pipeline order is invalid',
  E011: 'unknown pipeline stage',
  E012: 'stage read or wrote a layer it does not declare',
  E020: 'malformed CoNLL-U',
  E021: 'model file missing or invalid',
  E030: 'invalid data file',
  E040: 'store error',
  E041: 'not found',
  E042: 'invalid request',
  E043: 'unauthorized',
  E044: 'request body too large',
  E045: 'host not allowed',
  E046: 'feature unavailable',
  E050: 'extraction failed',
  E051: 'extraction timed out',
  E052: 'output contract violated',
  // printed by bin/relaunch.js (plain JavaScript, no import of this module) with this text
  E053: 'extraction process died',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  /** what the error is about: a file path, an article id, a line number… */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, subject?: string) {
    super(`${code} ${ERRORS[code]}: ${message}`);
    this.name = 'NewsgraphError';
    this.code = code;
    this.subject = subject;
  }
}

export function isNewsgraphError(e: unknown): e is NewsgraphError {
  return e instanceof NewsgraphError;
}
