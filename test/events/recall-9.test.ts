// Issue 13, round 9 recall rules (our own sentences, through the real pipeline): each rule that
// recovers an annotated happening is shown on a sentence where it acts, beside a control the rule
// must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 recall rules, round 9', () => {
  it('a name the parser coordinated with a fronted date is the subject of the clause', () => {
    expect(show('On Wednesday, Emmanuel Macron, the president of France, criticised the Russian government.')).toEqual(['111 FRAGOV→RUSGOV']);
    // control: a date coordinated with a date is no subject
    expect(show('On Monday and Tuesday, the Russian army shelled Kharkiv.')).toEqual(['194 RUSMIL→-']);
  }, 60_000);

  it('a name takes the code its description elsewhere in the text gives, and its short form too', () => {
    const lead = 'Germany banned Iranian airline Kish Air from flying in the country. Kish has been under sanctions since 2011. ';
    expect(show(lead + 'The United States government claims Kish flies fighters and cargo to Syria.')).toContain('112 USAGOV→IRNBUS');
    // a predicate noun describes its subject too
    expect(show('Kish Air is an Iranian airline. Kish has been under sanctions since 2011. The United States government claims Kish flies fighters and cargo to Syria.')).toContain('112 USAGOV→IRNBUS');
    // control: with no description the name has no code
    expect(show('Germany banned Kish Air from flying. Kish has been under sanctions since 2011. The United States government claims Kish flies fighters and cargo to Syria.')).not.toContain('112 USAGOV→IRNBUS');
  }, 60_000);

  it('a reported clause the parser hung as a conjunct without a coordinator is still the content', () => {
    const lead = 'Germany banned Iranian airline Kish Air from flying in the country. Kish has been under sanctions since 2011. ';
    // (the source: "US" where the parser heads the phrase by it, the ambassador (USAGOV) where it parses
    // the title as the name's)
    expect(show(lead + 'US Ambassador to Germany Richard Grenell alleged, by way of example, Kish had contributed to the violence in Syria.')).toEqual(expect.arrayContaining([expect.stringMatching(/^112 USA(GOV)?→IRNBUS$/)]));
  }, 60_000);

  it('a class noun stands for the members it lists with "such as"', () => {
    expect(show('The US has been encouraging allies such as Germany to restrict flights.')).toEqual(['020 USA→DEU']);
    // control: an unlisted class names nobody
    expect(show('The US has been encouraging allies to restrict flights.')).toEqual(['020 USA→-']);
  }, 60_000);

  it('a state named only in a hyphenated modifier does not keep the story country from a sector actor', () => {
    const lead = 'A car bomb killed twelve soldiers in Kabul, Afghanistan, on Monday. Afghan officials blamed the Taliban for the attack. Karim Ahmadzai, of the provincial council, described the damage. ';
    expect(show(lead + 'Ahmadzai accused the central government of hiding the losses of the Afghan army, whose US-built vehicles were destroyed.')).toContain('112 AFGGOV→AFGGOV');
    // control: a state named as a place of its own may be the actor's: no story country
    expect(show(lead + 'Ahmadzai accused the central government of hiding the losses of the Afghan army, whose vehicles were made in the US.')).toContain('112 GOV→AFGGOV');
  }, 60_000);

  it('a district attorney is a judicial actor', () => {
    expect(show("The Brooklyn district attorney's office is investigating New York Mayor Eric Adams.")).toEqual(['090 JUD→GOV']);
    // control: an office of nobody named is no actor
    expect(show('The Brooklyn office is investigating New York Mayor Eric Adams.')).toEqual([]);
  }, 60_000);

  it('a state does not react to the act of its own organ', () => {
    expect(show('The Iranian parliament blamed the United States for the crash. Iran denied the accusation.')).toEqual(['112 IRNLEG→USA', '016 IRN→-']);
    // control: the accusation of another state, told in the denial's own sentence, is the denial's
    // target (told in an earlier sentence it is not: denial-target.ts, session 12)
    expect(show('The United States blamed Iran for the crash, but Iran denied the accusation.')).toEqual(['112 USA→IRN', '016 IRN→USA']);
  }, 60_000);

  it('"who" takes the name right before it when the parser hung the clause further back', () => {
    expect(show('Other Republicans have urged him to move forward with the transition, such as former New Jersey governor Chris Christie, who denounced the Biden legal team\'s claims as a national embarrassment.')).toContain('111 USAGOV→USAGOV');
  }, 60_000);

  it('a body named after a coded person acts for that person', () => {
    expect(show("Chris Christie denounced the Biden legal team's claims as a national embarrassment.")).toEqual(['111 -→USAGOV']);
    // control: an unnamed team is nobody
    expect(show("Chris Christie denounced the legal team's claims as a national embarrassment.")).toEqual([]);
  }, 60_000);

  it('a rally in support of someone is aimed neither at them nor, by default, at the government', () => {
    expect(show('Several thousand people rallied at a square in Washington in support of President Joe Biden.')).toEqual(['141 USACVL→-']);
    // control: a rally with no stated aim is addressed to the state it is held in
    expect(show('Several thousand people rallied at a square in Washington.')).toEqual(['141 USACVL→USAGOV']);
  }, 60_000);

  it('"anyone" defined by its clause is a class of civilians', () => {
    expect(show('The Tunisian government banned anyone wearing a niqab from entering public offices.')).toEqual(['1722 TUNGOV→TUNCVL']);
    // control: a bare "anyone" is nobody in particular
    expect(show('The Tunisian government banned anyone from entering public offices.')).toEqual(['1722 TUNGOV→-']);
  }, 60_000);

  it('a name in apposition to an organisation the parser made the head of "<organisation> spokesperson" speaks for it', () => {
    expect(show('After the vote, a United States Department of State spokesperson, Jane Miller, indicated the United States was disappointed by the decision: "While we await details," she said, "we strongly urge Kenyan leaders to reconsider the ban".')).toContain('020 USAGOV→KENGOV');
  }, 60_000);
});

