// Issue 13, round 12 precision rules (our own sentences, through the real pipeline): each rule is
// shown on a sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrowsWithModality as show, hasParser } from '../helpers/event-briefs.js';

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
});
