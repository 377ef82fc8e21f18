// Issue 13, round 12 recall rules (our own sentences, through the real pipeline): each rule that
// recovers an annotated happening is shown on a sentence where it acts, beside a control the rule
// must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 recall rules, round 12', () => {
  it('a reported clause parsed as a coordinator-less conjunct of the reporting verb has the verb\'s object as subject', () => {
    expect(show('Reuters reported Emmanuel Macron, the French President, recommended the French troops in Mali withdraw.')).toEqual(['020 FRAGOV→FRAMIL']);
    expect(show('Al Jazeera reported Recep Tayyip Erdogan, the Turkish President, demanded the Russian troops in Syria withdraw.')).toEqual(['100 TURGOV→RUSMIL']);
    // control: a conjunct with its own "and" is the reporter's second act
    expect(show('The BBC reported Emmanuel Macron and then criticised the Russian government.')).toEqual(['111 MED→RUSGOV']);
  }, 60_000);

  it('a description set off after a named actor, with no coordinator, is no second party', () => {
    expect(show('Reuters reported Emmanuel Macron, the caretaker Prime Minister, recommended the French troops in Mali withdraw.')).toEqual(['020 FRAGOV→FRAMIL']);
    // control: a description standing for a first member that names no actor is the party
    expect(show('One of these groups, the Syrian Democratic Forces, opposed the Turkish offensive.')).toEqual(['120 SYRMIL→TUR']);
    // control: coordinated descriptions are two parties
    expect(show('The French foreign minister and the German chancellor criticised Russia.')).toEqual(['111 FRAGOV→RUS', '111 DEUGOV→RUS']);
  }, 60_000);

  it('the state of an "X-led" modifier is the one that leads the act; another state in the phrase is where it happens', () => {
    expect(show('The French president was an outspoken opponent of the United States-led Iraq War.')).toEqual(['111 FRAGOV→USA']);
    expect(show('The German chancellor was an outspoken opponent of the Saudi-led Yemen War.')).toEqual(['111 DEUGOV→SAU']);
    // control: with no leader named, the state in the name stays the target
    expect(show('The French president was an outspoken opponent of the Iraq War.')).toEqual(['111 FRAGOV→IRQ']);
  }, 60_000);

  it('a reaction to a statement named by a noun of its cue verb is aimed at the statement\'s speaker (speech-owner.ts)', () => {
    expect(show('Russian officials argued that the sanctions were illegal. The European Commission rejected this argument.')).toEqual(['120 IGOEUREEC→RUSGOV']);
    expect(show('The Iranian foreign minister claimed that the drone had entered Iranian airspace, but the Pentagon denied the claim.')).toEqual(['016 USAMIL→IRNGOV']);
    // a denial is aimed at a claimer its own sentence names, not one told before (denial-target.ts, session 12)
    expect(show('The Iranian foreign minister claimed that the drone had entered Iranian airspace. The Pentagon denied the claim.')).toEqual(['016 USAMIL→-']);
    // control: an indefinite noun names no statement told before
    expect(show('Russian officials argued that the sanctions were illegal. The European Commission rejected an argument about trade.')).toEqual(['120 IGOEUREEC→-']);
    // control: a definite noun takes up its latest mention (the Commission's report), not an earlier "reported"
    expect(show('Russian officials reported that the sanctions had failed. The European Commission published a report on the sanctions. The German government criticised the report.').filter((x) => x.startsWith('111'))).toEqual(['111 DEUGOV→-']);
    // control: a to-infinitive after the cue is a commitment, no statement ("agreed to move" is no agreement told)
    expect(show('Serbia agreed to move its embassy to Jerusalem. The European Commission criticised the agreement.').filter((x) => x.startsWith('111'))).toEqual(['111 IGOEUREEC→-']);
  }, 60_000);

  it('a criticism naming no party, elaborated after a colon, is aimed at the subject of the elaborating words', () => {
    expect(show('The Hungarian prime minister attacked the decision as a political strategy: "The European Commission has failed on all fronts, so now it is punishing Hungary."')).toEqual(['111 HUNGOV→IGOEUREEC']);
    // control: with no colon the next sentence is not its elaboration
    expect(show('The Hungarian prime minister attacked the decision as a political strategy. The European Commission has failed on all fronts.')).toEqual(['111 HUNGOV→-']);
    // control: a colon that opens the speaker's own words after a verb with no object is no elaboration
    expect(show('The mayor of Paris wrote on Twitter: "Paris is mourning its family after this appalling attack."')).toEqual([]);
  }, 60_000);
});
