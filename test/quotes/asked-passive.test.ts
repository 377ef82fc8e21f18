// Questions reported from the side of the one asked (src/stages/quotes/asked-passive.ts).
import { describe, expect, it } from 'vitest';
import { core, quotesOf } from './helpers.js';

describe('passive and reduced "asked"', () => {
  it('X was asked about Y: the passive group and "about" are the cue, no source', () => {
    const q = quotesOf('The harbour master was asked about the delays at the northern dock.').find((x) => x.rule === 'quotes:asked-passive');
    expect(q).toMatchObject({ cue: 'was asked about', source: null });
    expect(q!.content.map(core)).toEqual(['the delays at the northern dock']);
  });

  it('X was asked a question: the question is the content', () => {
    const q = quotesOf('The mayor was asked a pointed question about the budget.').find((x) => x.rule === 'quotes:asked-passive');
    expect(q!.content.map(core)).toEqual(['a pointed question about the budget']);
  });

  it('"…, she said when asked by a reporter whether …": the asker is the source, the question ends the sentence', () => {
    const q = quotesOf('“Not yet,” she said when asked by a reporter whether the ferry would run.').find((x) => x.rule === 'quotes:asked-reduced');
    expect(q).toMatchObject({ cue: 'asked', source: 'a reporter' });
    expect(q!.content.map(core)).toEqual(['whether the ferry would run']);
  });

  it('a reduced "when asked …," ends at its comma', () => {
    const q = quotesOf('When asked why the ferry was late, the captain blamed the fog.').find((x) => x.rule === 'quotes:asked-reduced');
    expect(q!.content.map(core)).toEqual(['why the ferry was late']);
  });

  it('"asked" with nothing a question needs after it is no attribution', () => {
    const qs = quotesOf('The crew was asked in March. When asked, the captain smiled.');
    expect(qs.filter((x) => x.rule.startsWith('quotes:asked'))).toEqual([]);
  });
});
