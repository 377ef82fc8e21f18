// Runs the CLI as a user would, in a child process, and measures wall time and peak RSS (all
// threads) with /usr/bin/time; falls back to wall time only where it is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/paths.js';

export const BIN = join(repoRoot, 'bin', 'newsgraph.js');
const TIME = '/usr/bin/time';

export interface RunResult {
  readonly code: number | null;
  readonly seconds: number;
  /** peak resident set size in MB, null where /usr/bin/time is absent */
  readonly peakMb: number | null;
  readonly stderr: string;
  readonly stdoutBytes: number;
}

export function runCli(args: string[], opts: { stdin?: NodeJS.ReadableStream; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-measure-'));
  const out = join(dir, 'time');
  const hasTime = existsSync(TIME);
  const cmd = hasTime ? TIME : process.execPath;
  const argv = hasTime ? ['-o', out, '-f', '%e %M', process.execPath, BIN, ...args] : [BIN, ...args];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: { ...process.env, ...(opts.env ?? {}) } });
    let stderr = '';
    let stdoutBytes = 0;
    child.stdout!.on('data', (b: Buffer) => (stdoutBytes += b.length));
    child.stderr!.on('data', (b: Buffer) => (stderr.length < 100_000 ? (stderr += b.toString()) : undefined));
    if (opts.stdin) opts.stdin.pipe(child.stdin!).on('error', () => undefined);
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : null;
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      let peakMb: number | null = null;
      let seconds = (performance.now() - t0) / 1000;
      if (hasTime && existsSync(out)) {
        const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
        const m = /^([\d.]+) (\d+)$/.exec(last);
        if (m) {
          seconds = Number(m[1]);
          peakMb = Number(m[2]) / 1024;
        }
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, seconds, peakMb, stderr, stdoutBytes });
    });
  });
}

export const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
