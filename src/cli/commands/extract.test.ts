// `extract` runs articles in this thread (under the time budget, through node:vm) unless --workers
// asks for more threads: both give the same documents, the budget holds in both, and after an article
// is cut off in this thread the rest of the batch goes to a worker.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../ingest/pool.js';
import { runExtract, type ExtractOptions } from './extract.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-extract-'));
const text = 'The U.N. envoy said on Monday that talks in Geneva would resume.\nRussia accused Ukraine of attacking a depot.\n';
writeFileSync(join(dir, 'a.txt'), text);
writeFileSync(join(dir, 'b.txt'), text.replace('Monday', 'Tuesday'));
writeFileSync(join(dir, 'long.txt'), text.repeat(100)); // well over 1 ms even with every model loaded

async function run(paths: string[], opts: Partial<ExtractOptions> = {}) {
  let out = '';
  const errs: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
  const code = await runExtract(paths, { format: 'json', published: '2025-03-10', ...opts }, { out: sink, err: (l) => errs.push(l) });
  return { code, out, errs };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extract: articles in this thread, on workers when asked', () => {
  it('gives a single article and a batch in this thread the documents the workers give them', async () => {
    const poolRun = vi.spyOn(WorkerPool.prototype, 'run');
    const one = await run([join(dir, 'a.txt')]);
    const here = await run([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(poolRun).not.toHaveBeenCalled();
    const workers = await run([join(dir, 'a.txt'), join(dir, 'b.txt')], { workers: '2' });
    expect(poolRun).toHaveBeenCalledTimes(2);
    expect([one.code, here.code, workers.code]).toEqual([0, 0, 0]);
    const single = JSON.parse(one.out);
    const docs = here.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(single.events.length).toBeGreaterThan(0);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual(single);
    expect(docs[1].text).toContain('Tuesday');
    expect(workers.out).toBe(here.out);
  }, 120_000);

  it('cuts a single article off at its budget with E051', async () => {
    const r = await run([join(dir, 'long.txt')], { timeoutMs: '1' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.errs[0]).toBe(`newsgraph extract: ${join(dir, 'long.txt')}: E051 extraction took longer than 1 ms (the per-article time budget); skipped`);
    expect(r.errs.join('\n')).toMatch(/0 article\(s\) done, 1 failed \(E051 ×1\)/);
  }, 60_000);

  it('sends the rest of a batch to a worker once an article is cut off in this thread', async () => {
    const poolRun = vi.spyOn(WorkerPool.prototype, 'run');
    const r = await run([join(dir, 'long.txt'), join(dir, 'a.txt'), join(dir, 'b.txt')], { timeoutMs: '1' });
    // the first is cut off here; the other two run on a worker (over 1 ms there too: E051 again)
    expect(poolRun).toHaveBeenCalledTimes(2);
    expect(r.code).toBe(1);
    expect(r.errs.join('\n')).toMatch(/0 article\(s\) done, 3 failed \(E051 ×3\)/);
  }, 120_000);
});

describe('extract --resume: going on after a stopped run', () => {
  it('skips the articles whose documents the earlier output holds and runs the left-over ones on a worker until one succeeds', async () => {
    const c = join(dir, 'c.txt');
    const d = join(dir, 'd.txt');
    writeFileSync(c, text.replace('Monday', 'Wednesday'));
    writeFileSync(d, text.replace('Monday', 'Thursday'));
    const inputs = [join(dir, 'a.txt'), join(dir, 'b.txt'), c, d];
    const whole = await run(inputs);
    expect(whole.code).toBe(0);
    const lines = whole.out.split('\n').filter(Boolean);
    // the earlier run stopped after its first document
    const earlier = join(dir, 'earlier.jsonl');
    writeFileSync(earlier, lines[0] + '\n');
    const poolRun = vi.spyOn(WorkerPool.prototype, 'run');
    const r = await run(inputs, { resume: earlier });
    expect(r.code).toBe(0);
    // what the rerun appends makes the output of the whole run
    expect(r.out.split('\n').filter(Boolean)).toEqual(lines.slice(1));
    expect(r.errs).toEqual([`newsgraph extract: 1 article(s) skipped: already in ${earlier}`]);
    // b.txt (where the earlier run stopped) on a worker, and c.txt, sent while b.txt was still there;
    // d.txt back in this thread once b.txt succeeded
    expect(poolRun.mock.calls.map(([a]) => a.source)).toEqual([join(dir, 'b.txt'), c]);
    // everything already written: nothing to do, and no failure
    writeFileSync(earlier, lines.join('\n') + '\n');
    const none = await run(inputs, { resume: earlier });
    expect([none.code, none.out]).toEqual([0, '']);
  }, 120_000);

  it('refuses an output it cannot read ids from, before extracting anything', async () => {
    const bad = await run([join(dir, 'a.txt')], { resume: join(dir, 'earlier.jsonl'), format: 'gdelt' });
    expect(bad.code).toBe(2);
    expect(bad.errs.join('\n')).toMatch(/E042 .*--resume reads JSON Lines output/);
    const missing = await run([join(dir, 'a.txt')], { resume: join(dir, 'no-such.jsonl') });
    expect(missing.code).toBe(2);
    expect(missing.errs.join('\n')).toMatch(/E001 .*no-such\.jsonl/);
  });
});

describe('extract: a failure in this thread', () => {
  it('reports an unexpected error in this thread as a worker does: one line with the article, E050 and where', async () => {
    const ingestExtract = await import('../../ingest/extract-contract.js');
    const e = new TypeError('boom');
    e.stack = 'TypeError: boom\n    at someStage (file:///repo/src/stages/x.ts:3:9)\n    at more (file:///repo/src/y.ts:1:1)';
    vi.spyOn(ingestExtract, 'extractContract').mockImplementation(() => {
      throw e;
    });
    const r = await run([join(dir, 'a.txt'), join(dir, 'b.txt')], { timeoutMs: '0' });
    expect(r.code).toBe(1);
    expect(r.errs[0]).toBe(`newsgraph extract: ${join(dir, 'a.txt')}: E050 boom (at /repo/src/stages/x.ts:3:9)`);
    expect(r.errs.at(-1)).toBe('newsgraph extract: 0 article(s) done, 2 failed (E050 ×2)');
  });
});
