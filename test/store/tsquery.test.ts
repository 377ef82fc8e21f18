// User text → tsquery: only words survive as quoted lexemes; phrases become <-> chains, prefix * → :*.
import { describe, expect, it } from 'vitest';
import { tsQuery } from '../../src/store/postgres/tsquery.js';

describe('tsQuery', () => {
  it('quotes every word, keeps phrases and prefixes, ANDs the terms', () => {
    expect(tsQuery('grain deal')).toBe("'grain' & 'deal'");
    expect(tsQuery('"fisheries accord" Kessel')).toBe("('fisheries' <-> 'accord') & 'kessel'");
    expect(tsQuery('gra*')).toBe("'gra':*");
    expect(tsQuery("Norland's")).toBe("'norland''s'");
  });
  it('drops operators and punctuation, and yields null when nothing is left', () => {
    expect(tsQuery('a & !b | (c <-> d):*')).toBe("'a' & 'b' & 'c' & 'd'");
    expect(tsQuery("'; DROP TABLE x; --")).toBe("'drop' & 'table' & 'x'");
    expect(tsQuery('*')).toBeNull();
    expect(tsQuery('"" ^ ( )')).toBeNull();
    expect(tsQuery('w '.repeat(100))!.split(' & ').length).toBe(32);
  });
});
