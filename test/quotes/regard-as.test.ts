// Regard-as attributions (src/stages/quotes/regard-as.ts): "X see/view/paint … Y as Z" is X's view,
// the object and its "as" predicate the content.
import { describe, expect, it } from 'vitest';
import { core, quotesOf } from './helpers.js';

describe('regard-as: a verb casting its object as something', () => {
  it('X see Y as Z: the subject is the source, object and predicate the content', () => {
    const q = quotesOf('Many harbour traders see the new levy as a threat to their trade.').find((x) => x.rule === 'quotes:regard-as');
    expect(q).toMatchObject({ cue: 'see', source: 'Many harbour traders' });
    expect(q!.content.map(core)).toEqual(['the new levy as a threat to their trade']);
  });

  it('a relative pronoun holds the view', () => {
    const q = quotesOf('The fee angered fishermen who viewed the quota as unfair.').find((x) => x.rule === 'quotes:regard-as');
    expect(q).toMatchObject({ cue: 'viewed', source: 'who' });
    expect(q!.content.map(core)).toEqual(['the quota as unfair']);
  });

  it('a pronoun object is left out of the content; the predicate ends at the next clause', () => {
    const q = quotesOf('The board once regarded it as a cleaner fuel, and its members still do.').find((x) => x.rule === 'quotes:regard-as');
    expect(q).toMatchObject({ cue: 'once regarded', source: 'The board' });
    expect(q!.content.map(core)).toEqual(['a cleaner fuel']);
  });

  it('a passive has no holder, and "as" opening a clause is no predicate', () => {
    const qs = quotesOf('The actor was widely seen as a rising star. Fans saw the final as it happened.');
    expect(qs.filter((x) => x.rule === 'quotes:regard-as')).toEqual([]);
  });
});
