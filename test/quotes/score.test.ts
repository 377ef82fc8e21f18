// The TypeScript port of score.py `quotes` (eval/quotes.ts) on a hand-made case: trimming of quote
// marks and punctuation, exact sets per role, greedy overlap, kinds, brat code-point offsets.
import { describe, expect, it } from 'vitest';
import { codePointToUtf16, kindOf, parseAnn, scoreQuotes, trimRange } from '../../eval/quotes.js';

const text = 'Ann Lee said: “We won.” Officials said the vote was fair, and Bo said “yes” to it.';
const at = (s: string, from = 0) => {
  const i = text.indexOf(s, from);
  return [i, i + s.length] as const;
};

describe('quote scorer', () => {
  it('trims quote marks and punctuation at both ends', () => {
    const [s, e] = at('“We won.”');
    expect(text.slice(...trimRange(text, s, e))).toBe('We won');
    expect(trimRange(text, s, s + 1)).toEqual([s, s]);
  });

  it('classifies gold kinds as score.py does', () => {
    expect(kindOf(text, [at('“We won.”')])).toBe('direct');
    expect(kindOf(text, [at('the vote was fair')])).toBe('indirect');
    expect(kindOf(text, [at('“yes” to it')])).toBe('mixed');
  });

  it('counts exact and overlap matches', () => {
    const gold = [{ id: 'd', attributions: [
      { source: [at('Ann Lee')], cue: [at('said:')], content: [at('“We won.”')] },
      { source: [at('Officials')], cue: [at('said', 30)], content: [at('the vote was fair')] },
    ] }];
    const span = ([start, end]: readonly [number, number]) => ({ start, end });
    const preds = [{ id: 'd', text, entities: [], quotes: [
      { content: [span(at('We won.'))], cue: span(at('said:')), speaker: { entity: null, mention: span(at('Ann Lee')) } },
      // content one word short: not exact; 13 of 17 gold characters (≥ 30 %, < 80 %)
      { content: [span(at('vote was fair'))], cue: span(at('said', 30)), speaker: { entity: null, mention: span(at('Officials')) } },
      { content: [span(at('yes'))], cue: null, speaker: { entity: null, mention: null } },
    ] }];
    const { res } = scoreQuotes(preds, gold);
    expect(res.content_exact).toMatchObject({ tp: 1, pred: 3, gold: 2 });
    expect(res.source_exact).toMatchObject({ tp: 2, pred: 2, gold: 2, f1: 1 });
    expect(res.cue_exact).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(res.content_overlap80).toMatchObject({ tp: 1 });
    expect(res.content_overlap30).toMatchObject({ tp: 2 });
    expect(res.content_overlap80_direct).toEqual({ recall: 1, gold: 1 });
    expect(res.speaker_accuracy).toBe(1);
  });

  it('reads brat .ann with code-point offsets into UTF-16 ranges', () => {
    const t = '😀 Ann said no.';
    const ann = 'T1\tSource 2 5\tAnn\nT2\tCue 6 10\tsaid\nT3\tContent 11 13\tno\nT4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n';
    const [a] = parseAnn(ann, t);
    expect(t.slice(...a!.source[0]!)).toBe('Ann');
    expect(t.slice(...a!.content[0]!)).toBe('no');
    expect(codePointToUtf16(t)(1)).toBe(2);
  });
});
