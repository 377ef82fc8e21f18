// Issue 13, session 12: speech coded from what it says (our own sentences, through the real pipeline).
// Each rule is shown on a sentence where it acts, beside controls it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, eventArrowsWithModality as withModality, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 speech content rules, session 12', () => {
  it('a direct quote that goes on past its sentence is what its verb reports (reported-content.ts)', () => {
    expect(show('The Indian prime minister wrote, "I was in Delhi on Monday. The late Nepali president was a true statesman."')).toEqual(['051 INDGOV→NPLGOV']);
    // control: the same sentences with no evaluation word are no event
    expect(show('The Indian prime minister wrote, "I was in Delhi on Monday. The late Nepali president lived in Kathmandu."')).toEqual([]);
    // control: another's words reported inside the quote are not the speaker's evaluation
    // (the court's own accusation is an event of the court's, not the prime minister's)
    expect(show('The Indian prime minister wrote, "I was in Delhi on Monday. The Nepali court says the Nepali government acted unlawfully."').filter((e) => / IND/.test(e))).toEqual([]);
    // control: a new sentence after the quote closed is not its content
    expect(show('The Indian prime minister wrote, "I was in Delhi on Monday." The late Nepali president was a true statesman.')).toEqual([]);
  }, 60_000);

  it('a list is read at its first member\'s depth (reported-content.ts)', () => {
    expect(show('The Indian prime minister said the Nepali president brought a rare blend of kindness, humility and wisdom to the office.')).toEqual(['051 INDGOV→NPLGOV']);
  }, 60_000);

  it('a quoted act takes its code from the speaker\'s own modal; the record stays reported (modality.ts codingModality)', () => {
    expect(withModality('The Interpol spokesperson said, "We would not consider the requests of the Iranian government."')).toEqual(['120 IGOCOPITP→IRNGOV reported']);
    expect(withModality('The Iranian foreign minister said, "Iran will not meet the American envoy."')).toEqual(['125 IRN→USAGOV reported']);
    // control: a quoted act with no modal of its own keeps its code
    expect(withModality('The Iranian foreign minister said, "Iran did not meet the American envoy."')).toEqual(['040 IRN→USAGOV negated']);
  }, 60_000);

  it('a verb of struggle whose for-phrase is the cause it is done for fights no one (filters.ts isStruggleForCause)', () => {
    expect(show('The Taiwanese activists said they would fight for equal marriage rights.')).toEqual([]);
    expect(show('The American senator devoted his life to fight for Taiwan.')).toEqual([]);
    expect(show('The American senator said, "This is our moment to fight for an America that works for everyone."')).toEqual([]);
    // control: an against-phrase or an object names whom the fight is against
    expect(show('Syrian rebels fought against the Turkish army for their independence.')).toEqual(['190 SYRREB→TURMIL']);
    expect(show('The Kurdish militia fought the Turkish army.')).toEqual(['190 KUR→TURMIL']);
  }, 60_000);

  it('a quote that says two evaluations of different roots is two statements; a quality in a further sentence is its clause subject\'s (extract.ts, evaluated-party.ts)', () => {
    expect(show('US Chief Justice John Roberts wrote, "I am saddened to report that our colleague Justice Antonin Scalia has passed away. Justice Scalia brought to the court a rare blend of kindness and humility."')).toEqual(['018 USAJUD→USAJUD', '051 USAJUD→USAJUD']);
    // control: the further sentence with no evaluation word adds nothing
    expect(show('US Chief Justice John Roberts wrote, "I am saddened to report that our colleague Justice Antonin Scalia has passed away. Justice Scalia lived in Virginia."')).toEqual(['018 USAJUD→USAJUD']);
    // control: two evaluations of one root (criticism, accusation) are one event
    expect(show('The British opposition leader said, "The government of Boris Johnson was reckless. The government of Boris Johnson broke the law."')).toEqual(['112 GBROPP→GBRGOV']);
  }, 60_000);
});
