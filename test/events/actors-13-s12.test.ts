// Issue 13, session 12: the right actors. An act noun owned by a group ("protesters' demands") is the
// group's act, no party of its own: what the demands "have expanded to" is no act of the protesters
// (resolve-actor.ts ownedAct). "The accused" tagged as a verb is the noun it is (participle-noun.ts)
// and names the party of the accusation told before (accused-party.ts). Our own sentences through the real pipeline; each rule beside a
// control it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 actors, session 12', () => {
  it("an act noun owned by a group is no party: the demands' content is no act of the group", () => {
    const demands = show("Although the bill was suspended, Kenyan protesters' demands have expanded to complete dismissal of the bill, an investigation of police misconduct and greater reform.");
    expect(demands.some((e) => e.startsWith('090'))).toBe(false);
    expect(demands).toContain('100 KENCVL→KENGOV');
    // control: the group itself as the subject keeps its act
    expect(show('Although the bill was suspended, Kenyan protesters have expanded their campaign to an investigation of police misconduct.')).toEqual(['090 KENCVL→-']);
  }, 60_000);

  const CHARGED = 'A Kenyan man, John Kamau, appeared in a Kampala court yesterday, charged with the murder of two Ugandan police officers. ';
  it('"the accused" is the noun it is, the object or the subject of its clause', () => {
    // the tagger reads "accused" as a verb here; without the repair no arrest and no attack is found
    expect(show('Ugandan police arrested the accused in the centre of Kampala.')).toEqual(['173 UGACOP→UGACRM']);
    expect(show('Ugandan police said the accused attacked two officers.').some((e) => e.startsWith('180 UGACRM→'))).toBe(true);
  }, 60_000);

  it('"the accused" is the party of the accusation told before: its country, not the story\'s', () => {
    expect(show(CHARGED + 'Ugandan police arrested the accused in the centre of Kampala.')).toContain('173 UGACOP→KENCRM');
    // controls: "the suspect" names no accusation's party; with no charge told before, the story's country stays
    expect(show(CHARGED + 'Ugandan police arrested the suspect in the centre of Kampala.')).toContain('173 UGACOP→UGACRM');
    expect(show('Ugandan police arrested the accused in the centre of Kampala.')).toEqual(['173 UGACOP→UGACRM']);
  }, 60_000);
});
