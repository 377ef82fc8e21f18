// --resume reads the ids of an earlier run's JSON Lines output, and refuses anything else in it
// (another format, a cut-off last line) before a rerun appends after it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId, writtenIds } from './resume.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-resume-'));
const doc = (id: string) => JSON.stringify({ schema: 'newsgraph/1', id, text: 'x "quoted" \\ y', entities: [] });

describe('documentId', () => {
  it('reads the id at the head of a document as the writer orders it, else from the parsed line', () => {
    expect(documentId(doc('a1b2'))).toBe('a1b2');
    expect(documentId(doc('with "quotes" and \\ slash'))).toBe('with "quotes" and \\ slash');
    expect(documentId(JSON.stringify({ id: 'late', schema: 'newsgraph/1' }))).toBe('late');
  });

  it('gives null for a line that is not a newsgraph document', () => {
    expect(documentId('{"schema":"newsgraph/1","id":"cut')).toBeNull();
    expect(documentId('{"id":"x"}')).toBeNull();
    expect(documentId('USA\tGBR\t051')).toBeNull();
  });
});

describe('writtenIds', () => {
  it('collects every id, across reads larger than one chunk, skipping blank lines', () => {
    const f = join(dir, 'out.jsonl');
    const big = 'w'.repeat(1_500_000); // one document longer than the 1 MB read chunk
    writeFileSync(f, `${doc('a')}\n\n${JSON.stringify({ schema: 'newsgraph/1', id: 'b', text: big })}\n${doc('c')}\n`);
    expect([...writtenIds(f)]).toEqual(['a', 'b', 'c']);
  });

  it('names a missing file (E001), a foreign line (E005) and a cut-off last line (E005)', () => {
    expect(() => writtenIds(join(dir, 'missing.jsonl'))).toThrow(/^E001 .*missing\.jsonl/);
    const foreign = join(dir, 'foreign.jsonl');
    writeFileSync(foreign, `${doc('a')}\nnot json\n`);
    expect(() => writtenIds(foreign)).toThrow(/^E005 .*foreign\.jsonl:2: not a newsgraph document/);
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, `${doc('a')}\n${doc('b')}`);
    expect(() => writtenIds(cut)).toThrow(/^E005 .*cut\.jsonl:2: the last line is cut off/);
  });
});
