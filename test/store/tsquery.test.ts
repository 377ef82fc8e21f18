// User text → tsquery: only words survive as quoted lexemes; phrases become <-> chains, prefix * → :*.
import { describe, expect, it } from 'vitest';
import { snippet, tsQuery } from '../../src/store/postgres/tsquery.js';

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

describe('snippet', () => {
  const text = 'One two three four five six seven eight nine ten. Grain prices rose as the grain deal stalled; eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.';
  it('marks every hit in a window of words around the first one, with ellipses where text is cut', () => {
    const s = snippet(text, 'grain', 10);
    expect(s).toBe('…nine ten. [[Grain]] prices rose as the [[grain]] deal stalled…');
    expect(snippet(text, 'gra* STALLED', 40)).toContain('[[Grain]] prices rose as the [[grain]] deal [[stalled]]');
  });
  it('starts at the beginning when the hit is near it, and never marks a word that only contains a term', () => {
    expect(snippet('Grain talks. Ingrained habits remain.', 'grain')).toBe('[[Grain]] talks. Ingrained habits remain.');
  });
});
