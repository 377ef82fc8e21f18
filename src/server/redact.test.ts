import { describe, expect, it } from 'vitest';
import { publicSource, scrubPaths } from './redact.js';

describe('path redaction', () => {
  it('keeps the file name (and line) of a local source, drops its directories', () => {
    expect(publicSource('/home/ana/corpus/feed.jsonl:12')).toBe('feed.jsonl:12');
    expect(publicSource('C:\\Users\\ana\\news\\a.html')).toBe('a.html');
    expect(publicSource('api:0')).toBe('api:0');
    expect(publicSource(null)).toBeNull();
  });
  it('scrubs paths inside messages but leaves URLs and plain text alone', () => {
    expect(scrubPaths('E001 input not found: /srv/data/x.txt: no such file')).toBe('E001 input not found: x.txt: no such file');
    expect(scrubPaths('worker crashed (at /work/repo/src/stages/a.ts:10:3)')).toBe('worker crashed (at a.ts:10:3)');
    expect(scrubPaths('see https://example.org/a/b and 3/4 of it')).toBe('see https://example.org/a/b and 3/4 of it');
  });
});
