// An actor the entities layer and its own phrase leave without a country (a bare group word, a
// person with a role but no country; never a named person with no role) takes the country the article is about (refine-actors.ts
// withStoryCountry, from entities/context-country.ts), but not in a sentence that names another
// country, and a sourceless act is not kept for a victim whose country is only the article's. A
// relative pronoun as a passive subject stands for the noun its clause modifies (roles.ts objectOf).
import { describe, expect, it } from 'vitest';
import { eventBriefs as brief, hasParser } from '../helpers/event-briefs.js';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

describe.skipIf(!hasParser)('events: the story country for actors with none of their own', () => {
  it("codes a bare group by the article's country and says so, but never a named person with no role", () => {
    const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2024-03-01' })).events;
    const arrest = run('On Friday, Indian officials arrested a man in connection with the death of an elephant.');
    expect(arrest.map((e) => [e.target.actor_code, e.target.country_source, e.source.country_source])).toEqual([['INDCVL', 'story', undefined]]);
    // a named person the text gives no role keeps no country, whatever the story's
    const criticism = run('American officials praised the new law. Ahmed Saleh criticized the police on Friday.').filter((e) => e.cameo === '111');
    expect(criticism.map((e) => `${e.source.actor_code ?? '-'} ${e.target.actor_code ?? '-'}`)).toEqual(['- USACOP']);
    expect(brief('Greta Thunberg met Pope Francis in Rome.').some((e) => e.startsWith('ITA') || e.startsWith('VAT'))).toBe(false);
  });

  it('gives no story country in a sentence that names another country', () => {
    const evs = brief('The American president met the German chancellor in Washington. American officials praised the German government. Ahmed Saleh criticized the German police on Friday.');
    expect(evs.filter((e) => e.split(' ')[1] === '111')).toEqual(['- 111 DEUCOP']);
  });

  it('takes the noun a relative clause modifies for its passive subject ("the leader, who was arrested")', () => {
    expect(brief('The Belarusian opposition leader, who was arrested by the Belarusian police in June, spoke on Friday.')).toEqual(['BLRCOP 173 BLROPP']);
  });

  it('reads a man or a woman the police arrest as a civilian of the story', () => {
    expect(brief('On Friday, Indian officials arrested a man in connection with the death of an elephant.')).toEqual(['INDGOV 173 INDCVL']);
    expect(brief('Indian police arrested two women on Friday.')).toEqual(['INDCOP 173 INDCVL']);
  });

  it('takes the country the lead sentence places the story in when no country dominates the mentions', () => {
    expect(brief('Protests continued in Hong Kong on Sunday. Chinese officials criticized the protesters. Police fired tear gas at the protesters on Monday.')).toContain('HKGCOP 175 HKGCVL');
  });

  it('reads "charged" with no with-phrase as an accusation of crime (1121)', () => {
    expect(brief('Kenyan prosecutors charged the opposition leader on Monday.')).toEqual(['KENJUD 1121 KENOPP']);
  });

  it('takes the country the lead names when it has the most mentions, though not twice the next', () => {
    expect(brief("Slovakia's Prime Minister Igor Matovic apologised on Monday. France sent testing kits to Slovakia. The French president praised Slovakia and France. Police arrested two women on Friday.")).toContain('SVKCOP 173 SVKCVL');
    // two countries named as often: the story is about neither alone
    expect(brief('France sent testing kits to Slovakia on Monday. The French president praised Slovakia. Police arrested two women on Friday.').filter((e) => e.includes(' 173 '))).toEqual([]);
  });
});
