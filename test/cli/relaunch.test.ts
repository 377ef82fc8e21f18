// bin/relaunch.js: `node bin/newsgraph.js extract …` (no shebang flags) runs extract again in a child
// node with the flags of the bin's shebang line — same output and exit code, the caller's own node
// options kept (after the shebang's, so they win), signals passed on — and runs it in-process when
// node already has one of those flags or NEWSGRAPH_NO_RELAUNCH=1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';
// @ts-expect-error plain JavaScript module of the bin, no declarations
import { relaunchArgs, shebangFlags } from '../../bin/relaunch.js';

type RelaunchArgs = (bin: string, argv: string[], execArgv: string[], flags: string[], env: Record<string, string | undefined>) => string[] | null;
const argsOf = relaunchArgs as RelaunchArgs;
const flagsOf = shebangFlags as (file: string) => string[];

const bin = join(repoRoot, 'bin', 'newsgraph.js');
const dir = mkdtempSync(join(tmpdir(), 'ng-relaunch-'));
const log = join(dir, 'argv.log');
// a preloaded module records each node process of the run: its pid and its node options
const preload = join(dir, 'record-argv.cjs');
writeFileSync(preload, `require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, execArgv: process.execArgv }) + '\\n');\n`);
const recorded = (): { pid: number; execArgv: string[] }[] => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'Norland met Vestria on Monday.');
writeFileSync(b, 'The minister said talks would resume.');

describe('relaunchArgs', () => {
  const flags = ['--max-semi-space-size=8', '--interrupt-budget=540672'];
  const argv = ['/usr/bin/node', '/x/bin/newsgraph.js', 'extract', 'in.jsonl'];

  it('puts the shebang flags before node’s own options, then the bin and its arguments', () => {
    expect(argsOf('/x/bin/newsgraph.js', argv, ['--require', 'r.cjs'], flags, {})).toEqual([...flags, '--require', 'r.cjs', '/x/bin/newsgraph.js', 'extract', 'in.jsonl']);
  });

  it('runs in-process for other commands, with any shebang flag already set, or when asked', () => {
    expect(argsOf('b', ['n', 'b', 'serve'], [], flags, {})).toBeNull();
    expect(argsOf('b', argv, ['--interrupt-budget=1000'], flags, {})).toBeNull(); // the caller chose
    expect(argsOf('b', argv, ['--max_semi_space_size=16'], flags, {})).toBeNull(); // either spelling
    expect(argsOf('b', argv, [], [], {})).toBeNull();
    expect(argsOf('b', argv, [], flags, { NEWSGRAPH_NO_RELAUNCH: '1' })).toBeNull();
  });

  it('reads the flags of bin/newsgraph.js’s shebang line', () => {
    const line = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
    const fl = flagsOf(bin);
    expect(fl.length).toBeGreaterThan(0);
    expect(line.endsWith(fl.join(' '))).toBe(true);
  });
});

describe('node bin/newsgraph.js extract', () => {
  it('runs in a child with the shebang flags, with the output and exit code of the flagged run', () => {
    writeFileSync(log, '');
    const plain = spawnSync(process.execPath, ['--require', preload, bin, 'extract', a, b, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000 });
    const runs = recorded();
    expect(runs).toHaveLength(2);
    expect(runs[0]!.execArgv).toEqual(['--require', preload]);
    expect(runs[1]!.execArgv).toEqual([...flagsOf(bin), '--require', preload]);
    const flagged = spawnSync(process.execPath, [...flagsOf(bin), bin, 'extract', a, b, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000 });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe(flagged.stdout);
    expect(plain.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    // a failure's exit code and message come through the parent
    const missing = spawnSync(process.execPath, [bin, 'extract', join(dir, 'missing.txt')], { encoding: 'utf8', timeout: 120_000 });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('E001');
  });

  it('runs in this process with NEWSGRAPH_NO_RELAUNCH=1', () => {
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, ['--require', preload, bin, 'extract', a], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEWSGRAPH_NO_RELAUNCH: '1' } });
    expect(r.status).toBe(0);
    expect(recorded()).toHaveLength(1);
  });

  it('passes a signal on to the child and ends by it', async () => {
    writeFileSync(log, '');
    // extract of standard input, left open: both processes wait until the signal
    const parent = spawn(process.execPath, ['--require', preload, bin, 'extract', '-'], { stdio: ['pipe', 'ignore', 'ignore'] });
    for (let i = 0; i < 600 && recorded().length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    const runs = recorded();
    expect(runs).toHaveLength(2);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => parent.on('exit', (_code, signal) => resolve(signal)));
    parent.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(runs[1]!.pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(runs[1]!.pid)).toBe(false);
    parent.stdin!.destroy();
  }, 60_000);
});
