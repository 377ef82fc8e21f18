// Bad and hostile inputs through `newsgraph extract`, each in its own process: the exit code, the
// error code on stderr, wall time and peak RSS. Acceptance: each ends within 30 s with a result or
// a clear coded error, peak RSS ≤ 600 MB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './measure.js';

const PARA = 'The minister said on Monday that the talks in Geneva would resume next week. ';

interface Case {
  readonly name: string;
  readonly file: string;
  readonly content: () => string | Buffer;
  readonly args?: string[];
}

const CASES: Case[] = [
  { name: 'deep HTML, 2,000 nested divs', file: 'deep2000.html', content: () => `<html><body>${'<div>'.repeat(2000)}<p>${PARA.repeat(5)}</p>${'</div>'.repeat(2000)}</body></html>` },
  { name: 'deep HTML, 50,000 nested divs', file: 'deep50000.html', content: () => `<html><body>${'<div>'.repeat(50_000)}<p>${PARA.repeat(5)}</p>${'</div>'.repeat(50_000)}</body></html>` },
  { name: 'HTML, 2,500 unclosed nested tags', file: 'unclosed.html', content: () => `<html><body>${'<span><b>'.repeat(1250)}<p>${PARA.repeat(5)}</p></body></html>` },
  { name: '50 MB text', file: 'big.txt', content: () => (PARA.repeat(12) + '\n').repeat(55_000) },
  { name: '20 MB HTML', file: 'big.html', content: () => `<html><body>${`<p>${PARA}</p>`.repeat(260_000)}</body></html>` },
  { name: '4.9 MB HTML (just under the limit)', file: 'html49.html', content: () => `<html><body><article>${`<p>${PARA}</p>`.repeat(58_000)}</article></body></html>` },
  { name: '1.2 MB text, --split-long at 500k chars', file: 'long.txt', content: () => (PARA.repeat(10) + '\n').repeat(1_550), args: ['--split-long', '--max-text-chars', '500000'] },
  { name: 'binary file', file: 'bin.txt', content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]) },
  { name: 'latin-1 (invalid UTF-8)', file: 'latin1.txt', content: () => Buffer.from('caf\xe9 au lait\n', 'latin1') },
  { name: 'UTF-16LE with BOM', file: 'utf16.txt', content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PARA, 'utf16le')]) },
  { name: 'CSV without a text column', file: 'notext.csv', content: () => 'title,body\na,b\n' },
  { name: 'JSON array instead of object', file: 'arr.json', content: () => '[1,2,3]' },
  { name: 'zero-width-only text', file: 'zw.txt', content: () => '\u200b\u200c\u200d\u2060\ufeff\n' },
  { name: 'non-string id', file: 'id.jsonl', content: () => JSON.stringify({ id: { a: 1 }, text: PARA }) + '\n' },
  { name: '2,000 commas and cues in one sentence', file: 'commas.txt', content: () => `${'Officials said, '.repeat(2000)}the talks resumed.\n` },
];

export interface BadInputRow {
  readonly name: string;
  readonly exit: number | null;
  readonly codes: string;
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly ok: boolean;
}

export async function badInputs(log: (s: string) => void): Promise<BadInputRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
  const rows: BadInputRow[] = [];
  try {
    for (const c of CASES) {
      const p = join(dir, c.file);
      writeFileSync(p, c.content());
      const r = await runCli(['extract', p, ...(c.args ?? [])], { timeoutMs: 120_000 });
      const codes = [...new Set(r.stderr.match(/\bE0\d\d\b/g) ?? [])].join(',') || (r.code === 0 ? 'result' : 'none');
      const ok = r.seconds <= 30 && (r.peakMb ?? 0) <= 600 && (r.code === 0 || codes !== 'none') && !/internal error|RangeError|at .*\.ts:\d+/.test(r.stderr);
      rows.push({ name: c.name, exit: r.code, codes, seconds: r.seconds, peakMb: r.peakMb, ok });
      log(`  ${ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(40)} exit ${r.code} ${codes.padEnd(10)} ${r.seconds.toFixed(1).padStart(5)} s ${r.peakMb === null ? '  ? ' : r.peakMb.toFixed(0).padStart(4)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
