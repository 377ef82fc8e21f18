// Issue 13, session 12: the right actors. An act noun owned by a group ("protesters' demands") is the
// group's act, no party of its own: what the demands "have expanded to" is no act of the protesters
// (resolve-actor.ts ownedAct). Our own sentences through the real pipeline; each rule beside a
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
});
