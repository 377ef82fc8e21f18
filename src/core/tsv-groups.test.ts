import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { derivedDataPath } from './derived-data.js';
import { dataLineStarts, loadTsvGroups, writeDerivedTsvGroups } from './tsv-groups.js';
import { loadTsvLines } from './tsv-lines.js';

describe('loadTsvGroups', () => {
  it('gives the CAMEO dictionary by lemma from the build copy exactly as from the file', () => {
    expect(writeDerivedTsvGroups('events/cameo-verbs.tsv', 'lemma')).toBeGreaterThan(0); // the bytes npm run build writes
    expect(existsSync(derivedDataPath('tsv-groups/events/cameo-verbs.tsv.lemma'))).toBe(true);
    const g = loadTsvGroups('events/cameo-verbs.tsv', 'lemma', ['lemma', 'cameo']);
    const lines = loadTsvLines('events/cameo-verbs.tsv');
    const expected = new Map<string, number[]>();
    for (let n = 0; n < lines.size; n++) {
      const k = lines.cell(n, 'lemma').toLowerCase();
      expected.set(k, [...(expected.get(k) ?? []), n]);
    }
    expect([...g.keys].sort()).toEqual([...expected.keys()].sort());
    for (const [k, ns] of expected) expect(g.rowsOf(k)).toEqual(ns);
    const some = [...expected.values()].filter((_, i) => i % 97 === 0).flat();
    expect(g.rows(some)).toEqual(lines.rows(some));
    expect(g.rowsOf('no-such-lemma')).toBeUndefined();
    // a column the copy lacks: read from the file, which reports it
    expect(() => loadTsvGroups('events/cameo-verbs.tsv', 'lemma', ['nope'])).toThrow(/lacks column "nope"/);
  });

  it('locates data lines by byte as loadTsvLines does by character (non-ASCII, CRLF, blank and comment lines)', () => {
    const text = '# source: test\r\n\r\nname\tcode\r\nZoë Ébert\tA\r\n  \n# comment\nŁódź\tB\n x\tC';
    const { header, starts } = dataLineStarts(Buffer.from(text, 'utf8'));
    expect(header).toBe('name\tcode');
    const bytes = Buffer.from(text, 'utf8');
    const line = (s: number) => bytes.toString('utf8', s, bytes.indexOf(10, s) < 0 ? bytes.length : bytes.indexOf(10, s)).replace(/\r$/, '');
    expect(starts.map(line)).toEqual(['Zoë Ébert\tA', 'Łódź\tB', ' x\tC']);
  });
});
