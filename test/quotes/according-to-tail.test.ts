// "CONTENT, according to X, TAIL" (issue 14, session 14): the words after the source go on with the
// content only when "according to X" interrupts it; after a whole clause an apposition or relative
// clause of the source is no part of what X reported. Needs the tagger (full pipeline).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

/** cue and contents of the "according to" quotes the full pipeline finds */
function accordingTo(text: string): string[][] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return doc.quotes.filter((q) => q.rule.startsWith('quotes:according-to')).map((q) => q.content.map((c) => core(text.slice(c.start, c.end))));
}

describe('the words after an "according to" source', () => {
  it('an apposition of the source after a whole clause is left out', () => {
    expect(accordingTo('Most of the money came from small donors, according to Crowdpac, a fundraising website based in Texas.\n')).toEqual([
      ['Most of the money came from small donors'],
    ]);
  });

  it('a relative clause of the source after a whole clause is left out', () => {
    expect(accordingTo('The account praised the attack, according to the monitoring group, which tracks militant messages.\n')).toEqual([
      ['The account praised the attack'],
    ]);
  });

  it('a clause interrupted by the source goes on after it', () => {
    expect(accordingTo('The main divisions, according to the survey, are age and income.\n')).toEqual([
      ['The main divisions', 'are age and income'],
    ]);
  });

  it('a conjunction after the source goes on with the content', () => {
    expect(accordingTo('Only one man was hurt last year, according to the police, and nobody died.\n')).toEqual([
      ['Only one man was hurt last year', 'and nobody died'],
    ]);
  });
});
