// The build's CAMEO lists text read per lemma at its offsets: the same text the whole file gives,
// and nothing (the whole-file path) when the file is not ASCII or not the index's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeReader } from './lexicon.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-lists-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('rangeReader', () => {
  const text = '{"r":[]}\nc>o:aid{"r":[[1]]}\n';
  it('reads a range of an ASCII lists file at its offsets', () => {
    const read = rangeReader(file('ascii.txt', `stamp-1\n${text}`), 'stamp-1', text.length);
    expect(read(0, 9)).toBe(text.slice(0, 9));
    expect(read(9, text.length)).toBe(text.slice(9));
    expect(read(4, 4)).toBe('');
  });
  it('gives undefined for a file with other characters, another stamp or another length', () => {
    const other = '{"r":[]}\nc>o:café\n';
    expect(rangeReader(file('utf8.txt', `stamp-1\n${other}`), 'stamp-1', other.length)(0, 4)).toBeUndefined();
    expect(rangeReader(file('stamp.txt', `stamp-2\n${text}`), 'stamp-1', text.length)(0, 4)).toBeUndefined();
    expect(rangeReader(file('short.txt', `stamp-1\n${text}`), 'stamp-1', text.length + 1)(0, 4)).toBeUndefined();
    expect(rangeReader(join(dir, 'missing.txt'), 'stamp-1', text.length)(0, 4)).toBeUndefined();
  });
});
