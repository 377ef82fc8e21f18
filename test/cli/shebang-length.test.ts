// Linux before 5.1 reads at most 127 characters of a script's "#!" line and silently cuts the rest,
// so a flag past that point would reach node cut in half (or as "-": a script read from standard
// input). The bin's flags live on the sh line after "#!/bin/sh" (bin/newsgraph.js), which has no such
// limit; this checks that the "#!" line stays short and that the bin runs through it, flags and all.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));

describe('bin/newsgraph.js first lines', () => {
  it('keeps the "#!" line within the 127 characters older Linux kernels read', () => {
    const first = readFileSync(bin, 'utf8').split('\n')[0]!;
    expect(first.startsWith('#!')).toBe(true);
    expect(first.length).toBeLessThanOrEqual(127);
  });

  it('runs as a program through its sh line (which starts node with the flags relaunch.test.ts reads)', () => {
    const run = spawnSync(bin, ['--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: newsgraph');
  });
});
