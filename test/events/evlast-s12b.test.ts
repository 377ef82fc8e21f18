// Issue 13, session 12 (last): blame by possession and the denial's target (our own sentences,
// through the real pipeline). Each rule beside controls it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 last events, session 12', () => {
  it("an act said to be a party's doing accuses that party (evaluation-words.tsv \"'s do\", evaluated-party.ts)", () => {
    expect(show('The American secretary of state said the attack on the tanker was Iran\'s doing.')).toEqual(['112 USAGOV→IRN']);
    // control: the auxiliary of "he's doing" (lemma be) is no possessive
    expect(show("The American secretary of state said he's doing his job in Iran.").filter((e) => e.startsWith('112'))).toEqual([]);
  }, 60_000);

  it('a denial is aimed at its accuser only when its own sentence names it (denial-target.ts)', () => {
    // the accuser told in an earlier sentence: the denial has no target
    const two = show('The American secretary of state accused Iran of the attack on the tanker. Iran denied the accusation.');
    expect(two).toContain('112 USAGOV→IRN');
    expect(two.filter((e) => e.startsWith('016'))).toEqual(['016 IRN→-']);
    // control: another reaction to the same act is still aimed at the earlier act's author (act-owner.ts)
    const condemn = show('The European Union imposed sanctions on Belarus. The Belarusian government condemned the sanctions.');
    expect(condemn.filter((e) => e.startsWith('11'))).toEqual(['111 BLRGOV→IGOEUREEC']);
    // control: the accuser named in the denial's sentence stays its target
    expect(show('The Russian government dismissed the claim from Berlin as groundless.')).toEqual(['016 RUSGOV→DEU']);
  }, 60_000);

  it('a force noun with no doer takes the by-agent of a later passive of performing in its sentence (performed-act-agent.ts)', () => {
    expect(show('The rocket attacks on the United States Embassy were carried out by the Iraqi army.')).toEqual(['190 IRQMIL→USAGOV']);
    // the act taken up by a definite force noun; a by-agent naming people of a party gives its country
    expect(show('Rocket attacks on the United States Embassy in Iraq continued; the newspaper reported that the rocket strikes were carried out by sympathizers of the Iraqi army.')).toEqual(['190 IRQ→USAGOV']);
    // control: a passive that reacts to the act names no doer
    expect(show('The attacks on the United States Embassy were condemned by the Iraqi army.').filter((e) => e.startsWith('19'))).toEqual([]);
    // control: an indefinite noun is another act, not the one told before
    expect(show('Rocket attacks on the United States Embassy in Iraq continued; the newspaper reported that rocket strikes were carried out by the Iraqi army in Syria.').filter((e) => e.endsWith('USAGOV'))).toEqual([]);
  }, 60_000);
});
