// Bounded memory on unbounded input: a generated JSONL (never stored in the repository) streamed
// through `extract -` and `ingest`, sampling the child's RSS; and `extract` writing to a reader
// that stops reading (back-pressure). Reports bytes streamed and peak RSS.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { repoRoot } from '../../src/core/paths.js';
import { BIN, runCli } from './measure.js';

const REAL = JSON.stringify({ text: 'The minister said on Monday that talks with Norland would resume next week.', published: '2025-03-07' });

/**
 * `total` bytes of JSONL: mostly 100 kB lines that are refused cheaply (invisible-only text, E003),
 * which exercises the line reader at disk speed, and one real article every 500 lines.
 */
function jsonl(total: number): Readable {
  let sent = 0;
  let i = 0;
  const filler = JSON.stringify({ text: '\u200b '.repeat(50_000) }) + '\n';
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const line = i++ % 500 === 0 ? REAL.replace('Monday', `Monday ${i}`) + '\n' : filler;
      sent += Buffer.byteLength(line);
      this.push(line);
    },
  });
}

export interface StreamReport {
  readonly extractGb: number;
  readonly extractSeconds: number;
  readonly extractPeakMb: number | null;
  readonly ingestGb: number;
  readonly ingestSeconds: number;
  readonly ingestPeakMb: number | null;
  readonly stalledPeakMb: number;
  readonly ok: boolean;
}

/** Peak RSS (MB) of a process tree root, from /proc, sampled until it exits. */
function sampleRss(pid: number, into: { peak: number }): NodeJS.Timeout {
  return setInterval(() => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) into.peak = Math.max(into.peak, Number(m[1]) / 1024);
    } catch {
      // exited
    }
  }, 100);
}

export async function streams(bytes: number, log: (s: string) => void): Promise<StreamReport> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-stream-'));
  try {
    // 1. extract - on a generated stream of `bytes`
    const ex = await runCli(['extract', '-', '--timeout-ms', '0'], { stdin: jsonl(bytes) });
    log(`  extract -  : ${(bytes / 1e9).toFixed(2)} GB JSONL streamed in ${ex.seconds.toFixed(0)} s, peak RSS ${ex.peakMb?.toFixed(0)} MB, ${ex.stdoutBytes} bytes out, exit ${ex.code}`);

    // 2. ingest of the same stream written to a file (ingest reads files twice: count, then work)
    const file = join(dir, 'big.jsonl');
    await pipeline(jsonl(bytes), createWriteStream(file));
    const ing = await runCli(['ingest', file, '--db', join(dir, 's.db'), '--workers', '1', '--no-progress', '--extractor', join(repoRoot, 'test', 'store', 'fixture-extractor.ts')]);
    rmSync(file, { force: true });
    log(`  ingest     : ${(bytes / 1e9).toFixed(2)} GB JSONL file in ${ing.seconds.toFixed(0)} s, peak RSS ${ing.peakMb?.toFixed(0)} MB, exit ${ing.code}`);

    // 3. extract writing to a reader that does not read for 20 s: memory must not grow with output
    const articles = Array.from({ length: 3000 }, (_, i) => REAL.replace('Monday', `Monday ${i}`)).join('\n') + '\n';
    const child = spawn(process.execPath, [BIN, 'extract', '-', '--timeout-ms', '0'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const peak = { peak: 0 };
    const sampler = sampleRss(child.pid!, peak);
    child.stdin.end(articles);
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 20_000));
    const stalled = peak.peak;
    child.stdout.resume();
    child.stdout.on('data', () => undefined);
    await new Promise((r) => child.on('close', r));
    clearInterval(sampler);
    log(`  back-pressure: extract with a stalled reader for 20 s: peak RSS ${stalled.toFixed(0)} MB while stalled (${peak.peak.toFixed(0)} MB over the run)`);
    const ok = (ex.peakMb ?? 0) <= 600 && (ing.peakMb ?? 0) <= 600 && stalled <= 600;
    return {
      extractGb: bytes / 1e9, extractSeconds: ex.seconds, extractPeakMb: ex.peakMb,
      ingestGb: bytes / 1e9, ingestSeconds: ing.seconds, ingestPeakMb: ing.peakMb, stalledPeakMb: stalled, ok,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
