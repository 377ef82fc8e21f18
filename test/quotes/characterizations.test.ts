// "VERB NP as “…”": a verb no cue list has that casts its object as a quoted label is an
// attribution (PolNeAR): source the subject, cue the verb group, content the object and its label.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('characterisations (VERB NP as “…”)', () => {
  it('a verb with a particle casting its object as a quoted label', () => {
    const qs = quotesOf('The governor played down the remarks as “just part of the campaign” on Monday.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'played down', source: 'The governor', content: ['the remarks as “just part of the campaign”'], rule: 'quotes:characterization-as' });
  });

  it('the label runs on to the next punctuation, but not past its own comma', () => {
    expect(quotesOf('The senator billed the rally as a “town hall” open to all voters.')[0]?.content).toEqual(['the rally as a “town hall” open to all voters']);
    expect(quotesOf('The senator billed the rally as a “town hall,” inviting all voters.')[0]?.content).toEqual(['the rally as a “town hall,”']);
  });

  it('no quotation after "as", or no noun phrase before it, is no attribution', () => {
    expect(quotesOf('The senator billed the rally as a town hall for all voters.')).toEqual([]);
    expect(quotesOf('The mayor served for years as “chief” of the fire brigade.')).toEqual([]);
  });
});
