// The CLI changes no V8 flag at run time except the heap growing factor. --no-regexp-tier-up set with
// v8.setFlagsFromString after start-up crashed node with SIGSEGV in ~2% of short runs under load (the
// flaky `serve` test of sessions 11–12, bin/newsgraph.js); the heap policy alone showed no crash in
// 800 runs (src/pipeline/heap-policy.ts). A preloaded module records every call of
// v8.setFlagsFromString in the spawned CLI, as `node bin/newsgraph.js` runs it (no shebang flags).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-flags-'));
const log = join(dir, 'flags.log');
const preload = join(dir, 'record-flags.cjs');
writeFileSync(
  preload,
  `const v8 = require('node:v8'); const fs = require('node:fs');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => { fs.appendFileSync(${JSON.stringify(log)}, flags + '\\n'); return set(flags); };
require('node:module').syncBuiltinESMExports();\n`,
);

function flagsSetBy(args: string[]): { status: number | null; flags: string[] } {
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', preload, join(repoRoot, 'bin', 'newsgraph.js'), ...args], { encoding: 'utf8', timeout: 120_000 });
  const flags = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { status: r.status, flags };
}

describe('V8 flags at run time', () => {
  it('serve refusing a missing database sets none but the heap growing factor', () => {
    const { status, flags } = flagsSetBy(['serve', '--db', join(dir, 'missing.db'), '--port', '0']);
    expect(status).toBe(1);
    expect(flags.every((f) => /^--heap-growing-percent=\d+$/.test(f))).toBe(true);
  });

  it('extract of a batch sets none but the heap growing factor', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'Norland met Vestria on Monday.');
    writeFileSync(b, 'The minister said talks would resume.');
    const { status, flags } = flagsSetBy(['extract', a, b, '--published', '2025-03-03', '--workers', '1']);
    expect(status).toBe(0);
    expect(flags.length).toBeGreaterThan(0); // the batch heap policy: the recorder sees calls
    expect(flags.every((f) => /^--heap-growing-percent=\d+$/.test(f))).toBe(true);
  });
});
