import { sha256Hex } from './sha256.js';

/** A stable id for an article without one: the first 16 hex digits of the SHA-256 of its text. */
export function contentId(text: string): string {
  return sha256Hex(text).slice(0, 16);
}
