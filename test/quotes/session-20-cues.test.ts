// Issue 14, session 20: span and recall fixes found by re-categorising PolNeAR's cue errors from scratch
// (eval/quote-cue-cells.ts). A mixed content closed American-style — its comma inside the closing
// quotation mark, 'Trump is also a “change agent,” Cole said.' — had no attribution at all: the
// closing rule looked for the comma right before the source and found the mark. Needs the tagger.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { quotes } from './full-pipeline.js';

describe('a mixed content closed by ,” before the attribution', () => {
  it('"… a “change agent,” Cole said." is attributed to Cole', () => {
    const qs = quotes('Yet Trump is also a “change agent,” Cole said.\n');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', source: 'Cole', content: ['Yet Trump is also a “change agent'] });
  });

  it('the closing mark is part of the content span', () => {
    const text = 'He was a “respected manager,” Boistard said in a statement.\n';
    const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
    expect(doc.quotes).toHaveLength(1);
    expect(text.slice(doc.quotes[0]!.content[0]!.start, doc.quotes[0]!.content[0]!.end)).toBe('He was a “respected manager,”');
  });

  it('the inverted order "…,” said X." is attributed too', () => {
    const qs = quotes('The plan is a “real mess,” said Jim Clyburn, a congressman from South Carolina.\n');
    expect(qs.find((q) => q.cue === 'said')).toMatchObject({ content: ['The plan is a “real mess'] });
    expect(qs.find((q) => q.cue === 'said')?.source).toContain('Jim Clyburn');
  });

  it('an attitude verb inside such a content is not read as its own report', () => {
    const qs = quotes('Trump plans to empower the black community by fostering "entrepreneurial risk-taking," Ben Carson said Monday.\n');
    expect(qs.map((q) => q.cue)).toEqual(['said']);
  });

  it('a whole sentence in quotation marks stays a direct quote', () => {
    const qs = quotes('“Trump is also a change agent,” Cole said.\n');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.rule).toBe('quotes:direct-after');
  });

  it('a quotation that is not the content\'s end gives no closing attribution to the wrong words', () => {
    // the comma before the source is outside the marks here: the ordinary closing rule
    const qs = quotes('He was a “respected manager”, Boistard said.\n');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', source: 'Boistard' });
  });
});

describe('an adjunct between the auxiliary and the cue verb', () => {
  it('"have both argued" is one cue from the auxiliary', () => {
    const qs = quotes('Trump and Sanders have both argued that workers have lost jobs because of trade.\n');
    expect(qs.find((q) => q.cue.endsWith('argued'))).toMatchObject({ cue: 'have both argued', source: 'Trump and Sanders' });
  });

  it('"has in the past described" and "have since denounced" take the phrase and the auxiliary', () => {
    expect(quotes('Beck has in the past described Trump as “a pathological narcissist.”\n')[0]?.cue).toBe('has in the past described');
    expect(quotes('Several Republican leaders have since denounced the remarks as racist.\n')[0]?.cue).toBe('have since denounced');
  });

  it('without an auxiliary before it the word stays out of the cue', () => {
    expect(quotes('Trump and Sanders both argued that workers have lost jobs because of trade.\n')[0]?.cue).toBe('argued');
  });
});

describe('a source with a linking adjective and its object', () => {
  it('"Those close to him say …" is attributed to the whole phrase', () => {
    const qs = quotes('Those close to him say that he would have to consider Beyer.\n');
    expect(qs[0]).toMatchObject({ cue: 'say', source: 'Those close to him' });
  });

  it('"People close to the campaign say …" keeps the head noun in the source', () => {
    expect(quotes('People close to the campaign say that he would have to consider Beyer.\n')[0]?.source).toBe('People close to the campaign');
  });

  it('"familiar with" still links as before', () => {
    expect(quotes('Those familiar with the matter said he would have to consider Beyer.\n')[0]?.source).toBe('Those familiar with the matter');
  });
});

describe('speech verb forms that cue a quotation or a "that" clause', () => {
  it('"Some note that …" and "did note that …" are reports', () => {
    expect(quotes('Some note that Trump has proposed little in the way of reform.\n')[0]).toMatchObject({ cue: 'note', source: 'Some' });
    const qs = quotes('He did not mention his opponents by name but did note that he had won the most states.\n');
    expect(qs.map((q) => q.cue)).toContain('did note');
  });

  it('"could only quip" closes a quotation', () => {
    expect(quotes('“I guess Christmas Eve was booked,” a spokesman could only quip.\n')[0]?.cue).toBe('could only quip');
  });

  it('a determiner before the form makes it a noun, even before "that"', () => {
    expect(quotes('He left a note that the bridge would close.\n')).toEqual([]);
  });
});

describe('an unmarked block quotation after "X wrote:"', () => {
  it('the next paragraph is the content, the frame gives cue and source', () => {
    const qs = quotes('The governor spoke on the radio on Monday. The governor added:\nIt is typical of her. She knows nothing, but the mouth never stops.\nThen the show ended.\n');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'added', source: 'The governor', rule: 'quotes:colon-block', content: ['It is typical of her. She knows nothing, but the mouth never stops'] });
  });

  it('no attribution after a colon without a speech verb', () => {
    expect(quotes('Here is the list:\nApples, pears and plums.\n')).toEqual([]);
  });

  it('a quoted next paragraph stays the direct rule\'s', () => {
    const qs = quotes('Hewitt writes:\n“The movie mentions neither the president nor the secretary of state by name.”\n');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.rule).toBe('quotes:direct-before-colon');
  });
});
