// Issue 13, round 11 recall rules (our own sentences, through the real pipeline): each rule that
// recovers an annotated happening is shown on a sentence where it acts, beside a control the rule
// must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 recall rules, round 11', () => {
  it('an evaluation whose slots name only the speaker is of the party its evaluation word\'s phrase names', () => {
    expect(show('Indian Prime Minister Narendra Modi tweeted he was deeply pained to hear about the passing of his dear old friend and colleague, the former Defence Minister George Fernandes.')).toEqual(['018 INDGOV→INDGOV']);
    expect(show('Mexican President Andres Manuel Lopez Obrador said he was saddened by the death of Peruvian President Alan Garcia.')).toEqual(['018 MEXGOV→PERGOV']);
    // control: a phrase naming nobody else is an evaluation of nobody
    expect(show('Indian Prime Minister Narendra Modi tweeted he was deeply pained.')).toEqual([]);
    // control: in an accusation or criticism the phrase may name the wronged, who is not its target
    expect(show('The Iraqi foreign minister said the strike was a violation of Iraqi sovereignty.')).toEqual([]);
    // control: a reaction to an act named as the object is aimed at the act's author (act-owner.ts)
    expect(show('The United States bombed an airport in Baghdad. The Iraqi foreign ministry characterized the attack as a violation of Iraqi sovereignty.')).toEqual(['195 USA→IRQ', '111 IRQGOV→USA']);
  }, 60_000);

  it('a reaction to an act named in the singular is aimed at the author of the latest act told as one, not of acts told in the plural', () => {
    expect(show('United States forces killed Iranian general Qasem Soleimani on Friday. Soleimani had orchestrated attacks on American bases in Iraq. The Iraqi prime minister condemned the attack.')).toEqual(['190 USAMIL→IRNMIL', '190 IRNMIL→USA', '111 IRQGOV→USAMIL']);
    // control: a reaction to acts named in the plural takes the latest act, plural or not
    expect(show('United States forces killed Iranian general Qasem Soleimani on Friday. Soleimani had orchestrated attacks on American bases in Iraq. The Iraqi prime minister condemned the attacks.')).toEqual(['190 USAMIL→IRNMIL', '190 IRNMIL→USA', '111 IRQGOV→IRNMIL']);
  }, 60_000);

  it('an act noun with no determiner or owner names a kind of activity, no act told before', () => {
    // (with no target, the suspension of an activity is no event at all: recode-suspension.ts)
    expect(show('Russian forces shelled the Ukrainian port of Odesa. The United Nations suspended operations in the city.')).toEqual(['194 RUSMIL→UKR']);
    // control: "the operation" takes up the act told before
    expect(show('Russian forces shelled the Ukrainian port of Odesa. The United Nations condemned the operation.')).toEqual(['194 RUSMIL→UKR', '111 IGOUNO→RUSMIL']);
  }, 60_000);

  it('a reported clause the parser split into an object and a subjectless finite adverbial clause is read as the clause, the object its subject', () => {
    expect(show('Ukrainian officials have claimed Russia, along with its allies, is secretly arming the rebels.')).toEqual(['112 UKRGOV→RUS']);
    expect(show('Iraqi protesters have claimed Iran, more than any other country, is interfering in the government of Iraq.')).toEqual(['112 IRQCVL→IRN']);
    // control: a participle clause after the object has no finite auxiliary: no reported clause
    expect(show('The Ukrainian army claimed the town, saying it had been liberated.')).toEqual([]);
  }, 60_000);

  it('critics are civilians of the state the sentence or the story places them in', () => {
    expect(show('Critics of the government in Hungary have claimed Prime Minister Viktor Orban rigged the election.')).toEqual(['112 HUNCVL→HUNGOV']);
    // control: critics of no known state are no political actor
    expect(show('Film critics praised the new movie.')).toEqual([]);
  }, 60_000);

  it('a statement that a party was involved in a use of force, a plot or unrest accuses it (evaluation-words.tsv)', () => {
    expect(show('The Serbian president said foreign security forces were involved in the protests.')).toEqual(['112 SRBGOV→SRBCOP']);
    expect(show('The Ukrainian minister said Russian agents were involved in the assassination of the general.')).toEqual(['112 UKRGOV→RUS']);
    // control: involvement in talks is no accusation
    expect(show('The French minister said Germany was involved in the negotiations.')).toEqual([]);
  }, 60_000);
});
