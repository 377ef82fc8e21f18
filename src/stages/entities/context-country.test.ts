// uncodedNations counts the adjectives of a place no table codes ("Kalvian" beside "Kalvia") with a
// scan instead of one regular expression per place: the same count as that expression's matches.
import { describe, expect, it } from 'vitest';
import { adjectiveCount } from './context-country.js';

/** the count as first written: /\b<stem>[a-z]*(?:an|ese|i)\b/g, matches other than the name */
function byRegex(text: string, stem: string, name: string): number {
  const re = new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]*(?:an|ese|i)\\b`, 'g');
  return (text.match(re) ?? []).filter((w) => w !== name).length;
}

describe('adjectives of an uncoded place', () => {
  it('are counted in the text, the name itself not', () => {
    const text = 'Kalvia said the Kalvian army and Kalvians, not Kalvia or Kalviaa or KalvianX or aKalvian, Kalvi.';
    expect(adjectiveCount(text, 'Kalvi', 'Kalvia')).toBe(byRegex(text, 'Kalvi', 'Kalvia'));
    expect(adjectiveCount(text, 'Kalvi', 'Kalvia')).toBe(1);
    expect(adjectiveCount('The Lodwari and Lodwarese elders of Lodwar', 'Lodwar', 'Lodwar')).toBe(2);
  });

  it('count as the regular expression does on random text, stems and names', () => {
    let seed = 3;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const pieces = ['Ab', 'ab', 'an', 'ese', 'i', 'a', 'e', ' ', ',', '.', '-', 'X', '_', '1', 'é', "'", 'Abi', 'Aban', 'n', 's'];
    for (let t = 0; t < 3000; t++) {
      const stem = pick(['Ab', 'Aba', 'ab', '.Ab', 'Ab.', "'Ab", 'Abé', 'a']);
      const name = rnd() < 0.5 ? stem + pick(['a', 'e', 'i', 'y', '']) : pick(['Abi', 'Aban', 'Abese', 'Ab']);
      let text = '';
      for (let k = Math.floor(rnd() * 14); k > 0; k--) text += pick(pieces);
      expect([text, stem, name, adjectiveCount(text, stem, name)]).toEqual([text, stem, name, byRegex(text, stem, name)]);
    }
  });
});
