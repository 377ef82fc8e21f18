import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from './read-inputs.js';
import { parseIsoDate, validatePublishedOption } from './published.js';

function tmp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-read-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

const oks = (items: InputItem[]) => items.filter((i): i is Extract<InputItem, { ok: true }> => i.ok).map((i) => i.article);
const errs = (items: InputItem[]) => items.filter((i): i is Extract<InputItem, { ok: false }> => !i.ok);

describe('readInputs', () => {
  it('reads .txt unchanged and applies --published', () => {
    const dir = tmp({ 'a.txt': 'First line.\nSecond “line”.\n' });
    const [a] = oks([...readInputs([join(dir, 'a.txt')], { published: '2025-03-07' })]);
    expect(a!.text).toBe('First line.\nSecond “line”.\n');
    expect(a!.published).toBe('2025-03-07');
  });

  it('reads .json and .jsonl with metadata, reporting bad lines by line number', () => {
    const dir = tmp({
      'a.json': JSON.stringify({ id: 'x1', text: 'Hello.', title: 'T', url: 'https://e.org/1', published: '2024-12-30' }),
      'b.jsonl': '{"text":"One."}\n\nnot json\n{"title":"no text"}\n{"text":"Four.","published":"2024-02-30"}\n',
    });
    const items = [...readInputs([join(dir, 'a.json'), join(dir, 'b.jsonl')], { published: '2025-01-01' })];
    const got = oks(items);
    expect(got.map((a) => [a.id, a.text, a.published])).toEqual([
      ['x1', 'Hello.', '2024-12-30'],
      [undefined, 'One.', '2025-01-01'],
    ]);
    expect(errs(items).map((e) => [e.source.replace(dir, ''), e.error.code])).toEqual([
      ['/b.jsonl:3', 'E005'],
      ['/b.jsonl:4', 'E005'],
      ['/b.jsonl:5', 'E004'],
    ]);
  });

  it('extracts HTML article text, title and published time (JSON-LD first)', () => {
    const html = `<!doctype html><html><head><title>Site | Big news</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07T10:30:00Z"}</script>
      <meta property="article:published_time" content="2020-01-01"></head>
      <body><nav>Home | World</nav><article><h1>Big news</h1>
      <p>The minister said on Monday that talks would resume, according to officials who spoke to reporters in the capital.</p>
      <p>"We are ready," she told reporters. The talks had been suspended since January after a dispute over the border.</p>
      <p>Officials from both countries are expected to meet again next week in Geneva to finalise the agreement.</p></article>
      <footer>© 2025</footer></body></html>`;
    const dir = tmp({ 'a.html': html });
    const [a] = oks([...readInputs([join(dir, 'a.html')])]);
    expect(a!.published).toBe('2025-03-07T10:30:00Z');
    expect(a!.text).toContain('The minister said on Monday that talks would resume');
    expect(a!.text.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(a!.text).not.toContain('Home | World');
  });

  it('reads RSS and Atom feeds item by item', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
      <item><title>One</title><link>https://e.org/1</link><guid>g1</guid><pubDate>Fri, 07 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;The envoy said talks would resume.&lt;/p&gt;</description></item>
      <item><title>Two</title><link>https://e.org/2</link><description></description></item>
      </channel></rss>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>Three</title><id>urn:3</id><link href="https://e.org/3"/><published>2025-03-05</published><content type="text">Rebels attacked the town.</content></entry></feed>`;
    const dir = tmp({ 'f.rss': rss, 'g.atom': atom });
    const items = [...readInputs([dir])];
    expect(oks(items).map((a) => [a.id, a.title, a.url, a.published, a.text])).toEqual([
      ['g1', 'One', 'https://e.org/1', '2025-03-07T10:00:00Z', 'The envoy said talks would resume.'],
      ['urn:3', 'Three', 'https://e.org/3', '2025-03-05', 'Rebels attacked the town.'],
    ]);
    expect(errs(items).map((e) => e.error.code)).toEqual(['E003']);
  });

  it('reads CSV with a text column', () => {
    const dir = tmp({ 'a.csv': 'url,date,title,text\n"https://e.org/1",2019-01-04,"A, B","Line one.\n\nLine ""two""."\n' });
    const [a] = oks([...readInputs([join(dir, 'a.csv')])]);
    expect(a).toMatchObject({ url: 'https://e.org/1', published: '2019-01-04', title: 'A, B', text: 'Line one.\n\nLine "two".' });
  });

  it('walks directories recursively in name order and skips other files', () => {
    const dir = tmp({ 'b/2.txt': 'Two.', 'a.txt': 'One.', 'b/1.txt': 'Three.', 'img.png': 'x', '.hidden.txt': 'no' });
    expect(oks([...readInputs([dir])]).map((a) => a.text)).toEqual(['One.', 'Three.', 'Two.']);
  });

  it('names missing, binary, non-UTF-8 and empty inputs with their own codes', () => {
    const dir = tmp({ 'bin.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), 'latin.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'empty.txt': ' \n ' });
    const items = [...readInputs([join(dir, 'missing.txt'), join(dir, 'bin.txt'), join(dir, 'latin.txt'), join(dir, 'empty.txt')])];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E001', 'E002', 'E002', 'E003']);
    for (const i of errs(items)) expect(i.error.message).toContain(dir);
  });

  it('reads JSONL from standard input for -', () => {
    const items = [...readInputs(['-'], { stdin: '{"text":"A."}\n{"text":"B."}\n' })];
    expect(oks(items).map((a) => [a.text, a.source])).toEqual([
      ['A.', 'stdin:1'],
      ['B.', 'stdin:2'],
    ]);
  });
});

describe('publication dates', () => {
  it('accepts real ISO dates at their precision and rejects others', () => {
    expect(parseIsoDate('2025-03-07')).toBe('2025-03-07');
    expect(parseIsoDate('2025-03-07T10:30')).toBe('2025-03-07T10:30');
    expect(parseIsoDate('2025-03-07T10:30:00+0100')).toBe('2025-03-07T10:30:00+01:00');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('07/03/2025')).toBeNull();
    expect(() => validatePublishedOption('yesterday')).toThrow(/E004.*yesterday/);
  });
});
