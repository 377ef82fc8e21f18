// Linux before 5.1 reads at most 127 characters of a script's "#!" line and silently cuts the rest,
// so a flag past that point reaches node cut in half (or as "-": a script read from standard input).
// Session 21 measured a flag worth adding and had to take it out again for this (bin/newsgraph.js).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('bin/newsgraph.js shebang', () => {
  it('fits the 127 characters older Linux kernels read', () => {
    const first = readFileSync(new URL('../../bin/newsgraph.js', import.meta.url), 'utf8').split('\n')[0]!;
    expect(first.startsWith('#!')).toBe(true);
    expect(first.length).toBeLessThanOrEqual(127);
  });
});
