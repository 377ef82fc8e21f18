// data/quotes/particle-cues.tsv: the cues the PolNeAR error analysis found missing. Each example
// must yield a quote cued by its form (with its particle when it has one), and a particle-bound
// form without its particle cues nothing.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { quotesOf, read } from './helpers.js';

describe('data/quotes/particle-cues.tsv', () => {
  const rows = loadTsv('quotes/particle-cues.tsv', ['form', 'lemma', 'class', 'particles', 'example']).rows;

  it('every example yields a quote cued by its form and particle', () => {
    const failed: string[] = [];
    for (const r of rows) {
      const doc = read(r.example!);
      const form = r.form!.toLowerCase();
      const particle = r.particles ? r.particles.split(',')[0]!.split('+').join(' ') : '';
      const ok = doc.quotes.some((q) => {
        const cue = q.cue ? doc.text.slice(q.cue.start, q.cue.end).toLowerCase() : '';
        return cue.includes(form) && cue.endsWith(particle);
      });
      if (!ok) failed.push(`${r.form}: ${r.example}`);
    }
    expect(failed).toEqual([]);
  });

  it('a particle-bound form without its particle is no cue', () => {
    expect(quotesOf('The senator spoke on Monday in Ohio.')).toEqual([]);
    expect(quotesOf('The council voted on the budget last week.')).toEqual([]);
  });

  it('a light verb takes its whole phrase into the cue', () => {
    expect(quotesOf('The senator made the case that the tax would hurt farmers.')[0]).toMatchObject({ cue: 'made the case', content: ['that the tax would hurt farmers'] });
    expect(quotesOf('The advert made no mention of the war.')[0]?.cue).toBe('made no mention of');
    expect(quotesOf('The governor took a shot at the council over the budget.')[0]?.cue).toBe('took a shot at');
    expect(quotesOf('The builders make the bricks by hand.')).toEqual([]);
  });

  it('the particle is part of the cue and the object is the content', () => {
    const [q] = quotesOf('The mayor lashed out at the city council.');
    expect(q).toMatchObject({ cue: 'lashed out at', source: 'The mayor', content: ['the city council'] });
  });
});
