// Issue 13, round 12 precision rules (our own sentences, through the real pipeline): each rule is
// shown on a sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { publisherName } from '../../src/stages/events/publisher-party.js';
import { eventArrowsWithModality as show, hasParser } from '../helpers/event-briefs.js';

/** each event as "CAMEO SOURCE→TARGET" of a text published at `url` */
const atUrl = (text: string, url: string | null) =>
  defaultPipeline()
    .run(createDoc(text, { id: 'u', published: '2024-03-01', url }))
    .events.map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`);

describe('publisherName', () => {
  it("reads the site's name from the article's address", () => {
    expect(publisherName('https://en.wikinews.org/wiki/Some_story')).toBe('wikinews');
    expect(publisherName('https://www.reuters.com/world/some-story')).toBe('reuters');
    expect(publisherName('http://news.bbc.co.uk/2/hi/europe/1.stm')).toBe('bbc');
    expect(publisherName(null)).toBeNull();
    expect(publisherName('not a url')).toBeNull();
  });
});


describe.skipIf(!hasParser)('issue 13 precision rules, round 12', () => {
  it('"call" with nothing an appeal asks for names, rings up or cancels: no appeal', () => {
    // naming: the object is characterised, no one is asked anything
    expect(show('Kenyan President William Ruto called the Ugandan president\'s plan a "dangerous gamble".')).toEqual([]);
    // a particle: called off (cancelled)
    expect(show('The Kenyan police called off their search for the Ugandan rebels.')).toEqual([]);
    // controls: called on someone, called someone to act, called for something — appeals
    expect(show('Kenyan President William Ruto called on Uganda to act.')).toEqual(['020 KENGOV→UGA asserted']);
    expect(show('Kenyan President William Ruto called the Ugandan government to resume talks.')).toEqual(['026 KENGOV→UGAGOV asserted']);
    expect(show('Kenyan President William Ruto called for talks with Uganda.')).toEqual(['026 KENGOV→UGA asserted']);
    // control: a call to a leader is a phone call (its own frame)
    expect(show('Kenyan President William Ruto called the Ugandan president.')).toEqual(['041 KENGOV→UGAGOV asserted']);
  }, 60_000);

  it('the publication reporting the article is its narrator, no party', () => {
    const text = 'Kenyan President William Ruto discussed the border dispute with Wikinews on Monday.';
    expect(atUrl(text, 'https://en.wikinews.org/wiki/Ruto_interview')).toEqual([]);
    // controls: with no address the publisher is unknown, and another publication's article keeps it
    expect(atUrl(text, null)).toEqual(['040 KENGOV→KEN']);
    expect(atUrl(text, 'https://www.reuters.com/world/ruto')).toEqual(['040 KENGOV→KEN']);
    // the interview named as the trigger's with-phrase: the act is the narrator's, whatever its target
    expect(atUrl('With Wikinews, Kenyan President William Ruto discussed the border dispute with Uganda.', 'https://en.wikinews.org/wiki/Ruto')).toEqual([]);
    expect(atUrl('With Wikinews, Kenyan President William Ruto discussed the border dispute with Uganda.', null)).toEqual(['040 KENGOV→UGA']);
    // control: the parties of the news stay in the publication's own article
    expect(atUrl('Kenyan President William Ruto discussed the border dispute with the Ugandan president.', 'https://en.wikinews.org/wiki/Ruto')).toEqual(['040 KENGOV→UGAGOV']);
  }, 60_000);

  it('subjects who state or advocate the same thing together do not dispute with one another', () => {
    const both = 'Kenyan President William Ruto and Ugandan President Yoweri Museveni';
    expect(show(`${both} both argued that the border should stay open.`)).toEqual([]);
    expect(show(`${both} argued for reopening the border.`)).toEqual([]);
    // control: a dispute between them
    expect(show(`${both} argued over the border.`)).toEqual(['110 KENGOV→UGAGOV asserted', '110 UGAGOV→KENGOV asserted']);
  }, 60_000);

  it('subjects agreeing on a view share an opinion; agreeing on what they are to do is the intent to cooperate', () => {
    const both = 'Kenyan President William Ruto and Ugandan President Yoweri Museveni';
    expect(show(`${both} agreed that the border talks had gone well.`)).toEqual([]);
    // control: a modal says what they commit to (the GSR's "agreed … that their countries should cooperate")
    expect(show(`${both} agreed that they should cooperate on the border.`)).toEqual(['030 KENGOV→UGAGOV asserted', '030 UGAGOV→KENGOV asserted']);
  }, 60_000);
});
