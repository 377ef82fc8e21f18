// Issue 13, round 13: the right actors — who receives what a double-object verb gives, and who
// responds to it (roles.ts doubleObject, transfer-response.ts); the doer of an act told before, for
// an agentless one done "in the attack" (force-owner.ts). Our own sentences through the real
// pipeline; each rule beside a control it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 actors, round 13', () => {
  it('of two objects the first receives, the second is what is given', () => {
    // "sent Ugandan troops a letter" sends no troops: the letter is the object, the troops receive it
    expect(show('The Kenyan opposition sent Ugandan troops a letter.')).toEqual(['040 KENOPP→UGAMIL']);
    // control: troops that are what is sent keep the deployment reading
    expect(show('Kenya sent troops to Uganda.')).toEqual(['074 KEN→UGA']);
  }, 60_000);

  it("a rejection in a relative clause on what was handed over is the receiver's, aimed at the giver", () => {
    // two objects, however the parser labels the first (iobj or a second obj), or a to-phrase
    expect(show('The Kenyan government sent the Ugandan police a plan for the march, which they rejected.')).toEqual(['120 UGACOP→KENGOV']);
    expect(show('The Kenyan opposition had sent the Ugandan government a plan, which it rejected.')).toEqual(['120 UGAGOV→KENOPP']);
    expect(show('Russia offered Ukraine a ceasefire, which Kyiv rejected.')).toEqual(['0356 RUS→UKR', '120 UKR→RUS']);
    // controls: a plan nobody was handed, and a relative clause that is no response, change nothing
    expect(show('The Kenyan opposition drew up a plan for the talks, which the Ugandan government rejected.')).toEqual(['120 UGAGOV→-']);
    expect(show('The Kenyan opposition sent the Ugandan government a plan for the talks, which it later published.')).toEqual([]);
  }, 60_000);

  it('an agentless act done in the attack told before is done by that attack\'s doer', () => {
    expect(show('Ugandan troops attacked Kenyan rebels on Monday. Two Kenyan soldiers were killed in the attack.')).toEqual(['190 UGAMIL→KENREB', '190 UGAMIL→KENMIL']);
    // control: "an attack" names no act told before — the doer stays unknown
    expect(show('Ugandan troops attacked Kenyan rebels on Monday. Two Kenyan soldiers were killed in an attack.')).toEqual(['190 UGAMIL→KENREB', '190 -→KENMIL']);
  }, 60_000);

  it("a state body owned by a group's pronoun is that group's state's (\"their government\")", () => {
    expect(show('Representatives from Iran said their government had shelled a Ukrainian village.')).toEqual(['194 IRNGOV→UKRCVL']);
    // control: a person's counterpart is the other side's — no country from "his"
    expect(show('Kenyan President William Ruto said his counterpart had shelled a Ugandan village.')).toEqual(['194 GOV→UGACVL']);
  }, 60_000);

  it('an admission keeps the admitted act as an event of its own; a denial does not', () => {
    expect(show('The Israeli army admitted that its soldiers had fired on the convoy.')).toEqual(['015 ISRMIL→-', '190 ISRMIL→-']);
    // control: what is denied is not told as having happened
    expect(show('Kenya denied that its soldiers had fired on the convoy.')).toEqual([]);
  }, 60_000);

  it('an admission is aimed at no one: the admitted act, kept as its own event, carries the victim', () => {
    // before: the first actor after "admitted" (the jet's country) was also taken as the admission's target
    expect(show('The Iranian government admitted that its military had shot down a Ukrainian passenger jet.')).toEqual(['015 IRNGOV→-', '193 IRNMIL→UKRCVL']);
    // control: the act keeps its target
    expect(show('Iran admitted that its forces had mistakenly shot down the Ukrainian airliner.')).toEqual(['015 IRN→-', '193 IRNMIL→UKR']);
  }, 60_000);

  it('an agentless act told as a repetition of an earlier one on the same party has its doer', () => {
    expect(show('In 2007, the Kenyan government levied sanctions against Ugandan rebel leader Joseph Kony. He was further sanctioned in 2011.')).toEqual(['163 KENGOV→UGAREB', '163 KENGOV→UGAREB']);
    // control: without a word of repetition, a later sanction may be anyone's
    expect(show('In 2007, the Kenyan government levied sanctions against Ugandan rebel leader Joseph Kony. He was sanctioned in 2011.')).toEqual(['163 KENGOV→UGAREB', '163 -→UGAREB']);
  }, 60_000);

  it('an adjective parsed as a conjunct of the noun it modifies is no party of its own', () => {
    // "both Kurdish and Sunni Members of Parliament": one body of lawmakers, not the Kurds and them
    expect(show('The Iraqi government was criticised by both Kurdish and Sunni Members of Parliament.')).toEqual(['111 IRQLEG→IRQGOV']);
    // control: two coordinated noun phrases stay two parties
    expect(show('The Iraqi government was criticised by Kurdish lawmakers and Sunni clerics.')).toEqual(['111 IRQLEG→IRQGOV', '111 IRQREL→IRQGOV']);
  }, 60_000);
});
