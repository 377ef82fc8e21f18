// Bytes → text for every reader: refuses binary files and invalid UTF-8 with E002 naming the input,
// strips a byte-order mark, and never guesses another encoding silently.
import { NewsgraphError } from '../core/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array, source: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new NewsgraphError('E002', `${source}: binary file (NUL byte found); expected UTF-8 text`, source);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new NewsgraphError('E002', `${source}: not valid UTF-8 (convert it, e.g. iconv -f latin1 -t utf-8)`, source);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
