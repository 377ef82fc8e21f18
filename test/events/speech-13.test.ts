// Issue 13, round 13: speech coded from what it says (our own sentences, through the real pipeline).
// Each rule is shown on a sentence where it acts, beside controls it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, eventArrowsWithModality as withModality, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 speech content rules, round 13', () => {
  it('a tribute that says a person embodied a nation or is part of its history is praise of that person', () => {
    expect(show('The Spanish prime minister said of former president Adolfo Suarez, "He embodied a Spain that was free and democratic".')).toEqual(['051 ESPGOV→ESPGOV']);
    expect(show('The speaker of the Italian parliament said, "Giorgio Napolitano is part of the history of Italy".')).toEqual(['051 ITALEG→ITAELI']);
    // control: a plain statement about the same person is no praise
    expect(show('The Spanish prime minister said of former president Adolfo Suarez, "He lived in Madrid for many years".')).toEqual([]);
  }, 60_000);

  it('a praising predicate said of a thing evaluates the thing, not a party named further in the predicate (evaluated-party.ts)', () => {
    expect(show('The Spanish prime minister said the old bridge is part of the history of Madrid.')).toEqual([]);
    expect(show('The Spanish prime minister said the new law embodied the values of the government.')).toEqual([]);
    // control: the thing's own phrase may name the party
    expect(show('The minister said the response of the Iraqi government had been admirable.')).toEqual(['051 IRQGOV→IRQGOV']);
    // control: a subject that is the speaker leaves the whole phrase to be read
    expect(show('The Turkish president said he was saddened by the death of the Japanese prime minister.')).toEqual(['018 TURGOV→JPNGOV']);
    expect(show('The American chief justice wrote, "I am saddened to report that our colleague Justice Antonin Scalia has passed away."')).toEqual(['018 USAJUD→USAJUD']);
  }, 60_000);

  it('a comment whose content evaluates the party it names is that evaluation (recode-evaluation.ts)', () => {
    expect(show('German MP Friedrich Merz expressed outrage at the German government.')).toEqual(['111 DEULEG→DEUGOV']);
    // control: a pessimistic comment with no evaluation word stays one
    expect(show('German MP Friedrich Merz expressed concern about the German government.')).toEqual(['012 DEULEG→DEUGOV']);
  }, 60_000);

  it('a claim of fact (a state, a doer-less passive, a modal, the claimer\'s own doing) is no accusation (filters.ts isClaimOfFact)', () => {
    const accusations = (x: string) => show(x).filter((e) => e.startsWith('112'));
    expect(accusations('The Armenian defence ministry claimed 790 Azerbaijani soldiers had been killed.')).toEqual([]);
    expect(accusations('The Greek government claimed there were Turkish soldiers on the island.')).toEqual([]);
    expect(accusations('The Greek government claimed the Turkish president should resign.')).toEqual([]);
    expect(accusations('The Greek prime minister claimed he had warned the Turkish president.')).toEqual([]);
    // control: an act of another party is an accusation
    expect(accusations('The Armenian defence ministry claimed Azerbaijani soldiers had shelled the village.')).toEqual(['112 ARMGOV→AZEMIL']);
    // control: a passive with its doer named accuses the doer
    expect(accusations('The Greek government claimed the Turkish navy was sent by the Turkish government.')).toEqual(['112 GRCGOV→TURMIL']);
  }, 60_000);

  it('what the speaker says its own side must or should do is its own resolve, no demand or appeal (filters.ts isOwnObligation)', () => {
    expect(show('The Irish prime minister said, "We should remain united against the British government."')).toEqual([]);
    // control: what another party should or must do is an appeal or a demand to it
    expect(show('The Irish prime minister said, "The British government should remain in the customs union."')).toEqual(['020 IRLGOV→GBRGOV']);
    expect(show('The Irish prime minister said the British government must respect the agreement.')).toEqual(['100 IRLGOV→GBRGOV']);
  }, 60_000);

  it('a perfect infinitive tells a past act: no intent or threat (modality.ts isPastPossibility)', () => {
    expect(withModality('Azerbaijan claimed to have killed about 2,300 Armenian soldiers.')).toEqual(['190 AZE→ARMMIL hypothetical']);
    // control: a plain infinitive of a threat stays a threat
    expect(show('Azerbaijan threatened to kill Armenian soldiers.')).toEqual(['130 AZE→ARMMIL']);
  }, 60_000);

  it('what is conspired is striven for and stated to no one: its own code, no threat (governors.tsv conspire = pursue)', () => {
    expect(show('The Russian officer pleaded guilty to conspiring to hack into the computers of the German parliament.')).toEqual(['1711 RUSMIL→DEULEG']);
    // control: a threat to do it is a threat
    expect(show('The Russian government threatened to hack into the computers of the German parliament.')).toEqual(['130 RUSGOV→DEULEG']);
  }, 60_000);

  it('a government saying a thing of its own should be changed expresses intent to change policy (recode-policy-change.ts)', () => {
    expect(show('The Canadian prime minister said at a press conference the gun laws should be changed.')).toEqual(['0342 CANGOV→-']);
    // control: an opposition saying the same asks it of the government; no intent of its own
    expect(show('The Canadian opposition leader said the gun laws should be changed.')).toEqual([]);
    // control: a doer named is asked to do it
    expect(show('The Canadian prime minister said the law should be changed by parliament.')).toEqual(['020 CANGOV→CANLEG']);
    // control: another party's thing is a demand of that party
    expect(show('The Canadian prime minister said the American tariffs must be removed.')).toEqual(['100 CANGOV→USA']);
  }, 60_000);

  it('a warning of a danger no one threatens is a pessimistic comment, no threat (recode-warning.ts)', () => {
    expect(show('Russian intelligence officials warned the German government that the new pipeline could be a target for terrorists.')).toEqual(['012 RUSGOV→DEUGOV']);
    expect(show('The Russian government warned the Ukrainian government about the floods.')).toEqual(['012 RUSGOV→UKRGOV']);
    // control: a warning of what the warner's side will do, or against an act, is a threat
    expect(show('The Russian government warned Ukraine that its army will no longer tolerate the shelling.')).toEqual(['130 RUSGOV→UKR']);
    expect(show('The Russian government warned Ukraine against any incursion.')).toEqual(['130 RUSGOV→UKR']);
  }, 60_000);
});
