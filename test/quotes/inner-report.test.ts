// An inner report on the outer cue's clausal complement (src/stages/quotes/inner-report.ts): where the
// verb rules read "He said [states …]" and "[states …] will clarify [the situation]" as two
// attributions, PolNeAR has one, the inner report whole in the outer content (train: kept 9 of 10).
// A second report coordinated with the outer cue stays apart. Needs the parse: the full pipeline.
import { describe, expect, it } from 'vitest';
import { quotes } from './full-pipeline.js';

describe('an inner report on the outer cue’s ccomp is kept in the outer content', () => {
  it('"He said states like California … will clarify …": one attribution, cue "said"', () => {
    expect(quotes('He said states like California and Colorado will clarify the situation first.')).toEqual([
      { cue: 'said', source: 'He', content: ['states like California and Colorado will clarify the situation first'], rule: 'quotes:inner-report-kept' },
    ]);
  });

  it('a fronted adjunct before the inner subject: "reported that during the visit, Erdogan reiterated …"', () => {
    expect(quotes('Turkish media reported that during the visit this week, President Erdogan reiterated his request for an extradition.')).toEqual([
      { cue: 'reported', source: 'Turkish media', content: ['that during the visit this week, President Erdogan reiterated his request for an extradition'], rule: 'quotes:inner-report-kept' },
    ]);
  });

  it('a second report coordinated with the outer cue stays its own attribution', () => {
    const found = quotes('She said she had met with Manafort twice but said neither Manafort nor Gates played a role in the lobbying.');
    expect(found.map((q) => q.cue)).toEqual(['said', 'said']);
    expect(found[0]!.content).toEqual(['she had met with Manafort twice']);
  });
});
