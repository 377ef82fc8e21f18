// User text → FTS5 MATCH: only words survive, each a quoted literal; phrases and prefix * kept.
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../src/store/fts.js';
import { isoWeek } from '../../src/store/keys.js';

describe('ftsQuery', () => {
  it('quotes every word and keeps phrases and prefixes', () => {
    expect(ftsQuery('grain deal')).toBe('"grain" "deal"');
    expect(ftsQuery('"fisheries accord" Kessel')).toBe('"fisheries accord" "Kessel"');
    expect(ftsQuery('gra*')).toBe('"gra"*');
    expect(ftsQuery("Norland's")).toBe('"Norland\'s"');
  });
  it('drops operators and punctuation, and yields null when nothing is left', () => {
    expect(ftsQuery('a" OR b NEAR(c')).toBe('"a" "OR" "b" "NEAR" "c"');
    expect(ftsQuery("'; DROP TABLE x; --")).toBe('"DROP" "TABLE" "x"');
    expect(ftsQuery('*')).toBeNull();
    expect(ftsQuery('"" ^ ( )')).toBeNull();
    expect(ftsQuery('w '.repeat(100))!.split(' ').length).toBe(32);
  });
});

describe('isoWeek', () => {
  it('labels ISO weeks, including year boundaries', () => {
    expect(isoWeek('2025-03-03')).toBe('2025-W10');
    expect(isoWeek('2025-03-09')).toBe('2025-W10');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });
});
