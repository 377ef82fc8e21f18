import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDerivedData, writeDerivedData } from './derived-data.js';
import { loadTsv, parseTsv } from './data-loader.js';
import { dataPath } from './paths.js';

describe('derived data copies', () => {
  it('are read only while every file they were made from is unchanged', () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-derived-'));
    const dirs = { data: join(root, 'data'), models: join(root, 'models') };
    mkdirSync(dirs.data);
    const file = join(dirs.data, 'words.tsv');
    writeFileSync(file, '# source: test\nword\nalpha\n');
    writeFileSync(join(dirs.data, 'other.tsv'), '# source: test\nword\n');
    expect(readDerivedData('t', ['words.tsv'], dirs)).toBeNull(); // none yet
    expect(writeDerivedData('t', ['words.tsv', 'other.tsv'], () => ({ n: 1 }), dirs)).toBeGreaterThan(0);
    expect(readDerivedData('t', ['words.tsv', 'other.tsv'], dirs)).toEqual({ n: 1 });
    // made from other files than asked for
    expect(readDerivedData('t', ['words.tsv'], dirs)).toBeNull();
    // a file written since (its modification time changes): stale
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(readDerivedData('t', ['words.tsv', 'other.tsv'], dirs)).toBeNull();
    // a missing file: no copy
    expect(writeDerivedData('u', ['missing.tsv'], () => 1, dirs)).toBe(0);
  });

  it('give the table a shipped file parses to (after npm run build)', () => {
    const t = loadTsv('actors/countries.tsv', ['iso3', 'name']);
    expect(t).toEqual(parseTsv(readFileSync(dataPath('actors/countries.tsv'), 'utf8'), 'data/actors/countries.tsv'));
  });
});
