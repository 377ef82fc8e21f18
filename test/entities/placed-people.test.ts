// Whose country a people named by its nationality word is (src/stages/entities/placed-people.ts),
// the peoples coded by the one state they live in (data/actors/peoples.tsv), and knowledge-base
// look-ups of names as wire stories write them. Each case asserts the entity's name, country and
// country_source; an unplaced people keeps its own country.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith } from './run.js';

interface Case {
  readonly text: string;
  /** a mention's exact text */
  readonly mention: string;
  readonly country: string | null;
  readonly source: string | null;
  readonly code?: string;
  readonly published?: string;
}

const cases: Case[] = [
  // a state's adjective before the people
  { text: 'Bosnian Serbs demanded a truce in the east of the country.', mention: 'Serbs', country: 'BIH', source: 'nationality' },
  { text: 'Bosnian Croats voted in a referendum on Monday.', mention: 'Croats', country: 'BIH', source: 'nationality' },
  // an of-phrase places any people; an in-phrase only an ethnic group
  { text: 'The Albanians of southern Serbia are demanding autonomy.', mention: 'Albanians', country: 'SRB', source: 'name' },
  { text: 'Ethnic Albanians in south Serbia are demanding a U.N. presence.', mention: 'Albanians', country: 'SRB', source: 'name' },
  { text: 'Americans in Iraq protested on Friday.', mention: 'Americans', country: 'USA', source: 'name' },
  // an ethnic group no phrase places: the state its sentence names, read from context
  { text: 'Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, radio said.', mention: 'Albanians', country: 'SRB', source: 'membership' },
  { text: 'Ethnic Turks began a hunger strike against Sweden\'s decision to expel them.', mention: 'Turks', country: 'SWE', source: 'membership' },
  // nothing places them: their own country
  { text: 'Ethnic Albanians marched through the town on Sunday.', mention: 'Albanians', country: 'ALB', source: 'name' },
  { text: 'Serbs and Croats signed the accord.', mention: 'Serbs', country: 'SRB', source: 'name' },
  // a state's demonym is not an ethnic group's placement
  { text: 'Ethnic Albanians clashed with Macedonian police.', mention: 'Albanians', country: 'ALB', source: 'name' },
  // peoples coded by the state they live in
  { text: 'A group of Yoruba leaders met in the city on Monday.', mention: 'Yoruba leaders', country: 'NGA', source: 'nationality', code: 'NGAGOV' },
  { text: 'Chechen rebels attacked a convoy near the border.', mention: 'Chechen rebels', country: 'RUS', source: 'nationality', code: 'RUSREB' },
  { text: 'The army held thousands of Tamil refugees in camps.', mention: 'Tamil refugees', country: 'LKA', source: 'nationality' },
  // a nationality before "leader" states whose leader
  { text: 'He welcomed South African leader Pieter Maritz on Thursday.', mention: 'Pieter Maritz', country: 'ZAF', source: 'title', code: 'ZAFGOV' },
  { text: 'Party leader Jonas Verhoeven resigned on Thursday.', mention: 'Jonas Verhoeven', country: null, source: null },
  // knowledge-base names as stories write them, and a former office holder's administration
  { text: 'Sheikh Hamad bin Khalifa al-Thani launched a mediation effort.', mention: 'Hamad bin Khalifa al-Thani', country: 'QAT', source: 'kb', published: '2000-01-01' },
  { text: 'The Bush administration declared that tariffs would follow.', mention: 'Bush administration', country: 'USA', source: 'kb', published: '1990-06-01' },
  { text: "The government welcomed President Reagan's statement.", mention: 'Reagan', country: 'USA', source: 'kb', published: '2000-01-01' },
  // groups newer than the Phoenix dictionaries (data/actors/groups.tsv)
  { text: 'The Islamic State of Iraq and the Levant claimed responsibility.', mention: 'Islamic State of Iraq and the Levant', country: null, source: null, code: 'IMGMUSISI' },
  { text: 'The Rapid Support Forces seized the town on Sunday.', mention: 'Rapid Support Forces', country: 'SDN', source: 'kb', code: 'SDNREB' },
];

describe('placed peoples and knowledge-base names', () => {
  it.each(cases)('$mention in "$text"', (c) => {
    const doc = analyzeEntities(c.text, c.published ?? '2025-03-06');
    const e = entityWith(doc, c.mention);
    expect(e, c.mention).toBeDefined();
    expect(e!.country ?? null).toBe(c.country);
    expect(e!.country_source ?? null).toBe(c.source);
    if (c.code) expect(e!.actor_code).toBe(c.code);
  });

  it('gives the span that decided a context-read country', () => {
    const doc = analyzeEntities('Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, radio said.', '2025-03-06');
    const e = entityWith(doc, 'Albanians')!;
    expect(doc.text.slice(e.country_evidence!.start, e.country_evidence!.end)).toBe('Serbia');
  });
});
