// The nine defects of issue 15 (and the smaller findings listed with them), each reproduced as
// a test that failed before the fix. Inputs are generated here, never stored in the repository.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { readInputs, type InputItem } from '../../src/io/read-inputs.js';
import { createApp } from '../../src/server/app.js';
import { runExtract } from '../../src/cli/commands/extract.js';
// @ts-expect-error plain browser ES module without type declarations
import { safeLinkUrl } from '../../src/web/url.js';
import { fixtureStore } from '../server/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-defects-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const readOne = (path: string): InputItem => {
  const items = [...readInputs([path])];
  expect(items).toHaveLength(1);
  return items[0]!;
};
const codeOf = (item: InputItem) => (item.ok ? 'ok' : item.error.code);
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
};
const para = 'The minister said on Monday that the talks in Geneva would resume next week. ';

describe('defect 1: nested HTML is linear and never overflows the stack', () => {
  it('2,000 nested divs are read within a few seconds', () => {
    const html = `<html><body>${'<div>'.repeat(2000)}<p>${para.repeat(5)}</p>${'</div>'.repeat(2000)}</body></html>`;
    const { value, ms } = timed(() => readOne(file('deep2000.html', html)));
    expect(codeOf(value)).toBe('ok');
    expect(ms).toBeLessThan(5000);
  });
  it('50,000 nested divs end with a result or a coded HTML error, not a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>${para.repeat(5)}</p>${'</div>'.repeat(50_000)}</body></html>`;
    const { value, ms } = timed(() => readOne(file('deep50000.html', html)));
    expect(['ok', 'E007']).toContain(codeOf(value));
    expect(ms).toBeLessThan(10_000);
  });
  it('2,500 unclosed nested tags are read', () => {
    const html = `<html><body>${'<span><b>'.repeat(1250)}<p>${para.repeat(5)}</p></body></html>`;
    const item = readOne(file('unclosed.html', html));
    expect(codeOf(item)).toBe('ok');
    if (item.ok) expect(item.article.text).toContain('The minister said on Monday');
  });
});

describe('defect 2: error codes say what went wrong', () => {
  it('a CSV without a text column gets its own code, not "invalid JSON"', () => {
    expect(codeOf(readOne(file('notext.csv', 'title,body\na,b\n')))).toBe('E008');
  });
});

describe('defect 3: size guards', () => {
  it('a 50 MB text file is refused at once with a too-large code', () => {
    const p = file('big.txt', (para.repeat(12) + '\n').repeat(55_000));
    const { value, ms } = timed(() => readOne(p));
    expect(codeOf(value)).toBe('E009');
    expect(ms).toBeLessThan(5000);
  });
  it('a 20 MB HTML page is refused at once with a too-large code', () => {
    const p = file('big.html', `<html><body>${`<p>${para}</p>`.repeat(260_000)}</body></html>`);
    const { value, ms } = timed(() => readOne(p));
    expect(codeOf(value)).toBe('E009');
    expect(ms).toBeLessThan(5000);
  });
});

describe('defect 4: no inverted spans (quotes:indirect-parenthetical)', () => {
  it('the example sentence of the issue gives only well-formed spans', () => {
    const text =
      'The dispatcher was trying to ask for information." However, she added, "there are no locked doors in accommodation spaces" where the passengers slept.';
    const doc = analyze(text, { published: '2025-01-01' });
    for (const q of doc.quotes) {
      for (const c of q.content) {
        expect(c.start, q.rule).toBeLessThanOrEqual(c.end);
        expect(c.text).toBe(text.slice(c.start, c.end));
        expect(c.text.length, q.rule).toBeGreaterThan(0);
      }
    }
  });
});

describe('defect 5: extract respects back-pressure of its output', () => {
  it('never has more than one article buffered beyond the high-water mark of a slow reader', async () => {
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `a${i}`, text: para.repeat(3) })).join('\n');
    const input = file('bp.jsonl', lines + '\n');
    let maxBuffered = 0;
    let written = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        written += chunk.length;
        setTimeout(done, 30);
      },
    });
    const probe = setInterval(() => (maxBuffered = Math.max(maxBuffered, slow.writableLength)), 1);
    const code = await runExtract([input], { format: 'json', timeoutMs: '0' }, { out: slow, err: () => undefined });
    clearInterval(probe);
    expect(code).toBe(0);
    expect(written).toBeGreaterThan(0);
    // one contract document is ~10 kB; without back-pressure all six pile up in the buffer
    expect(maxBuffered).toBeLessThan(30_000);
  });
});

describe('defect 6: POST /articles does not block readers', () => {
  it('a read answers while a large article is being extracted', async () => {
    const { store, path } = await fixtureStore();
    const app = createApp({ store, token: 'reliability-token', maxBodyBytes: 3_000_000, workers: 1, sqlitePath: path });
    // warm up the worker so the timing below measures extraction, not start-up
    await app.request('/articles', {
      method: 'POST',
      headers: { authorization: 'Bearer reliability-token', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Warm up.' }),
    });
    const body = JSON.stringify({ id: 'big-post', text: (para.repeat(10) + '\n').repeat(300) });
    // a reader is stalled exactly as long as the event loop is: measure the longest gap between ticks
    let last = performance.now();
    let worstGap = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 5);
    const posted = await app.request('/articles', { method: 'POST', headers: { authorization: 'Bearer reliability-token', 'content-type': 'application/json' }, body });
    clearInterval(tick);
    worstGap = Math.max(worstGap, performance.now() - last);
    expect([200, 202]).toContain(posted.status);
    expect((await app.request('/stats')).status).toBe(200);
    expect(worstGap).toBeLessThan(250);
    await (app as unknown as { close?: () => Promise<void> }).close?.();
  }, 120_000);
});

describe('defect 7: only http(s) URLs become links in the web app', () => {
  it('refuses javascript:, data: and other schemes', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeLinkUrl('file:///etc/passwd')).toBeNull();
    expect(safeLinkUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeLinkUrl('http://example.org/')).toBe('http://example.org/');
  });
});

describe('defect 8: no local file paths in API responses', () => {
  it('/ingest-errors and article sources carry no absolute path', async () => {
    const { store } = await fixtureStore();
    const secret = join(dir, 'private', 'corpus');
    await store.writeBatch([
      { kind: 'error', key: 'input:x', source: `${secret}/feed.jsonl:3`, code: 'E005', message: `E005 invalid JSON input: ${secret}/feed.jsonl:3: not valid JSON` },
    ]);
    const app = createApp({ store });
    const errors = await (await app.request('/ingest-errors')).text();
    expect(errors).toContain('feed.jsonl');
    expect(errors).not.toContain(secret);
    const articles = await (await app.request('/articles')).json();
    for (const a of articles.items) if (a.source) expect(a.source.startsWith('/')).toBe(false);
  });
});

describe('defect 9: a non-string id is refused', () => {
  it('an object id is an error, not "[object Object]"', () => {
    const item = readOne(file('objid.jsonl', JSON.stringify({ id: { a: 1 }, text: para }) + '\n'));
    expect(codeOf(item)).toBe('E005');
    if (!item.ok) expect(item.error.message).toMatch(/"id"/);
  });
});

describe('also noticed', () => {
  it('UTF-16 input is decoded, not called binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(para, 'utf16le')]);
    const item = readOne(file('utf16.txt', le));
    expect(codeOf(item)).toBe('ok');
    if (item.ok) expect(item.article.text).toBe(para);
  });
  it('zero-width-only text is empty', () => {
    expect(codeOf(readOne(file('zw.txt', '\u200b\u200c\u200d\ufeff\u2060 \n')))).toBe('E003');
  });
  it('limit=0x10 and 1e2 are refused with a 400 naming the parameter', async () => {
    const { store } = await fixtureStore();
    const app = createApp({ store });
    for (const v of ['0x10', '1e2', '10.0', ' 10', '+5']) {
      const res = await app.request(`/articles?limit=${encodeURIComponent(v)}`);
      expect(res.status, v).toBe(400);
      expect((await res.json()).error.message).toContain('limit');
    }
    expect((await app.request('/articles?limit=10')).status).toBe(200);
  });
  it('POST refuses invalid UTF-8 with the same code as the CLI', async () => {
    const { store } = await fixtureStore();
    const app = createApp({ store, token: 'reliability-token', extract: () => { throw new Error('not reached'); } });
    const bytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const res = await app.request('/articles', { method: 'POST', headers: { authorization: 'Bearer reliability-token', 'content-type': 'application/json' }, body: bytes });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe(codeOf(readOne(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])))));
  });
  it('a request for a foreign Host is refused (DNS rebinding)', async () => {
    const { store } = await fixtureStore();
    const app = createApp({ store });
    const res = await app.request('http://evil.example/stats', { headers: { host: 'evil.example' } });
    expect(res.status).toBe(421);
    expect((await app.request('http://localhost/stats')).status).toBe(200);
  });
});

describe('found by the 10,000-article fuzz run: "according to" with no source', () => {
  it('gives no empty, inverted speaker span', () => {
    for (const text of ['Rockets struck near the base, according to , the U.N. warned.', 'According to , officials, the talks failed.']) {
      const doc = analyze(text, { published: '2025-01-01' });
      for (const q of doc.quotes) {
        const m = q.speaker?.mention;
        if (m) expect(m.start, q.rule).toBeLessThan(m.end);
      }
    }
  });
});
