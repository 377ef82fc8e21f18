// Issue 13, session 13: a conjunct after a reported clause whose reporter is no actor, a reaction
// aimed at the owner its sentence gives the act, support by military means and the holder of a sought extradition (our own sentences,
// through the real pipeline). Each rule beside controls it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser, pipelineEvents } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 events, session 13', () => {
  it('a subjectless conjunct of a reporter that is no actor continues the reported clause (reported-clause-conjunct.ts)', () => {
    const e = show('On Monday, the news agency Fars reported Iran issued arrest warrants for 20 officials and demanded from Interpol to arrest them.');
    expect(e.filter((x) => x.startsWith('10'))).toEqual(['100 IRN→IGOCOPITP']);
    // control: with no reported clause before it the conjunct is the reporter's, who is no actor: no source
    expect(show('On Monday, the news agency Fars reported on the arrests and demanded from Interpol to publish a notice.').filter((x) => x.startsWith('100 IRN'))).toEqual([]);
  }, 60_000);

  it('a reaction to a bare act noun is aimed at the owner its sentence gives that act (owned-act-target.ts)', () => {
    const e = pipelineEvents("The spokesperson for the European Union said regarding Serbia's request that the bloc would not consider requests of this kind.");
    expect(e.map((x) => `${x.cameo} ${x.source.actor_code}→${x.target.actor_code ?? '-'}`)).toEqual(['120 IGOEUREEC→SRB']);
    expect(e[0]!.rule).toMatch(/\+owned-act$/);
    // control: no owner in the sentence, no target
    expect(show('The spokesperson for the European Union said that the bloc would not consider requests of this kind.')).toEqual(['120 IGOEUREEC→-']);
    // control: the reaction's own request is no one else's
    expect(show('The European Union said regarding its own request that the bloc would not consider requests of this kind.')).toEqual(['120 IGOEUREEC→-']);
  }, 60_000);

  it('a support whose participle of means provides military aid is military aid (recode-military-support.ts)', () => {
    expect(show('In 2015, Saudi Arabia started supporting the government of Yemen against the rebels, providing airstrikes with the Royal Saudi Air Force.')).toEqual(['072 SAU→YEMGOV']);
    // control: other means keep the endorsement
    expect(show('In 2015, Saudi Arabia started supporting the government of Yemen against the rebels, providing a venue for talks.')).toEqual(['051 SAU→YEMGOV']);
    // control: a support told with no means
    expect(show('Saudi Arabia supported the government of Yemen.')).toEqual(['051 SAU→YEMGOV']);
  }, 60_000);

  it('an extradition sought of no one named is asked of the story country that holds the person (extradition-holder.ts)', () => {
    const story = 'A gunman killed twenty people at a store in El Paso, Texas in the United States on Saturday. United States police arrested the gunman at the scene. The United States attorney said the gunman would face federal charges in the United States. American President Donald Trump condemned the shooting in a speech in Washington.';
    const sought = pipelineEvents(`${story} The Mexican foreign minister said Mexico would seek to extradite the gunman to face charges in Mexico.`).filter((e) => e.cameo === '0213');
    expect(sought.map((e) => `${e.source.actor_code}→${e.target.actor_code} ${e.target.mention === null ? 'no mention' : 'mention'} ${e.target_source ?? ''}`)).toEqual(['MEX→USAGOV no mention context']);
    // control: a story told in the seeker's own country names no holder
    const home = 'A gunman killed twenty people at a store in Monterrey, Mexico on Saturday. Mexican police arrested the gunman at the scene. The Mexican attorney general said the gunman would face charges. The Mexican foreign minister said Mexico would seek to extradite the gunman to face charges in Mexico.';
    expect(show(home).filter((e) => e.startsWith('0213'))).toEqual(['0213 MEX→-']);
  }, 60_000);
});
