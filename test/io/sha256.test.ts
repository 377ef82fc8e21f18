// src/io/sha256.ts gives node:crypto's SHA-256 digest, so content ids (src/io/content-id.ts) did not
// change when it replaced node:crypto on the extract path.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentId } from '../../src/io/content-id.js';
import { sha256Hex } from '../../src/io/sha256.js';

const native = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('matches node:crypto on every length around the block and padding edges, and on non-ASCII text', () => {
    for (let n = 0; n <= 200; n++) {
      const s = 'ab\u00e9\u4e2d\ud83d\ude00'.repeat(n).slice(0, n);
      expect(sha256Hex(s)).toBe(native(s));
    }
    const lone = 'x\ud800y\udc00z'; // lone surrogates: both hash them as U+FFFD
    expect(sha256Hex(lone)).toBe(native(lone));
    const article = 'The minister said on Tuesday that talks would resume. '.repeat(400);
    expect(sha256Hex(article)).toBe(native(article));
  });

  it('makes the content id from the first 16 hex digits', () => {
    expect(contentId('abc')).toBe('ba7816bf8f01cfea');
  });
});
