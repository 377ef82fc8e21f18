// Issue 13, round 11 precision rules (our own sentences, through the real pipeline): each rule is
// shown on a sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrowsWithModality as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 precision rules, round 11', () => {
  it('a dictionary phrase holding only a placeholder constrains nothing: the phrase after it does', () => {
    // PETRARCH's "* (IN ^) (FOR CONSULTATION) [046]" is no 046 for every in-phrase ("in response to")
    expect(show('The Kenyan president came under scrutiny from Ugandan officials in response to his claims.')).toEqual([]);
    // controls: the pattern's own word, and the "come under fire" row
    expect(show('The Kenyan foreign minister arrived in Kampala for consultations with the Ugandan government.')).toEqual(['046 KENGOV→UGAGOV asserted']);
    expect(show('The Kenyan foreign minister came under fire from Ugandan officials.')).toEqual(['111 KENGOV→UGAGOV asserted']);
  }, 60_000);
});
