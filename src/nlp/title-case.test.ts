import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.js';
import { tokenize } from './tokenize.js';
import { isTitleCased } from './title-case.js';

function sentences(text: string): string[] {
  const seg = segmentText(text);
  return seg.sentences.map((s) => text.slice(s.start, s.end));
}

function titleCased(text: string): boolean {
  const raw = tokenize(text, 0, text.length);
  return isTitleCased(text, raw, 0, raw.length);
}

describe('title-cased headlines', () => {
  it('recognises headline casing, with short function words lower-case', () => {
    expect(titleCased('Trump Says He Will Build The Wall.')).toBe(true);
    expect(titleCased('Minister Of Defence Resigns Over Leak Of Plans')).toBe(true);
    expect(titleCased('US Envoy Meets Putin in Moscow')).toBe(true);
  });

  it('does not take running text, short labels or signature blocks for a headline', () => {
    expect(titleCased('Trump said he would build the wall.')).toBe(false);
    expect(titleCased('Thanks John Smith')).toBe(false); // three words: a label
    expect(titleCased('Sara Shackleton Susan Bailey 02/27/2001 08:23 AM Dee,')).toBe(false);
    expect(titleCased('Regards, Ken Rice & Kevin Hannon')).toBe(false);
    expect(titleCased('Marie Heard Senior Legal Specialist Ms. Marquez:')).toBe(false);
  });

  it('a title-cased headline is one sentence: its capitals say nothing about sentence starts', () => {
    expect(sentences('Trump Says He Will Build The Wall.')).toEqual(['Trump Says He Will Build The Wall.']);
    expect(sentences('Officials Say Talks Will Resume Next Week')).toEqual(['Officials Say Talks Will Resume Next Week']);
  });

  it('punctuated ends inside a title-cased paragraph still split', () => {
    expect(sentences('Markets Fall Sharply. Investors Fear The Worst.')).toEqual(['Markets Fall Sharply.', 'Investors Fear The Worst.']);
  });
});
