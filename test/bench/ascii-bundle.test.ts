// extract-cli.cjs is written in ASCII (scripts/bundle-cli.ts asciiSource) so that bin/code-cache.js
// reads it as a one-byte string: the escaped source must be the same program.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiSource, BUNDLE_DIR, EXTRACT_CLI } from '../../scripts/bundle-cli.js';

describe('asciiSource', () => {
  it('escapes every non-ASCII character, and the program computes the same', () => {
    const js = `// a comment: “quoted” — naïve
      const a = /[’‘]/g, b = /^[-–—]+$/, c = /[\\p{L}'’]+/gu, d = /😀+/u, e = /[😀]/u, f = "é😀", café = 1;
      JSON.stringify([
        "it’s ‘x’".replace(a, "'"), b.test("—–"), "l’été".match(c), d.test("😀😀"), e.exec("a😀")?.[0], f, f.length, café,
        /* block — comment */ \`t—\${f}\`,
      ])`;
    const out = asciiSource(js);
    expect(/[^\0-\x7f]/.test(out)).toBe(false);
    expect(runInNewContext(out)).toBe(runInNewContext(js));
  });

  it.skipIf(!existsSync(join(BUNDLE_DIR, EXTRACT_CLI)))('is what the build wrote: extract-cli.cjs is ASCII, with no String.raw (whose text would differ)', () => {
    const bytes = readFileSync(join(BUNDLE_DIR, EXTRACT_CLI));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(bytes.toString('latin1')).not.toMatch(/String\.raw/);
  });
});
