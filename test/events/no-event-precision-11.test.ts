// Issue 13, round 11 precision rules (our own sentences, through the real pipeline): each rule is
// shown on a sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrowsWithModality as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 precision rules, round 11', () => {
  it('a dictionary phrase holding only a placeholder constrains nothing: the phrase after it does', () => {
    // PETRARCH's "* (IN ^) (FOR CONSULTATION) [046]" is no 046 for every in-phrase ("in response to")
    expect(show('The Kenyan president came under scrutiny from Ugandan officials in response to his claims.')).toEqual([]);
    // control: the pattern's own word
    expect(show('The Kenyan foreign minister arrived in Kampala for consultations with the Ugandan government.')).toEqual(['046 KENGOV→UGAGOV asserted']);
  }, 60_000);

  it("a PETRARCH pattern coded [:x] (the subject undergoes the act) is no event, not one with the roles inverted", () => {
    // "* (UNDER FIRE) [:111]": the Ugandan officials criticise the minister, not the other way round
    expect(show('The Kenyan foreign minister came under fire from Ugandan officials.')).toEqual([]);
    // "* TREATMENT [:060]": whoever treats him is not named; New Zealand is where, not a partner
    expect(show('The Kenyan president received medical treatment in Uganda.')).toEqual([]);
    // controls: patterns coded for the subject's own act keep firing
    expect(show('The Kenyan president received a call from the Ugandan president.')).toEqual(['041 KENGOV→UGAGOV asserted']);
    expect(show('The Kenyan foreign minister came to Kampala for talks with the Ugandan government.')).toEqual(['040 KENGOV→UGA asserted']);
  }, 60_000);

  it('suspending an activity (no actor named) halts what the subject does: no reduction of relations', () => {
    expect(show('The Kenyan embassy in Uganda suspended operations on Monday.')).toEqual([]);
    expect(show('The Kenyan government suspended classes across the country.')).toEqual([]);
    // controls: suspending a state reduces relations; suspending a body is an administrative sanction
    expect(show('The East African Community suspended Burundi on Monday.')).toEqual(['160 IGOEAFEAC→BDI asserted']);
    expect(show('Kenyan President William Ruto suspended the Kenyan parliament on Monday.')).toEqual(['172 KENGOV→KENLEG asserted']);
  }, 60_000);

  it('a clause closed by a question mark asks and states no act', () => {
    expect(show('Which Kenyan presidential candidates have you supported in previous elections?')).toEqual([]);
    // the quoted question states no attack; the statement around it keeps its own acts
    expect(show('The Kenyan president condemned Uganda on Monday and asked reporters, "Why did Ugandan soldiers attack our villages?"')).toEqual(['111 KENGOV→UGA asserted', '020 KENGOV→UGAMIL asserted']);
    // control: the same act told as a statement
    expect(show('Kenyan presidential candidates have supported the Ugandan president in previous elections.')).toEqual(['051 KENPTY→UGAGOV asserted']);
  }, 60_000);

  it('a modal perfect speculates about the past: the code stays, no intent or threat', () => {
    expect(show('Ugandan soldiers may have attacked Kenyan villages last week.')).toEqual(['190 UGAMIL→KENCVL hypothetical']);
    // control: a modal without the perfect is a possible act to come, coded as a threat by CAMEO's convention
    expect(show('Ugandan soldiers may attack Kenyan villages next week.')).toEqual(['1384 UGAMIL→KENCVL hypothetical']);
  }, 60_000);

  it('a conjunct with a tense of its own does not share the first verb\'s modal', () => {
    // the impeachment was only possible; the resignation happened
    expect(show('Kenyan President William Ruto would have faced impeachment over the scandal but resigned before the vote.')).toEqual(['083 KENGOV→- asserted']);
    // control: a bare conjunct shares "would" (an intent to resign, CAMEO 034)
    expect(show('Kenyan President William Ruto would face a vote and then resign.')).toEqual(['034 KENGOV→- hypothetical']);
  }, 60_000);

  it('an -ing form closing a hyphenated word is a compound modifier, no act', () => {
    expect(show('One Kenyan woman had minor injuries from shattering glass, and the other Kenyan woman was in "not life-threatening" condition.')).toEqual([]);
    // control: the verb itself
    expect(show('Kenyan police said the Ugandan militia was threatening Kenyan villages.')).toEqual(['130 UGAREB→KENCVL asserted']);
  }, 60_000);
});
