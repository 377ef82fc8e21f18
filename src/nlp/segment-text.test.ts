import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.js';
import { mulberry32 } from './random.js';

// seeded (mulberry32), so a failure reproduces
const rng = mulberry32;

const PIECES = [
  'a', 'B', 'U.S.', 'Inc.', 'Gen.', 'don', "'", '’', 's', "n't", '-', '--', '—', '.', '...', '…', ',', ';', ':', '!', '?',
  '"', '“', '”', '‘', '(', ')', '[', ']', '$', '%', '1', '2,000', '3.5', '10:30', '@x', '#y', 'http://a.com/b', 'x@y.org',
  ' ', ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '\u200b', '🎉', '👍🏽', '\u200d', 'é', 'Ж', 'ß', '*', '=', '/', '&', 'No.', 'e-mail',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

describe('segmentText invariants on random text', () => {
  it('tokens are ordered, disjoint, non-empty, free of white space and cover every other character', () => {
    const r = rng(20250306);
    for (let round = 0; round < 300; round++) {
      const text = randomText(r, 1 + Math.floor(r() * 80));
      const seg = segmentText(text);
      let covered = 0;
      seg.tokens.forEach((t, i) => {
        expect(t.end, JSON.stringify(text)).toBeGreaterThan(t.start);
        if (i) expect(t.start, JSON.stringify(text)).toBeGreaterThanOrEqual(seg.tokens[i - 1]!.end);
        expect(t.form).toBe(text.slice(t.start, t.end));
        expect(/\s/.test(t.form), JSON.stringify(t.form)).toBe(false);
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(t.form), JSON.stringify(text)).toBe(false);
        covered += t.end - t.start;
      });
      expect(covered, JSON.stringify(text)).toBe(text.replace(/\s/g, '').length);
      // sentences tile the tokens in order, each inside one paragraph
      let next = 0;
      seg.sentences.forEach((s, i) => {
        expect(s.tokenStart).toBe(next);
        expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
        next = s.tokenEnd;
        const p = seg.paragraphs[s.paragraph]!;
        expect(p.start <= s.start && s.end <= p.end, JSON.stringify(text)).toBe(true);
        for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(seg.tokens[k]!.sent).toBe(i);
      });
      expect(next).toBe(seg.tokens.length);
    }
  });
});
