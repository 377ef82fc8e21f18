// bin/relaunch.js: `node bin/newsgraph.js extract …` (no shebang flags) runs extract again in a child
// node with the flags of the bin's shebang line — same output and exit code, the caller's own node
// options kept (after the shebang's, so they win), signals passed on — and runs it in-process when
// node already has one of those flags or NEWSGRAPH_NO_RELAUNCH=1. The child ends when the parent is
// killed outright (SIGKILL: nothing passed on); when the child dies by a signal the parent did not pass
// on (an exhausted heap: SIGABRT) the parent names the article in flight (E053), and `--resume` goes on
// after the documents already written, on both paths (the shebang's has no parent to name it).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';
import { repoRoot } from '../../src/core/paths.js';
// @ts-expect-error plain JavaScript module of the bin, no declarations
import { deathMessage, ORPHAN_EXIT as BIN_ORPHAN_EXIT, relaunchArgs, shebangFlags, signalExitCode } from '../../bin/relaunch.js';
import { ORPHAN_EXIT } from '../../src/cli/relaunch-parent.js';

type RelaunchArgs = (bin: string, argv: string[], execArgv: string[], flags: string[], env: Record<string, string | undefined>) => string[] | null;
const argsOf = relaunchArgs as RelaunchArgs;
const flagsOf = shebangFlags as (file: string) => string[] | null;

const bin = join(repoRoot, 'bin', 'newsgraph.js');
const dir = mkdtempSync(join(tmpdir(), 'ng-relaunch-'));
const log = join(dir, 'argv.log');
// a preloaded module records each node process of the run: its pid and its node options
const preload = join(dir, 'record-argv.cjs');
writeFileSync(preload, `require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, execArgv: process.execArgv }) + '\\n');\n`);
const recorded = (): { pid: number; execArgv: string[] }[] => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'Norland met Vestria on Monday.');
writeFileSync(b, 'The minister said talks would resume.');

describe('the orphan exit code', () => {
  // the parent side (bin/relaunch.js, plain CommonJS outside the build) and the child's article loop
  // (src/cli/relaunch-parent.ts) each name it; an orphan must end with the same code on both paths
  it('is one number on both sides: 128 + SIGHUP', () => {
    expect(ORPHAN_EXIT).toBe(BIN_ORPHAN_EXIT);
    expect(ORPHAN_EXIT).toBe(129);
  });
});

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

  it('reads the flags of bin/newsgraph.js’s shebang line; [] for none, null for no such line', () => {
    const [first, second] = readFileSync(bin, 'utf8').split('\n', 2);
    const fl = flagsOf(bin)!;
    expect(fl.length).toBeGreaterThan(0);
    expect(first).toBe('#!/bin/sh');
    expect(second).toBe(`':' //; exec node ${fl.join(' ')} "$0" "$@"`);
    const none = join(dir, 'plain-shebang.js');
    writeFileSync(none, '#!/usr/bin/env -S node\n');
    expect(flagsOf(none)).toEqual([]);
    writeFileSync(none, '#!/bin/sh\n');
    expect(flagsOf(none)).toBeNull();
    writeFileSync(none, '#!/bin/sh\necho hello\n');
    expect(flagsOf(none)).toBeNull();
    writeFileSync(none, '#!/usr/bin/env -S node --a=1 --b\n');
    expect(flagsOf(none)).toEqual(['--a=1', '--b']);
    writeFileSync(none, `#!/bin/sh\n':' //; exec node --a=1 --b "$0" "$@"\n`);
    expect(flagsOf(none)).toEqual(['--a=1', '--b']);
    expect(argsOf('b', argv, [], null as unknown as string[], {})).toBeNull();
  });

  it('is the one reader: the bench and the build read the flags through it', async () => {
    const { shebangFlags: benchFlags } = await import('../../bench/built-bin.js');
    const { shebangFlags: buildFlags } = await import('../../scripts/bundle-cli.js');
    expect(benchFlags(bin)).toEqual(flagsOf(bin));
    expect(buildFlags(bin)).toEqual(flagsOf(bin));
  });
});

describe('node bin/newsgraph.js extract', () => {
  it('runs in a child with the shebang flags, with the output and exit code of the flagged run', () => {
    writeFileSync(log, '');
    const plain = spawnSync(process.execPath, ['--require', preload, bin, 'extract', a, b, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000 });
    const runs = recorded();
    expect(runs).toHaveLength(2);
    expect(runs[0]!.execArgv).toEqual(['--require', preload]);
    expect(runs[1]!.execArgv).toEqual([...flagsOf(bin)!, '--require', preload]);
    const flagged = spawnSync(process.execPath, [...flagsOf(bin)!, bin, 'extract', a, b, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000 });
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
    for (let i = 0; i < 100 && alive(runs[1]!.pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(runs[1]!.pid)).toBe(false);
    parent.stdin!.destroy();
  }, 60_000);

  it('ends the child when the parent is killed outright (SIGKILL, nothing passed on)', async () => {
    writeFileSync(log, '');
    // standard input from a third process that writes an article every 0.2 s: node closes the pipes of
    // a spawned process when it ends, so a pipe of this test's own would end the child's input
    const line = JSON.stringify({ text: 'Norland met Vestria on Monday.' });
    const feeder = spawn(process.execPath, ['-e', `setInterval(() => process.stdout.write(${JSON.stringify(line + '\n')}), 200)`], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const parent = spawn(process.execPath, ['--require', preload, bin, 'extract', '-'], { stdio: [feeder.stdout!, 'ignore', 'ignore'] });
      for (let i = 0; i < 600 && recorded().length < 2; i++) await sleep(50);
      const runs = recorded();
      expect(runs).toHaveLength(2);
      await sleep(500);
      expect(alive(runs[1]!.pid)).toBe(true); // extracting what comes
      parent.kill('SIGKILL');
      // the child sees its channel close at once; 5 s leaves room for a loaded machine
      for (let i = 0; i < 100 && alive(runs[1]!.pid); i++) await sleep(50);
      const orphan = alive(runs[1]!.pid);
      if (orphan) process.kill(runs[1]!.pid, 'SIGKILL');
      expect(orphan).toBe(false);
    } finally {
      feeder.kill('SIGKILL');
    }
  }, 60_000);
});

describe('an article that exhausts the heap of an in-thread batch', () => {
  // a preloaded module makes one word's lower-casing allocate until V8 gives up (a real out-of-memory
  // abort, in a heap kept small so the test stays cheap); it runs in worker threads too
  const bomb = join(dir, 'heap-bomb.cjs');
  writeFileSync(
    bomb,
    `const lower = String.prototype.toLowerCase;
const WORD = 'Zqxheapbombzqx';
String.prototype.toLowerCase = function () {
  if (this.length === WORD.length && String(this) === WORD) { const hold = []; for (;;) hold.push(new Array(1 << 16).fill(hold.length)); }
  return lower.call(this);
};\n`,
  );
  const c = join(dir, 'c.txt');
  const heavy = join(dir, 'heavy.txt');
  writeFileSync(c, 'Officials in Vestria said the deal was signed.');
  writeFileSync(heavy, 'The minister Zqxheapbombzqx said talks would resume.');
  const env = { ...process.env, NODE_OPTIONS: `--max-old-space-size=256 --require ${bomb}` };
  const inputs = [a, heavy, c];

  it('keeps what was written, names the article through the relaunch parent (E053), and --resume goes on after it', () => {
    const out = join(dir, 'plain.jsonl');
    const first = spawnSync(process.execPath, [bin, 'extract', ...inputs, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // the parent exits with the shell's code for the child's SIGABRT (128 + 6), not by raising it on
    // itself (a second core file where core dumps are on)
    expect(first.signal).toBeNull();
    expect(first.status).toBe(128 + osConstants.signals.SIGABRT);
    writeFileSync(out, first.stdout);
    // the document before it is complete; nothing of it or after it
    const written = first.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(written.map((d) => d.text)).toEqual([readFileSync(a, 'utf8')]);
    expect(first.stderr).toContain(`newsgraph extract: ${heavy}: E053 ${ERRORS.E053}: it ended by SIGABRT`);
    expect(first.stderr).toContain('--resume');
    const again = spawnSync(process.execPath, [bin, 'extract', '--resume', out, ...inputs, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000, env });
    appendFileSync(out, again.stdout);
    expect(again.status).toBe(1);
    // the heavy article alone fails, on a worker; the one after it is done
    expect(again.stderr).toContain(`newsgraph extract: ${heavy}: E050 worker crashed`);
    expect(again.stderr).toContain('1 article(s) done, 1 failed (E050 ×1)');
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text)).toEqual([readFileSync(a, 'utf8'), readFileSync(c, 'utf8')]);
  }, 120_000);

  it('goes on with --resume on the shebang path too (no parent there to name the article)', () => {
    const out = join(dir, 'shebang.jsonl');
    // as the shebang runs it: node with the shebang's flags, so no relaunch and no parent (spelled out
    // here so that the test does not depend on `env -S` or on node being on PATH)
    const shebang = [...flagsOf(bin)!, bin];
    const first = spawnSync(process.execPath, [...shebang, 'extract', ...inputs, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000, env, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(first.signal).toBe('SIGABRT');
    expect(first.stderr).not.toContain('E053'); // no parent to say it
    expect(first.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    writeFileSync(out, first.stdout);
    const again = spawnSync(process.execPath, [...shebang, 'extract', '--resume', out, ...inputs, '--published', '2025-03-03'], { encoding: 'utf8', timeout: 120_000, env });
    expect(again.status).toBe(1);
    expect(again.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).text)).toEqual([readFileSync(c, 'utf8')]);
  }, 120_000);

  it('the parent exits with the shell’s code for a signal it did not pass on', () => {
    const code = signalExitCode as (signal: string) => number;
    expect(code('SIGABRT')).toBe(134);
    expect(code('SIGKILL')).toBe(137);
    expect(code('SIGSEGV')).toBe(139);
    expect(code('NOSUCHSIGNAL')).toBe(1);
  });

  it('the parent’s message carries the catalogue’s text for E053', () => {
    const m = (deathMessage as (source: string, signal: string) => string)('x.txt', 'SIGKILL');
    expect(m).toContain(`x.txt: E053 ${ERRORS.E053}:`);
    expect(m.endsWith('\n')).toBe(true);
  });
});
