// Bytes → text, one policy for every reader, the CLI and the API: invalid UTF-8 is refused with E002
// naming the input (never replaced by U+FFFD), a byte-order mark is stripped, and files only:
// UTF-16 (with a BOM, or recognised by its NUL-byte pattern) is decoded rather than called binary.
import { NewsgraphError } from '../core/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Strict UTF-8 (the API's request bodies and JSONL lines): E002 on any invalid byte sequence. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return stripBom(utf8.decode(bytes));
  } catch {
    throw new NewsgraphError('E002', `${source}: not valid UTF-8 (convert it, e.g. iconv -f latin1 -t utf-8)`, source);
  }
}

/**
 * 'utf-16le' / 'utf-16be' when the bytes are UTF-16: a BOM, or (English text without one) a NUL in
 * most byte pairs, always on the same side of the pair.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** A file's bytes → text: UTF-16 decoded, NUL bytes otherwise mean binary, else strict UTF-8. */
export function decodeText(bytes: Uint8Array, source: string): string {
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    try {
      return stripBom(new TextDecoder(utf16, { fatal: true }).decode(bytes));
    } catch {
      throw new NewsgraphError('E002', `${source}: looks like ${utf16.toUpperCase()} but does not decode as it`, source);
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new NewsgraphError('E002', `${source}: binary file (NUL byte found); expected UTF-8 text`, source);
  return decodeUtf8(bytes, source);
}
