// extract's limits as a user meets them: a per-article time budget (E051, the batch goes on),
// --split-long, strict integer options, and the too-large code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'newsgraph.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'ng-cli-limits-'));
const para = 'The minister said on Monday that the talks in Geneva would resume next week.';

describe('newsgraph extract limits', () => {
  it('fails an article over the time budget with E051 and goes on', () => {
    const p = join(dir, 'slow.txt');
    writeFileSync(p, `${para}\n`.repeat(200));
    const r = run(['extract', p, '--timeout-ms', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/took longer than 1 ms/);
    expect(r.stderr).toMatch(/0 article\(s\) done, 1 failed \(E051 ×1\)/);
  });
  it('refuses a text over --max-text-chars with E009, or splits it with --split-long', () => {
    const p = join(dir, 'long.txt');
    writeFileSync(p, `${para}\n`.repeat(6));
    const refused = run(['extract', p, '--max-text-chars', '200', '--timeout-ms', '0']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('E009 input too large');
    const split = run(['extract', p, '--max-text-chars', '200', '--split-long', '--timeout-ms', '0']);
    expect(split.status).toBe(0);
    const docs = split.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.length).toBe(3);
    expect(docs.map((d) => d.text).join('')).toBe(`${para}\n`.repeat(6));
  });
  it('refuses non-decimal integers in options', () => {
    const r = run(['extract', join(dir, 'long.txt'), '--timeout-ms', '0x10']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--timeout-ms expects a whole number');
  });
});
