import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTsv } from './data-loader.js';
import { dataPath } from './paths.js';
import { loadTsvLines } from './tsv-lines.js';

describe('loadTsvLines', () => {
  // the shipped tables read this way: every row and cell as loadTsv reads it (which also checks
  // their column counts, as loading them whole at start-up used to)
  for (const name of ['events/cameo-verbs.tsv', 'actors/phoenix-people.tsv', 'actors/phoenix-groups.tsv', 'actors/phoenix-agents.tsv']) {
    it(`reads ${name} as loadTsv does`, () => {
      const whole = loadTsv(name);
      const lines = loadTsvLines(name);
      expect(lines.columns).toEqual(whole.columns);
      expect(lines.size).toBe(whole.rows.length);
      const all = Array.from({ length: lines.size }, (_, i) => i);
      expect(lines.rows(all)).toEqual(whole.rows);
      for (let i = 0; i < lines.size; i += 13) for (const c of whole.columns) expect(lines.cell(i, c)).toBe(whole.rows[i]![c]);
      expect(lines.rows([2, 0])).toEqual([whole.rows[2], whole.rows[0]]);
    });
  }

  it('checks the header and source line at once, and a bad row when it is built', () => {
    expect(() => loadTsvLines('no/such-file.tsv')).toThrow(/E030|cannot be read/);
    // data names are relative to data/: a temporary file is reached from there
    const dir = relative(dataPath(), mkdtempSync(join(tmpdir(), 'ng-tsv-')));
    writeFileSync(dataPath(dir, 'x.tsv'), 'a\tb\n1\t2\n');
    expect(() => loadTsvLines(`${dir}/x.tsv`, ['a'])).toThrow(/source/);
    writeFileSync(dataPath(dir, 'y.tsv'), '# source: test\na\tb\n1\t2\n\n# note\n3\t4\t5\n x \t\n');
    const t = loadTsvLines(`${dir}/y.tsv`, ['a']);
    expect(t.size).toBe(3);
    expect(t.cell(0, 'b')).toBe('2');
    expect(t.cell(2, 'a')).toBe('x');
    expect(t.cell(2, 'b')).toBe('');
    expect(t.rows([0])).toEqual([{ a: '1', b: '2' }]);
    expect(() => t.rows([1])).toThrow(/expected at most 2 columns/);
    expect(() => loadTsvLines(`${dir}/y.tsv`, ['c'])).toThrow(/lacks column "c"/);
  });
});
