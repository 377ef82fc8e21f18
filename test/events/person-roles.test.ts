// A person the entities layer gives no role takes the one its own phrase states ("businessman John
// Miller": BUS, completed by the story's country) or the organisation it is introduced as of
// ("Joanna Cherry of the Scottish National Party"), and the pope is the Holy See's whatever city the
// story is in (data/events/actor-words.tsv). A named person with no stated role keeps no code.
import { describe, expect, it } from 'vitest';
import { eventBriefs as brief, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('events: a person coded by the role its phrase states', () => {
  it('reads a descriptive noun before the name as the role ("businessman John Miller")', () => {
    const evs = brief('American officials praised the new law. On Friday, businessman John Miller criticized the police.');
    expect(evs).toContain('USABUS 111 USACOP');
    const bare = brief('American officials praised the new law. On Friday, John Miller criticized the police.');
    expect(bare).toContain('- 111 USACOP');
  });

  it('codes a person introduced as of an organisation as its member in every mention', () => {
    expect(brief('Joanna Cherry of the Scottish National Party petitioned the court. Cherry criticized the British government.')).toEqual(['GBRPTY 111 GBRGOV']);
    // an organisation of no stated state keeps its sector for the story's country
    expect(brief('Sharif Hotak, of the Afghan provincial council, spoke. Hotak criticized the central government.')).toEqual(['AFGGOV 111 AFGGOV']);
    // a place is no organisation: "Joanna Cherry of Edinburgh" is not Edinburgh's government
    expect(brief('Joanna Cherry of Edinburgh petitioned the court. Cherry criticized the British government.')).toEqual(['- 111 GBRGOV']);
  });

  it('codes the pope as the Holy See, not as the city the story is in', () => {
    expect(brief('Greta Thunberg met Pope Francis in Rome.')).toEqual(['- 040 VATREL']);
    expect(brief('Greta Thunberg met the pope in Rome.')).toEqual(['- 040 VATREL']);
  });
});
