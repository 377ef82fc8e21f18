// `extract` runs a single article in this thread (under the time budget, through node:vm) and
// several on worker threads: both give the same document, and the budget holds in both.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExtract } from './extract.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-extract-'));
const text = 'The U.N. envoy said on Monday that talks in Geneva would resume.\nRussia accused Ukraine of attacking a depot.\n';
writeFileSync(join(dir, 'a.txt'), text);
writeFileSync(join(dir, 'b.txt'), text);
writeFileSync(join(dir, 'long.txt'), text.repeat(100)); // well over 1 ms even with every model loaded

async function run(paths: string[], timeoutMs?: string) {
  let out = '';
  const errs: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
  const code = await runExtract(paths, { format: 'json', published: '2025-03-10', ...(timeoutMs ? { timeoutMs } : {}) }, { out: sink, err: (l) => errs.push(l) });
  return { code, out, errs };
}

describe('extract: one article in this thread, several on workers', () => {
  it('gives a single article the document the workers give it', async () => {
    const one = await run([join(dir, 'a.txt')]);
    const two = await run([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const single = JSON.parse(one.out);
    const [first] = two.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(single.events.length).toBeGreaterThan(0);
    expect(single).toEqual(first);
  }, 120_000);

  it('cuts a single article off at its budget with E051', async () => {
    const r = await run([join(dir, 'long.txt')], '1');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.errs.join('\n')).toMatch(/took longer than 1 ms \(the per-article time budget\)/);
    expect(r.errs.join('\n')).toMatch(/0 article\(s\) done, 1 failed \(E051 ×1\)/);
  }, 60_000);
});
