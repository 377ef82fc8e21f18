// The reported clause of a ruling or claim with no complementiser, which the parser hangs as
// parataxis after the verb or after a date between them ("ruled on Wednesday the prorogation was
// unlawful"), is its content (roles.ts clauseOf): the act it judges finds its author (act-owner.ts).
// A clause set off by a colon is a quote, whose subject is no reported party.
import { describe, expect, it } from 'vitest';
import { eventBriefs as brief, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('events: a reported clause the parser hangs as parataxis', () => {
  it('reads it as the content of the ruling, aimed at the author of the act it judges', () => {
    expect(brief('The British queen suspended parliament on September 10. Following that reasoning, the Court of Session in Scotland ruled on September 11 the prorogation was unlawful.')).toEqual(['GBRGOV 172 GBRLEG', 'GBRJUD 116 GBRGOV']);
  });

  it('takes no quote after a colon as a reported clause', () => {
    expect(brief('The mayor of Paris, Anne Hidalgo, wrote on Twitter: "Paris is mourning its family after this appalling attack."').filter((e) => e.endsWith(' FRA'))).toEqual([]);
  });
});
